"""The report opened in headless Chromium (Debian's `chromium`), driven over the DevTools protocol:
no console error, no network request, every chart drawn; a screenshot is kept in test-artifacts/."""

from __future__ import annotations

import base64
import itertools
import json
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from test_report import fill_report_store

from parley.report import build_report

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--remote-debugging-port=0",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} not found: install Debian's chromium (.ci/run does)"
)

websocket = pytest.importorskip("websocket", reason="websocket-client drives Chromium's DevTools protocol")

# Measured in the page: each chart's figure, whether it holds a drawn SVG (or image) and its size.
CHARTS_JS = """JSON.stringify([...document.querySelectorAll('figure.chart')].map(f => {
  const g = f.querySelector('svg, img'); const r = g ? g.getBoundingClientRect() : null;
  return {id: f.dataset.chart, tag: g ? g.tagName.toLowerCase() : null,
          shapes: g ? g.querySelectorAll('path, rect, text, use, circle').length : 0,
          width: r ? r.width : 0, height: r ? r.height : 0,
          caption: (f.querySelector('figcaption') || {}).textContent || ''};
}))"""


@dataclass
class PageLoad:
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    charts: list[dict[str, Any]] = field(default_factory=list)
    title: str = ""


class DevTools:
    """A minimal DevTools-protocol client over one page target."""

    def __init__(self, ws_url: str) -> None:
        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        msg_id = next(self.ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return dict(msg.get("result", {}))
            self.events.append(msg)

    def wait_for(self, event: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        if any(e.get("method") == event for e in self.events):
            return
        while time.monotonic() < deadline:
            msg = json.loads(self.ws.recv())
            self.events.append(msg)
            if msg.get("method") == event:
                return
        raise TimeoutError(event)

    def close(self) -> None:
        self.ws.close()


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[DevTools]:
    profile = tmp_path / "chromium-profile"
    proc = subprocess.Popen(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chromium did not start (exit {proc.poll()})")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            targets = json.load(resp)
        page = next(t for t in targets if t["type"] == "page")
        tools = DevTools(page["webSocketDebuggerUrl"])
        yield tools
        tools.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(tools: DevTools, path: Path, screenshot: Path | None = None) -> PageLoad:
    """Load a file in the page, then report what it requested, the errors it logged and its charts."""
    for domain in ("Page", "Network", "Runtime", "Log"):
        tools.call(f"{domain}.enable")
    tools.call("Emulation.setDeviceMetricsOverride", width=1000, height=900, deviceScaleFactor=1, mobile=False)
    tools.call("Page.navigate", url=path.resolve().as_uri())
    tools.wait_for("Page.loadEventFired")
    load = PageLoad()
    load.charts = json.loads(tools.call("Runtime.evaluate", expression=CHARTS_JS)["result"]["value"])
    load.title = tools.call("Runtime.evaluate", expression="document.title")["result"]["value"]
    if screenshot is not None:
        shot = tools.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        screenshot.write_bytes(base64.b64decode(shot["data"]))
    tools.call("Runtime.evaluate", expression="1")  # drain events queued during the calls above
    for e in tools.events:
        method, p = e.get("method"), e.get("params", {})
        if method == "Network.requestWillBeSent":
            load.requests.append(p["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            load.errors.append(p["exceptionDetails"].get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            load.errors.append(json.dumps(p.get("args")))
        elif method == "Log.entryAdded" and p["entry"]["level"] == "error":
            load.errors.append(p["entry"]["text"])
    return load


def fetched(load: PageLoad, page: Path) -> list[str]:
    """What the page requested besides itself and inline data: URLs (which travel with the file)."""
    return [u for u in load.requests if u != page.resolve().as_uri() and not u.startswith("data:")]


def test_report_opens_offline_in_chromium(
    report_engine: Engine, chromium: DevTools, tmp_path: Path, backend: str
) -> None:
    report = build_report(report_engine, tmp_path / "report.html")
    load = open_page(chromium, report, ARTIFACTS / f"report-{backend}.png")
    assert load.errors == []
    assert fetched(load, report) == [], "the report fetched something besides itself"
    assert load.title.startswith("parley report")
    ids = [c["id"] for c in load.charts]
    assert {"coverage", "top-meetings", "top-critical", "issues", "network", "timeline-1"} <= set(ids)
    for chart in load.charts:
        assert chart["tag"] in ("svg", "img"), f"{chart['id']} has no SVG or image"
        assert chart["shapes"] > 10 and chart["width"] > 200 and chart["height"] > 100, chart
        assert len(chart["caption"]) > 40, f"{chart['id']} has no caption"
    assert (ARTIFACTS / f"report-{backend}.png").stat().st_size > 10_000


def test_empty_report_opens_without_errors(store_engine: Engine, chromium: DevTools, tmp_path: Path) -> None:
    report = build_report(store_engine, tmp_path / "empty.html")
    load = open_page(chromium, report, ARTIFACTS / "report-empty.png")
    assert load.errors == [] and fetched(load, report) == []
    assert load.charts and all(c["tag"] is None for c in load.charts)


def test_the_harness_sees_requests_and_errors(chromium: DevTools, tmp_path: Path) -> None:
    """Regression guard for the checks above: a page that fetches and logs is caught."""
    page = tmp_path / "bad.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>bad</title></head><body>"
        '<img src="http://127.0.0.1:9/x.png"><script>console.error("boom")</script></body></html>'
    )
    load = open_page(chromium, page)
    assert any(u.startswith("http://127.0.0.1:9/") for u in load.requests)
    assert any("boom" in e for e in load.errors)


@pytest.fixture
def report_engine(store_engine: Engine) -> Engine:
    fill_report_store(store_engine)
    return store_engine

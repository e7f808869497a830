"""The coding sheet of `parley validate sample` in headless Chromium: it opens offline without errors,
keeps judgments across a reload, and its Save button downloads a file that `parley validate import`
reads (the sheet round trip through a real browser)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from test_report_browser import (  # noqa: F401  (chromium is a fixture)
    ARTIFACTS,
    CHROMIUM,
    DevTools,
    chromium,
    fetched,
    open_page,
)

from queries import synthetic
from queries.validate import import_judgments, sample, validation_report
from schema.store import get_engine

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} not found: install Debian's chromium (.ci/run does)"
)

SPEC = synthetic.Spec(seed=5, documents=40, actors=20, meetings=15, statements=60, issues=30, days=400)

# Judge in the page as a coder would: the first field of every record wrong, the rest correct, a note
# on the first row, and the coder's name typed in.
JUDGE_JS = """(() => {
  const rows = [...document.querySelectorAll('tr[data-field]')];
  rows.forEach(tr => {
    const first = tr === tr.parentElement.querySelector('tr[data-field]');
    tr.querySelector(`input[value="${first ? 'wrong' : 'correct'}"]`).click();
  });
  const note = rows[0].querySelector('td.note input');
  note.value = 'speaker is the "minister", not the envoy'; note.dispatchEvent(new Event('input', {bubbles: true}));
  const coder = document.getElementById('coder');
  coder.value = 'ana'; coder.dispatchEvent(new Event('input', {bubbles: true}));
  return rows.length;
})()"""

STATE_JS = """JSON.stringify({checked: document.querySelectorAll('input[type=radio]:checked').length,
  coder: document.getElementById('coder').value, progress: document.getElementById('progress').textContent,
  done: document.querySelectorAll('section.item.done').length})"""


def _eval(tools: DevTools, expression: str) -> object:
    return tools.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")


def _reloaded_state(tools: DevTools, expected: dict[str, object], reloads: int = 3) -> dict[str, object]:
    """The sheet's state after a reload. Chromium hands a page's storage writes to its browser process
    asynchronously, so a reload a few milliseconds after the last input can, on a busy machine, come before
    they land (seen twice under load): reload again, a few times, before giving the state for the assertion."""
    state: dict[str, object] = {}
    for _ in range(reloads):
        time.sleep(0.5)
        tools.events.clear()
        tools.call("Page.reload")
        tools.wait_for("Page.loadEventFired")
        state = json.loads(str(_eval(tools, STATE_JS)))
        if state == expected:
            break
    return state


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_sheet_judged_and_saved_in_chromium_imports(store_url: str, chromium: DevTools, tmp_path: Path) -> None:  # noqa: F811
    synthetic.build(get_engine(store_url), SPEC)
    res = sample(store_url, n=6, kind="all", seed=8, out=tmp_path / "audit")
    page = tmp_path / "audit" / f"audit-{res.audit_id}.html"
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    chromium.call("Page.setDownloadBehavior", behavior="allow", downloadPath=str(downloads))

    load = open_page(chromium, page)
    assert load.errors == [] and fetched(load, page) == []
    assert load.title == f"parley audit {res.audit_id}: coding sheet"
    rows = _eval(chromium, JUDGE_JS)
    assert isinstance(rows, int) and rows >= 12

    # the judgments survive a reload (kept in the browser's storage)
    expected = {"checked": rows, "coder": "ana", "progress": f"{rows} of {rows} fields judged", "done": 6}
    state = _reloaded_state(chromium, expected)
    assert state == expected
    shot = chromium.call("Page.captureScreenshot", format="png")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "validate-sheet.png").write_bytes(__import__("base64").b64decode(shot["data"]))

    _eval(chromium, "document.getElementById('save').click()")
    saved = downloads / f"judgments-audit-{res.audit_id}.csv"
    deadline = time.monotonic() + 20
    while not (saved.is_file() and saved.stat().st_size > 0) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert saved.is_file(), f"nothing downloaded: {sorted(p.name for p in downloads.iterdir())}"
    text = saved.read_text(encoding="utf-8")
    assert text.startswith("audit,item,kind,record_id,field,value,verdict,note,coder\n")
    assert '"speaker is the ""minister"", not the envoy"' in text  # CSV quoting of the note

    done = import_judgments(saved, url=store_url)  # the coder's name comes from the file
    assert (done.audit_id, done.coder, done.records, done.judgments) == (res.audit_id, "ana", 6, rows)
    rep = validation_report(store_url)
    assert (rep.overall.k, rep.overall.n) == (0, 6)  # every record has a wrong field
    assert all(p.k == p.n for (kind, field), p in rep.fields.items() if field != _first(kind))


def _first(kind: str) -> str:
    from queries.validate.records import FIELDS

    return FIELDS[kind][0]

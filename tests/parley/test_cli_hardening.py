"""Issue 14 (hardening): what an adversarial pass found, each reproduced through the CLI as a user
runs it. The sqlite/postgresql cases use the `store_url` fixture."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from parley.cli import app
from schema.store import get_engine

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"
RULES = f"{ROOT / 'tests' / 'etl' / 'rules_extractor.py'}:make"
runner = CliRunner()


def parley(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env)


# --- item 8: file names and data cannot forge log lines ------------------------------------------


def test_a_file_name_with_a_newline_cannot_forge_a_log_line(store_url: str, tmp_path: Path) -> None:
    """Regression: logfmt quoted values with spaces but passed line breaks through, so a file named
    'x\\nts=... event=refresh_end status=succeeded' printed a second, forged log line."""
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder)
    forged = "x\nts=2026-01-01T00:00:00+00:00 event=refresh_end status=succeeded\x1b[2K.jsonl"
    (folder / forged).write_text('{"id": "a", "text": ""}\n')
    r = parley("refresh", str(folder), "-d", store_url, "--extractor", RULES)
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert all(line.startswith("ts=") for line in lines), lines
    events = [line.split(" ")[1] for line in lines]
    assert events.count("event=refresh_end") == 1 and events[-1] == "event=refresh_end"
    quarantined = [line for line in lines if line.split(" ")[1] == "event=quarantined"]
    assert len(quarantined) == 1 and "\\nts=2026-01-01" in quarantined[0] and "\\x1b[2K" in quarantined[0]
    assert "\x1b" not in r.stderr


# --- item 5: database passwords are masked wherever parley stores or shows a URL ------------------


def test_mask_password_covers_both_url_forms() -> None:
    from schema.redact import mask_password

    assert mask_password("postgresql://u:s3cret@h/db") == "postgresql://u:***@h/db"
    assert mask_password("postgresql://u@h/db?sslmode=require&password=s3cret") == (
        "postgresql://u@h/db?sslmode=require&password=***"
    )
    assert mask_password("-d postgresql+psycopg://u:p@ss@h:5432/db?PASSWORD=x&a=1") == (
        "-d postgresql+psycopg://u:***@h:5432/db?PASSWORD=***&a=1"
    )
    assert mask_password("sqlite:///data/a:b@c.sqlite") == "sqlite:///data/a:b@c.sqlite"


def test_refresh_records_and_shows_the_command_without_passwords(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: etl_run.command stored the command line as typed, password and all, and
    `status` and the report showed it."""
    argv = [
        "parley",
        "refresh",
        str(EXAMPLES),
        "-d",
        "postgresql://coder:hunter2@db.example.org/parley",
        "--scheduler",
        "tcp://head:8786?password=swordfish",
    ]
    monkeypatch.setattr(sys, "argv", argv)
    r = parley("refresh", str(EXAMPLES), "-d", store_url, "--extractor", RULES, "-q")
    assert r.exit_code == 0, r.stderr
    with get_engine(store_url).connect() as conn:
        command = conn.execute(text("SELECT command FROM etl_run ORDER BY id DESC")).scalar_one()
    assert "hunter2" not in command and "swordfish" not in command
    assert "coder:***@db.example.org" in command and "password=***" in command
    status = parley("status", "--json", "-d", store_url)
    assert status.exit_code == 0 and json.loads(status.stdout)["last_run"]["command"] == command
    assert "hunter2" not in status.stdout and "hunter2" not in status.stderr


def test_a_password_in_the_query_string_is_masked_in_status(store_url: str) -> None:
    if not store_url.startswith("postgresql"):
        pytest.skip("a password in the URL's query string is a PostgreSQL (libpq) form")
    url = make_url(store_url)
    assert url.password
    query_form = url.set(password=None).update_query_dict({"password": url.password})
    r = parley("status", "--json", "-d", query_form.render_as_string(hide_password=False))
    assert r.exit_code == 0, r.stderr
    shown = json.loads(r.stdout)["url"]
    assert f"password={url.password}" not in shown and "password=***" in shown


# --- item 9: text from articles never goes through Rich markup or matplotlib mathtext ------------

NASTY = "[/b] [bold]x $\\frac{1}{$ \x1b[31mred"


def test_markup_and_control_characters_in_data_print_as_written(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: '[/b]' in a name, a path or a date raised rich's MarkupError in status, sql,
    actors list, correct list, extract --format table and a refresh on a terminal; '$...$' in a
    name raised matplotlib's mathtext ParseFatalException in the report; escape sequences in
    data reached the terminal raw."""
    folder = tmp_path / "in [" / "b]"  # the path reads 'in [/b]'
    shutil.copytree(EXAMPLES, folder)
    (folder / "bad [b].jsonl").write_text('{"id": "[/b]", "text": ""}\n')
    monkeypatch.setattr("parley.cli.refresh.is_terminal", lambda: True)
    r = parley("refresh", str(folder), "-d", store_url, "--extractor", RULES)
    assert r.exit_code == 1, r.output
    assert "in [/b]/bad [b].jsonl" in r.stderr
    with get_engine(store_url).connect() as conn:
        participant = conn.execute(text("SELECT actor_id FROM meeting_participant ORDER BY actor_id")).scalars().first()
    assert participant is not None
    assert parley("actors", "rename", participant, NASTY, "-d", store_url).exit_code == 0
    runs = [
        ("status",),
        ("actors", "list"),
        ("actors", "show", participant),
        ("correct", "list"),
        ("sql", "SELECT name FROM actor ORDER BY name"),
        ("refresh", str(folder), "--extractor", RULES, "--show-found"),
    ]
    for args in runs:
        out = parley(*args, "-d", store_url)
        assert out.exit_code in (0, 1), (args, out.output)
        assert "Traceback" not in out.output and "\x1b" not in out.output, (args, out.output)
    shown = parley("sql", "SELECT name FROM actor WHERE name LIKE '%frac%'", "-d", store_url).stdout
    assert "[/b] [bold]x $\\frac{1}{$ \\x1b[31mred" in shown
    status = parley("status", "-d", store_url).stdout
    assert "[/b]" in status
    report = parley("report", "--out", str(tmp_path / "r.html"), "-d", store_url)
    assert report.exit_code == 0, report.output
    assert "\\frac{1}{" in (tmp_path / "r.html").read_text()


def test_extract_table_prints_markup_in_a_title_as_written(tmp_path: Path) -> None:
    article = tmp_path / "a.jsonl"
    article.write_text(
        json.dumps({"id": "x[/b]", "title": "[/b] title \x1b[2J", "published": "2020-01-01", "text": "Hello."}) + "\n"
    )
    r = parley("extract", str(article), "--format", "table")
    if r.exit_code == 2 and "spaCy model" in r.stderr:
        pytest.skip(r.stderr)
    assert r.exit_code == 0, r.output
    assert "x[/b]" in r.stdout and "[/b] title \\x1b[2J" in r.stdout and "\x1b" not in r.stdout


# --- item 2: every command that reads or writes the store checks its revision --------------------

STORE_COMMANDS = [
    ("correct", "drop", "statement", "0" * 32),
    ("actors", "merge", "a", "b"),
    ("actors", "rename", "a", "b"),
    ("correct", "withdraw", "1"),
    ("actors", "list"),
    ("correct", "list"),
    ("sql", "SELECT 1"),
    ("datasets",),
    ("status",),
    ("export", "events", "--out", "{tmp}/out"),
]


def _set_revision(url: str, revision: str) -> None:
    with get_engine(url).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": revision})


@pytest.mark.parametrize("args", STORE_COMMANDS, ids=[" ".join(a[:2]) for a in STORE_COMMANDS])
def test_a_store_ahead_of_the_code_is_refused_with_the_right_advice(
    store_url: str, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """Regression: only refresh checked the revision; correct and actors merge wrote into a store
    migrated by a newer parley, and sql/datasets/export said 'run parley db upgrade'."""
    _set_revision(store_url, "ffff_from_a_newer_parley")
    r = parley(*(a.format(tmp=tmp_path) for a in args), "-d", store_url)
    assert r.exit_code == 2, r.output
    assert "newer than this parley" in r.stderr and "upgrade parley" in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()  # export reports its steps before the error
    assert "db upgrade" not in r.stderr and lines[-1].startswith("error: ") and "Traceback" not in r.stderr


@pytest.mark.parametrize("args", STORE_COMMANDS, ids=[" ".join(a[:2]) for a in STORE_COMMANDS])
def test_a_store_behind_the_code_says_run_db_upgrade(store_url: str, tmp_path: Path, args: tuple[str, ...]) -> None:
    _set_revision(store_url, "0001")
    r = parley(*(a.format(tmp=tmp_path) for a in args), "-d", store_url)
    assert r.exit_code == 2 and "run `parley db upgrade`" in r.stderr, r.stderr


# --- items 7 and 12: parley sql output --------------------------------------------------------------


def test_sql_csv_with_nested_columns_and_duckdb_settings_is_not_a_traceback(store_url: str) -> None:
    r = parley("sql", "SELECT [1, 2] AS l, {'a': 1} AS s", "--format", "csv", "-d", store_url)
    assert r.exit_code == 0 and r.stdout.splitlines() == ['"l","s"', '"[1, 2]","{""a"": 1}"'], r.output
    for fmt in ("csv", "json", "table"):
        r = parley("sql", "SELECT * FROM duckdb_settings()", "--format", fmt, "-d", store_url)
        assert r.exit_code == 0 and "Traceback" not in r.output, r.output


def test_sql_table_output_escapes_control_characters_and_caps_rows(store_url: str) -> None:
    r = parley("sql", "SELECT chr(27) || '[2J' || chr(7) AS x FROM range(60)", "-d", store_url)
    assert r.exit_code == 0 and "\x1b" not in r.stdout and "\x07" not in r.stdout and "\\x1b[2J\\x07" in r.stdout
    assert "first 50 rows shown" in r.stdout


# --- item 11: full disk, read-only store, crashes under systemd, killed runs ------------------------


def test_a_full_disk_is_one_line_and_exit_2(store_url: str, tmp_path: Path) -> None:
    """SQLite's own 'database or disk is full' (SQLITE_FULL, reached here through max_page_count)
    stops the refresh with one line and exit 2; what was loaded before stays whole."""
    if not store_url.startswith("sqlite"):
        pytest.skip("max_page_count is how SQLite is made to run out of space; PostgreSQL has no such knob")
    from sqlalchemy import event

    engine = get_engine(store_url)
    with engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar_one()
    engine.dispose()

    def cap(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 3}")

    event.listen(engine, "connect", cap)
    try:
        r = parley("refresh", str(EXAMPLES), "-d", store_url, "--extractor", RULES, "-q")
    finally:
        event.remove(engine, "connect", cap)
        engine.dispose()
    assert r.exit_code == 2 and "Traceback" not in r.output, r.output
    lines = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and "database or disk is full" in lines[0], r.stderr
    status = parley("status", "--json", "-d", store_url)
    assert status.exit_code == 0 and json.loads(status.stdout)["last_run"]["status"] == "failed"


def _as_nobody(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The CLI run by an unprivileged user (root ignores file permissions), in a subprocess."""
    code = "import sys; sys.argv[0] = 'parley'; from parley.cli import main; main()"
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
    env = {**os.environ, "HOME": str(cwd), "MPLCONFIGDIR": str(cwd), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [*prefix, sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_a_read_only_store_is_read_and_refuses_writes_in_one_line(request: pytest.FixtureRequest) -> None:
    """Regression: every command on a store parley may not write failed with 'attempt to write a
    readonly database' (opening it set WAL mode); a write printed a traceback."""
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("needs setpriv to drop root's privileges")
    tmp_path = Path(tempfile.mkdtemp(prefix="parley-ro-"))  # pytest's own folders are private to root
    tmp_path.chmod(0o755)
    request.addfinalizer(lambda: shutil.rmtree(tmp_path, ignore_errors=True))
    folder = tmp_path / "ro"
    folder.mkdir()
    url = f"sqlite:///{folder / 'store.sqlite'}"
    assert parley("init", "-d", url).exit_code == 0
    assert parley("refresh", str(EXAMPLES), "-d", url, "--extractor", RULES, "-q").exit_code == 0
    get_engine(url).dispose()
    work = tmp_path / "work"
    work.mkdir()
    work.chmod(0o777)
    (folder / "store.sqlite").chmod(0o444)
    folder.chmod(0o555)
    try:
        for args in (
            ["status"],
            ["datasets"],
            ["sql", "SELECT count(*) AS n FROM actor"],
            ["actors", "list"],
            ["export", "events", "--out", str(work / "out")],
        ):
            r = _as_nobody([*args, "-d", url], work)
            assert r.returncode == 0, (args, r.stderr)
        for args in (["refresh", str(EXAMPLES), "--extractor", RULES], ["correct", "withdraw", "1"]):
            r = _as_nobody([*args, "-d", url], work)
            assert r.returncode == 2 and "Traceback" not in r.stderr, (args, r.stderr)
            assert len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("error: "), r.stderr
    finally:
        folder.chmod(0o755)


def test_the_systemd_unit_never_counts_a_crash_as_success(store_url: str, tmp_path: Path) -> None:
    """Regression: the unit had SuccessExitStatus=1 for 'some inputs quarantined', but an uncaught
    Python exception also exits 1, so a crash passed as success."""
    unit = (ROOT / "examples" / "systemd" / "parley-refresh.service").read_text()
    settings = [line for line in unit.splitlines() if line and not line.startswith("#")]
    assert not any(line.startswith("SuccessExitStatus") for line in settings)
    exec_start = next(line for line in settings if line.startswith("ExecStart="))
    assert "--partial-ok" in exec_start
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder)
    (folder / "broken.jsonl").write_text('{"id": 1, "text": ""}\n')
    partial = parley("refresh", str(folder), "-d", store_url, "--extractor", RULES, "-q", "--partial-ok")
    assert partial.exit_code == 0 and "status=partial" in partial.stderr
    crashing = tmp_path / "crashing.py"
    crashing.write_text("def make():\n    raise RuntimeError('a bug')\n")
    crash = parley("refresh", str(folder), "-d", store_url, "--extractor", f"{crashing}:make", "--partial-ok")
    assert crash.exit_code == 3 and "internal error" in crash.stderr and "a bug" in crash.stderr


def test_a_killed_run_shows_as_interrupted(store_url: str) -> None:
    """Regression: a refresh killed mid-run stayed 'running' in status until the next refresh."""
    from etl.locking import refresh_lock

    engine = get_engine(store_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO etl_run (status, started_at, n_seen, n_extracted, n_unchanged, n_quarantined, n_records)"
                " VALUES ('running', CURRENT_TIMESTAMP, 0, 0, 0, 0, 0)"
            )
        )
    shown = json.loads(parley("status", "--json", "-d", store_url).stdout)["last_run"]
    assert shown["status"] == "interrupted" and "ended before finishing" in shown["error"]
    with refresh_lock(engine):  # a refresh that is really running keeps its status
        assert json.loads(parley("status", "--json", "-d", store_url).stdout)["last_run"]["status"] == "running"
    assert "interrupted" in parley("status", "-d", store_url).stdout

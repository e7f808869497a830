"""One refresh at a time per store: a `flock` on `<db>.lock` for SQLite, a session advisory lock
for PostgreSQL. Both are freed by the operating system or the server the moment their holder dies
(docs/facts.md: < 1 ms and 2 ms), so a SIGKILLed refresh never leaves a stale lock behind."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, text

from schema.errors import LockHeld
from schema.redact import mask_password

# "parley" in ASCII: one advisory lock key per database, shared by every parley refresh.
PG_LOCK_KEY = 0x7061726C6579
POLL_SECONDS = 0.2


def holder_info() -> dict[str, Any]:
    """Who is refreshing: what a refused refresh reports."""
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": mask_password(" ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv)))[:300],
    }


def describe(info: dict[str, Any] | None) -> str:
    if not info:
        return "another refresh holds the store's lock (holder unknown)"
    return (
        f"another refresh holds the store's lock: pid {info.get('pid', '?')} on "
        f"{info.get('host', '?')}, started {info.get('started', '?')}"
    )


@contextmanager
def refresh_lock(engine: Engine, wait: bool = False, timeout: float | None = None) -> Iterator[None]:
    """Hold the store's refresh lock for the block; raise `LockHeld` (saying who holds it) when
    another refresh has it, or wait for it with `wait=True` (up to `timeout` seconds, if given)."""
    if engine.url.get_backend_name() == "sqlite":
        lock = _sqlite_lock
    else:
        lock = _pg_lock
    with lock(engine, wait, timeout):
        yield


def lock_path(engine: Engine) -> str:
    db = engine.url.database
    assert db
    return os.path.abspath(db) + ".lock"


@contextmanager
def _sqlite_lock(engine: Engine, wait: bool, timeout: float | None) -> Iterator[None]:
    # Our own flock rather than filelock's: filelock truncates the file before locking, which would
    # erase the holder's description that a refused refresh prints.
    path = lock_path(engine)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait or (deadline is not None and time.monotonic() > deadline):
                    raise LockHeld(describe(_holder_of(fd)) + _hint(wait)) from None
                time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder_info()).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _holder_of(fd: int, patience: float = 2.0) -> dict[str, Any] | None:
    """The holder's description; it writes it just after taking the lock, so a refresh refused in
    between waits briefly for it instead of reporting an unknown holder."""
    deadline = time.monotonic() + patience
    info = _read_info(fd)
    while info is None and time.monotonic() < deadline:
        time.sleep(0.02)
        info = _read_info(fd)
    return info


def _read_info(fd: int) -> dict[str, Any] | None:
    try:
        raw = os.pread(fd, 4096, 0)
        return json.loads(raw) if raw else None
    except (OSError, ValueError):
        return None


def _hint(wait: bool) -> str:
    return " (gave up waiting)" if wait else "; run again later, or pass --wait to queue behind it"


@contextmanager
def _pg_lock(engine: Engine, wait: bool, timeout: float | None) -> Iterator[None]:
    # A dedicated autocommit session: the lock lives as long as the session, and no transaction
    # stays open for the length of the refresh.
    info = holder_info()
    app_name = f"parley refresh pid={info['pid']} host={info['host']}"[:63]
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("SELECT set_config('application_name', :n, false)"), {"n": app_name})
        deadline = None if timeout is None else time.monotonic() + timeout
        while not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": PG_LOCK_KEY}).scalar():
            if not wait or (deadline is not None and time.monotonic() > deadline):
                raise LockHeld(describe(_pg_holder(conn)) + _hint(wait))
            time.sleep(POLL_SECONDS)
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_LOCK_KEY})


def _pg_holder(conn: Any) -> dict[str, Any] | None:
    row = conn.execute(
        text(
            "SELECT a.pid, a.application_name, a.client_hostname, a.client_addr, a.backend_start "
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :hi AND l.objid = :lo"
        ),
        {"hi": PG_LOCK_KEY >> 32, "lo": PG_LOCK_KEY & 0xFFFFFFFF},
    ).first()
    if row is None:
        return None
    name = row.application_name or ""
    fields = dict(part.split("=", 1) for part in name.split() if "=" in part)
    return {
        "pid": fields.get("pid", f"server backend {row.pid}"),
        "host": fields.get("host", row.client_hostname or row.client_addr or "?"),
        "started": row.backend_start.isoformat(timespec="seconds") if row.backend_start else "?",
    }


def lock_held(engine: Engine) -> bool:
    """Whether a refresh holds the store's lock now (without taking it, and without creating the
    SQLite lock file): a run marked running whose lock nobody holds was killed."""
    if engine.url.get_backend_name() == "sqlite":
        try:
            fd = os.open(lock_path(engine), os.O_RDONLY)
        except FileNotFoundError:
            return False
        except OSError:
            return True  # cannot tell: do not call a live run interrupted
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)  # closing releases a shared lock we took
        return False
    with engine.connect() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                    "AND classid = :hi AND objid = :lo"
                ),
                {"hi": PG_LOCK_KEY >> 32, "lo": PG_LOCK_KEY & 0xFFFFFFFF},
            ).scalar()
        )

"""Where the store is and how to connect: URL resolution, engines with the right pragmas, and the
revision check that stops code and database from drifting apart."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, ProgrammingError
from sqlalchemy.pool import NullPool

from schema.errors import ConfigError, SchemaAhead, SchemaBehind, StoreUnreachable
from schema.quick import DEFAULT_URL, MIGRATIONS_DIR, head_revision, known_revisions, read_only_uri  # noqa: F401
from schema.redact import mask_password

SQLITE_BUSY_TIMEOUT_MS = 30_000
ALEMBIC_INI = Path(__file__).resolve().parent.parent / "alembic.ini"


def database_url(url: str | None = None) -> URL:
    """The store's URL: the argument, else `PARLEY_DATABASE_URL`, else the embedded SQLite default.

    Raises `ConfigError` with a one-line reason for a malformed URL (an empty one given explicitly,
    a port that is not a number, ...) or an unsupported backend."""
    if url is not None and not url.strip():
        raise ConfigError("the database URL is empty: give sqlite:///PATH or postgresql+psycopg://USER@HOST/DB")
    raw = url or os.environ.get("PARLEY_DATABASE_URL") or DEFAULT_URL
    try:
        parsed = make_url(raw)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        detail = " (the port is not a number)" if isinstance(exc, ValueError) else ""
        raise ConfigError(
            f"malformed database URL {_redact(raw)!r}{detail}: expected sqlite:///PATH or "
            "postgresql+psycopg://USER:PASSWORD@HOST[:PORT]/DB"
        ) from None
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        elif parsed.drivername != "postgresql+psycopg":
            raise ConfigError(f"unsupported PostgreSQL driver {parsed.drivername!r}: use postgresql+psycopg://")
        if not parsed.database:
            raise ConfigError(f"database URL {_redact(raw)!r} names no database")
    elif backend == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            raise ConfigError("an in-memory SQLite store would vanish on exit: give a file path")
    else:
        raise ConfigError(f"unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://")
    return parsed


def _redact(raw: str) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return shown(make_url(raw))
    except (ArgumentError, ValueError):  # unparseable: mask what looks like a password by hand
        return mask_password(raw)


def shown(url: URL) -> str:
    """The URL as messages, logs and reports show it: no password, neither `user:***@` nor
    `?password=***` (SQLAlchemy's own rendering hides only the first)."""
    return mask_password(url.render_as_string(hide_password=True))


def _on_sqlite_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    # Python's sqlite3 opens transactions lazily; we issue BEGIN ourselves (see `begin_immediate`)
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _on_sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # Writers take the write lock up front: a read-then-write transaction would otherwise fail at once
    # with "database is locked" despite the busy timeout (docs/facts.md).
    write = conn.get_execution_options().get("parley_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def ensure_sqlite_folder(url: URL) -> None:
    """Create the folder of a SQLite file on demand (the file itself SQLite creates)."""
    if url.get_backend_name() == "sqlite" and url.database:
        folder = Path(url.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnreachable(f"cannot create the store's folder {folder}: {exc.strerror}") from None


def sqlite_read_only(url: URL) -> bool:
    """Whether `url` is a SQLite store this process can read but not write (a read-only file or
    folder, an immutable file, a read-only mount): such a store is opened read-only."""
    if url.get_backend_name() != "sqlite" or not url.database:
        return False
    path = Path(url.database)
    if not path.is_file():
        return False
    return not (os.access(path, os.R_OK | os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK))


def sqlite_uri(url: URL) -> str:
    """The SQLite URI that opens the store read-only. `immutable`: SQLite may not create the WAL's
    shared-memory file beside a store it cannot write, and nobody can change a store that nobody
    running parley may write."""
    return read_only_uri(str(url.database), immutable=True)


def _on_sqlite_read_only_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_conn.isolation_level = None
    dbapi_conn.execute("PRAGMA query_only=ON")


_ENGINES: OrderedDict[URL, Engine] = OrderedDict()
MAX_ENGINES = 16
_ENGINES_LOCK = threading.Lock()


def _engine_for(url: URL) -> Engine:
    """The cached engine of `url`; the least recently used of more than MAX_ENGINES is disposed of
    (an engine dropped from a cache without that leaves its pooled connections open until GC)."""
    with _ENGINES_LOCK:
        engine = _ENGINES.get(url)
        if engine is None:
            engine = _ENGINES[url] = _new_engine(url)
            while len(_ENGINES) > MAX_ENGINES:
                _ENGINES.popitem(last=False)[1].dispose()
        _ENGINES.move_to_end(url)
        return engine


def _new_engine(url: URL) -> Engine:
    # Building an engine is where SQLAlchemy finds a driver it cannot load or an argument it rejects:
    # those become one-line `ConfigError`s here, so no caller (the CLI least of all) sees them raw.
    try:
        if sqlite_read_only(url):
            uri = sqlite_uri(url)
            # the URL stays the file's (for messages and the lock file); connections come from the URI
            engine = create_engine(url, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
            event.listen(engine, "connect", _on_sqlite_read_only_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
            return engine
        if url.get_backend_name() == "sqlite":
            # No pool: the datasets read SQLite through ADBC, whose driver bundles its own copy of SQLite.
            # Two copies in one process do not see each other's POSIX locks, so when the ADBC copy closes
            # its last connection it thinks it is the last one, checkpoints and deletes the WAL under any
            # sqlite3 connection a pool keeps open; that connection then writes into the deleted file,
            # unseen by every later reader until it closes ("disk I/O error", or a correction not visible
            # to the next dataset read in the same Python session). Closing after each use avoids it.
            engine = create_engine(url, poolclass=NullPool)
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
            return engine
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    except (ArgumentError, NoSuchModuleError, ValueError, TypeError, ImportError) as exc:
        raise ConfigError(f"cannot use the database URL {shown(url)!r}: {str(exc).splitlines()[0]}") from None


def _resolve(url: str | URL | None) -> URL:
    return url if isinstance(url, URL) else database_url(url)


def get_engine(url: str | URL | None = None) -> Engine:
    """A (cached) engine for the store; SQLite files and their folders are created on demand.

    For creating a store (`parley init`, migrations, tests); commands that use an existing store
    call `open_store`, which never creates one at a mistyped path."""
    resolved = _resolve(url)
    ensure_sqlite_folder(resolved)
    return _engine_for(resolved)


Store = Engine | str | URL | None
"""What library functions accept as the store: an engine, a URL, or None for the configured one."""


def open_store(store: Store = None, *, check_revision: bool = True) -> Engine:
    """The engine of an existing store: an engine as given, else one for the URL (resolved like
    `database_url`). A SQLite file that does not exist is a `StoreUnreachable` naming the path,
    never a new empty store; a malformed URL is a `ConfigError`. With `check_revision` (the
    default) the store must be at the code's revision (`require_current`): a store behind says
    to run `parley db upgrade`, one ahead says to upgrade parley."""
    if isinstance(store, Engine):
        engine = store
    else:
        resolved = _resolve(store)
        if resolved.get_backend_name() == "sqlite" and resolved.database and not Path(resolved.database).is_file():
            raise StoreUnreachable(
                f"no store at {resolved.database}: check --database / PARLEY_DATABASE_URL, "
                "or create one with `parley init` (or `parley db upgrade`)"
            )
        engine = _engine_for(resolved)
    if check_revision:
        require_current(engine)
    return engine


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction (SQLite: `BEGIN IMMEDIATE`), committed on success."""
    with engine.connect().execution_options(parley_write=True) as conn, conn.begin():
        yield conn


def check_reachable(engine: Engine) -> None:
    """Raise `StoreUnreachable` with a one-line reason when the database cannot be opened."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StoreUnreachable(f"cannot reach the database {shown(engine.url)}: {mask_password(reason)}") from None


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at, or None for an empty database."""
    check_reachable(engine)
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    except (OperationalError, ProgrammingError):
        return None
    return row[0] if row else None


def require_current(engine: Engine) -> None:
    """Raise unless the database is exactly at the code's head revision."""
    rev = current_revision(engine)
    head = head_revision()
    if rev == head:
        return
    if rev is None:
        raise SchemaBehind("the store has no schema yet: run `parley db upgrade` (or `parley init`)")
    if rev not in known_revisions():
        raise SchemaAhead(
            f"the store is at revision {rev}, newer than this parley ({head}): upgrade parley, "
            "or run `parley db downgrade` with the newer version"
        )
    raise SchemaBehind(f"the store is at revision {rev}, behind the code ({head}): run `parley db upgrade`")

"""Store fixtures on both backends.

`store_url` is a fresh store at the head revision (reference data seeded) on SQLite (a file in
tmp_path) and on PostgreSQL (a fresh database on the server named by PARLEY_TEST_DATABASE_URL; the
PostgreSQL cases are skipped, with the reason shown, when it is not set). Each backend is migrated once
per session into a template that every test copies, so a fresh store costs milliseconds.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from schema import migrate
from schema.store import get_engine

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PG_ENV = "PARLEY_TEST_DATABASE_URL"
SHARED_ENV = "PARLEY_REQUIRE_SHARED"  # CI sets it: there, a missing ../shared is a failure, not a skip
BACKENDS = ["sqlite", "postgresql"]


def pg_admin_url() -> str | None:
    raw = os.environ.get(PG_ENV)
    if not raw:
        if os.environ.get("PARLEY_REQUIRE_POSTGRES"):
            pytest.fail(f"PARLEY_REQUIRE_POSTGRES is set but {PG_ENV} is not", pytrace=False)
        return None
    url = make_url(raw)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def _pg_execute(admin_url: str, *statements: str) -> None:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for stmt in statements:
                conn.execute(text(stmt))
    finally:
        engine.dispose()


def _pg_url_for(admin_url: str, dbname: str) -> str:
    return make_url(admin_url).set(database=dbname).render_as_string(hide_password=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "shared: needs ../shared (corpus and gold) beside the checkout")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `shared` are skipped, with the reason, in a clone without ../shared beside it (a
    public clone has none); with PARLEY_REQUIRE_SHARED set (CI) they fail instead."""
    if SHARED.is_dir():
        return
    if os.environ.get(SHARED_ENV):
        raise pytest.UsageError(f"{SHARED_ENV} is set but {SHARED} is not there")
    skip = pytest.mark.skip(reason=f"needs {SHARED} (the gold and corpus beside the checkout; public clones have none)")
    for item in items:
        if item.get_closest_marker("shared"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    migrate.upgrade(f"sqlite:///{path}")
    get_engine(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    admin = pg_admin_url()
    if admin is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (CI sets it; see README)")
    name = f"parley_tpl_{uuid.uuid4().hex[:8]}"
    _pg_execute(admin, f'CREATE DATABASE "{name}"')
    url = _pg_url_for(admin, name)
    migrate.upgrade(url)
    get_engine(url).dispose()
    yield name
    _pg_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def new_pg_database(template: str | None = None) -> str:
    """A fresh PostgreSQL database (empty, or a copy of `template`); returns its URL."""
    admin = pg_admin_url()
    assert admin is not None
    name = f"parley_t_{uuid.uuid4().hex[:10]}"
    suffix = f' TEMPLATE "{template}"' if template else ""
    _pg_execute(admin, f'CREATE DATABASE "{name}"{suffix}')
    return _pg_url_for(admin, name)


def drop_pg_database(url: str) -> None:
    admin = pg_admin_url()
    assert admin is not None
    name = make_url(url).database
    get_engine(url).dispose()
    _pg_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS, ids=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql" and pg_admin_url() is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (CI sets it; see README)")
    return str(request.param)


@pytest.fixture
def blank_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """An empty database (no schema) on each backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'blank.sqlite'}"
        return
    url = new_pg_database()
    yield url
    drop_pg_database(url)


@pytest.fixture
def store_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh store at the head revision on each backend."""
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "parley.sqlite"
        shutil.copyfile(template, path)
        url = f"sqlite:///{path}"
        yield url
        get_engine(url).dispose()
        return
    url = new_pg_database(request.getfixturevalue("pg_template"))
    yield url
    drop_pg_database(url)


@pytest.fixture
def store_engine(store_url: str) -> Engine:
    return get_engine(store_url)


@pytest.fixture
def shared() -> Path:
    """The shared/ folder beside the checkout (corpus, gold); skip if it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not found: the corpus and gold live beside the checkout")
    return SHARED

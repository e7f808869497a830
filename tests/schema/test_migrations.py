"""Migrations on SQLite and PostgreSQL: pytest-alembic's checks plus rows surviving upgrades."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_alembic.tests import (  # noqa: F401  (collected as tests here)
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine, create_engine, inspect, text

from schema import migrate
from schema.models import metadata
from schema.store import get_engine
from schema.vocab import ISSUES, ROLES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def alembic_config() -> dict[str, str]:
    return {"file": str(ROOT / "alembic.ini"), "script_location": str(ROOT / "migrations")}


@pytest.fixture
def alembic_engine(blank_url: str) -> Engine:
    engine = create_engine(blank_url)
    yield engine
    engine.dispose()


def test_head_creates_every_model_table(store_engine: Engine) -> None:
    tables = set(inspect(store_engine).get_table_names())
    assert set(metadata.tables) <= tables


def test_reference_data_seeded(store_engine: Engine) -> None:
    with store_engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT iso3, cow_code FROM country")).all())
        roles = {r for (r,) in conn.execute(text("SELECT code FROM role"))}
        issues = {r for (r,) in conn.execute(text("SELECT code FROM issue"))}
    # Correlates of War codes checked by hand against the COW state list
    assert rows["USA"] == 2
    assert rows["IRN"] == 630
    assert rows["RUS"] == 365
    assert rows["DDR"] == 265  # German Democratic Republic, a historical state
    assert rows["YUG"] == 345
    assert "IGO" in rows
    assert len(rows) > 250
    assert roles == set(ROLES)
    assert issues == set(ISSUES)


def test_rows_survive_every_upgrade(blank_url: str) -> None:
    """Rows written at the first revision are all still there, unchanged, at head."""
    migrate.upgrade(blank_url, "0001")
    engine = get_engine(blank_url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO source (id, name) VALUES (1, 'Reuters')"))
        conn.execute(
            text(
                "INSERT INTO etl_run (id, started_at, status, n_seen, n_extracted, n_unchanged,"
                " n_quarantined, n_records) VALUES (1, '2026-01-01 00:00:00+00:00', 'succeeded', 1, 1, 0, 0, 3)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO document (id, content_hash, source_id, title, status, run_id)"
                " VALUES ('d1', 'h1', 1, 'A title', 'loaded', 1)"
            )
        )
        conn.execute(text("INSERT INTO actor (id, key, name, kind) VALUES ('a1', 'person:x', 'X', 'person')"))
        conn.execute(text("INSERT INTO actor_alias (actor_id, alias) VALUES ('a1', 'Mr X')"))
        conn.execute(
            text(
                "INSERT INTO statement (id, document_id, speaker_actor_id, quote, direct, partial, tone,"
                " start_char, end_char) VALUES ('s1', 'd1', 'a1', 'words', true, false, 'neutral', 0, 5)"
            )
        )
    before = _snapshot(engine)
    migrate.upgrade(blank_url)
    after = _snapshot(engine)
    assert before == after
    assert after["statement"] == [("s1", "d1", "a1", "words")]


def _snapshot(engine: Engine) -> dict[str, list[tuple]]:
    queries = {
        "source": "SELECT id, name FROM source",
        "document": "SELECT id, content_hash, title FROM document",
        "actor_alias": "SELECT actor_id, alias FROM actor_alias",
        "statement": "SELECT id, document_id, speaker_actor_id, quote FROM statement",
    }
    with engine.connect() as conn:
        return {k: [tuple(r) for r in conn.execute(text(q))] for k, q in queries.items()}


def test_head_and_known_revisions_without_alembic_agree_with_alembic() -> None:
    # start-up (issue 13): `parley status` read them through Alembic's ScriptDirectory, 0.3 s of imports
    from alembic.script import ScriptDirectory

    from schema import quick, store

    scripts = ScriptDirectory(str(store.MIGRATIONS_DIR))
    assert quick.revision_graph() is not None, "every migration header is read without Alembic"
    assert store.head_revision() == scripts.get_current_head()
    assert store.known_revisions() == {r.revision for r in scripts.walk_revisions()}


def test_the_quick_sqlite_check_says_yes_only_for_a_store_at_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`parley sql "select 1"` checks a SQLite store with sqlite3 alone (issue 13); anything but a
    plain yes sends it to `open_store`, whose one-line errors users see."""
    from schema import quick

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PARLEY_DATABASE_URL", raising=False)
    path = tmp_path / "s.sqlite"
    assert not quick.sqlite_at_head(f"sqlite:///{path}")  # no file
    migrate.upgrade(f"sqlite:///{path}")
    assert quick.sqlite_at_head(f"sqlite:///{path}")
    assert quick.sqlite_at_head("sqlite:///s.sqlite")  # relative to the working folder
    monkeypatch.setenv("PARLEY_DATABASE_URL", f"sqlite:///{path}")
    assert quick.sqlite_at_head(None)
    assert not quick.sqlite_at_head(f"sqlite:///{path}?mode=ro")  # not plain: open_store decides
    migrate.downgrade(f"sqlite:///{path}", "-1")
    assert not quick.sqlite_at_head(f"sqlite:///{path}")  # behind
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    assert not quick.sqlite_at_head(f"sqlite:///{tmp_path / 'junk.sqlite'}")

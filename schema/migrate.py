"""Run Alembic from Python: the same migrations `parley db ...` and `alembic` run."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import Engine

from schema.errors import StoreError
from schema.store import ALEMBIC_INI, MIGRATIONS_DIR, check_reachable, database_url, get_engine, open_store


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config for the store at `url` (resolved like the application's)."""
    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    resolved = database_url(url).render_as_string(hide_password=False)
    cfg.set_main_option("sqlalchemy.url", resolved.replace("%", "%%"))
    return cfg


def _engine(url: str | None, create: bool) -> Engine:
    engine = get_engine(url) if create else open_store(url, check_revision=False)
    check_reachable(engine)
    return engine


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Migrate the store up to `revision` (default: the newest); a SQLite store is created if needed."""
    _engine(url, create=True)
    try:
        command.upgrade(alembic_config(url), revision)
    except CommandError as exc:
        raise StoreError(f"cannot upgrade to {revision!r}: {exc}") from None


def downgrade(url: str | None = None, revision: str = "-1") -> None:
    """Migrate the store down to `revision` (default: one step); never creates a store."""
    _engine(url, create=False)
    try:
        command.downgrade(alembic_config(url), revision)
    except CommandError as exc:
        raise StoreError(f"cannot downgrade to {revision!r}: {exc}") from None

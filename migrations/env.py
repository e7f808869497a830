"""Alembic environment: the same URL resolution as the application, batch mode on SQLite only,
one transaction per migration, foreign keys off on SQLite while tables are rebuilt."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine, create_engine, pool, text

from schema.models import metadata
from schema.store import database_url, ensure_sqlite_folder

config = context.config


def _url() -> str:
    # Tests and the API pass a URL through the config (`-x url=...` or set_main_option); else settings.
    given = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    url = database_url(given or None)
    ensure_sqlite_folder(url)
    return url.render_as_string(hide_password=False)


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transaction_per_migration=True,
        compare_type=True,
        compare_server_default=True,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=_url().startswith("sqlite"),
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if isinstance(given, Connection):  # a caller (pytest-alembic) hands us its connection
        _run(given)
        return
    if isinstance(given, Engine):
        with given.connect() as connection:
            _run(connection)
        return
    engine = create_engine(_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch migrations rebuild tables; with foreign keys on, ON DELETE CASCADE children would be
        # silently emptied (docs/facts.md). Check the keys by hand after the migrations instead.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        if connection.in_transaction():
            connection.commit()
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()
    if sqlite:
        bad = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if bad:
            raise RuntimeError(f"foreign key check failed after migration: {bad[:5]}")
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        if connection.in_transaction():
            connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

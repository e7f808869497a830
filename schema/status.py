"""What the store holds: revision, rows per table, the last refresh and the quarantine."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import DateTime, Engine, text

from schema.redact import mask_password
from schema.store import Store, current_revision, head_revision, open_store, shown
from schema.tables import TABLES

# Plain SQL over the table names (schema.tables), not the typed models: `parley status` must start
# fast (issue 13). The run's times are typed as the model types them, so they read back as datetimes.
_LAST_RUN = text("SELECT * FROM etl_run ORDER BY id DESC LIMIT 1").columns(
    started_at=DateTime(timezone=True), finished_at=DateTime(timezone=True)
)
_QUARANTINED = "FROM document WHERE status = 'quarantined'"


@dataclass(slots=True)
class StoreStatus:
    url: str
    revision: str | None
    head: str
    counts: dict[str, int] = field(default_factory=dict)
    last_run: dict[str, Any] | None = None
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    quarantine_total: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "revision": self.revision,
            "head": self.head,
            "counts": self.counts,
            "last_run": self.last_run,
            "quarantine_total": self.quarantine_total,
            "quarantine": self.quarantine,
        }


def store_status(
    store: Store, quarantine_limit: int = 20, running: Callable[[Engine], bool] | None = None
) -> StoreStatus:
    """Revision, row counts of every table, the latest run and the newest quarantined inputs.

    `running` tells whether a refresh holds the store's lock (`etl.locking.lock_held`): a last run
    still marked running while no refresh runs was killed, and is shown as interrupted."""
    engine = open_store(store)
    status = StoreStatus(
        url=shown(engine.url),
        revision=current_revision(engine),
        head=head_revision(),
    )
    with engine.connect() as conn:
        for name in TABLES:
            status.counts[name] = conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
        run = conn.execute(_LAST_RUN).mappings().first()
        if run is not None:
            status.last_run = {k: _plain(v) for k, v in run.items()}
            if status.last_run.get("command"):  # runs recorded before passwords were masked
                status.last_run["command"] = mask_password(status.last_run["command"])
            if status.last_run.get("status") == "running" and running is not None and not running(engine):
                status.last_run["status"] = "interrupted"
                status.last_run["error"] = "interrupted: the process ended before finishing (no refresh holds the lock)"
        status.quarantine_total = conn.execute(text(f"SELECT count(*) {_QUARANTINED}")).scalar_one()
        rows = conn.execute(
            text(f"SELECT id, error {_QUARANTINED} ORDER BY loaded_at DESC LIMIT :n"), {"n": quarantine_limit}
        )
        status.quarantine = [{"document": r.id, "error": r.error} for r in rows]
    return status


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value

"""What the store holds: revision, rows per table, the last refresh and the quarantine."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from schema.models import Document, EtlRun, metadata
from schema.store import Store, current_revision, head_revision, open_store


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


def store_status(store: Store, quarantine_limit: int = 20) -> StoreStatus:
    """Revision, row counts of every table, the latest run and the newest quarantined inputs."""
    engine = open_store(store)
    status = StoreStatus(
        url=engine.url.render_as_string(hide_password=True),
        revision=current_revision(engine),
        head=head_revision(),
    )
    with engine.connect() as conn:
        for name, table in metadata.tables.items():
            status.counts[name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
        run = conn.execute(select(EtlRun).order_by(EtlRun.id.desc()).limit(1)).mappings().first()
        if run is not None:
            status.last_run = {k: _plain(v) for k, v in run.items()}
        quarantined = select(Document.id, Document.error, Document.loaded_at).where(Document.status == "quarantined")
        status.quarantine_total = conn.execute(select(func.count()).select_from(quarantined.subquery())).scalar_one()
        rows = conn.execute(quarantined.order_by(Document.loaded_at.desc()).limit(quarantine_limit))
        status.quarantine = [{"document": r.id, "error": r.error} for r in rows]
    return status


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value

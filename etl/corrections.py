"""Coders' corrections: recorded once (`parley correct`, `parley actors merge|rename`), re-applied
after every load, `refresh --full` included. They target records by id, and extracted records keep
their ids while their article is unchanged, so a correction stays attached across refreshes."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Integer, delete, insert, select, update

from etl.resolve import merge_actor_into
from etl.sources import date_problem
from schema.base import width
from schema.errors import ParleyError
from schema.models import Actor, ActorAlias, Correction, metadata
from schema.store import Store, open_store, writing


class CorrectionError(ParleyError):
    """A correction that cannot be recorded (unknown record, field or action)."""

    exit_code = 2


# What a coder may correct: table -> settable columns. Ids and evidence offsets are not editable:
# they are what keeps a correction attached.
SETTABLE: dict[str, tuple[str, ...]] = {
    "statement": ("speaker_actor_id", "quote", "direct", "partial", "cue", "target_country", "tone", "meeting_id"),
    "meeting": (
        "date",
        "date_basis",
        "kind",
        "label",
        "location",
        "location_country",
        "duration_minutes",
        "host_actor_id",
        "chair_actor_id",
    ),
    "bilateral_issue": ("country_a", "country_b", "issue", "statement_id", "meeting_id"),
    "actor": ("name", "kind", "country", "role"),
    "actor_mention": ("title", "role", "country"),
}
DROPPABLE = ("statement", "meeting", "bilateral_issue", "meeting_report")


@dataclass(frozen=True, slots=True)
class Outcome:
    applied: int
    missing: int  # active corrections whose record is not in the store (its article changed or left)


def _coerce(table: str, field: str, value: Any) -> Any:
    col = metadata.tables[table].c[field]
    if value is None:
        return None
    if isinstance(col.type, Date):
        if why := date_problem(str(value)):
            raise ValueError(why)
        return dt.date.fromisoformat(str(value))
    if isinstance(col.type, Boolean):
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
    if isinstance(col.type, Integer):
        return int(value)
    return value


def _exists(conn: Connection, table: str, record_id: str) -> bool:
    t = metadata.tables[table]
    return conn.execute(select(t.c.id).where(t.c.id == record_id)).first() is not None


def apply_one(conn: Connection, c: Any) -> bool:
    """Apply one correction row; False when its target is not in the store."""
    if c.action == "drop":
        t = metadata.tables[c.target_table]
        return conn.execute(delete(t).where(t.c.id == c.target_id)).rowcount > 0
    if c.action == "set":
        t = metadata.tables[c.target_table]
        if not _exists(conn, c.target_table, c.target_id):
            return False
        conn.execute(
            update(t).where(t.c.id == c.target_id).values({c.field: _coerce(c.target_table, c.field, c.value)})
        )
        return True
    if c.action == "merge_actors":
        if not _exists(conn, "actor", c.target_id):
            return False
        merge_actor_into(conn, c.target_id, str(c.value))
        return True
    if c.action == "rename_actor":
        if not _exists(conn, "actor", c.target_id):
            return False
        name = str(c.value)[: width(Actor.name)]
        conn.execute(update(Actor).where(Actor.id == c.target_id).values(name=name))
        if (
            conn.execute(
                select(ActorAlias.id).where(ActorAlias.actor_id == c.target_id, ActorAlias.alias == name)
            ).first()
            is None
        ):
            conn.execute(insert(ActorAlias).values(actor_id=c.target_id, alias=name))
        return True
    return False


def apply_corrections(conn: Connection, run_id: int | None = None) -> Outcome:
    """Re-apply, in the order they were entered, every active correction whose effect is not in
    place (a reload re-created the record or its old value); the others cost one read per table."""
    applied = missing = 0
    rows = conn.execute(select(Correction).where(Correction.active.is_(True)).order_by(Correction.id)).all()
    current = _current(conn, rows)
    for c in rows:
        row = current.get((c.target_table, c.target_id))
        if row is None:
            missing += c.action in ("set", "rename_actor")  # a drop or merge with no target is in place
            continue
        if c.action == "set" and row[c.field] == _coerce(c.target_table, c.field, c.value):
            continue
        if c.action == "rename_actor" and row["name"] == str(c.value)[: width(Actor.name)]:
            continue
        if apply_one(conn, c):
            applied += 1
        else:
            missing += 1
    if run_id is not None and rows:
        conn.execute(update(Correction).where(Correction.active.is_(True)).values(last_applied_run_id=run_id))
    return Outcome(applied, missing)


def _current(conn: Connection, rows: Sequence[Any]) -> dict[tuple[str, str], Any]:
    """(table, id) -> the corrected records as they are now (with the columns corrections set)."""
    out: dict[tuple[str, str], Any] = {}
    tables = sorted({c.target_table for c in rows})
    for name in tables:
        t = metadata.tables[name]
        fields = {c.field for c in rows if c.target_table == name and c.action == "set" and c.field}
        if name == "actor":
            fields.add("name")
        cols = [t.c.id, *(t.c[f] for f in sorted(fields - {"id"}))]
        ids = sorted({c.target_id for c in rows if c.target_table == name})
        for i in range(0, len(ids), 500):
            for r in conn.execute(select(*cols).where(t.c.id.in_(ids[i : i + 500]))):
                out[(name, r.id)] = r._mapping
    return out


def add_correction(
    store: Store,
    action: str,
    target_table: str,
    target_id: str,
    *,
    field: str | None = None,
    value: Any = None,
    author: str | None = None,
    note: str | None = None,
) -> int:
    """Record a coder's decision and apply it at once; returns the correction number."""
    _validate(action, target_table, field)
    with writing(open_store(store)) as conn:
        if action == "merge_actors":
            if not _exists(conn, "actor", str(value)):
                raise CorrectionError(f"no actor {value!r} to merge into")
            if str(value) == target_id:
                raise CorrectionError("an actor cannot be merged into itself")
        if not _exists(conn, target_table, target_id):
            raise CorrectionError(f"no {target_table} with id {target_id!r}")
        if action == "set":
            try:
                _coerce(target_table, field or "", value)
            except (ValueError, TypeError) as exc:
                raise CorrectionError(f"bad value for {target_table}.{field}: {exc}") from None
        cid = conn.execute(
            insert(Correction)
            .values(
                author=author or getpass.getuser(),
                note=note,
                action=action,
                target_table=target_table,
                target_id=target_id,
                field=field,
                value=value,
                active=True,
            )
            .returning(Correction.id)
        ).scalar_one()
        row = conn.execute(select(Correction).where(Correction.id == cid)).one()
        try:
            apply_one(conn, row)
        except Exception as exc:  # an invalid value (unknown country, role, ...) is refused, not recorded
            raise CorrectionError(f"correction refused by the store: {str(exc).splitlines()[0]}") from None
    return int(cid)


def withdraw(store: Store, correction_id: int) -> None:
    """Stop re-applying a correction (its effect stays until the record's article is re-extracted)."""
    with writing(open_store(store)) as conn:
        n = conn.execute(update(Correction).where(Correction.id == correction_id).values(active=False)).rowcount
    if not n:
        raise CorrectionError(f"no correction number {correction_id}")


def list_corrections(store: Store) -> list[dict[str, Any]]:
    """Every correction, in the order recorded."""
    with open_store(store).connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(Correction).order_by(Correction.id))]


def _validate(action: str, table: str, field: str | None) -> None:
    if action == "drop" and table not in DROPPABLE:
        raise CorrectionError(f"cannot drop from {table!r}: use one of {', '.join(DROPPABLE)}")
    if action == "set":
        if table not in SETTABLE:
            raise CorrectionError(f"cannot correct table {table!r}: use one of {', '.join(SETTABLE)}")
        if field not in SETTABLE[table]:
            raise CorrectionError(f"cannot set {table}.{field}: settable fields are {', '.join(SETTABLE[table])}")
    if action in ("merge_actors", "rename_actor") and table != "actor":
        raise CorrectionError(f"{action} applies to actors")

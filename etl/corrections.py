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
from schema.models import Actor, ActorAlias, ActorMention, Correction, MeetingCountry, MeetingParticipant, metadata
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
        value = _coerce(c.target_table, c.field, c.value)
        conn.execute(update(t).where(t.c.id == c.target_id).values({c.field: value}))
        _propagate_actor(conn, c.target_table, c.target_id, c.field, value)
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


# An actor's country and role are also recorded where the articles gave them: on each mention (the
# speaker's country "at the time" in statements and events) and on each meeting participation. A coder
# who corrects the actor corrects those too, and a reload that brings the extracted values back has them
# corrected again. (`correct set actor_mention ...`, entered later, still overrides one article.)
_ACTOR_COPIES: dict[str, tuple[Any, ...]] = {
    "country": (ActorMention.__table__, MeetingParticipant.__table__),
    "role": (ActorMention.__table__,),
}


def _propagate_actor(conn: Connection, table: str, actor_id: str, field: str | None, value: Any) -> int:
    """Copy a corrected actor country or role onto the actor's mentions and participations, and a
    country onto the parties of the meetings the actor took part in; returns the number of rows
    that differed."""
    if table != "actor" or field not in _ACTOR_COPIES:
        return 0
    moved = _participations_moving(conn, actor_id, value) if field == "country" else []
    changed = 0
    for t in _ACTOR_COPIES[field]:
        col = t.c[field]
        differs = col.is_(None) if value is None else (col.is_(None) | (col != value))
        changed += conn.execute(update(t).where(t.c.actor_id == actor_id, differs).values({field: value})).rowcount
    _move_meeting_parties(conn, moved, value)
    return changed


def _participations_moving(conn: Connection, actor_id: str, value: Any) -> list[tuple[str, str | None]]:
    """(meeting, country before) of the actor's participations whose country the correction changes."""
    col = MeetingParticipant.country
    differs = col.is_(None) if value is None else (col.is_(None) | (col != value))
    rows = conn.execute(
        select(MeetingParticipant.meeting_id, col).where(MeetingParticipant.actor_id == actor_id, differs)
    )
    return [(r.meeting_id, r.country) for r in rows]


def _move_meeting_parties(conn: Connection, moved: list[tuple[str, str | None]], value: Any) -> None:
    """A meeting's parties follow its participants' corrected country (issue 13: the events and dyad
    panels count parties). The new country becomes a party; the old one stops being one unless
    another participant of the meeting still has it. (The store does not keep which parties the text
    named as states rather than through a person, so a party named both ways loses its state too:
    `parley correct` on the meeting restores it.)"""
    for meeting_id, before in moved:
        parties = set(
            conn.execute(select(MeetingCountry.country).where(MeetingCountry.meeting_id == meeting_id)).scalars()
        )
        if value is not None and value not in parties:
            conn.execute(insert(MeetingCountry).values(meeting_id=meeting_id, country=value))
        if before is None or before == value or before not in parties:
            continue
        still = conn.execute(
            select(MeetingParticipant.actor_id).where(
                MeetingParticipant.meeting_id == meeting_id, MeetingParticipant.country == before
            )
        ).first()
        if still is None:
            conn.execute(
                delete(MeetingCountry).where(MeetingCountry.meeting_id == meeting_id, MeetingCountry.country == before)
            )


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
            # in place on the record; an actor's copies may have come back with a reload
            applied += _propagate_actor(conn, c.target_table, c.target_id, c.field, row[c.field]) > 0
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

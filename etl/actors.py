"""Reading actors for coders (`parley actors list|show`) and recording their decisions about them
(`merge`, `rename`) as corrections, so the decisions survive every refresh."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, or_, select

from etl.corrections import CorrectionError, add_correction
from schema.models import Actor, ActorAlias, ActorMention, MeetingParticipant, Statement
from schema.store import Store, open_store


@dataclass(slots=True)
class ActorRow:
    id: str
    name: str
    kind: str
    country: str | None
    role: str | None
    documents: int
    statements: int = 0
    meetings: int = 0
    aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def list_actors(
    store: Store, *, country: str | None = None, kind: str | None = None, search: str | None = None, limit: int = 50
) -> list[ActorRow]:
    """Actors by number of articles mentioning them (most first), optionally filtered."""
    docs = func.count(func.distinct(ActorMention.document_id)).label("documents")
    q = (
        select(Actor.id, Actor.name, Actor.kind, Actor.country, Actor.role, docs)
        .select_from(Actor)
        .outerjoin(ActorMention, ActorMention.actor_id == Actor.id)
        .group_by(Actor.id, Actor.name, Actor.kind, Actor.country, Actor.role)
        .order_by(docs.desc(), Actor.name, Actor.id)
        .limit(limit)
    )
    if country:
        q = q.where(Actor.country == country.upper())
    if kind:
        q = q.where(Actor.kind == kind)
    if search:
        pattern = f"%{search.lower()}%"
        q = q.where(
            or_(
                func.lower(Actor.name).like(pattern),
                Actor.id.in_(select(ActorAlias.actor_id).where(func.lower(ActorAlias.alias).like(pattern))),
            )
        )
    with open_store(store).connect() as conn:
        return [ActorRow(r.id, r.name, r.kind, r.country, r.role, r.documents) for r in conn.execute(q)]


def find_actor(store: Store, ref: str) -> str:
    """An actor id from an id or an exact name/alias (case-insensitive); raises when unknown or ambiguous."""
    return _find_actor(open_store(store), ref)


def _find_actor(engine: Engine, ref: str) -> str:
    with engine.connect() as conn:
        if conn.execute(select(Actor.id).where(Actor.id == ref)).first():
            return ref
        low = ref.lower()
        ids = sorted({i for (i,) in conn.execute(select(Actor.id).where(func.lower(Actor.name) == low))})
        if not ids:
            ids = sorted(
                {i for (i,) in conn.execute(select(ActorAlias.actor_id).where(func.lower(ActorAlias.alias) == low))}
            )
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise CorrectionError(f"no actor with id or name {ref!r} (try `parley actors list --search`)")
        names = conn.execute(select(Actor.id, Actor.name, Actor.country).where(Actor.id.in_(ids))).all()
        choices = "; ".join(f"{r.id} ({r.name}, {r.country or '-'})" for r in names)
        raise CorrectionError(f"{ref!r} names several actors, give an id: {choices}")


def show_actor(store: Store, ref: str) -> ActorRow:
    """One actor with its aliases and how often it appears."""
    engine = open_store(store)
    aid = _find_actor(engine, ref)
    with engine.connect() as conn:
        a = conn.execute(
            select(Actor.id, Actor.name, Actor.kind, Actor.country, Actor.role).where(Actor.id == aid)
        ).one()
        docs = conn.execute(
            select(func.count(func.distinct(ActorMention.document_id))).where(ActorMention.actor_id == aid)
        ).scalar_one()
        row = ActorRow(a.id, a.name, a.kind, a.country, a.role, docs)
        row.statements = conn.execute(
            select(func.count()).select_from(Statement).where(Statement.speaker_actor_id == aid)
        ).scalar_one()
        row.meetings = conn.execute(
            select(func.count()).select_from(MeetingParticipant).where(MeetingParticipant.actor_id == aid)
        ).scalar_one()
        row.aliases = [
            x
            for (x,) in conn.execute(
                select(ActorAlias.alias).where(ActorAlias.actor_id == aid).order_by(ActorAlias.alias)
            )
        ]
    return row


def merge_actors(store: Store, source: str, into: str, author: str | None = None, note: str | None = None) -> int:
    """Record that actor `source` is actor `into`; returns the correction number."""
    engine = open_store(store)
    src, dst = _find_actor(engine, source), _find_actor(engine, into)
    return add_correction(engine, "merge_actors", "actor", src, value=dst, author=author, note=note)


def rename_actor(store: Store, ref: str, name: str, author: str | None = None, note: str | None = None) -> int:
    """Record a new canonical name for an actor; returns the correction number."""
    if not name.strip():
        raise CorrectionError("the new name is empty")
    engine = open_store(store)
    return add_correction(
        engine, "rename_actor", "actor", _find_actor(engine, ref), value=name.strip(), author=author, note=note
    )

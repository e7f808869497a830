"""Actor resolution across documents.

Every `actor_mention` keeps the name as its article wrote it; the actor it points to is a function
of all mentions in the store, so the result does not depend on the order articles were loaded in:
a person named by surname alone ("Crocker", USA) belongs to the one person of that country whose
full name ends with that surname ("Ryan Crocker"), when there is exactly one; otherwise to an actor
of its own. Titles and honorifics are ignored ("Dr Rubaie" = "Rubaie")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update

from etl.ids import actor_id, actor_key, norm_name
from schema.base import width
from schema.models import Actor, ActorAlias, ActorMention, Meeting, MeetingParticipant, MeetingReport, Statement

Group = tuple[str, str]  # (country, surname) of persons: the unit of re-resolution
KNOWN_ACTORS = Path(__file__).resolve().parent / "dictionaries" / "known_actors.tsv"


@lru_cache(maxsize=1)
def known_people() -> dict[str, tuple[str, str]]:
    """Normalised name or listed variant -> (canonical name, ISO3), from the coders' dictionary
    `etl/dictionaries/known_actors.tsv` ("George H. W. Bush" and "George Bush" are one person)."""
    out: dict[str, tuple[str, str]] = {}
    if not KNOWN_ACTORS.is_file():
        return out
    for line in KNOWN_ACTORS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        variants = [cols[0], *(cols[4].split("|") if len(cols) > 4 and cols[4] else [])]
        for v in variants:
            out.setdefault(norm_name(v), (cols[0].strip(), cols[1].strip()))
    by_surname: dict[str, list[tuple[str, str]]] = {}
    for person in sorted(set(out.values())):
        by_surname.setdefault(norm_name(person[0]).split()[-1], []).append(person)
    for surname, people in by_surname.items():
        if len(people) == 1:  # "Reagan" alone is Ronald Reagan; "Bush" alone is ambiguous
            out.setdefault(surname, people[0])
    return out


def person_key(kind: str, name: str, country: str | None) -> str:
    """An actor's key, with a known person's listed name variants mapped to their canonical name."""
    if kind == "person":
        hit = known_people().get(norm_name(name))
        if hit and (country is None or country == hit[1]):
            return actor_key(kind, hit[0], hit[1])
    return actor_key(kind, name, country)


@dataclass(slots=True)
class Touched:
    """What one load changed, so the follow-up work stays local to it."""

    groups: set[Group] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)  # actor ids whose rows may need refreshing
    documents: set[str] = field(default_factory=set)  # documents whose meetings need rebuilding


def group_of(kind: str, name: str, country: str | None) -> Group | None:
    """The re-resolution group of a person with a country, else None."""
    if kind != "person" or not country:
        return None
    tokens = norm_name(name).split()
    return (country, tokens[-1]) if tokens else None


def ensure_actors(conn: Connection, wanted: dict[str, tuple[str, str, str | None]]) -> dict[str, str]:
    """key -> actor id for `wanted` (key -> (kind, name, country)), inserting provisional rows for
    new keys in one statement (`refresh_actors` settles their names afterwards)."""
    ids = {key: actor_id(key) for key in wanted}
    if not ids:
        return ids
    have = {i for (i,) in conn.execute(select(Actor.id).where(Actor.id.in_(sorted(set(ids.values())))))}
    new = [
        {
            "id": ids[k],
            "key": k,
            "name": wanted[k][1][: width(Actor.name)],
            "kind": wanted[k][0],
            "country": wanted[k][2],
        }
        for k in sorted(wanted)
        if ids[k] not in have
    ]
    if new:
        conn.execute(insert(Actor), new)
    return ids


def own_norm_of(key: str) -> str:
    return key.split("|")[1]


def _surname_of(key: str) -> str:
    tokens = key.split("|")[1].split()
    return tokens[-1] if tokens else ""


def resolve_groups(conn: Connection, groups: Iterable[Group], touched: Touched) -> None:
    """Point every mention of each group at its resolved actor (see the module docstring)."""
    groups = sorted(set(groups))
    if not groups:
        return
    conds = [
        and_(
            Actor.country == c,
            or_(Actor.key == f"person|{s}|{c}", Actor.key.like(f"person|% {_like_escape(s)}|{c}", escape="\\")),
        )
        for c, s in groups
    ]
    actors = [a for (a,) in conn.execute(select(Actor.id).where(Actor.kind == "person", or_(*conds)))]
    if not actors:
        return
    mentions = conn.execute(
        select(
            ActorMention.id, ActorMention.name, ActorMention.actor_id, ActorMention.document_id, ActorMention.country
        ).where(ActorMention.actor_id.in_(actors))
    ).all()
    by_group: dict[Group, list[Any]] = {}
    for m in mentions:
        if m.country:
            g = (m.country, _surname_of(person_key("person", m.name, m.country)))
            if g in groups:
                by_group.setdefault(g, []).append(m)
    moves: list[tuple[Any, str, str]] = []  # (mention, target key, provisional name)
    for (country, surname), ms in sorted(by_group.items()):
        short_key = f"person|{surname}|{country}"
        own = {m.id: person_key("person", m.name, m.country) for m in ms}
        long_keys = sorted({k for k in own.values() if k != short_key})
        target_key = long_keys[0] if len(long_keys) == 1 else None
        for m in ms:
            key = target_key if own[m.id] == short_key and target_key else own[m.id]
            if actor_id(key) != m.actor_id:
                moves.append((m, key, m.name))
    if not moves:
        return
    ids = ensure_actors(conn, {k: ("person", n, k.split("|")[2]) for _, k, n in moves})
    for m, key, _ in moves:
        repoint_mention(conn, m.id, m.document_id, m.actor_id, ids[key])
        touched.actors.update((m.actor_id, ids[key]))
        touched.documents.add(m.document_id)


def repoint_mention(conn: Connection, mention_id: str, document_id: str, old: str, new: str) -> None:
    """Move one mention, and the statements its article attributes to it, to another actor."""
    conn.execute(update(ActorMention).where(ActorMention.id == mention_id).values(actor_id=new))
    conn.execute(
        update(Statement)
        .where(Statement.document_id == document_id, Statement.speaker_actor_id == old)
        .values(speaker_actor_id=new)
    )


def refresh_actors(conn: Connection, actor_ids: Iterable[str]) -> None:
    """Recompute name, role and aliases of actors from their mentions; delete actors left without any.

    Deterministic: the most frequent name form of the actor's own key wins, ties to the
    alphabetically first; writes only what changed."""
    ids = sorted(set(actor_ids))
    for i in range(0, len(ids), 500):
        _refresh_chunk(conn, ids[i : i + 500])


def _refresh_chunk(conn: Connection, ids: list[str]) -> None:
    current = {
        r.id: r for r in conn.execute(select(Actor.id, Actor.key, Actor.name, Actor.role).where(Actor.id.in_(ids)))
    }
    names: dict[str, Counter[str]] = {i: Counter() for i in current}
    roles: dict[str, Counter[str]] = {i: Counter() for i in current}
    for r in conn.execute(
        select(ActorMention.actor_id, ActorMention.name, ActorMention.role, func.count())
        .where(ActorMention.actor_id.in_(ids))
        .group_by(ActorMention.actor_id, ActorMention.name, ActorMention.role)
    ):
        own_norm = current[r.actor_id].key.split("|")[1]
        names[r.actor_id][r.name] += r[3] * (2 if norm_name(r.name) == own_norm else 1)
        if r.role:
            roles[r.actor_id][r.role] += r[3]
    forms: dict[str, set[str]] = {i: set() for i in current}  # within-article name forms
    for aid, more in conn.execute(
        select(ActorMention.actor_id, ActorMention.aliases).where(ActorMention.actor_id.in_(ids))
    ):
        forms[aid].update(a for a in more or () if isinstance(a, str))
    aliases: dict[str, set[str]] = {i: set() for i in current}
    for aid, alias in conn.execute(select(ActorAlias.actor_id, ActorAlias.alias).where(ActorAlias.actor_id.in_(ids))):
        aliases[aid].add(alias)
    add: list[dict[str, str]] = []
    for aid in sorted(current):
        if not names[aid]:
            _delete_actor(conn, aid)
            continue
        is_person = current[aid].key.startswith("person|")
        known = known_people().get(own_norm_of(current[aid].key)) if is_person else None
        name = (known[0] if known else min(names[aid], key=lambda n: (-names[aid][n], n)))[: width(Actor.name)]
        role = min(roles[aid], key=lambda r: (-roles[aid][r], r)) if roles[aid] else None
        if (name, role) != (current[aid].name, current[aid].role):
            conn.execute(update(Actor).where(Actor.id == aid).values(name=name, role=role))
        cut = width(ActorAlias.alias)
        wanted = {n[:cut] for n in names[aid]} | {f[:cut] for f in forms[aid]}
        if aliases[aid] - wanted:
            conn.execute(
                delete(ActorAlias).where(
                    ActorAlias.actor_id == aid, ActorAlias.alias.in_(sorted(aliases[aid] - wanted))
                )
            )
        add += [{"actor_id": aid, "alias": a} for a in sorted(wanted - aliases[aid])]
    if add:
        conn.execute(insert(ActorAlias), add)


def _delete_actor(conn: Connection, aid: str) -> None:
    """Remove an actor nothing mentions any more (its meeting roles are rebuilt from mentions)."""
    conn.execute(update(Statement).where(Statement.speaker_actor_id == aid).values(speaker_actor_id=None))
    conn.execute(update(Meeting).where(Meeting.host_actor_id == aid).values(host_actor_id=None))
    conn.execute(update(Meeting).where(Meeting.chair_actor_id == aid).values(chair_actor_id=None))
    conn.execute(delete(MeetingParticipant).where(MeetingParticipant.actor_id == aid))
    conn.execute(delete(Actor).where(Actor.id == aid))


def merge_actor_into(conn: Connection, old: str, new: str) -> None:
    """Every reference to actor `old` moved to `new`, then `old` deleted (a coder's merge)."""
    if old == new or conn.execute(select(Actor.id).where(Actor.id == new)).first() is None:
        return
    conn.execute(update(ActorMention).where(ActorMention.actor_id == old).values(actor_id=new))
    conn.execute(update(Statement).where(Statement.speaker_actor_id == old).values(speaker_actor_id=new))
    conn.execute(update(Meeting).where(Meeting.host_actor_id == old).values(host_actor_id=new))
    conn.execute(update(Meeting).where(Meeting.chair_actor_id == old).values(chair_actor_id=new))
    both = select(MeetingParticipant.meeting_id).where(MeetingParticipant.actor_id == new)
    conn.execute(
        delete(MeetingParticipant).where(MeetingParticipant.actor_id == old, MeetingParticipant.meeting_id.in_(both))
    )
    conn.execute(update(MeetingParticipant).where(MeetingParticipant.actor_id == old).values(actor_id=new))
    have = {a for (a,) in conn.execute(select(ActorAlias.alias).where(ActorAlias.actor_id == new))}
    moved = [a for (a,) in conn.execute(select(ActorAlias.alias).where(ActorAlias.actor_id == old)) if a not in have]
    if moved:
        conn.execute(insert(ActorAlias), [{"actor_id": new, "alias": a} for a in sorted(moved)])
    conn.execute(delete(ActorAlias).where(ActorAlias.actor_id == old))
    conn.execute(delete(Actor).where(Actor.id == old))


def documents_meetings(conn: Connection, documents: Iterable[str]) -> set[str]:
    """Meetings reported by any of these documents."""
    docs = sorted(set(documents))
    if not docs:
        return set()
    return {m for (m,) in conn.execute(select(MeetingReport.meeting_id).where(MeetingReport.document_id.in_(docs)))}


def mention_lookup(conn: Connection, document_ids: Iterable[str]) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(document, name as written) -> (actor id, country) for these documents' mentions."""
    out: dict[tuple[str, str], tuple[str, str | None]] = {}
    docs = sorted(set(document_ids))
    for i in range(0, len(docs), 500):
        for r in conn.execute(
            select(
                ActorMention.document_id,
                ActorMention.name,
                ActorMention.actor_id,
                ActorMention.country,
                ActorMention.start_char,
            )
            .where(ActorMention.document_id.in_(docs[i : i + 500]))
            .order_by(ActorMention.start_char, ActorMention.id)
        ):
            out.setdefault((r.document_id, r.name), (r.actor_id, r.country))
    return out


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

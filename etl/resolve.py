"""Actor resolution across documents.

Every `actor_mention` keeps the name as its article wrote it; the actor it points to is a function
of all mentions in the store, so the result does not depend on the order articles were loaded in:
a person named by surname alone ("Crocker", USA) belongs to the one person of that country whose
full name ends with that surname ("Ryan Crocker"), when there is exactly one; otherwise to an actor
of its own. Titles and honorifics are ignored ("Dr Rubaie" = "Rubaie").

A full name's country is the one the weight of its mentions gives (mentions in each article summed
over the store; a tie keeps each mention's own): one article's "Tony Blair" coded USA, or named with
no country, belongs to the British Tony Blair of the other articles. Its kind likewise: a name NER
typed an organisation in some articles ("Kilroy Silk") is the person when more mentions call it one.
Each mention keeps the country its article gave in `actor_mention.country`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update

from etl.ids import actor_id, actor_key, norm_name
from etl.nlp.gazetteer import DICTIONARY_DIR, read_tsv
from schema.base import width
from schema.models import Actor, ActorAlias, ActorMention, Meeting, MeetingParticipant, MeetingReport, Statement

Group = tuple[str, str]  # (country, surname) of persons: the unit of re-resolution
KNOWN_ACTORS = DICTIONARY_DIR / "known_actors.tsv"
# Round 20: the wider roster of office holders; its names and other names map too, its surnames never.
KNOWN_OFFICIALS = KNOWN_ACTORS.with_name("known_officials.tsv")


def _people_rows(path: Path) -> dict[str, tuple[str, str]]:
    """Normalised name or listed variant -> (canonical name, ISO3) for one table."""
    out: dict[str, tuple[str, str]] = {}
    if not path.is_file():
        return out
    for row in read_tsv(path):
        if len(row) < 2:
            continue
        for v in [row[0], *(row[4].split("|") if len(row) > 4 and row[4] else [])]:
            out.setdefault(norm_name(v), (row[0], row[1]))
    return out


@lru_cache(maxsize=1)
def known_people() -> dict[str, tuple[str, str]]:
    """Normalised name or listed variant -> (canonical name, ISO3), from the coders' dictionaries
    `etl/dictionaries/known_actors.tsv` ("George H. W. Bush" and "George Bush" are one person) and
    `known_officials.tsv`; a lone surname only from the first ("Reagan")."""
    out = _people_rows(KNOWN_ACTORS)
    by_surname: dict[str, list[tuple[str, str]]] = {}
    for person in sorted(set(out.values())):
        by_surname.setdefault(norm_name(person[0]).split()[-1], []).append(person)
    for surname, people in by_surname.items():
        if len(people) == 1:  # "Reagan" alone is Ronald Reagan; "Bush" alone is ambiguous
            out.setdefault(surname, people[0])
    for name, person in _people_rows(KNOWN_OFFICIALS).items():
        out.setdefault(name, person)
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
    """The re-resolution group of a person (country "" when the article gave none), or of an
    organisation named like a person (two or three words: NER's "Kilroy Silk"), else None."""
    tokens = norm_name(name).split()
    if not tokens:
        return None
    if kind == "person" or (kind == "organization" and 2 <= len(tokens) <= 3):
        return (country or "", tokens[-1])
    return None


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
            # the country is the key's: a known person named without one ("Tony Blair") is keyed by his
            "country": _key_country(k),
        }
        for k in sorted(wanted)
        if ids[k] not in have
    ]
    if new:
        conn.execute(insert(Actor), new)
    return ids


def _key_country(key: str) -> str | None:
    return key.split("|")[2] or None if key.count("|") == 2 else None


def own_norm_of(key: str) -> str:
    return key.split("|")[1]


def _surname_of(key: str) -> str:
    tokens = key.split("|")[1].split()
    return tokens[-1] if tokens else ""


@dataclass(frozen=True, slots=True)
class _Row:
    """One stored mention of a person, or of an organisation named like one."""

    id: str
    name: str
    actor_id: str
    document_id: str
    country: str | None
    weight: int  # mentions in its article
    kind: str


def resolve_groups(conn: Connection, groups: Iterable[Group], touched: Touched) -> None:
    """Point every mention of each group's surnames at its resolved actor (see the module docstring):
    a full name's country is the one most of its mentions across the store give (one article's slip,
    "Tony Blair" coded USA, joins the person), an organisation named like a person whom more mentions
    call a person is that person, and a lone surname joins the unique full name of its country."""
    surnames = sorted({s for _, s in groups if s})
    if not surnames:
        return
    rows = _group_rows(conn, surnames)
    if not rows:
        return
    weights = _Weights.of(rows)
    by_group: dict[Group, list[tuple[_Row, str]]] = {}  # (country, surname) -> (mention, its own key)
    moves: list[tuple[_Row, str]] = []
    for r in rows:
        is_person, country = weights.placed(r)
        if not is_person:
            continue
        key = person_key("person", r.name, country)
        if country:
            by_group.setdefault((country, _surname_of(key)), []).append((r, key))
        elif actor_id(key) != r.actor_id:
            moves.append((r, key))
    for (country, surname), ms in sorted(by_group.items()):
        short_key = f"person|{surname}|{country}"
        long_keys = sorted({k for _, k in ms if k != short_key})
        target_key = long_keys[0] if len(long_keys) == 1 else None
        for r, own in ms:
            key = target_key if own == short_key and target_key else own
            if actor_id(key) != r.actor_id:
                moves.append((r, key))
    if not moves:
        return
    ids = ensure_actors(conn, {k: ("person", r.name, k.split("|")[2] or None) for r, k in moves})
    for r, key in moves:
        repoint_mention(conn, r.id, r.document_id, r.actor_id, ids[key])
        touched.actors.update((r.actor_id, ids[key]))
        touched.documents.add(r.document_id)


@dataclass(slots=True)
class _Weights:
    """Mentions per full name: by country (persons with one), in all as a person, and as an organisation."""

    by_country: dict[str, Counter[str]] = field(default_factory=dict)
    as_person: Counter[str] = field(default_factory=Counter)
    as_org: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, rows: list[_Row]) -> _Weights:
        w = cls()
        for r in rows:
            norm = _full_norm(r)
            if norm is None:
                continue
            if r.kind == "person":
                w.as_person[norm] += r.weight
                if r.country:
                    w.by_country.setdefault(norm, Counter())[r.country] += r.weight
            else:
                w.as_org[norm] += r.weight
        return w

    def winner(self, norm: str) -> str | None:
        """The country most mentions of a full name give; None when none does or two tie."""
        counts = self.by_country.get(norm)
        if not counts:
            return None
        (best, n), *rest = counts.most_common()
        return None if rest and rest[0][1] == n else best

    def placed(self, r: _Row) -> tuple[bool, str | None]:
        """(is it a person's mention, the country of the person): a full name's winning country, else the
        mention's own; an organisation mention is a person's when more mentions of that name are."""
        norm = _full_norm(r)
        if r.kind != "person":
            if norm is None or self.as_person[norm] <= self.as_org[norm]:
                return False, None
            country = self.winner(norm)
            return (country is not None or not self.by_country.get(norm)), country
        if norm is None:
            return True, r.country
        return True, self.winner(norm) or r.country


def _full_norm(r: _Row) -> str | None:
    """The canonical normalised full name of a mention (two words or more), or None for a lone surname."""
    norm = own_norm_of(person_key("person", r.name, r.country))
    return norm if len(norm.split()) >= 2 else None


def _group_rows(conn: Connection, surnames: list[str]) -> list[_Row]:
    """Mentions of persons bearing these surnames in any country (or none), and of organisations whose
    person-like names end with them."""
    conds = []
    for s in surnames:
        e = _like_escape(s)
        conds.append(
            and_(
                Actor.kind == "person",
                or_(Actor.key.like(f"person|{e}|%", escape="\\"), Actor.key.like(f"person|% {e}|%", escape="\\")),
            )
        )
        conds.append(and_(Actor.kind == "organization", Actor.key.like(f"organization|% {e}|%", escape="\\")))
    kinds = dict(conn.execute(select(Actor.id, Actor.kind).where(or_(*conds))).all())
    if not kinds:
        return []
    rows = []
    for m in conn.execute(
        select(
            ActorMention.id,
            ActorMention.name,
            ActorMention.actor_id,
            ActorMention.document_id,
            ActorMention.country,
            ActorMention.n_mentions,
        )
        .where(ActorMention.actor_id.in_(sorted(kinds)))
        .order_by(ActorMention.id)
    ):
        rows.append(_Row(m.id, m.name, m.actor_id, m.document_id, m.country, m.n_mentions or 1, kinds[m.actor_id]))
    return rows


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

"""The records an audit samples and judges: for each kind, the fields a coder checks (read from the
research datasets, so the audit measures what researchers get), the record's confidence, and where its
evidence is (article, sentence, span)."""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL

from queries.engine import Session
from queries.errors import QueryError
from schema.models import Actor, ActorMention, BilateralIssue, Document, DocumentRef, MeetingReport, Source, Statement

KINDS = ("meeting", "statement", "issue", "actor")
# The fields a coder judges per kind, in the order of the sheet (issue 15).
FIELDS: dict[str, tuple[str, ...]] = {
    "meeting": ("date", "parties", "host"),
    "statement": ("speaker", "speaker_country", "target"),
    "issue": ("issue_code", "dyad"),
    "actor": ("name", "kind", "country"),
}
# What each field asks the coder (shown on the sheet and in the docs).
QUESTIONS: dict[str, str] = {
    "date": "Is this the date the meeting took place (the basis says how it was found)?",
    "parties": "Are these exactly the countries (or IGO) that took part?",
    "host": "Is this the host (or rightly none)?",
    "speaker": "Did this person or body say the words?",
    "speaker_country": "Is this the country the speaker represented when speaking?",
    "target": "Is the statement aimed at this country (or rightly at none)?",
    "issue_code": "Does the sentence raise this issue?",
    "dyad": "Is it raised between these two countries?",
    "name": "Is this one real actor, named correctly?",
    "kind": "Is the kind (person, state, organization, igo, group) right?",
    "country": "Is this the actor's country (or rightly none)?",
}
DATASET = {"meeting": "meetings", "statement": "statements", "issue": "bilateral_issues"}
# The dataset columns an audit reads (not the quotes, urls, ...): a large store is read faster.
COLUMNS = {
    "meeting": (
        "meeting_id",
        "date",
        "date_basis",
        "countries",
        "host_name",
        "confidence",
        "document_id",
        "year",
        "sentence",
    ),
    "statement": (
        "statement_id",
        "speaker_name",
        "speaker_iso3",
        "target_iso3",
        "confidence",
        "document_id",
        "year",
        "sentence",
    ),
    "issue": ("issue_id", "issue", "country_a", "country_b", "confidence", "document_id", "year", "sentence"),
}


@dataclass
class Record:
    """One record as an audit sees it."""

    kind: str
    id: str
    fields: dict[str, str | None]
    confidence: float | None
    document_id: str | None
    year: int | None
    source: str | None = None
    evidence: tuple[int, int] | None = None  # character span in the article's text
    sentence: str | None = None
    strata: dict[str, str] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.kind, self.id, self.fields)


def fingerprint(kind: str, record_id: str, fields: dict[str, Any]) -> str:
    """sha256 of a record's judged fields: a sheet is refused when this changed since sampling."""
    payload = json.dumps([kind, record_id, fields], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _s(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _meeting(row: dict[str, Any]) -> Record:
    date = f"{row['date']} ({row['date_basis']})" if row["date"] is not None else None
    return Record(
        "meeting",
        row["meeting_id"],
        {"date": date, "parties": _s(row["countries"]), "host": _s(row["host_name"])},
        row["confidence"],
        row["document_id"],
        row["year"],
        sentence=row["sentence"],
    )


def _statement(row: dict[str, Any]) -> Record:
    return Record(
        "statement",
        row["statement_id"],
        {
            "speaker": _s(row["speaker_name"]),
            "speaker_country": _s(row["speaker_iso3"]),
            "target": _s(row["target_iso3"]),
        },
        row["confidence"],
        row["document_id"],
        row["year"],
        sentence=row["sentence"],
    )


def _issue(row: dict[str, Any]) -> Record:
    return Record(
        "issue",
        row["issue_id"],
        {"issue_code": row["issue"], "dyad": f"{row['country_a']}-{row['country_b']}"},
        row["confidence"],
        row["document_id"],
        row["year"],
        sentence=row["sentence"],
    )


_FROM_ROW = {"meeting": _meeting, "statement": _statement, "issue": _issue}


def _actors(engine: Engine) -> list[Record]:
    """Actors with their first mention (earliest published article) as evidence. Confidence
    (docs/validate.md): 0.3, plus 0.2 when two or more articles mention the actor, 0.3 when its
    country is known (an IGO needs none), and 0.2 for a person with a role code, a state or an IGO."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Actor.id,
                Actor.name,
                Actor.kind,
                Actor.country,
                Actor.role,
                ActorMention.document_id,
                ActorMention.sentence,
                Document.published,
            )
            .join(ActorMention, ActorMention.actor_id == Actor.id)
            .join(Document, Document.id == ActorMention.document_id)
            .order_by(Actor.id, Document.published.is_(None), Document.published, ActorMention.document_id)
        ).all()
    out: dict[str, Record] = {}
    articles: dict[str, set[str]] = {}
    for r in rows:
        articles.setdefault(r.id, set()).add(r.document_id)
        if r.id in out:
            continue
        out[r.id] = Record(
            "actor",
            r.id,
            {"name": r.name, "kind": r.kind, "country": _s(r.country)},
            None,
            r.document_id,
            r.published.year if r.published else None,
            sentence=r.sentence,
        )
        out[r.id].strata["role"] = r.role or ""
    for aid, rec in out.items():
        role = rec.strata.pop("role")
        kind = rec.fields["kind"]
        rec.confidence = round(
            0.3
            + (0.2 if len(articles[aid]) >= 2 else 0.0)
            + (0.3 if rec.fields["country"] or kind == "igo" else 0.0)
            + (0.2 if (kind == "person" and role) or kind in ("state", "igo") else 0.0),
            2,
        )
    return list(out.values())


def records(url: str | URL | None, engine: Engine, kinds: Iterable[str]) -> list[Record]:
    """Every record of the kinds asked for, ordered by kind and id (a seeded draw over this order is
    reproducible), with the source and year it is stratified by."""
    kinds = list(kinds)
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise QueryError(f"unknown record kind {bad[0]!r}; kinds: {', '.join(KINDS)}")
    if engine.url.get_backend_name() == "sqlite":
        # Two copies of SQLite in one process (Python's, which SQLAlchemy uses, and the ADBC driver's)
        # share the process's POSIX locks: the driver closing its file drops the locks of the other's
        # connections. With a pooled connection open across a read, writes committed meanwhile in this
        # process went unseen; with one opened before the driver's last handle was released (with the
        # last Arrow buffer it filled), a connection opened after a write failed with "disk I/O
        # error". So: no pooled connection during the read, and no driver handle left after it.
        engine.dispose()
        out = _from_datasets(url, kinds)
        gc.collect()
        engine.dispose()
    else:
        out = _from_datasets(url, kinds)
    if "actor" in kinds:
        out += _actors(engine)
    sources = _sources(engine)
    for rec in out:
        rec.source = sources.get(rec.document_id or "")
        rec.strata = {
            "kind": rec.kind,
            "source": rec.source or "(unknown)",
            "year": str(rec.year) if rec.year is not None else "(undated)",
        }
    out.sort(key=lambda r: (KINDS.index(r.kind), r.id))
    return out


def _from_datasets(url: str | URL | None, kinds: list[str]) -> list[Record]:
    """The records of the dataset kinds (every Arrow buffer the read filled is freed on return)."""
    out: list[Record] = []
    names = [DATASET[k] for k in kinds if k in DATASET]
    if names:
        with Session.open(url, names) as session:
            for kind in kinds:
                if kind in DATASET:
                    cols = ", ".join(f'"{c}"' for c in COLUMNS[kind])
                    table = session.con.sql(f"SELECT {cols} FROM ({session.relation_sql(DATASET[kind])})")
                    out += [_FROM_ROW[kind](row) for row in table.to_arrow_table().to_pylist()]
    return out


def _sources(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        rows = conn.execute(select(Document.id, Source.name).join(Source, Source.id == Document.source_id))
        return {r.id: r.name for r in rows}


@dataclass(frozen=True)
class Article:
    """What the sheet shows of an article."""

    id: str
    title: str | None
    published: str | None
    source: str | None
    external_id: str | None
    text: str | None


def articles(engine: Engine, ids: Iterable[str]) -> dict[str, Article]:
    """The articles holding the evidence of sampled records (their text included)."""
    wanted = sorted(set(ids))
    out: dict[str, Article] = {}
    with engine.connect() as conn:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            ext = dict(
                conn.execute(
                    select(DocumentRef.document_id, func.min(DocumentRef.external_id))
                    .where(DocumentRef.document_id.in_(chunk))
                    .group_by(DocumentRef.document_id)
                ).all()
            )
            rows = conn.execute(
                select(Document.id, Document.title, Document.published, Document.text, Source.name)
                .outerjoin(Source, Source.id == Document.source_id)
                .where(Document.id.in_(chunk))
            )
            for r in rows:
                published = r.published.isoformat() if r.published else None
                out[r.id] = Article(r.id, r.title, published, r.name, ext.get(r.id), r.text)
    return out


def spans(engine: Engine, recs: list[Record]) -> None:
    """Fill in each record's evidence span (character offsets in its article)."""
    by_kind: dict[str, list[Record]] = {}
    for r in recs:
        by_kind.setdefault(r.kind, []).append(r)
    with engine.connect() as conn:
        for kind, items in by_kind.items():
            ids = [r.id for r in items]
            if kind == "meeting":
                q = select(
                    MeetingReport.meeting_id,
                    MeetingReport.document_id,
                    MeetingReport.start_char,
                    MeetingReport.end_char,
                ).where(MeetingReport.meeting_id.in_(ids))
            elif kind == "statement":
                q = select(Statement.id, Statement.document_id, Statement.start_char, Statement.end_char).where(
                    Statement.id.in_(ids)
                )
            elif kind == "issue":
                q = select(
                    BilateralIssue.id, BilateralIssue.document_id, BilateralIssue.start_char, BilateralIssue.end_char
                ).where(BilateralIssue.id.in_(ids))
            else:
                q = select(
                    ActorMention.actor_id, ActorMention.document_id, ActorMention.start_char, ActorMention.end_char
                ).where(ActorMention.actor_id.in_(ids))
            found = {(r[0], r[1]): (r[2], r[3]) for r in conn.execute(q)}
            for rec in items:
                rec.evidence = found.get((rec.id, rec.document_id or ""))

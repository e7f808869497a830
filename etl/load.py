"""Write one document's extraction into the store: replace the document's earlier rows, resolve
its actors against the store, merge its meetings with other articles' reports, and record the
watermark (content hash + pipeline version) with the rows. The caller owns the transaction
(`schema.store.writing`), so a document is either wholly there or not at all."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from etl import records as rec
from etl.ids import document_id, norm_name, record_id
from etl.merge import Report, place_reports, rebuild_meetings
from etl.resolve import (
    Touched,
    documents_meetings,
    ensure_actors,
    group_of,
    mention_lookup,
    person_key,
    refresh_actors,
    resolve_groups,
)
from etl.sources import Document, Rejected, date_problem, published_date
from schema.base import width
from schema.models import (
    ActorAlias,
    ActorMention,
    BilateralIssue,
    Country,
    DocumentRef,
    Issue,
    MeetingReport,
    Role,
    Source,
    Statement,
)
from schema.models import Document as DocumentRow
from schema.vocab import ACTOR_KINDS, TONES


@dataclass(slots=True)
class LoadContext:
    """Reference data and caches shared by the loads of one run."""

    pipeline_version: str
    run_id: int | None = None
    countries: set[str] = field(default_factory=set)
    issues: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    sources: dict[str, int] = field(default_factory=dict)

    @classmethod
    def read(cls, conn: Connection, pipeline_version: str, run_id: int | None = None) -> LoadContext:
        return cls(
            pipeline_version=pipeline_version,
            run_id=run_id,
            countries={c for (c,) in conn.execute(select(Country.iso3))},
            issues={c for (c,) in conn.execute(select(Issue.code))},
            roles={c for (c,) in conn.execute(select(Role.code))},
        )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _clean(value: str | None, limit: int | None = None) -> str | None:
    """Text made safe for both backends: no NUL (PostgreSQL refuses it), cut to the column width."""
    if value is None:
        return None
    out = value.replace("\x00", "")
    return out[:limit] if limit else out


def source_id(conn: Connection, ctx: LoadContext, name: str | None) -> int | None:
    """The `source` row for an outlet name, created on first sight."""
    name = _clean(name, width(Source.name))
    if not name:
        return None
    if name not in ctx.sources:
        row = conn.execute(select(Source.id).where(Source.name == name)).first()
        if row is None:
            row = conn.execute(insert(Source).values(name=name).returning(Source.id)).first()
        assert row is not None
        ctx.sources[name] = row[0]
    return ctx.sources[name]


def link_ref(conn: Connection, ctx: LoadContext, did: str, origin: str, external_id: str, path: str | None) -> None:
    """Record that the article `did` arrived as `external_id` in `origin`; an id that used to
    name another text moves here, and a document left without any id is removed."""
    origin = _clean(origin, width(DocumentRef.origin)) or ""
    external_id = _clean(external_id, width(DocumentRef.external_id)) or ""
    row = conn.execute(
        select(DocumentRef.id, DocumentRef.document_id).where(
            DocumentRef.origin == origin, DocumentRef.external_id == external_id
        )
    ).first()
    if row is None:
        conn.execute(
            insert(DocumentRef).values(
                document_id=did, origin=origin, external_id=external_id, path=_clean(path), first_run_id=ctx.run_id
            )
        )
    elif row.document_id != did:
        conn.execute(update(DocumentRef).where(DocumentRef.id == row.id).values(document_id=did))
        left = conn.execute(select(DocumentRef.id).where(DocumentRef.document_id == row.document_id)).first()
        if left is None:
            remove_document(conn, ctx, row.document_id)


def _upsert_document(conn: Connection, values: dict[str, Any]) -> None:
    exists = conn.execute(select(DocumentRow.id).where(DocumentRow.id == values["id"])).first()
    if exists:
        conn.execute(update(DocumentRow).where(DocumentRow.id == values["id"]).values(**values))
    else:
        conn.execute(insert(DocumentRow).values(**values))


def unload(conn: Connection, did: str, touched: Touched) -> list[Report]:
    """Delete a document's extracted rows; returns its meeting reports as they were (for re-clustering)."""
    old = [
        Report(id=r.id, document_id=did, reported=dict(r.reported or {}), meeting_id=r.meeting_id)
        for r in conn.execute(
            select(MeetingReport.id, MeetingReport.reported, MeetingReport.meeting_id).where(
                MeetingReport.document_id == did
            )
        )
    ]
    for m in conn.execute(
        select(ActorMention.actor_id, ActorMention.name, ActorMention.country).where(ActorMention.document_id == did)
    ):
        touched.actors.add(m.actor_id)
        if m.country:
            g = group_of("person", m.name, m.country)
            if g:
                touched.groups.add(g)
    for table in (BilateralIssue, Statement, MeetingReport, ActorMention):
        conn.execute(delete(table).where(table.document_id == did))
    return old


def remove_document(conn: Connection, ctx: LoadContext, did: str) -> None:
    """Delete a document and everything extracted from it, re-merging the meetings it reported."""
    touched = Touched()
    old = unload(conn, did, touched)
    place_reports(conn, did, [], old, ctx.countries)
    _settle(conn, ctx, touched, did)
    conn.execute(delete(DocumentRow).where(DocumentRow.id == did))


def _settle(conn: Connection, ctx: LoadContext, touched: Touched, did: str) -> None:
    """Re-resolve the touched actor groups and refresh what depends on them."""
    resolve_groups(conn, touched.groups, touched)
    rebuild_meetings(conn, documents_meetings(conn, touched.documents - {did}), ctx.countries)
    refresh_actors(conn, touched.actors)


def quarantine(conn: Connection, ctx: LoadContext, item: Rejected) -> None:
    """Hold an unreadable input in quarantine with its reason, linked to where it was found."""
    did = document_id(item.content_hash)
    where = f"{item.path or item.origin}{' ' + item.locator if item.locator else ''}"
    _upsert_document(
        conn,
        {
            "id": did,
            "content_hash": item.content_hash,
            "status": "quarantined",
            "text": None,
            "error": _clean(f"{where}: {item.reason}"),
            "pipeline_version": ctx.pipeline_version,
            "run_id": ctx.run_id,
            "loaded_at": _now(),
            "title": None,
            "published": None,
            "url": None,
            "source_id": None,
            "language": None,
        },
    )
    link_ref(conn, ctx, did, item.origin, item.ref_id, item.path)


def quarantine_document(conn: Connection, ctx: LoadContext, doc: Document, reason: str) -> None:
    """Hold a readable article that the pipeline failed on; a new pipeline version retries it."""
    h = doc.content_hash
    did = document_id(h)
    touched = Touched()
    old = unload(conn, did, touched)
    place_reports(conn, did, [], old, ctx.countries)
    _settle(conn, ctx, touched, did)
    _upsert_document(
        conn,
        _document_values(conn, ctx, doc, did, h)
        | {"status": "quarantined", "error": _clean(f"{doc.path or doc.origin} {doc.id}: {reason}")},
    )
    link_ref(conn, ctx, did, doc.origin or doc.path or "", doc.id, doc.path)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What an article's copies may disagree about (the text they share)."""

    title: str | None = None
    published: str | None = None  # ISO date
    url: str | None = None
    source: str | None = None

    @classmethod
    def of(cls, doc: Document) -> Metadata:
        day = published_date(doc.published)
        return cls(doc.title or None, day.isoformat() if day else None, doc.url or None, doc.source or None)


META_FIELDS = ("title", "published", "url", "source")


def merge_metadata(copies: list[tuple[str, Metadata]]) -> tuple[Metadata, str | None]:
    """One article's metadata from all its copies (`(label, metadata)` pairs): the earliest date,
    and for title, URL and source the non-empty value (the first in sort order when copies give
    different ones), so the result does not depend on the order the copies were read in, and
    merging it again with a later copy gives what merging all copies at once gives. Returns the
    metadata and a note naming the copy each field came from where the copies differ (None if
    they agree)."""
    chosen: dict[str, str | None] = {}
    notes: list[str] = []
    for name in META_FIELDS:
        values = [(getattr(m, name), label) for label, m in copies]
        present = sorted((v, label) for v, label in values if v)
        chosen[name] = present[0][0] if present else None
        if len({v for v, _ in values}) > 1 and present:
            others = len({v for v, _ in values if v != chosen[name]})
            what = "earliest" if name == "published" else "chosen"
            notes.append(f"{name} from {present[0][1]} ({what} of {others + 1} differing)")
    return Metadata(**chosen), "; ".join(notes) or None


def update_metadata(conn: Connection, ctx: LoadContext, did: str, meta: Metadata, note: str | None) -> None:
    """Give a loaded article merged title, URL, source and note without re-extracting it (its date,
    which meeting dates depend on, is changed only by re-extraction)."""
    conn.execute(
        update(DocumentRow)
        .where(DocumentRow.id == did)
        .values(
            title=_clean(meta.title),
            url=_clean(meta.url),
            source_id=source_id(conn, ctx, meta.source),
            metadata_note=note,
        )
    )


def _document_values(conn: Connection, ctx: LoadContext, doc: Document, did: str, h: str) -> dict[str, Any]:
    return {
        "id": did,
        "content_hash": h,
        "status": "loaded",
        "error": None,
        "source_id": source_id(conn, ctx, doc.source),
        "title": _clean(doc.title),
        "published": published_date(doc.published),
        "url": _clean(doc.url),
        "language": "en",
        "text": _clean(doc.text),
        "pipeline_version": _clean(ctx.pipeline_version, width(DocumentRow.pipeline_version)),
        "run_id": ctx.run_id,
        "loaded_at": _now(),
    }


def load_document(
    conn: Connection, ctx: LoadContext, doc: Document, ex: rec.Extraction, metadata_note: str | None = None
) -> int:
    """Replace the document's rows with this extraction; returns the number of records written.
    `metadata_note` says how `doc`'s metadata was merged from several copies (`merge_metadata`)."""
    h = doc.content_hash
    did = document_id(h)
    touched = Touched()
    old = unload(conn, did, touched)
    values = _document_values(conn, ctx, doc, did, h)
    values["metadata_note"] = metadata_note
    if ex.document.language and ex.document.language != "en":
        values["language"] = _clean(ex.document.language, width(DocumentRow.language))
    _upsert_document(conn, values)
    n = _insert_mentions(conn, ctx, did, h, ex, touched)
    resolve_groups(conn, touched.groups, touched)
    lookup = mention_lookup(conn, [did])
    reports, report_sentences = _reports(did, h, ex, ctx)
    placed = place_reports(conn, did, reports, old, ctx.countries)
    rebuild_meetings(conn, documents_meetings(conn, touched.documents - {did}), ctx.countries)
    sentence_meeting = {s: placed[rid] for rid, sents in report_sentences.items() for s in sents if rid in placed}
    n += len(reports) + _insert_statements(conn, ctx, did, h, ex, lookup, sentence_meeting)
    n += _insert_issues(conn, ctx, did, h, ex, sentence_meeting)
    refresh_actors(conn, touched.actors)
    return n


def _insert_mentions(conn: Connection, ctx: LoadContext, did: str, h: str, ex: rec.Extraction, touched: Touched) -> int:
    rows: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    wanted: dict[str, tuple[str, str, str | None]] = {}
    for a in ex.actors:
        name = _clean(a.name, width(ActorMention.name))
        if not name or not name.strip():
            continue
        kind = a.kind if a.kind in ACTOR_KINDS else "organization"
        country = a.country if a.country in ctx.countries else None
        ev = a.evidence
        start, end = (ev.start, ev.end) if ev else (0, 0)
        mid = record_id("mention", h, start, end, kind, norm_name(name))
        if mid in rows:
            continue
        key = person_key(kind, name, country)
        wanted.setdefault(key, (kind, name, country))
        keys[mid] = key
        g = group_of(kind, name, country)
        if g:
            touched.groups.add(g)
        rows[mid] = {
            "id": mid,
            "document_id": did,
            "name": name,
            "title": _clean(a.title),
            "role": next((r for r in a.role if r in ctx.roles), None),
            "country": country,
            "start_char": start,
            "end_char": end,
            "n_mentions": max(1, len(a.mentions)),
            "sentence": _clean(ev.sentence) if ev else None,
            "aliases": sorted(
                {c for c in (_clean(x, width(ActorAlias.alias)) for x in a.aliases) if c and c.strip()} - {name}
            ),
        }
    ids = ensure_actors(conn, wanted)
    for mid, row in rows.items():
        row["actor_id"] = ids[keys[mid]]
        touched.actors.add(row["actor_id"])
    if rows:
        conn.execute(insert(ActorMention), [rows[k] for k in sorted(rows)])
    return len(rows)


def _reports(did: str, h: str, ex: rec.Extraction, ctx: LoadContext) -> tuple[list[Report], dict[str, set[int]]]:
    """The document's meetings as reports, and the sentence starts each one was seen in."""
    out: dict[str, Report] = {}
    sentences: dict[str, set[int]] = {}
    for m in ex.meetings:
        rid = record_id("meeting_report", h, m.evidence.start, m.evidence.end)
        if rid in out:
            continue
        # a date the extractor resolved outside the plausible range (a year "0001", a relative date
        # off a wrong publication date) is dropped: the meeting stays, undated, out of the panels
        date = published_date(m.date) if m.date and not date_problem(m.date) else None
        people = [p for p in [*m.participants, m.host, m.chair] if p]
        reported = {
            "date": date.isoformat() if date else None,
            "date_basis": m.date_basis if date else "unknown",
            "countries": sorted({c for c in m.countries if c in ctx.countries}),
            "participants": list(dict.fromkeys(m.participants)),
            "surnames": sorted({norm_name(p).split()[-1] for p in people if norm_name(p)}),
            "host": m.host,
            "chair": m.chair,
            "location": m.location,
            "location_country": m.location_country,
            "venue": list(m.venue) or None,
            "duration_minutes": m.duration_minutes,
            "descriptors": list(m.descriptors) or None,
            "kind": m.kind,
            "label": m.label,
            "status": m.status,
            # the words that make it planned or cancelled, with their sentence (JSON of the Evidence)
            "status_evidence": _status_evidence(m.status_evidence),
        }
        out[rid] = Report(
            id=rid,
            document_id=did,
            reported=reported,
            start_char=m.evidence.start,
            end_char=m.evidence.end,
            sentence=_clean(m.evidence.sentence),
        )
        sentences[rid] = {e.sentence_start for e in [m.evidence, *m.mentions] if e.sentence_start is not None}
    return [out[k] for k in sorted(out)], sentences


def _status_evidence(ev: rec.Evidence | None) -> dict[str, Any] | None:
    if ev is None:
        return None
    return ev.to_json() | {"sentence": _clean(ev.sentence)}


def _insert_statements(
    conn: Connection,
    ctx: LoadContext,
    did: str,
    h: str,
    ex: rec.Extraction,
    lookup: dict[tuple[str, str], tuple[str, str | None]],
    sentence_meeting: dict[int, str],
) -> int:
    rows: dict[str, dict[str, Any]] = {}
    for s in ex.statements:
        sid = record_id("statement", h, s.evidence.start, s.evidence.end)
        if sid in rows or not s.quote:
            continue
        hit = lookup.get((did, s.speaker)) if s.speaker else None
        rows[sid] = {
            "speaker_via": speaker_via(s) if hit else None,
            "id": sid,
            "document_id": did,
            "speaker_actor_id": hit[0] if hit else None,
            "quote": _clean(s.quote),
            "direct": bool(s.direct),
            "partial": bool(s.partial),
            "cue": _clean(s.cue, width(Statement.cue)),
            "target_country": s.target_country if s.target_country in ctx.countries else None,
            "tone": s.tone if s.tone in TONES else "neutral",
            "meeting_id": sentence_meeting.get(s.evidence.sentence_start)
            if s.evidence.sentence_start is not None
            else None,
            "start_char": s.evidence.start,
            "end_char": s.evidence.end,
            "sentence": _clean(s.evidence.sentence),
        }
    if rows:
        conn.execute(insert(Statement), [rows[k] for k in sorted(rows)])
    return len(rows)


PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "him", "her", "them", "his", "hers", "their"})


def speaker_via(s: rec.Statement) -> str | None:
    """How the extraction found a statement's speaker, for its confidence (docs/validate.md): `nearby`
    when the speaker's words lie in another sentence (carried over from an earlier quotation or
    subject), else `pronoun`, `name` (a word of the resolved name is written there) or `title`."""
    ev, words = s.speaker_evidence, s.evidence
    if ev is None or not s.speaker:
        return None
    if ev.sentence_start is None or ev.sentence_start != words.sentence_start:
        return "nearby"
    said = ev.sentence[ev.start - ev.sentence_start : ev.end - ev.sentence_start].lower()
    tokens = set(re.findall(r"[^\W\d_]+", said))
    if tokens and tokens <= PRONOUNS:
        return "pronoun"
    name = {t for t in re.findall(r"[^\W\d_]+", s.speaker.lower()) if len(t) > 1}
    return "name" if name & tokens else "title"


def _insert_issues(
    conn: Connection, ctx: LoadContext, did: str, h: str, ex: rec.Extraction, sentence_meeting: dict[int, str]
) -> int:
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for i in sorted(ex.issues, key=lambda i: (i.evidence.start, i.evidence.end)):
        a, b = sorted(i.countries)
        if a == b or a not in ctx.countries or b not in ctx.countries or i.issue not in ctx.issues:
            continue
        if (a, b, i.issue) in rows:
            continue
        rows[(a, b, i.issue)] = {
            "id": record_id("issue", h, i.evidence.start, i.evidence.end, a, b, i.issue),
            "document_id": did,
            "country_a": a,
            "country_b": b,
            "issue": i.issue,
            "statement_id": None,
            "meeting_id": sentence_meeting.get(i.evidence.sentence_start)
            if i.evidence.sentence_start is not None
            else None,
            "phrase": _clean(i.phrase, width(BilateralIssue.phrase)),
            "start_char": i.evidence.start,
            "end_char": i.evidence.end,
            "sentence": _clean(i.evidence.sentence),
        }
    if rows:
        conn.execute(insert(BilateralIssue), [rows[k] for k in sorted(rows)])
    return len(rows)

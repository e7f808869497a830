"""Plain typed records of one document's extraction, in the shape of the gold format.

`Extraction.to_json()` is exactly what `parley extract --format json` prints and what
`shared/gold/README.md` describes (format ``parley-gold/1``); every item also carries
its `Evidence` (character span in the document text and the sentence around it).
The loader (`etl.load`) and the scorer (`etl.evaluate`) read these records only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

FORMAT = "parley-gold/1"

ActorKind = Literal["person", "state", "organization", "igo", "group"]
DateBasis = Literal["explicit", "relative", "publication"]
# Whether a meeting happened (or is under way), is planned (proposed, possible, conditional, future) or
# was cancelled (postponed, refused, did not take place). Only held meetings are meetings for the gold.
MeetingStatus = Literal["held", "planned", "cancelled"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a record comes from: character offsets into the document text (as given to
    `extract`, before cleaning) and the sentence that holds it."""

    start: int
    end: int
    sentence: str = ""
    sentence_start: int | None = None
    sentence_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Evidence | None:
        if not data:
            return None
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            sentence=data.get("sentence", ""),
            sentence_start=data.get("sentence_start"),
            sentence_end=data.get("sentence_end"),
        )


@dataclass(slots=True)
class DocumentInfo:
    """The `document` block: identity and provenance of the text."""

    id: str
    title: str | None = None
    published: str | None = None  # ISO date, or None when unknown
    language: str = "en"
    path: str | None = None
    corpus: str | None = None
    source: str | None = None
    url: str | None = None
    content_hash: str | None = None
    dateline: str | None = None  # place read from a dateline ("BAGHDAD (Reuters) -")
    skipped: str | None = None  # why no records were extracted (e.g. "non-English"), or None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(slots=True)
class Actor:
    """One real entity within a document."""

    name: str
    kind: ActorKind
    country: str | None = None  # ISO3 of affiliation
    role: list[str] = field(default_factory=list)  # role codes, persons only
    aliases: list[str] = field(default_factory=list)
    title: str | None = None  # title text as written ("Iran's ambassador to Iraq")
    mentions: list[Evidence] = field(default_factory=list)

    @property
    def evidence(self) -> Evidence | None:
        return self.mentions[0] if self.mentions else None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "aliases": list(self.aliases),
        }
        if self.kind == "person":
            out["role"] = list(self.role)
        if self.title:
            out["title"] = self.title
        out["evidence"] = self.evidence.to_json() if self.evidence else None
        out["mentions"] = [m.to_json() for m in self.mentions]
        return out


@dataclass(slots=True)
class Statement:
    """A quotation or reported speech attributed to a speaker."""

    speaker: str | None  # actor name (canonical), None when unresolved
    quote: str
    direct: bool
    evidence: Evidence
    target_country: str | None = None
    cue: str | None = None  # cue verb lemma ("say", "tell", "according to")
    tone: str = "neutral"  # cooperative | neutral | critical
    partial: bool = False  # a few quoted words inside reported speech
    speaker_evidence: Evidence | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "quote": self.quote,
            "direct": self.direct,
            "target_country": self.target_country,
            "cue": self.cue,
            "tone": self.tone,
            "partial": self.partial,
            "evidence": self.evidence.to_json(),
            "speaker_evidence": self.speaker_evidence.to_json() if self.speaker_evidence else None,
        }


@dataclass(slots=True)
class Meeting:
    """One meeting reported by the document, merged over its mentions: held (it happened or is under way),
    planned or cancelled (`status`, with the words that say so in `status_evidence`)."""

    countries: list[str]  # ISO3 of every party, plus "IGO" once for an international organisation
    evidence: Evidence
    participants: list[str] = field(default_factory=list)  # named persons (canonical names)
    host: str | None = None
    chair: str | None = None
    location: str | None = None
    location_country: str | None = None
    venue: list[str] = field(default_factory=list)
    date: str | None = None  # ISO date
    date_basis: DateBasis = "publication"
    duration_minutes: int | None = None
    descriptors: list[str] = field(default_factory=list)
    kind: str = "talks"  # talks | visit | summit | committee | phone_call | meeting
    label: str | None = None  # the words that named it ("security talks")
    mentions: list[Evidence] = field(default_factory=list)
    status: MeetingStatus = "held"
    status_evidence: Evidence | None = None  # the words that make it planned or cancelled ("will", "postponed")

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "label": self.label,
            "kind": self.kind,
            "countries": list(self.countries),
            "participants": list(self.participants),
            "host": self.host,
            "chair": self.chair,
            "location": self.location,
            "location_country": self.location_country,
            "venue": list(self.venue),
            "date": self.date,
            "date_basis": self.date_basis,
            "duration_minutes": self.duration_minutes,
            "descriptors": list(self.descriptors),
            "evidence": self.evidence.to_json(),
            "mentions": [m.to_json() for m in self.mentions],
            "status_evidence": self.status_evidence.to_json() if self.status_evidence else None,
        }


@dataclass(slots=True)
class Issue:
    """A bilateral issue raised in the document between two countries (dyad sorted)."""

    countries: tuple[str, str]
    issue: str
    evidence: Evidence
    phrase: str | None = None  # the dictionary phrase that matched

    def to_json(self) -> dict[str, Any]:
        return {
            "countries": list(self.countries),
            "issue": self.issue,
            "phrase": self.phrase,
            "evidence": self.evidence.to_json(),
        }


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: DocumentInfo
    actors: list[Actor] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    pipeline_version: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": FORMAT,
            "document": self.document.to_json(),
            "actors": [a.to_json() for a in self.actors],
            "meetings": [m.to_json() for m in self.meetings],
            "statements": [s.to_json() for s in self.statements],
            "issues": [i.to_json() for i in self.issues],
        }
        if self.pipeline_version:
            out["pipeline_version"] = self.pipeline_version
        return out


def parse_date(value: str | None) -> dt.date | None:
    """ISO date or date-time string to a date; None for None or empty."""
    if not value:
        return None
    return dt.date.fromisoformat(value[:10])

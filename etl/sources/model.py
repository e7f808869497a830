"""What the readers produce: a `Document` (an article as read) or a `Rejected` input (with its
reason), and the checks that decide between them."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from schema.errors import SourceError

MAX_ID_CHARS = 500  # document_ref.external_id is VARCHAR(500); PostgreSQL refuses longer values
MAX_ORIGIN_CHARS = 500
# spaCy refuses texts past 1,000,000 characters (docs/facts.md); a "story" of several megabytes is a dump.
MAX_TEXT_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from its source, before cleaning. Evidence offsets refer to `text`."""

    id: str  # the article's id in its input (record id, or file name)
    title: str | None
    published: str | None  # ISO date or date-time, or None
    source: str | None
    url: str | None
    text: str
    path: str | None = None  # file it came from
    origin: str | None = None  # where `id` is unique (the input file); see `document_ref`

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def problem(self) -> str | None:
        """Why this record cannot be loaded as an article, or None when it can."""
        if not self.text.strip():
            return "empty text"
        if "\x00" in self.text:
            return "NUL characters in the text (binary data in a text field)"
        if len(self.text) > MAX_TEXT_CHARS:
            return f"text of {len(self.text):,} characters, over the {MAX_TEXT_CHARS:,} limit for one article"
        if not self.id.strip():
            return "empty id"
        if len(self.id) > MAX_ID_CHARS:
            return f"id of {len(self.id)} characters, over the {MAX_ID_CHARS} limit"
        if "\x00" in self.id:
            return "NUL characters in the id"
        if self.published is not None and (why := date_problem(self.published)):
            return f"published {why}"
        return None


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that is not an article (or not a readable one): it goes to quarantine."""

    origin: str  # the input file
    locator: str  # where in it ("line 7", "row 3", "" for the whole file)
    external_id: str | None  # the record's id when it could be read
    reason: str
    raw_hash: str  # sha256 of the raw bytes of the record or file
    path: str | None = None

    @property
    def content_hash(self) -> str:
        """Unique per input: the raw bytes' hash bound to where they were found."""
        return hashlib.sha256(f"{self.origin}\x1f{self.locator}\x1f{self.raw_hash}".encode()).hexdigest()

    @property
    def ref_id(self) -> str:
        """The id recorded in `document_ref`: the record's id, else its place in the file."""
        return self.external_id or self.locator or "(file)"


def content_hash(text: str) -> str:
    """sha256 of the normalised text (NFC, whitespace runs folded): identical articles share it."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def date_limits() -> tuple[dt.date, dt.date]:
    """The plausible dates of an article or a meeting: from PARLEY_MIN_DATE (default 1800-01-01)
    to PARLEY_MAX_DATE (default the last day of next year). Dates outside never reach the panels."""
    lo = _env_date("PARLEY_MIN_DATE") or dt.date(1800, 1, 1)
    hi = _env_date("PARLEY_MAX_DATE") or dt.date(dt.date.today().year + 1, 12, 31)
    return lo, hi


def _env_date(name: str) -> dt.date | None:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise SourceError(f"{name}={raw!r} is not an ISO date (YYYY-MM-DD)") from None


def iso_date(value: str | None) -> dt.date | None:
    """The date of a whole ISO date or date-time string ('2020-01-01', '2020-01-01T10:00:00Z');
    None when absent or anything else ('2020-01-01garbage' is not a date)."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


def date_problem(value: str | None) -> str | None:
    """Why `value` cannot be an article's or a meeting's date, or None when it can (or is absent)."""
    if value is None or not value.strip():
        return None
    day = iso_date(value)
    if day is None:
        return f"{value.strip()[:40]!r} is not an ISO date"
    lo, hi = date_limits()
    if not lo <= day <= hi:
        return (
            f"{day.isoformat()} is outside the plausible dates {lo.isoformat()} to {hi.isoformat()} "
            "(PARLEY_MIN_DATE, PARLEY_MAX_DATE)"
        )
    return None


def published_date(value: str | None) -> dt.date | None:
    """The date of an ISO date or date-time string, None when absent, not ISO or implausible
    (`date_problem` says which)."""
    return None if date_problem(value) else iso_date(value)


def origin_of(path: Path) -> str:
    """The input file as an absolute path, shortened from the left to fit `document_ref.origin`."""
    full = os.path.abspath(path)
    return full if len(full) <= MAX_ORIGIN_CHARS else "..." + full[-(MAX_ORIGIN_CHARS - 3) :]


def document_from_record(
    rec: object, where: str, path: Path | None = None, published_field: str = "published"
) -> Document:
    """A `Document` from one JSON object, checking the required fields (`id`, `text`); the date is read
    from `published_field` (`refresh --published-from field:NAME`)."""
    if not isinstance(rec, dict):
        raise SourceError(f"{where}: expected a JSON object, found {type(rec).__name__}")
    text = rec.get("text")
    if text is None:
        raise SourceError(f"{where}: missing required field 'text'")
    if not isinstance(text, str):
        raise SourceError(f"{where}: field 'text' is {type(text).__name__}, not a string")
    doc_id = rec.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        raise SourceError(f"{where}: missing required field 'id'")
    if isinstance(doc_id, (dict, list)):
        raise SourceError(f"{where}: field 'id' is {type(doc_id).__name__}, not a string or number")
    return Document(
        id=str(doc_id),
        title=_opt_str(rec.get("title")),
        published=_opt_str(rec.get(published_field)),
        source=_opt_str(rec.get("source")),
        url=_opt_str(rec.get("url")),
        text=text,
        path=str(path) if path else None,
        origin=origin_of(path) if path else None,
    )


def _opt_str(value: object) -> str | None:
    """A metadata field as text; NUL characters, which PostgreSQL refuses, are dropped (docs/facts.md)."""
    if value is None:
        return None
    out = str(value).replace("\x00", "")
    return out or None

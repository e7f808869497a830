"""Shared helpers of the issue-12 round tests (rounds 23-30): extract one invented text with the shared extractor,
and read its issues as a set of (sorted dyad, code) and its meetings as country sets."""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Extraction
from etl.sources import Document

# Sources of the U.S. Government's readouts (`sources.tsv`: a government's own release).
STATE = "U.S. Department of State, Office of the Spokesperson (work of the U.S. Government, public domain)"
WH = "The White House, Office of the Press Secretary (work of the U.S. Government, public domain)"


def extract(text: str, published: str | None, source: str | None = None) -> Extraction:
    """Parley's records for one text."""
    doc = Document(id="t", title=None, published=published, source=source, url=None, text=text)
    return shared_extractor().extract(doc)


def issue_set(out: Extraction) -> set[tuple[tuple[str, ...], str]]:
    """The issues of an extraction as (sorted dyad, code)."""
    return {(tuple(sorted(i.countries)), i.issue) for i in out.issues}


def meeting_set(out: Extraction, status: str = "held") -> set[tuple[str, ...]]:
    """The country sets of an extraction's meetings of one status (held by default)."""
    return {tuple(sorted(m.countries)) for m in out.meetings if m.status == status}

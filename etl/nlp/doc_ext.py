"""The contract between parley's spaCy components: Doc extensions and the in-document actor.

Components run in the order of `etl.nlp.pipeline.COMPONENTS`; each reads what earlier ones
set and writes its own extension. Offsets here are character offsets into the *cleaned*
text the Doc was made from; `etl.extract` maps them back to the source text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc


@dataclass(slots=True)
class ActorRef:
    """An actor resolved within one document (all its mentions clustered)."""

    key: str  # stable within the document, e.g. "person:ryan crocker"
    name: str  # canonical full name ("Ryan Crocker", "Iran", "European Community")
    kind: str  # person | state | organization | igo | group
    country: str | None = None  # ISO3 of affiliation
    role: list[str] = field(default_factory=list)  # role codes (persons)
    title: str | None = None  # title text as written, if any
    aliases: list[str] = field(default_factory=list)  # other surface forms seen
    mentions: list[tuple[int, int]] = field(default_factory=list)  # (start_char, end_char)


def register_extensions() -> None:
    """Register parley's Doc extensions once (safe to call repeatedly)."""
    for name in (
        "parley_actors",  # list[ActorRef]                    (parley_actors)
        "parley_dates",  # list[tuple[int, int, str, str]]   (parley_dates: start, end, ISO date, basis)
        "parley_statements",  # list[etl.records.Statement]  (parley_quotes)
        "parley_meetings",  # list[etl.records.Meeting]      (parley_meetings)
        "parley_issues",  # list[etl.records.Issue]          (parley_issues)
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    # ISO date, dateline place and the region written after it ("ABHA, Saudi Arabia, March 16 -"), the document's
    # source ("The White House, ..."), set before the pipeline runs, and the etl.clean.CleanText the Doc's text came
    # from (its source text keeps the markup cleaning drops)
    for name in ("parley_published", "parley_dateline", "parley_dateline_region", "parley_source", "parley_cleaned"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def actor_at(doc: Doc, start_char: int, end_char: int) -> ActorRef | None:
    """The actor one of whose mentions overlaps [start_char, end_char), or None."""
    for actor in doc._.parley_actors or ():
        for s, e in actor.mentions:
            if s < end_char and start_char < e:
                return actor
    return None


_TEXT_KEY = "parley_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, read once per document: spaCy joins it anew from every token on each read, which made the stages
    that search the text for many phrases slow (round 32: a fifth of the pipeline's time)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


# A paragraph that opens with its own dateline ("TOKYO - Japan's ruling party outlined ..."): an item of a digest of
# wire stories, filed from its own place (round 32).
ITEM_DATELINE = re.compile(
    r"(?m)^([A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*)(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)? - "
)


def dateline_at(doc: Doc, char: int) -> str | None:
    """Where the part of the text at `char` was filed: the document's dateline, or in a digest of wire items (each
    paragraph "BAHRAIN - ...", "BUENOS AIRES - ...") the dateline of the item the offset is in, so that one item's
    place is not another's (round 32)."""
    place = doc._.parley_dateline
    if not place:
        return place
    items = [(m.start(), m.group(1)) for m in ITEM_DATELINE.finditer(doc_text(doc), 0, char) if m.start() > 0]
    return items[-1][1] if items else place


def monitoring_post(doc: Doc) -> bool:
    """Whether the dateline is only where a broadcast was monitored ("NICOSIA - IRNA, monitored in Nicosia, quoted
    the oil minister", "the news agency, monitored here"): the events are elsewhere, so the dateline's state is
    neither where a meeting was held nor a speaker's (round 28)."""
    place = doc._.parley_dateline
    if not place:
        return False
    pattern = rf"\bmonitored (?:by [^,.;]{{1,50}} )?(?:here|in {re.escape(str(place))})\b"
    return re.search(pattern, doc_text(doc), flags=re.IGNORECASE) is not None


register_extensions()

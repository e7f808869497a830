"""Per-process dictionary tables and per-document match results shared by the actor modules.

`Tables` is built once per pipeline (phrase matchers over the gazetteer, organisations and titles);
`Tables.context(doc)` runs the matchers once over a Doc and returns a `Context` that the person and
actor code query by token index, so no component scans the text twice.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from etl.nlp.doc_ext import monitoring_post
from etl.nlp.gazetteer import (
    CAPITAL,
    COUNTRY,
    DEMONYM,
    IGO,
    PLACE,
    REGION,
    Gazetteer,
    Publisher,
    Publishers,
    configure,
    government_body_publisher,
    letters_key,
)
from etl.nlp.titles import KnownActors, Organisations, TitleEntry, TitleTable

COUNTRYLIKE = frozenset((COUNTRY, DEMONYM, CAPITAL))
ORG = "org"  # an organisations.tsv entry (armed group or NGO)


@dataclass(frozen=True, slots=True)
class GazHit:
    """A gazetteer match: token span, kind (country, demonym, capital, place, igo, org) and value
    (ISO3 for places, canonical name for IGOs and organisations)."""

    start: int
    end: int
    kind: str
    value: str
    start_char: int
    end_char: int
    text: str


@dataclass(slots=True)
class Context:
    """Everything the actor code needs to know about one Doc, indexed by token."""

    gaz: Gazetteer
    titles_table: TitleTable
    known: KnownActors
    orgs: Organisations
    gaz_hits: list[GazHit] = field(default_factory=list)
    gaz_at: dict[int, GazHit] = field(default_factory=dict)
    gaz_tokens: set[int] = field(default_factory=set)
    titles: list[tuple[int, int, TitleEntry]] = field(default_factory=list)
    title_tokens: set[int] = field(default_factory=set)
    org_ents: list[tuple[int, int]] = field(default_factory=list)
    person_tokens: set[int] = field(default_factory=set)
    dateline_country: str | None = None  # country of the dateline place ("TOKYO, April 7 -")
    doc: Doc | None = None  # the Doc matched
    year: int | None = None  # year of publication, when known (picks a known actor's role of the time)
    publisher: Publisher | None = None  # who published the document (`sources.tsv`): its people go unnamed
    state_counts: dict[str, int] | None = None  # mentions per state, counted once (`etl.nlp.roles.state_counts`)
    firm_states: dict[str, str] | None = None  # firms the text introduces by a state (`etl.nlp.roles.firms_by_state`)
    _hit_starts: list[int] = field(default_factory=list)
    _title_starts: list[int] = field(default_factory=list)
    _org_starts: list[int] = field(default_factory=list)

    def index(self) -> None:
        """Sort the matches and index them by start token (windows are then found by bisection)."""
        self.gaz_hits.sort(key=lambda h: h.start)
        self.titles.sort(key=lambda t: t[0])
        self.org_ents.sort()
        self._hit_starts = [h.start for h in self.gaz_hits]
        self._title_starts = [t[0] for t in self.titles]
        self._org_starts = [o[0] for o in self.org_ents]

    def hits_in(self, start: int, end: int) -> list[GazHit]:
        """Gazetteer hits lying inside tokens [start, end)."""
        i = bisect_left(self._hit_starts, start)
        out = []
        while i < len(self.gaz_hits) and self.gaz_hits[i].start < end:
            if self.gaz_hits[i].end <= end:
                out.append(self.gaz_hits[i])
            i += 1
        return out

    def titles_in(self, start: int, end: int) -> list[tuple[int, int, TitleEntry]]:
        """Title matches lying inside tokens [start, end)."""
        i = bisect_left(self._title_starts, start)
        out = []
        while i < len(self.titles) and self.titles[i][0] < end:
            if self.titles[i][1] <= end:
                out.append(self.titles[i])
            i += 1
        return out

    def orgs_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """ORG entities lying inside tokens [start, end)."""
        i = bisect_left(self._org_starts, start)
        out = []
        while i < len(self.org_ents) and self.org_ents[i][0] < end:
            if self.org_ents[i][1] <= end:
                out.append(self.org_ents[i])
            i += 1
        return out


class Tables:
    """Dictionaries and phrase matchers, built once per pipeline."""

    def __init__(self, nlp: Language, dictionaries: Iterable[str | Path] = ()) -> None:
        dirs = [Path(d) for d in dictionaries]
        self.gaz = configure(dirs)
        self.titles = TitleTable.load(dirs)
        self.known = KnownActors.load(dirs)
        self.orgs = Organisations.load(dirs)
        self.publishers = Publishers.load(dirs)
        self.gaz_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_kind: dict[str, list[str]] = {}
        for kind, form in self.gaz.patterns():
            by_kind.setdefault(kind, []).append(form)
        by_kind.setdefault(ORG, []).extend(self.orgs.by_surface)
        for kind, forms in by_kind.items():
            self.gaz_matcher.add(kind, [nlp.make_doc(form) for form in forms])
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Each title tokenized as written in lower case and in title case: "sen." splits in two tokens
        # but "Sen." is one (a tokenizer exception), and the matcher compares token by token.
        patterns: dict[tuple[str, ...], Doc] = {}
        for phrase in self.titles.entries:
            for form in {phrase, phrase.title()}:
                pattern = nlp.make_doc(form)
                patterns.setdefault(tuple(t.lower_ for t in pattern), pattern)
        self.title_matcher.add("TITLE", list(patterns.values()))

    def _value(self, kind: str, text: str) -> str | None:
        if kind == ORG:
            org = self.orgs.by_surface.get(text)
            return org.name if org else None
        hit = self.gaz.surfaces.get(text)
        # a region ("Latin American") only keeps its words from being read as a state's: no hit of its own
        return hit[1] if hit and hit[0] != REGION else None

    def context(self, doc: Doc) -> Context:
        ctx = Context(self.gaz, self.titles, self.known, self.orgs, doc=doc)
        vocab = doc.vocab.strings
        matches = self.gaz_matcher(doc)
        spans = [doc[s:e] for _mid, s, e in matches]
        labels = {(s, e): vocab[mid] for mid, s, e in matches}
        hits: list[GazHit] = []
        for span in filter_spans(spans):
            kind = labels[(span.start, span.end)]
            value = self._value(kind, span.text)
            if (
                value
                and not _surname_after_particles(doc, span.start)
                and not _surname_of_person(doc, span.start, span.end, kind)
                and not _national_body(doc, span.start, kind)
                and not language_name(doc, span.end, kind)
            ):
                hits.append(GazHit(span.start, span.end, kind, value, span.start_char, span.end_char, span.text))
        hits.extend(self._compound_hits(doc, {h.start for h in hits}))
        hits.sort(key=lambda h: h.start)
        ctx.gaz_hits = hits
        ctx.gaz_at = {h.start: h for h in hits}
        ctx.gaz_tokens = {i for h in hits for i in range(h.start, h.end)}
        for _mid, s, e in self.title_matcher(doc):
            entry = self.titles.get(doc[s:e].text)
            if entry is None:  # LOWER matched but the tokens were joined differently ("minister - counselor")
                entry = self.titles.get(" ".join(t.lower_ for t in doc[s:e]).replace(" - ", "-"))
            if entry is not None and doc[e - 1].pos_ == "ADJ" and e - s == 1:
                continue  # "the official Ivorian daily": an adjective, not a title
            if entry is not None:
                ctx.titles.append((s, e, entry))
                ctx.title_tokens.update(range(s, e))
        ctx.org_ents = [(e.start, e.end) for e in doc.ents if e.label_ == "ORG"]
        dateline = doc._.parley_dateline if Doc.has_extension("parley_dateline") else None
        region = doc._.parley_dateline_region if Doc.has_extension("parley_dateline_region") else None
        ctx.dateline_country = None if monitoring_post(doc) else wire_dateline_country(self.gaz, dateline, region)
        published = doc._.parley_published if Doc.has_extension("parley_published") else None
        year = str(published or "")[:4]
        ctx.year = int(year) if year.isdigit() else None
        source = doc._.parley_source if Doc.has_extension("parley_source") else None
        ctx.publisher = self.publishers.of(source) or government_body_publisher(source, self.gaz)
        ctx.index()
        return ctx

    def _compound_hits(self, doc: Doc, seen: set[int]) -> list[GazHit]:
        """Country parts of hyphenated tokens the tokenizer keeps whole ("U.S.-Canada", "China-UK")."""
        out: list[GazHit] = []
        for t in doc:
            if t.i in seen or ("-" not in t.text and "/" not in t.text) or len(t.text) > 40:
                continue
            offset = 0
            for part in t.text.replace("/", "-").split("-"):
                hit = self.gaz.surfaces.get(part) if part else None
                if hit and hit[0] in (COUNTRY, DEMONYM, CAPITAL, IGO, PLACE):
                    s = t.idx + offset
                    out.append(GazHit(t.i, t.i + 1, hit[0], hit[1], s, s + len(part), part))
                offset += len(part) + 1
        return out


def wire_dateline_country(gaz: Gazetteer, place: str | None, region: str | None) -> str | None:
    """The state of a wire dateline: its region's as the wires abbreviate it (`dateline_regions.tsv`), which names
    the town's state ("SAN JOSE, Calif.", "Birmingham, Ala.", "Vienna, Va." are American, though the tables
    list a San Jose, a Birmingham and a Vienna abroad), else `Gazetteer.dateline_country`, else a place the tables
    list in another case ("RIO DE JANEIRO" for "Rio de Janeiro": an upper-case place is read as title case,
    whose "De" the table writes "de"), else a town only wire datelines name bare (`dateline_cities.tsv`: "DALLAS").
    Both tables are read for the dateline only: in running text "Ind." or "Pa." is no place (round 16: a third of
    Reuters-21578's 18,951 datelines gave no state, so the story's officials and firms' officers had none; after
    rounds 16-17, 69)."""
    if not place:
        return None
    if region:
        if letters_key(region) in gaz.dateline_regions:
            return gaz.dateline_regions[letters_key(region)]
    return (
        gaz.dateline_country(place, region)
        or gaz.place_country_folded(place)
        or gaz.dateline_cities.get(letters_key(place))
    )


def _surname_after_particles(doc: Doc, i: int) -> bool:
    """Token i follows the particles "de la" ("Miguel de la Madrid", "De la Madrid said"): a Spanish
    surname, no place."""
    return i >= 2 and doc[i - 1].lower_ == "la" and doc[i - 2].lower_ == "de"


def _national_body(doc: Doc, i: int, kind: str) -> bool:
    """An organisation's name right after "National" is the tail of a state's own body, not the organisation:
    "the National Security Council" (the United States', Turkey's, Iran's "Supreme National Security Council")
    holds the UN's "Security Council" but is no UN body (round 19: a White House council meeting read as the UN
    meeting a foreign minister)."""
    return kind == IGO and i >= 1 and doc[i - 1].lower_ == "national"


# Nouns after a state's adjective that make it a language's name ("the English-language daily", "a French
# language weekly", "Spanish-speaking"): no nationality (round 25: a Hong Kong paper spoke as the United Kingdom).
LANGUAGE_NOUNS = frozenset(("language", "languages", "speaking"))


def language_name(doc: Doc, end: int, kind: str = DEMONYM) -> bool:
    """The demonym hit ending at `end` names a language: "language" or "speaking" follows, with or without a
    hyphen (read by the actor stage's hits and by the meeting and issue index's words)."""
    if kind != DEMONYM or end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.text == "-" and end + 1 < len(doc):
        nxt = doc[end + 1]
    return nxt.lower_ in LANGUAGE_NOUNS


# Honorifics a surname follows ("Mr French", "Mrs English"): a state's word right after one is a person's name.
SURNAME_HONORIFICS = frozenset("mr mrs ms miss dr mr. mrs. ms. dr.".split())


def _surname_of_person(doc: Doc, start: int, end: int, kind: str) -> bool:
    """The one-word hit [start, end) is a person's surname, no state: right after "Mr", "Mrs", "Ms", "Dr" ("Mr
    French said"), or a state's adjective ending a name spaCy reads as a person's after a given name ("the critic
    Philip French"; not a state's name: spaCy reads "our NATO Ally Turkey" as a person's). Round 17 (speakers17c):
    a British critic's "Mr French" spoke as France."""
    if end - start != 1 or start == 0 or not doc[start].text[:1].isupper():
        return False
    before = doc[start - 1]
    if before.lower_ in SURNAME_HONORIFICS:
        return True
    return (
        kind == DEMONYM
        and doc[start].ent_type_ == "PERSON"
        and doc[start].ent_iob_ == "I"
        and (end == len(doc) or doc[end].ent_iob_ != "I")
        and before.ent_type_ == "PERSON"
        and before.pos_ == "PROPN"
        and before.is_title
    )

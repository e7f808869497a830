"""Building blocks shared by `parley_meetings` and `parley_issues`: the meeting lexicon, the per-document
index of who/which country each token stands for, pronoun resolution and the factuality test.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from etl.nlp import gazetteer as gz
from etl.nlp.context import language_name
from etl.nlp.doc_ext import ActorRef, doc_text
from etl.nlp.persons import NAME_PARTICLES
from etl.nlp.titles import CIVIL_SECTORS

# Modifiers of a bank that make it a state's own ("the central bank", "the state bank", "the Reserve Bank").
STATE_OWNED = frozenset({"central", "state", "national", "reserve", "federal"})
# Words of a state's office in a person's title: it holds no private title ("Finance Minister X, a former banker").
OFFICE_WORDS = frozenset({"minister", "ministry", "secretary", "government", "department", "official", "ambassador"})

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
# Determiners that make a noun refer back to something already known ("the talks", "these talks").
DEFINITE = {"the", "this", "that", "these", "those"}
FUTURE_MODALS = {"will", "shall", "'ll", "wo"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}
# How far back (tokens) a pronoun or title looks for its referent: longer than any news article, and a
# bound that keeps the cost of resolving one mention constant on very long texts.
REFERENCE_WINDOW = 3000


@dataclass(slots=True)
class MeetingLexicon:
    """The entries of `meeting_terms.tsv` (and `descriptors.tsv`) grouped by type."""

    nouns: dict[str, str] = field(default_factory=dict)  # lemma -> kind
    verbs: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, str] = field(default_factory=dict)  # lower-case words -> kind
    sets: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    pairs: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    descriptors: dict[str, str] = field(default_factory=dict)  # word -> tone
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # group of states -> member iso3s (latest)
    # group -> (first year, last year, members) of the rows that give years (round 22: ASEAN's six of 1987, ten now)
    members_by_year: dict[str, list[tuple[int, int, frozenset[str]]]] = field(default_factory=dict)
    bodies: set[str] = field(
        default_factory=set
    )  # of those, organisations with bodies of their own (host their meetings)
    # organisations whose ministers' sessions are the named member states' (round 23: the EC), members by year only
    councils: set[str] = field(default_factory=set)
    publishers: gz.Publishers = field(default_factory=gz.Publishers)  # `sources.tsv`: who issued a text
    # `organisations.tsv`: public bodies of a state (no "firm", "ngo" or "press" sector: "Bank of England"), names and
    # aliases
    public_bodies: set[str] = field(default_factory=set)
    civil_bodies: set[str] = field(default_factory=set)  # firms, NGOs and the press of organisations.tsv (round 25)
    press: set[str] = field(default_factory=set)  # newspapers of organisations.tsv (sector "press", round 25)

    def issuer_titles(self, iso: str) -> frozenset[str]:
        """The bare titles ("president", "vice president", "secretary") that a government's own releases give
        its officials (`issuer_title` entries whose states include `iso`)."""
        return frozenset(t for t, states in self.pairs.get("issuer_title", {}).items() if iso in states.split("|"))

    def has(self, kind: str, word: str) -> bool:
        return word in self.sets.get(kind, ())

    def meets_as_members(self, name: str | None) -> bool:
        """A group of states whose meetings are its members' (the G7, ASEAN), not an organisation with bodies of
        its own (the GCC), which takes part as one party on the "with" side."""
        return name in self.members and name not in self.bodies

    def members_of(self, name: str, year: int | None) -> frozenset[str]:
        """The member states of a group in a year (the latest members for an undated text or a year no row
        covers)."""
        rows = self.members_by_year.get(name, ())
        for first, last, isos in rows:
            if year is not None and first <= year <= last:
                return isos
        latest = next((isos for _first, last, isos in rows if last >= MAX_YEAR), frozenset())
        return self.members.get(name, latest)

    def council_members(self, name: str, year: int | None) -> frozenset[str]:
        """The member states of an organisation whose council is its members' (`council`): those of the year, or
        for an undated text every state that has been one (a BBC story of 2005 with no date names Britain)."""
        if year is not None:
            return self.members_of(name, year)
        return frozenset().union(*(isos for _first, _last, isos in self.members_by_year.get(name, ())))

    def noun_key(self, tok: Token) -> str | None:
        """The noun entry a token matches, by lemma or by lower-case form ("talks" is plural only)."""
        if tok.pos_ != "NOUN":
            return None
        for key in (tok.lemma_.lower(), tok.lower_):
            if key in self.nouns:
                return key
        return None


def _rows(name: str, extra_dirs: tuple[str, ...]) -> Iterable[list[str]]:
    for path in gz.dictionary_files(name, [Path(d) for d in extra_dirs]):
        yield from gz.read_tsv(path)


MAX_YEAR = 9999  # the open end of a range of years ("1999-")


def _year_range(text: str) -> tuple[int, int]:
    """ "1984-1994" -> (1984, 1994); "1999-" -> (1999, MAX_YEAR)."""
    first, _, last = text.partition("-")
    return int(first), int(last) if last else MAX_YEAR


@lru_cache(maxsize=8)
def load_lexicon(extra_dirs: tuple[str, ...] = ()) -> MeetingLexicon:
    """Read the meeting vocabulary once per set of dictionary directories."""
    lex = MeetingLexicon()
    for row in _rows("meeting_terms.tsv", extra_dirs):
        if len(row) < 2:
            continue
        term, kind = row[0], row[1]
        value = row[2] if len(row) > 2 else ""
        if kind == "noun":
            lex.nouns[term] = value
        elif kind == "verb":
            lex.verbs[term] = value
        elif kind == "phrase":
            lex.phrases[term] = value
        else:
            lex.sets[kind].add(term)
            if value:
                lex.pairs[kind][term] = value
    for row in _rows("igo_members.tsv", extra_dirs):
        if len(row) > 1:
            isos = frozenset(iso for iso in row[1].split("|") if iso)
            years = _year_range(row[3]) if len(row) > 3 and row[3] else None
            if years is not None:
                lex.members_by_year.setdefault(row[0], []).append((*years, isos))
            if len(row) > 2 and row[2] == "council":
                lex.councils.add(row[0])  # not a group that meets as its members: see `council_members`
                continue
            if years is None or years[1] >= MAX_YEAR:
                lex.members[row[0]] = isos
            if len(row) > 2 and row[2] == "body":
                lex.bodies.add(row[0])
    for row in _rows("descriptors.tsv", extra_dirs):
        lex.descriptors[row[0].lower()] = row[1] if len(row) > 1 else "neutral"
    lex.publishers = gz.Publishers.load([Path(d) for d in extra_dirs])
    for row in _rows("organisations.tsv", extra_dirs):
        if len(row) > 2 and row[1] == "organization" and row[2] and not (len(row) > 4 and row[4] in CIVIL_SECTORS):
            lex.public_bodies.update(n.lower() for n in [row[0], *(row[3].split("|") if len(row) > 3 else [])] if n)
        elif len(row) > 4 and row[1] == "organization" and row[4] in CIVIL_SECTORS:
            lex.civil_bodies.add(row[0].lower())
            if row[4] == "press":
                lex.press.add(row[0].lower())
    return lex


@dataclass(slots=True)
class CountryHit:
    """What one token says about countries: an ISO3 code (or "IGO"), how it says it, and the actor."""

    iso: str
    source: str  # person | state | demonym | igo | org | place
    actor: ActorRef | None = None


def _names_instrument(tok: Token, instruments: set[str]) -> bool:
    """Whether a city's name is part of an instrument's name: it modifies the instrument noun ("the Minsk
    agreements", "the Paris climate accord") or is the "of" of a capitalised one ("the Treaty of Rome")."""
    if tok.dep_ in ("compound", "nmod", "amod") and tok.i < tok.head.i:
        noun = tok.head
        while noun.lemma_.lower() not in instruments and noun.dep_ in ("compound", "nmod") and noun.i < noun.head.i:
            noun = noun.head  # "the Paris climate accord"
        return noun.lemma_.lower() in instruments
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        noun = tok.head.head
        return noun.i < tok.i and noun.text[:1].isupper() and noun.lemma_.lower() in instruments
    return False


_LAST_INDEX: dict[str, DocIndex] = {}


class DocIndex:
    """Per-document lookups built once: token -> actor, token -> country, person salience."""

    def __init__(self, doc: Doc, lex: MeetingLexicon | None = None) -> None:
        self.doc = doc
        self.lex = lex or load_lexicon()
        self.sources = (id(doc._.parley_actors), id(doc._.parley_statements))
        self.actor_of: dict[int, ActorRef] = {}
        self.country: dict[int, CountryHit] = {}
        self.second: dict[int, CountryHit] = {}  # the other country of a hyphenated token
        self.person_order: list[tuple[int, ActorRef]] = []  # (token index, person) in text order
        self.state_names: dict[str, str] = {}  # iso3 -> canonical state name used in this doc
        self.company_tokens: set[int] = set()  # tokens of a company's name ("British Petroleum Co Plc")
        self.org_country: dict[int, str] = {}  # tokens of an organisation with a country -> that country
        self._person_igos: dict[str, str | None] = {}  # person name -> the organisation of his title (cache)
        self._person_private: dict[str, bool] = {}  # person name -> whether his title is a private body's (cache)
        self.issuer, self.issuer_titles = self._issuer(doc)
        org_tokens = self._index_actors(doc)
        self.person_order.sort(key=lambda p: p[0])
        self.person_starts = [i for i, _ in self.person_order]
        self.by_name = {a.name: a for a in doc._.parley_actors or ()}
        said = [st for st in doc._.parley_statements or () if st.speaker and getattr(st, "evidence", None)]
        self.statements = sorted(said, key=lambda st: st.evidence.start)
        self.statement_starts = [st.evidence.start for st in self.statements]
        self._index_gazetteer(doc, org_tokens)
        for i in self.company_tokens:  # "talks with British Petroleum Co Plc": no British party
            if i in self.country and self.country[i].source != "person":
                del self.country[i]
        self._index_hyphenated(doc)
        self._drop_names(doc)
        self._drop_stacked_demonyms()

    def _index_actors(self, doc: Doc) -> set[int]:
        """Tokens of the document's actors: who each stands for and its country; returns the tokens of
        organisations."""
        org_tokens: set[int] = set()
        for actor in doc._.parley_actors or ():
            if actor.kind == "state" and actor.country:
                self.state_names.setdefault(actor.country, actor.name)
            for start, end in actor.mentions:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                for tok in span:
                    self.actor_of.setdefault(tok.i, actor)
                if actor.kind == "person":
                    self.person_order.append((span.start, actor))
                if actor.kind == "organization":
                    org_tokens.update(t.i for t in span)
                    if actor.country:
                        self.org_country.update((t.i, actor.country) for t in span)
                    if any(self.lex.has("company_suffix", t.lower_.rstrip(".")) for t in span):
                        self.company_tokens.update(t.i for t in span)  # "British Petroleum Co Plc"
                hit = self._actor_hit(actor)
                if hit is not None:
                    for tok in span:
                        if not _in_region_name(tok):
                            self.country.setdefault(tok.i, hit)
        return org_tokens

    def _index_gazetteer(self, doc: Doc, org_tokens: set[int]) -> None:
        """Capitalised words the gazetteer knows as countries, places, demonyms or organisations (not inside the name
        of a region, "the Lake Chad Basin": round 24)."""
        regions = region_tokens(doc)
        within = place_name_tokens(doc)
        for tok in doc:
            if tok.i in self.country or tok.is_punct or tok.is_space or not tok.text[:1].isupper():
                continue
            if tok.i in within:  # "New Mexico", "Inner Mongolia": a place of another state (round 31)
                self.country[tok.i] = CountryHit(within[tok.i], "place")
                continue
            if tok.i in org_tokens and (tok.dep_ not in MODIFIER_DEPS or tok.i in self.company_tokens):
                # "United Steelworkers of America" is no American party, nor is "British Petroleum Co Plc" a British
                # one; "Iraqi government" is
                continue
            if _in_region_name(tok) or tok.i in regions or language_name(tok.doc, tok.i + 1):  # "English-language"
                continue
            hit = self._gazetteer_hit(tok)
            if hit is not None and self.org_country.get(tok.i, hit.iso) != hit.iso:
                continue  # "the South China Morning Post" (HKG): a state named inside another's body (round 25)
            if hit is not None:
                self.country[tok.i] = hit

    def _index_hyphenated(self, doc: Doc) -> None:
        """ "U.S.-Soviet disarmament": the actor covers one half, the other half is a country too."""
        for tok in doc:
            if "-" in tok.text and tok.i in self.country and tok.i not in self.second:
                for part in tok.text.split("-"):
                    hit = self._surface_hit(part)
                    if hit is not None and hit.iso != self.country[tok.i].iso:
                        self.second[tok.i] = hit
                        break

    def _drop_names(self, doc: Doc) -> None:
        """ "the Uruguay round", "the Tokyo round": names, not parties; and a city that names an instrument made
        there ("the Minsk agreements", "the Paris Agreement", "the Treaty of Rome": `city_name_head`, round 23)."""
        names = self.lex.sets.get("name_head", set())
        instruments = self.lex.sets.get("city_name_head", set())
        named = []
        for i, hit in self.country.items():
            tok = doc[i]
            nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            if tok.dep_ in ("compound", "nmod", "amod") and (tok.head.lemma_.lower() in names or nxt in names):
                named.append(i)
            elif (
                hit.source != "person"
                and gz.mention_kind(tok.text) == gz.CAPITAL
                and _names_instrument(tok, instruments)
            ):
                named.append(i)
        for i in named:
            del self.country[i]

    def _issuer(self, doc: Doc) -> tuple[str | None, frozenset[str]]:
        """The state whose government issued the document (a `government` source of `sources.tsv`: the White
        House's readout) and the bare titles its releases give its own officials; none for press or unknown
        sources."""
        source = doc._.parley_source if Doc.has_extension("parley_source") else None
        pub = self.lex.publishers.of(source)
        if pub is None or pub.kind != "government":
            return None, frozenset()
        return pub.country, self.lex.issuer_titles(pub.country)

    @classmethod
    def for_doc(cls, doc: Doc, lex: MeetingLexicon | None = None) -> DocIndex:
        """The index of `doc`, shared by the meetings and issues components that run one after the
        other on it (a one-document cache: the actors and statements it reads do not change between)."""
        cached = _LAST_INDEX.get("index")
        if (
            cached is not None
            and cached.doc is doc
            and cached.lex is (lex or cached.lex)
            and cached.sources == (id(doc._.parley_actors), id(doc._.parley_statements))
        ):
            return cached
        index = cls(doc, lex)
        _LAST_INDEX["index"] = index
        return index

    @staticmethod
    def _actor_hit(actor: ActorRef) -> CountryHit | None:
        if actor.kind == "igo":
            return CountryHit("IGO", "igo", actor)
        # An organisation's country (a company's, a union's) does not make its state a party; only a
        # country word modifying it does ("the Iraqi government", "the US embassy"), read word by word.
        if actor.kind in ("person", "state") and actor.country:
            source = {"organization": "org"}.get(actor.kind, actor.kind)
            return CountryHit(actor.country, source, actor)
        return None

    def _gazetteer_hit(self, tok: Token) -> CountryHit | None:
        hit = self._surface_hit(tok.text)
        if hit is not None or "-" not in tok.text:
            return hit
        # "U.S.-Canada consultation", "U.S.-Soviet disarmament": one token, two countries.
        parts = [h for h in (self._surface_hit(p) for p in tok.text.split("-")) if h is not None]
        if len(parts) > 1:
            self.second[tok.i] = parts[1]
        return parts[0] if parts else None

    @staticmethod
    def _surface_hit(text: str) -> CountryHit | None:
        kind = gz.mention_kind(text)
        if kind is None:
            return None
        if kind == gz.IGO:
            return CountryHit("IGO", "igo")
        iso = gz.place_country(text)
        if iso:
            return CountryHit(iso, {gz.DEMONYM: "demonym", gz.PLACE: "place"}.get(kind, "state"))
        return None

    def _drop_stacked_demonyms(self) -> None:
        """ "Greek Cypriot government": the modifier next to the noun names the country, the outer
        one an ethnicity (without a conjunction in between)."""
        for i in sorted(self.country):
            hit, nxt = self.country[i], self.country.get(i + 1)
            if (
                hit.source == "demonym"
                and nxt is not None
                and nxt.source == "demonym"
                and nxt.iso != hit.iso
                and self.doc[i].head.i == self.doc[i + 1].head.i
            ):
                del self.country[i]

    def hits(self, tokens: Iterable[Token]) -> list[tuple[Token, CountryHit]]:
        """Country hits of some tokens, one per mention (a run of tokens of one actor or word),
        given by the mention's syntactic head."""
        out: list[tuple[Token, CountryHit]] = []
        run: list[Token] = []
        run_hit: CountryHit | None = None

        def flush() -> None:
            if run and run_hit is not None:
                ids = {t.i for t in run}
                head = next((t for t in run if t.head.i not in ids or t.head == t), run[-1])
                out.append((head, run_hit))
                if run[0].i in self.second:
                    out.append((head, self.second[run[0].i]))

        for tok in tokens:
            hit = self.country.get(tok.i)
            if hit is not None and hit.source != "person" and _in_particle_name(tok):
                hit = None  # "Miguel de la Madrid": a surname, not the city
            same = (
                hit is not None
                and run_hit is not None
                and run
                and tok.i == run[-1].i + 1
                and (hit is run_hit or (hit.actor is not None and hit.actor is run_hit.actor))
            )
            if same:
                run.append(tok)
                continue
            flush()
            run, run_hit = ([tok], hit) if hit is not None else ([], None)
        flush()
        return out

    def groups_named(self) -> set[str]:
        """The groups of states that meet as their members (`igo_members.tsv`: G7, G5...) that the text names."""
        return {a.name for a in self.by_name.values() if a.kind == "igo" and a.name in self.lex.members}

    def _mention_spans(self, actor: ActorRef) -> Iterator[Span]:
        """The token spans of an actor's mentions (those that map onto tokens), in order."""
        for start, end in actor.mentions:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                yield span

    def person_igo(self, actor: ActorRef) -> str | None:
        """The international organisation a person of no country holds his title in, read off the words before his
        name in one of its mentions ("World Bank president Barber Conable", "IMF Managing Director X"): a meeting
        of his is one of that organisation, also where a pronoun or his surname alone stands for him."""
        if actor.kind != "person" or actor.country:
            return None
        cached = self._person_igos.get(actor.name, "")
        if cached != "":
            return cached
        found = None
        for span in self._mention_spans(actor):
            before = self.doc[span.root.left_edge.i : span.start]
            hit = next(((t, h) for t, h in self.hits(before) if h.iso == "IGO"), None)
            if hit is not None:
                found = (hit[1].actor.name if hit[1].actor is not None else gz.igo_of(hit[0].text)) or hit[0].text
                break
        self._person_igos[actor.name] = found
        return found

    def person_private(self, actor: ActorRef) -> bool:
        """Whether a person of a country holds his title in a private body, read off his title in one of its
        mentions: the words before his name ("Bank of Tokyo economic adviser X", "American Soybean Association
        board chairman X", "Japanese businessman X"), the noun his name is set beside, or the phrase set beside
        it ("X, head of the Manila branch of a trading house Ltd"). Such a person speaks for no state: his
        country is no party of his meetings (round 15). Not a state's bank ("central bank governor X", "Bank of
        Japan Governor X"), nor a title that names an international organisation ("World Bank president X")."""
        if actor.kind != "person" or not actor.country:
            return False
        cached = self._person_private.get(actor.name)
        if cached is not None:
            return cached
        found = False
        for span in self._mention_spans(actor):
            root = span.root
            title = list(self.doc[root.left_edge.i : span.start])
            if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < span.start:
                # "the Bank of Tokyo's adviser X", parsed as a name set beside "Bank"
                title += [t for t in root.head.subtree if t.i < span.start and t not in title]
            for c in root.children:
                if c.dep_ == "appos" and c.i >= span.end:
                    title += list(c.subtree)  # "X, head of the Manila branch of a trading house Ltd"
            # (within the sentence, and not across a dateline's dash: "MANILA, March 13 - Kidnapped ...")
            title = [t for t in title if t.sent == root.sent]
            dash = max((t.i for t in title if t.i < span.start and t.text in ("-", "--")), default=-1)
            title = [t for t in title if t.i > dash]
            if any(h.iso == "IGO" for _, h in self.hits(title)) or any(t.lemma_.lower() in OFFICE_WORDS for t in title):
                continue  # "World Bank president X", "Trade and Industry Minister X", "a government banker"
            if any(self._private_word(t) for t in title):
                found = True
                break
        self._person_private[actor.name] = found
        return found

    def _private_word(self, tok: Token) -> bool:
        """A word of a private body's title: a company's name ("Mitsui and Co Ltd"), a noun of a private body's
        title ("businessman", "bank", "company", "association": `private_title`), not a state's bank ("the central
        bank", "the Bank of Japan": a bank "of" a state)."""
        if tok.i in self.company_tokens or self.lex.has("company_suffix", tok.lower_.rstrip(".")):
            return True
        body = self.actor_of.get(tok.i)
        if body is not None and body.kind == "organization" and body.name.lower() in self.lex.civil_bodies:
            return True  # "Daily Telegraph chief executive X": a firm of `organisations.tsv` (round 25)
        if not self.lex.has("private_title", tok.lemma_.lower()):
            return False
        if body is not None and body.kind == "organization" and body.name.lower() in self.lex.public_bodies:
            return False  # "Bank of England Governor X": a state's bank (`organisations.tsv`)
        if any(c.lower_ in STATE_OWNED for c in tok.children) or (
            tok.i > 0 and self.doc[tok.i - 1].lower_ in STATE_OWNED
        ):
            return False
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(gz.mention_kind(o.text) == gz.COUNTRY for o in prep.children):
                return False  # "the Bank of Spain", "Bank of Korea": a state's central bank (not "Bank of Tokyo")
        return True

    def person_at(self, tok: Token) -> ActorRef | None:
        actor = self.actor_of.get(tok.i)
        if actor is None:
            actor = self.named_again(tok)
        return actor if actor is not None and actor.kind == "person" else None

    def named_again(self, tok: Token) -> ActorRef | None:
        """A person named again by a part of his surname that the actors left unlinked ("Javier Nogales Iturri ...
        Nogales said", "Jose Concepcion ... Concepcion, speaking at"; surnames that are also places): a bare
        capitalised name, no place or state of the gazetteer, that is a later word of the name of one person
        named before it, and of no other (round 15)."""
        # (the tagger may take a sentence's first word for a common noun: "Concepcion, speaking at ...")
        if tok.i in self.country or tok.tag_ not in ("NNP", "NN") or not tok.is_alpha or len(tok.text) < 3:
            return None
        if not tok.text[0].isupper() or tok.dep_ == "compound":
            return None
        if any(c.dep_ in ("compound", "det", "amod", "nummod") for c in tok.children):
            return None
        found = {actor.key: actor for i, actor in self.person_order if i < tok.i and tok.text in actor.name.split()[1:]}
        return next(iter(found.values())) if len(found) == 1 else None

    def resolve_pronoun(self, tok: Token, exclude: Iterable[str] = ()) -> ActorRef | None:
        """A person pronoun's referent: the most salient person named before it (mentions so far,
        sentence subjects counting double), skipping persons already in the clause."""
        low = tok.lower_
        if low in FIRST_PERSON:
            return self.speaker_of(tok)
        if low not in PERSON_PRONOUNS:
            return None
        skip = set(exclude)
        teller = self._teller(tok)
        if teller is not None and teller.name not in skip:
            return teller  # "X said he had made headway in talks with Y" (round 30)
        score: Counter[str] = Counter()
        last: dict[str, int] = {}
        by_key: dict[str, ActorRef] = {}
        for i, actor in self.recent_persons(tok):
            if actor.name in skip:
                continue
            root = self.doc[i]
            while root.head.i in self.actor_of and self.actor_of[root.head.i] is actor and root.head != root:
                root = root.head
            score[actor.key] += 2 if root.dep_ in ("nsubj", "nsubjpass") else 1
            last[actor.key] = i
            by_key[actor.key] = actor
        if not score:
            return None
        # The person the article keeps quoting is who "he"/"she" most often stands for in news text.
        speakers = Counter(st.speaker for st in self.recent_statements(tok))
        for key, actor in by_key.items():
            score[key] += 2 * speakers.get(actor.name, 0)
        best = max(score, key=lambda k: (score[k], last[k]))
        return by_key[best]

    def _teller(self, tok: Token) -> ActorRef | None:
        """The person who is the subject of the verb whose clause a subject pronoun opens ("X said he had made
        headway in talks"): "he" is X, however often others were quoted before."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return None
        subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        actor = self.actor_of.get(subj.i) if subj is not None else None
        return actor if actor is not None and actor.kind == "person" else None

    def body_before(self, tok: Token, max_sentences: int = 2) -> list[Token]:
        """ "The European Community said ... It made the statement after talks with Japan": the words of the
        nearest subject before an "it" (in its sentence, then the ones before) that name a state or an
        organisation; none when that subject names none (a thing: "the plan", "the pact")."""
        sent = tok.sent
        for _ in range(max_sentences + 1):
            subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and t.lower_ != "it"]
            for subj in reversed(subjects):
                words = noun_phrase(subj)
                if self.hits(words):
                    return words
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return []

    def title_words(self, tok: Token) -> str | None:
        """The words of a title used as a definite noun ("the Crown Prince"), without countries: "the U.S.
        Commerce Secretary" -> "commerce secretary"; None without "the"."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        words = [
            t.lower_
            for t in tok.subtree
            if t.i <= tok.i and t.dep_ in ("compound", "amod") and t.i not in self.country or t == tok
        ]
        return " ".join(words)

    def resolve_title(self, tok: Token, country: str | None = None) -> ActorRef | None:
        """ "the Crown Prince", "the Soviet Premier": the last person named before whose title ends in
        the same word (of `country` only, when given)."""
        wanted = self.title_words(tok)
        if wanted is None:
            return None
        best: ActorRef | None = None
        for _i, actor in self.recent_persons(tok):
            if country is not None and actor.country != country:
                continue
            # (A title word may also have stayed in the name: "Crown Prince Abdullah bin Abdul Aziz".)
            title = " ".join((actor.title or "").lower().split())
            named = " ".join(actor.name.lower().split()[:-1])
            head = re.split(r" (?:of|to|for|at|in) ", title)[0]  # "Secretary of State", "ambassador to Kuwait"
            if any(title.endswith(w) or head.endswith(w) or f"{w} " in f"{named} " for w in _title_words(wanted)):
                best = actor
        return best

    def issuing_state(self, tok: Token) -> str | None:
        """ "The President spoke by phone with X", "the Secretary met with Y" in a government's own release:
        a bare title its releases give their own officials (`issuer_title`) stands for the issuing state,
        unless the text gives the title another state ("the President of France", "the French President"); so does
        the release's own "I" outside any quotation (a President's statement in the first person)."""
        if self.issuer is not None and tok.text == "I" and self.speaker_of(tok) is None:
            return self.issuer  # "This morning, I spoke with President X" in the President's own statement (round 21)
        if self.issuer is None or self.title_words(tok) not in self.issuer_titles:
            return None
        own = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        own += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
        if any(hit.iso != self.issuer for _t, hit in self.hits(t for o in own for t in o.subtree)):
            return None
        return self.issuer

    def speaker_of(self, tok: Token) -> ActorRef | None:
        """The speaker of the statement whose words contain `tok` ("my visit" in a quotation)."""
        for st in self.recent_statements(tok, inclusive=True):
            if tok.idx < st.evidence.end and st.speaker in self.by_name:
                return self.by_name[st.speaker]
        return None

    def window_start(self, tok: Token) -> Token:
        """The first token a reference at `tok` may point back to (`REFERENCE_WINDOW`)."""
        return self.doc[max(0, tok.i - REFERENCE_WINDOW)]

    def recent_persons(self, tok: Token) -> list[tuple[int, ActorRef]]:
        """Person mentions (token index, person) in the window before `tok`, in text order."""
        lo = bisect.bisect_left(self.person_starts, self.window_start(tok).i)
        hi = bisect.bisect_left(self.person_starts, tok.i, lo=lo)
        return self.person_order[lo:hi]

    def recent_statements(self, tok: Token, inclusive: bool = False) -> list:
        """Attributed statements starting in the window before `tok` (`inclusive`: or at it), in text order."""
        lo = bisect.bisect_left(self.statement_starts, self.window_start(tok).idx)
        cut = bisect.bisect_right if inclusive else bisect.bisect_left
        hi = cut(self.statement_starts, tok.idx, lo=lo)
        return self.statements[lo:hi]

    def pair_before(self, tok: Token, max_sentences: int = 8) -> set[str]:
        """The two states that "both countries" or "the two sides" at `tok` stand for: in the nearest
        sentence (this one, then going back) that names two states, those two, or the two it names
        together ("welcomed the decision by India and Pakistan")."""
        sent = tok.sent
        for _ in range(max_sentences):
            named = {
                i: hit.iso
                for i in range(sent.start, min(sent.end, tok.i))
                if (hit := self.country.get(i)) is not None and hit.iso != "IGO" and hit.source in ("state", "demonym")
            }
            if len(set(named.values())) == 2:
                return set(named.values())
            for i, iso in named.items():
                pair = {iso} | {named[c.i] for c in self.doc[i].children if c.dep_ == "conj" and c.i in named}
                if len(pair) == 2:
                    return pair
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return set()

    def state_name(self, iso: str) -> str:
        """The name this document's actors use for a state, else the gazetteer's."""
        return self.state_names.get(iso) or gz.country_name(iso)


# Words that refer back to a person named with another title ("its ambassador ..., Ernest Zverev" ...
# "the envoy").
TITLE_SYNONYMS = {"envoy": ("envoy", "ambassador", "representative")}


def _title_words(wanted: str) -> tuple[str, ...]:
    """The titles a title word of a later mention may stand for ("the envoy": an ambassador)."""
    words = wanted.split()
    if words and words[-1] in TITLE_SYNONYMS:
        return tuple(" ".join([*words[:-1], w]) for w in TITLE_SYNONYMS[words[-1]])
    return (wanted,)


# "Latin American tour", "Central America": a region whose name holds a country's word.
REGION_QUALIFIERS = frozenset({"latin", "central", "south", "north", "pan"})


def _in_particle_name(tok: Token) -> bool:
    """Whether a place word ends a personal name joined by lower-case particles ("Miguel de la Madrid",
    "Fernando de Soria"): a capitalised first name, then one or two particles, then the word."""
    i = tok.i - 1
    particles = 0
    while i >= 0 and tok.doc[i].text in NAME_PARTICLES and particles < 2:
        particles += 1
        i -= 1
    return particles > 0 and i >= 0 and tok.doc[i].text[:1].isupper() and tok.doc[i].ent_type_ == "PERSON"


@lru_cache(maxsize=4)
def _region_phrases(gaz_id: int) -> tuple[str, ...]:
    """The region names of several words (`regions.tsv`) of the active gazetteer."""
    gaz = gz.gazetteer()
    return tuple(sorted(t for t, (kind, _) in gaz.surfaces.items() if kind == gz.REGION and " " in t))


def _phrase_spans(doc: Doc, phrase: str) -> Iterator[Span]:
    """Every place a text writes `phrase`, as a span of whole tokens."""
    text = doc_text(doc)
    start = text.find(phrase)
    while start != -1:
        span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
        if span is not None:
            yield span
        start = text.find(phrase, start + 1)


def region_tokens(doc: Doc) -> set[int]:
    """The tokens of the region names of several words a text holds ("the Lake Chad Basin", "Latin America")."""
    return {t.i for phrase in _region_phrases(id(gz.gazetteer())) for span in _phrase_spans(doc, phrase) for t in span}


@lru_cache(maxsize=4)
def _place_phrases(gaz_id: int) -> tuple[tuple[str, str], ...]:
    """The place names of several words (`places.tsv`) with a word that alone names another state ("New Mexico",
    "Inner Mongolia", "British Columbia"), with the place's state."""
    out = []
    for text, (kind, iso) in gz.gazetteer().surfaces.items():
        if kind == gz.PLACE and " " in text:
            if any(gz.mention_kind(w) not in (None, gz.PLACE) and gz.place_country(w) != iso for w in text.split()):
                out.append((text, iso))
    return tuple(sorted(out))


def place_name_tokens(doc: Doc) -> dict[int, str]:
    """The tokens of such place names in a text, with the place's state."""
    return {
        t.i: iso
        for phrase, iso in _place_phrases(id(gz.gazetteer()))
        for span in _phrase_spans(doc, phrase)
        for t in span
    }


def _in_region_name(tok: Token) -> bool:
    """Whether a word names a region with a qualifier before it ("Latin American", "South America"),
    not the United States."""
    return tok.i > 0 and tok.lower_.startswith("america") and tok.doc[tok.i - 1].lower_ in REGION_QUALIFIERS


def subject_of(verb: Token) -> list[Token]:
    """The subject of a verb and its conjuncts; for participles and bare infinitives, the subject of
    the clause they hang from ("Clark, winding up a visit", "Gorbachev, who had talks")."""
    cur = verb
    for _ in range(4):
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        # (a Reuters dateline, "PEKING, April 13 - X and Y signed", is often parsed as a second subject)
        subj = [c for c in subj if not in_dateline(c)] or [_dateline_appos(c) for c in subj]
        if subj:
            if subj[0].lower_ in ("who", "whom", "which", "that") and cur.dep_ == "relcl":
                return with_conjuncts(cur.head)
            if subj[0].lower_ in ("who", "whom") and cur.dep_ == "ccomp" and cur.head.dep_ == "relcl":
                return with_conjuncts(cur.head.head)  # "Garcia, whom he said recently spoke with X"
            return with_conjuncts(subj[0])
        if cur.dep_ in ("acl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return with_conjuncts(cur.head)
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX", "ADJ"):
            # "President X was able to return the messages by speaking with Y": the gerund's preposition hangs
            # from the clause whose subject speaks
            cur = cur.head.head
            continue
        if cur.dep_ in ("advcl", "xcomp", "conj", "pcomp", "ccomp", "acomp") and cur.head != cur:
            cur = cur.head
            continue
        break
    return _relative_misparse(cur)


def _dateline_appos(tok: Token) -> Token:
    """A subject in a wire story's dateline stands for the apposition the parse hung on it after the dash
    ("PARIS, March 20 - Deputy ministers from the G-10 met here": the ministers met, not Paris; round 14b)."""
    if in_dateline(tok):
        after = [c for c in tok.children if c.dep_ == "appos" and not in_dateline(c)]
        if after:
            return after[-1]
    return tok


def in_dateline(tok: Token) -> bool:
    """Whether a token lies in a wire story's dateline ("PEKING, April 13 - "): before the first dash of the
    text's opening words."""
    if tok.i > 8:
        return False
    dash = next((t.i for t in tok.doc[: min(len(tok.doc), 12)] if t.text in ("-", "--")), None)
    return dash is not None and tok.i < dash


def _relative_misparse(verb: Token) -> list[Token]:
    """ "The United States and Canada, whose trade totaled X last year, have been holding talks": the parse
    makes the relative clause's verb a clause of the main verb and takes the subject with it; the subject
    of such a clause before the verb, followed by a relative pronoun, is the main verb's."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i):
        subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subj is not None and any(t.lower_ in RELATIVE_WORDS for t in verb.doc[subj.i : clause.i]):
            return with_conjuncts(subj)
    return []


RELATIVE_WORDS = frozenset({"whose", "who", "which"})


def sentence_and_before(tok: Token) -> Span:
    """`tok`'s sentence and the one before it (the sentence alone when it is the first)."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return tok.doc[start : sent.end]


def with_conjuncts(tok: Token) -> list[Token]:
    """A token and the heads it is coordinated with ("Iran and the US")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(with_conjuncts(c))
    return out


def noun_phrase(tok: Token) -> list[Token]:
    """The modifiers that belong to a noun phrase's identity (compounds, adjectives, possessors,
    appositions), not its clauses or prepositional complements."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss", "appos", "flat", "nummod"):
            out.extend(noun_phrase(c))
        elif c.dep_ == "conj":
            out.extend(noun_phrase(c))
    return out


def governing_verb(tok: Token) -> Token | None:
    """The verb a noun depends on, through prepositions and nouns ("talks" in "agree during talks"); "following"
    serves as a preposition ("she told reporters at a briefing following talks with X": the verb is "told")."""
    cur = tok
    for _ in range(8):
        if cur.head == cur:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and not _prepositional(cur):
            return cur
    return None


def _prepositional(tok: Token) -> bool:
    """A participle the parse made a verb that works as a preposition ("following talks" = "after talks")."""
    return tok.tag_ == "VBG" and tok.lower_ == "following" and tok.dep_ in ("prep", "acl", "advcl")

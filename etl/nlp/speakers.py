"""Word lists and helpers for speaker resolution (`etl.nlp.attribution`): nouns that name
people or state institutions, titles and their roles, the titles written next to each person,
the gazetteer lookup, and stand-in actors from spaCy's entities."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from etl.nlp import gazetteer
from etl.nlp.cues import DICTIONARY_DIR, read_tsv
from etl.nlp.doc_ext import ActorRef
from etl.nlp.titles import ROLE_CODES, KnownActor, KnownActors, TitleTable

# Nouns for people who speak in news but hold no title (the titles themselves come from
# `titles.tsv`): an unnamed one of them speaking ("one dealer said") makes a later "he said"
# unknown rather than someone named earlier.
GENERIC_PEOPLE = frozenset(
    "analyst banker correspondent critic dealer delegate diplomat economist expert negotiator observer "
    "official reporter resident source spokesman spokeswoman spokesperson trader witness aide".split()
)

# Nouns that describe a politician by what he is rather than by an office ("the Labour peer", "the Tory
# backbencher"): with a party word they may stand for a person named before (`Attributor._described_speaker`).
DESCRIPTIVE_PEOPLE = frozenset("peer politician backbencher veteran campaigner".split())

_TITLE_TAIL = re.compile(r" (?:of|for|to|at|in) ")


# Nouns for a state's institutions: "the Iraqi government said" is Iraq speaking, while "the
# Paris accord said" or "the Japanese newspaper said" is not the state.
INSTITUTIONS = frozenset(
    "government administration ministry cabinet regime embassy delegation presidency leadership parliament "
    "congress senate military army junta side department office council mission consulate state "
    "authority command".split()
)


# Words written before or in a person's mentions, or heading a phrase in apposition to them ("X, the local
# woman who ..."), that tell the gender "he"/"she" must match.
MALE_WORDS = frozenset(
    "mr mr. sir lord king prince emir sheikh spokesman chairman congressman".split()
    + "husband father widower businessman".split()  # (round 14b: nouns of kin and the like)
)
FEMALE_WORDS = frozenset(
    "mrs mrs. ms ms. miss dame lady queen princess spokeswoman chairwoman congresswoman businesswoman".split()
    + "woman wife mother daughter sister widow grandmother girl baroness duchess actress".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\s+$")


def gender_of(text: str, actor: ActorRef) -> str:
    """ "m", "f" or "" (unknown) for a person, from the honorific or title right before its
    mentions in `text` and from its title."""
    words = {w.lower() for w in (actor.title or "").split()}
    for start, _ in actor.mentions:
        m = _WORD_BEFORE.search(text, max(0, start - 16), start)
        if m:
            words.add(m.group(1).lower())
    for alias in actor.aliases:
        words.add(alias.split()[0].lower())
    return gender_of_words(words)


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """`given_names.tsv`: a given name -> "m" or "f"."""
    path = DICTIONARY_DIR / "given_names.tsv"
    rows = read_tsv(path) if path.is_file() else []
    return {row[0]: row[1] for row in rows if len(row) > 1 and row[1] in ("m", "f")}


def given_name_gender(name: str) -> str:
    """ "m", "f" or "" from the first word of a person's full name ("Margaret Thatcher": "f"); a one-word name
    (a surname alone) tells nothing."""
    words = name.split()
    return given_names().get(words[0], "") if len(words) > 1 else ""


def gender_of_words(words: set[str]) -> str:
    """ "m", "f" or "" from lower-case words written with a person (`MALE_WORDS`, `FEMALE_WORDS`)."""
    male, female = bool(words & MALE_WORDS), bool(words & FEMALE_WORDS)
    return "m" if male and not female else "f" if female and not male else ""


def title_head_phrase(title: str) -> str:
    """A title without its prepositional tail ("head of state" -> "head", "envoy to the UN" -> "envoy")."""
    return _TITLE_TAIL.split(title)[0] if title else title


@lru_cache(maxsize=1)
def _titles() -> TitleTable:
    return TitleTable.load()


def is_honorific(word: str) -> bool:
    """The word is an honorific of titles.tsv ("Mr", "Mrs", "Dr", "Lord", "Dame", "Sheikh"...)."""
    return _titles().is_honorific(word)


def title_country_roles(phrase: str) -> dict[str, str]:
    """The roles `titles.tsv` gives a title phrase in particular countries ("chancellor": GBR minister)."""
    entry = _titles().get(phrase)
    return dict(entry.by_country) if entry is not None else {}


def title_is_weak(phrase: str) -> bool:
    """Whether `titles.tsv` marks a title as weak ("leader": any of several offices)."""
    entry = _titles().get(phrase)
    return entry is not None and entry.weak


def title_role(phrase: str) -> str | None:
    """The role code `titles.tsv` gives a title phrase ("prime minister" -> head_of_government)."""
    entry = _titles().get(phrase)
    return entry.role if entry is not None and entry.role in ROLE_CODES else None


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Head words of the titles in `titles.tsv` plus `GENERIC_PEOPLE`: nouns that name a person."""
    words = set(GENERIC_PEOPLE)
    path = DICTIONARY_DIR / "titles.tsv"
    if path.is_file():
        for row in read_tsv(path):
            if len(row) >= 2 and row[1] != "-" and row[0]:
                words.add(title_head_phrase(row[0]).split()[-1].lower())  # "head of state" -> head
    return frozenset(words)


def party_words() -> dict[str, str]:
    """Party words of `parties.tsv` ("Tory", "Lib Dem", "Republican") -> the ISO3 of their country: the active
    gazetteer's table, so that a user's dictionary folders (`--dictionaries`) add parties here too."""
    return gazetteer.gazetteer().parties


# Party words of one party (`party_words`' forms, lower case): "the Conservative leader" may be "Tory leader X".
SAME_PARTY = (
    frozenset({"tory", "tories", "conservative", "conservatives"}),
    frozenset({"lib dem", "lib dems", "liberal democrat", "liberal democrats"}),
    frozenset({"democrat", "democrats", "democratic"}),
    frozenset({"republican", "republicans", "gop"}),
)


def party_of(word: str) -> str:
    """One name for all the party words of a party ("Tories" -> "tory"); other words lower-cased."""
    lower = word.lower()
    return next((min(group) for group in SAME_PARTY if lower in group), lower)


def country_of(text: str) -> str | None:
    """ISO3 for a country name, demonym or capital (the gazetteer's reading)."""
    try:
        return gazetteer.country_of(text)
    except Exception:  # noqa: BLE001 - a dictionary problem must not lose the statement
        return None


def actors_from_entities(doc: Doc) -> list[ActorRef]:
    """Stand-in actors from spaCy's entities, for a pipeline without `parley_actors`:
    PERSON mentions clustered by surname, GPE/NORP/ORG mentions by their text."""
    people: dict[str, ActorRef] = {}
    others: dict[str, ActorRef] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            key = ent[-1].lower_
            actor = people.setdefault(key, ActorRef(key=f"person:{key}", name=ent.text, kind="person"))
            if len(ent.text) > len(actor.name):
                actor.name = ent.text
            actor.mentions.append((ent.start_char, ent.end_char))
        elif ent.label_ in ("GPE", "NORP", "ORG"):
            iso = country_of(ent.text)
            key = iso or ent.text.lower()
            kind = "state" if iso or ent.label_ == "GPE" else "organization"
            actor = others.setdefault(key, ActorRef(key=f"{kind}:{key}", name=ent.text, kind=kind, country=iso))
            actor.mentions.append((ent.start_char, ent.end_char))
    return [*people.values(), *others.values()]


TITLE_DEPS = frozenset({"compound", "amod", "nmod", "appos", "poss"})


def title_words(doc: Doc, actors: list[ActorRef]) -> dict[int, tuple[set[str], set[str]]]:
    """Per person actor (by index), the head nouns and all lemmas of the titles written next to
    its mentions ("US embassy spokesman Philip Reeker": head "spokesman"; "The Iranian
    chief delegate, X": head "delegate")."""
    titles: dict[int, tuple[set[str], set[str]]] = {}
    for i, actor in enumerate(actors):
        if actor.kind != "person":
            continue
        # "foreign ministry point man on Iraq": the head is "man", not "Iraq"
        written = [w.strip(".,").lower() for w in title_head_phrase(actor.title or "").split()]
        heads = {written[-1]} if written else set()
        words = set(written)
        for s, e in actor.mentions:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            near = [c for c in head.children if c.dep_ in TITLE_DEPS and not (s <= c.idx < e)]
            if span.start > 0:  # the title word right before the name
                prev = doc[span.start - 1]
                if prev.is_alpha and prev.pos_ in ("NOUN", "PROPN") and not prev.ent_type_ == "PERSON":
                    heads.add(prev.lemma_.lower())
            if head.dep_ == "appos":  # "The Iranian chief delegate, X"
                heads.add(head.head.lemma_.lower())
                near.append(head.head)
                near.extend(c for c in head.head.children if c.dep_ in ("compound", "amod"))
            heads.update(c.lemma_.lower() for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN")
            for token in near:
                words.add(token.lemma_.lower())
                words.update(c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod"))
        titles[i] = (heads, words | heads)
    return titles


# Offices whose own releases name their principal by a bare title only ("The President spoke today with ...",
# "The Secretary met ..."): the words of the source that name the office (`sources.tsv`'s phrase) -> the
# title's head word and the role code its holder has in `known_actors.tsv`. What such a principal says is his
# even when the text never names him (gold README: the statement carries his name as speaker).
PRINCIPAL_TITLES: dict[str, tuple[str, str]] = {
    "white house": ("president", "head_of_state"),
    "department of state": ("secretary", "foreign_minister"),
    "state department": ("secretary", "foreign_minister"),
}


TERMS_CHANGE = "01-20"  # month and day the offices of PRINCIPAL_TITLES change hands (U.S. inauguration day)


def office_holders(known: KnownActors, country: str | None, role: str, year: int) -> dict[str, KnownActor]:
    """The well-known table's holders (not the roster's) of `role` for `country` in `year`, by name."""
    rows = [r for p in known.periods.values() for r in p if r.country == country and r.role == role and not r.roster]
    return {r.name: r for r in rows if r.covers(year)}


def principal_holder(
    known: KnownActors, phrase: str, country: str, published: str | None
) -> tuple[str, ActorRef] | None:
    """The unnamed principal of a government release: (title head, person) when the office that issued it
    (`phrase`, as `Publishers.of` found it) names its principal by a bare title and `known_actors.tsv` has
    exactly one holder of that role for `country` in the year of `published`; None otherwise (no date, an
    office not listed, a year two holders share)."""
    office = PRINCIPAL_TITLES.get(phrase)
    year = published[:4] if published else ""
    if office is None or not year.isdigit():
        return None
    head, role = office
    holders = office_holders(known, country, role, int(year))
    if len(holders) == 2 and published is not None and len(published) >= 10:
        # the table gives years only: in the year two holders share, the office is the newcomer's after the
        # day the listed offices change hands, the outgoing holder's until then
        side = 0 if published[5:10] > TERMS_CHANGE else 1
        holders = {n: r for n, r in holders.items() if r.years is not None and r.years[side] == int(year)}
    if len(holders) != 1:
        return None
    name = next(iter(holders))
    return head, ActorRef(f"person:{name.lower()}", name, "person", country, [role], head.title(), [])

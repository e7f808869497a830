"""Countries, demonyms, capitals, places and international organisations, read from `etl/dictionaries/`.

Public API (used by every parley component): `country_of`, `is_demonym`, `igo_of`, `country_name`,
`place_country`, `mention_kind`, and `gazetteer()` for the whole table set. Lookups are dict hits on
the surface form (case-sensitive, so "US" is the country and "us" the pronoun); a fully upper-case
form ("IRAN", Reuters headlines) falls back to its title-case reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

DICTIONARY_DIR = Path(__file__).resolve().parent.parent / "dictionaries"

# Mention kinds, in lookup priority order.
COUNTRY, DEMONYM, CAPITAL, IGO, PLACE, PARTY = "country", "demonym", "capital", "igo", "place", "party"
# A region whose name holds a state's word ("Latin American"): no state, no country (regions.tsv).
REGION = "region"
# Phrases holding the bare "Korean" that name the peninsula or its war, no state (round 18b).
KOREAN_REGIONS = ("Korean Peninsula", "Korean peninsula", "Korean War", "Korean war")

# Roles of known actors whose surname before GOVERNMENT_NOUNS names their state ("the Reagan administration").
LEADER_ROLES = frozenset(("head_of_state", "head_of_government"))
GOVERNMENT_NOUNS = ("administration", "Administration", "government", "Government")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_SPACES = re.compile(r"\s+")


def read_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a dictionary file: tab-separated columns, `#` comment lines and blank lines skipped."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield [col.strip() for col in line.split("\t")]


def dictionary_files(name: str, extra_dirs: Iterable[Path] = ()) -> list[Path]:
    """The built-in dictionary file `name` followed by same-named files in the user's directories."""
    paths = [DICTIONARY_DIR / name]
    paths += [Path(d) / name for d in extra_dirs]
    return [p for p in paths if p.is_file()]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def normalise_surface(text: str) -> str:
    """A mention as the tables store it: straight apostrophes, one space, no article, no possessive."""
    text = _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip()
    text = _ARTICLE.sub("", text)
    return _POSSESSIVE.sub("", text).strip()


def letters_key(text: str) -> str:
    """A wire dateline's region or town by its letters alone, in lower case ("N.S.W." -> "nsw", "St. Louis" ->
    "stlouis"): the wires write them with and without dots, spaces and capitals."""
    return "".join(ch for ch in text.lower() if ch.isalpha())


@dataclass(slots=True)
class Gazetteer:
    """All geographic and organisational tables, keyed by surface form."""

    canonical: dict[str, str] = field(default_factory=dict)  # iso3 -> canonical name
    cow: dict[str, int] = field(default_factory=dict)  # iso3 -> Correlates of War code
    gw: dict[str, int] = field(default_factory=dict)  # iso3 -> Gleditsch-Ward code
    surfaces: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (kind, iso3 or IGO name)
    igo_names: set[str] = field(default_factory=set)  # canonical IGO names
    monarchies: set[str] = field(default_factory=set)  # iso3 of states a monarch heads (monarchies.tsv)
    absent_titles: dict[str, list[str]] = field(default_factory=dict)  # iso3 -> titles it lacks (lower case)
    exchanges: dict[str, str] = field(default_factory=dict)  # ticker suffix ("T" of "SNE.T") -> iso3
    parties: dict[str, str] = field(default_factory=dict)  # party word as written ("Lib Dem") -> iso3
    # a wire dateline's region ("Calif.") and its bare towns no table lists ("DALLAS"), by letters_key -> iso3
    dateline_regions: dict[str, str] = field(default_factory=dict)
    dateline_cities: dict[str, str] = field(default_factory=dict)
    _folded: dict[str, str] | None = None  # case-folded country, capital and place forms -> iso3 (built on use)

    @classmethod
    def load(cls, extra_dirs: Iterable[Path] = ()) -> Gazetteer:
        """Read the built-in tables, then the user's directories (later entries win)."""
        extra = [Path(d) for d in extra_dirs]
        gaz = cls()
        for row in (r for p in dictionary_files("countries.tsv", extra) for r in read_tsv(p)):
            iso3, name = row[0], row[1]
            gaz.canonical[iso3] = name
            gaz._add(COUNTRY, iso3, [name, *_split(row[2] if len(row) > 2 else "")])
            if len(row) > 3 and row[3].isdigit():
                gaz.cow[iso3] = int(row[3])
            if len(row) > 4 and row[4].isdigit():
                gaz.gw[iso3] = int(row[4])
        # Order matters where a form is in two tables: a country name beats a capital ("Singapore").
        for fname, kind in (
            ("regions.tsv", REGION),
            ("parties.tsv", PARTY),
            ("places.tsv", PLACE),
            ("capitals.tsv", CAPITAL),
            ("demonyms.tsv", DEMONYM),
            ("country_aliases.tsv", COUNTRY),
        ):
            for p in dictionary_files(fname, extra):
                for row in read_tsv(p):
                    if len(row) >= 2:
                        gaz._add(kind, row[0], _split(row[1]))
        # Round 18b: "Korean" alone is South Korea's word ("a senior Korean official"), as "Korea" is its name,
        # but not in the peninsula's or the war's name, which name no one state ("denuclearisation of the Korean
        # Peninsula"): those are read as one phrase naming a region, as regions.tsv's are.
        if gaz.surfaces.get("Korean", ("", ""))[0] == DEMONYM:
            gaz._add(REGION, "Korean Peninsula", KOREAN_REGIONS)
        gaz._add_leaders_governments(extra)
        for name in gaz.canonical.values():  # canonical names always win
            gaz.surfaces[name] = (COUNTRY, gaz._iso_of_canonical(name))
        for p in dictionary_files("monarchies.tsv", extra):
            gaz.monarchies.update(row[0] for row in read_tsv(p) if len(row[0]) == 3)
        for p in dictionary_files("parties.tsv", extra):  # the forms as written, for matching token runs
            for row in read_tsv(p):
                if len(row) >= 2:
                    gaz.parties.update((form, row[0]) for form in _split(row[1]))
        for p in dictionary_files("exchanges.tsv", extra):
            gaz.exchanges.update((row[0], row[1]) for row in read_tsv(p) if len(row) >= 2)
        for fname, table in (
            ("dateline_regions.tsv", gaz.dateline_regions),
            ("dateline_cities.tsv", gaz.dateline_cities),
        ):
            for p in dictionary_files(fname, extra):
                table.update((letters_key(row[0]), row[1]) for row in read_tsv(p) if len(row) >= 2)
        for p in dictionary_files("absent_titles.tsv", extra):
            for row in read_tsv(p):
                if len(row) >= 2:
                    gaz.absent_titles.setdefault(row[0], []).extend(t.lower() for t in _split(row[1]))
        for p in dictionary_files("igos.tsv", extra):
            for row in read_tsv(p):
                name = row[0]
                gaz.igo_names.add(name)
                for form in [name, *_split(row[1] if len(row) > 1 else "")]:
                    gaz.surfaces[form] = (IGO, name)
                    if form[:1].islower():  # a description opening a sentence ("Six major industrial countries agreed")
                        gaz.surfaces.setdefault(form[:1].upper() + form[1:], (IGO, name))
        return gaz

    def _add_leaders_governments(self, extra: list[Path]) -> None:
        """Round 19 (persons19): a head of state's or government's surname before "administration" or
        "government" names his state ("the Reagan administration said", "urged the Blair government to"), no
        person: the persons stage drops such a name, and the phrase keeps the state's part in the sentence. Heads
        from `known_actors.tsv`; a surname two states' heads bear ("Hussein") names neither."""
        states: dict[str, set[str]] = {}
        for p in dictionary_files("known_actors.tsv", extra):
            for row in read_tsv(p):
                if len(row) >= 3 and row[2] in LEADER_ROLES and len(row[1]) == 3 and row[0].split():
                    states.setdefault(row[0].split()[-1], set()).add(row[1])
        for surname, isos in states.items():
            if len(isos) != 1 or surname in self.surfaces:
                continue
            forms = [f"{surname} {noun}" for noun in GOVERNMENT_NOUNS]
            self._add(COUNTRY, next(iter(isos)), [f for f in forms if f not in self.surfaces])

    def _iso_of_canonical(self, name: str) -> str:
        for iso3, canon in self.canonical.items():
            if canon == name:
                return iso3
        raise KeyError(name)

    def _add(self, kind: str, value: str, forms: Iterable[str]) -> None:
        for form in forms:
            form = form.translate(_APOSTROPHES)
            self.surfaces[form] = (kind, value)

    def lookup(self, text: str) -> tuple[str, str] | None:
        """(kind, iso3-or-IGO-name) for a surface form, or None."""
        if not text:
            return None
        hit = self.surfaces.get(text)
        if hit:
            return hit
        norm = normalise_surface(text)
        hit = self.surfaces.get(norm)
        if hit:
            return hit
        # "IRAN", "SOVIET UNION": read all-caps words as title case; short ones ("US") are abbreviations.
        if norm.isupper() and len(norm) > 3:
            return self.surfaces.get(norm.title()) or self.surfaces.get(
                " ".join(w if w in ("of", "and", "the") else w for w in norm.title().split())
            )
        return None

    def dateline_country(self, place: str | None, region: str | None = None) -> str | None:
        """The state of a wire dateline: its place's ("TOKYO" -> JPN), else, for a place the tables do not know, the
        region written after it ("ABHA, Saudi Arabia, March 16 -" -> SAU; round 15, when the cleaner learned to cut
        such datelines from the text)."""
        found = self.country_of(place, places=True) if place else None
        return found or (self.country_of(region, places=True) if region else None)

    def place_country_folded(self, text: str) -> str | None:
        """ISO3 of a country, capital or place whose listed form equals `text` but for case ("RIO DE JANEIRO"
        for "Rio de Janeiro"), when exactly one state has such a form."""
        if self._folded is None:
            folded: dict[str, set[str]] = {}
            for form, (kind, value) in self.surfaces.items():
                if kind in (COUNTRY, CAPITAL, PLACE):
                    folded.setdefault(normalise_surface(form).casefold(), set()).add(value)
            self._folded = {k: next(iter(v)) for k, v in folded.items() if len(v) == 1}
        return self._folded.get(normalise_surface(text).casefold())

    def country_of(self, text: str, places: bool = False) -> str | None:
        """ISO3 for a country name, abbreviation, demonym or capital (and, with `places`, a city)."""
        hit = self.lookup(text)
        if not hit or hit[0] in (IGO, PARTY, REGION) or (hit[0] == PLACE and not places):
            return None
        return hit[1]

    def is_demonym(self, text: str) -> bool:
        hit = self.lookup(text)
        return bool(hit and hit[0] == DEMONYM)

    def igo_of(self, text: str) -> str | None:
        hit = self.lookup(text)
        return hit[1] if hit and hit[0] == IGO else None

    def country_name(self, iso3: str) -> str:
        return self.canonical.get(iso3, iso3)

    def patterns(self) -> Iterator[tuple[str, str]]:
        """(kind, surface form) for every entry: the phrase matcher's patterns."""
        for form, (kind, _value) in self.surfaces.items():
            yield kind, form


@dataclass(frozen=True, slots=True)
class Publisher:
    """Who published a document (`sources.tsv`): the country whose people it names without a nationality,
    and whether the text is that government's own release ("government") or a national outlet's ("press")."""

    country: str
    kind: str
    phrase: str = ""  # the words of the source that named it, lower case ("bbc")


PUBLISHER_KINDS = ("government", "press")


@dataclass(slots=True)
class Publishers:
    """`sources.tsv`: phrases of a document's source -> `Publisher`."""

    phrases: dict[str, Publisher] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None

    @classmethod
    def load(cls, extra_dirs: Iterable[Path] = ()) -> Publishers:
        table = cls()
        for path in dictionary_files("sources.tsv", extra_dirs):
            for row in read_tsv(path):
                if len(row) >= 3 and len(row[1]) == 3 and row[1].isupper() and row[2] in PUBLISHER_KINDS:
                    table.phrases[row[0].casefold()] = Publisher(row[1], row[2])
        if table.phrases:
            # longest first, so that "Federal Foreign Office" is read before "Foreign Office"
            forms = sorted(table.phrases, key=len, reverse=True)
            table.pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
        return table

    def of(self, source: str | None) -> Publisher | None:
        """The publisher a document's source names: the longest listed phrase in it (case-insensitive), or
        None when none is listed."""
        if not source or self.pattern is None:
            return None
        found = self.pattern.search(source.casefold())
        pub = self.phrases.get(found.group(0)) if found else None
        return Publisher(pub.country, pub.kind, found.group(0)) if pub is not None and found else None


# Words of a source that name a government's own body ("Embassy of the Kingdom of Saudi Arabia", "Ministry
# of Foreign Affairs of Japan", "Government of India"): with a state's name, the text is that government's
# release, though sources.tsv does not list it.
GOVERNMENT_BODY_WORDS = frozenset(
    "embassy ministry government presidency chancellery consulate cabinet mission".split()
)
_WORD = re.compile(r"[\w'.-]+")


def government_body_publisher(source: str | None, gaz: Gazetteer) -> Publisher | None:
    """A government release by the source's own words: a government body's word and exactly one state's
    name or adjective ("Embassy of the Kingdom of Saudi Arabia" -> SAU); None otherwise."""
    if not source:
        return None
    words = _WORD.findall(source)
    if not any(w.lower() in GOVERNMENT_BODY_WORDS for w in words):
        return None
    states: set[str] = set()
    i = 0
    while i < len(words):
        for n in range(min(6, len(words) - i), 0, -1):  # the longest name first ("Kingdom of Saudi Arabia")
            hit = gaz.lookup(" ".join(words[i : i + n]))
            if hit and hit[0] in (COUNTRY, DEMONYM):
                states.add(hit[1])
                i += n - 1
                break
        i += 1
    return Publisher(states.pop(), "government") if len(states) == 1 else None


_ACTIVE: dict[str, Gazetteer] = {}


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Gazetteer:
    return Gazetteer.load([Path(d) for d in extra])


def configure(extra_dirs: Iterable[str | Path] = ()) -> Gazetteer:
    """Make the module-level functions use the built-in tables plus the user's directories."""
    gaz = _load(tuple(str(Path(d).resolve()) for d in extra_dirs))
    _ACTIVE["gaz"] = gaz
    return gaz


def activate(gaz: Gazetteer) -> None:
    """Make the module-level functions use `gaz` (the actor component does so for each Doc)."""
    _ACTIVE["gaz"] = gaz


def gazetteer() -> Gazetteer:
    """The active gazetteer (built-in tables unless `configure` added user directories)."""
    gaz = _ACTIVE.get("gaz")
    return gaz if gaz is not None else configure()


def country_of(text: str, places: bool = False) -> str | None:
    """ISO3 for "Iran", "Iranian", "Tehran", "U.S.", "USSR" (-> RUS), "West Germany" (-> DEU); else None."""
    return gazetteer().country_of(text, places=places)


def dateline_country(place: str | None, region: str | None = None) -> str | None:
    """ISO3 of a dateline's place, else of the region after it (`Gazetteer.dateline_country`)."""
    return gazetteer().dateline_country(place, region)


def is_demonym(text: str) -> bool:
    """True for "Iranian", "Americans", "British"."""
    return gazetteer().is_demonym(text)


def igo_of(text: str) -> str | None:
    """Canonical IGO name for "EC", "IMF", "United Nations"...; else None."""
    return gazetteer().igo_of(text)


def country_name(iso3: str) -> str:
    """Canonical English name of an ISO3 code ("USA" -> "United States"); the code itself if unknown."""
    return gazetteer().country_name(iso3)


def party_country(text: str) -> str | None:
    """ISO3 a political party word points to ("Tory" -> GBR); None for anything else."""
    hit = gazetteer().lookup(text)
    return hit[1] if hit and hit[0] == PARTY else None


def place_country(text: str) -> str | None:
    """ISO3 of any known place, capital or country name (for locations: "Geneva" -> CHE)."""
    return gazetteer().country_of(text, places=True)


def mention_kind(text: str) -> str | None:
    """ "country", "demonym", "capital", "igo", "place" or "party" for a known surface form, else None."""
    hit = gazetteer().lookup(text)
    return hit[0] if hit else None


# Head words of the names of seas and straits ("the Taiwan Strait", "the Sea of Japan").
WATER_NOUNS = frozenset({"ocean", "sea", "gulf", "strait", "straits", "channel"})


def in_water_name(tok: Token) -> bool:
    """A country word or demonym inside the name of a sea or strait ("the East China Sea", "the Taiwan
    Strait", "the Indian Ocean", "the Persian Gulf", "the Sea of Japan"): a stretch of water, not the state.
    Read from the words (a capitalised water noun right after, or "Sea of" right before), not the parse."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.lower_ in WATER_NOUNS:
        return True
    # Round 18b: "the Korean Peninsula", a land of two states, as a sea is of many (a peninsula's name in either
    # case after a demonym: "the Korean peninsula")
    if after is not None and after.lower_ == "peninsula" and is_demonym(tok.text):
        return True
    return (
        tok.i >= 2
        and doc[tok.i - 1].lower_ == "of"
        and doc[tok.i - 2].text[:1].isupper()
        and (doc[tok.i - 2].lower_ in WATER_NOUNS)
    )

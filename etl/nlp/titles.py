"""Titles and role codes (`titles.tsv`, `portfolios.txt`), known actors and organisations, as lookup tables.

`TitleTable.role_for(phrase, org_qualified, country)` turns the title text found next to a name into one
role code of the gold vocabulary; `KnownActors` supplies country and role for well-known people when the
text gives none; `Organisations` lists armed groups and NGOs with their kind.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from etl.nlp.gazetteer import dictionary_files, read_tsv

ROLE_CODES = frozenset(
    "head_of_state head_of_government foreign_minister minister deputy_minister ambassador envoy diplomat "
    "spokesperson advisor military legislator party_leader official militant other".split()
)
HONORIFIC = "-"
INTERNATIONAL = "-"  # known_actors.tsv country of officials of international organisations
COUNTERPART = "counterpart"


@dataclass(frozen=True, slots=True)
class TitleEntry:
    """One title: its role, its role when an organisation qualifies it, and per-country overrides."""

    role: str
    org_role: str | None = None
    by_country: tuple[tuple[str, str], ...] = ()
    weak: bool = False  # generic title ("leader"): a known actor's own role wins over it

    def resolve(self, org_qualified: bool, country: str | None) -> str:
        for iso3, role in self.by_country:
            if iso3 == country:
                return role
        if org_qualified and self.org_role:
            return self.org_role
        return self.role


@dataclass(slots=True)
class TitleTable:
    """Lower-case title phrase -> `TitleEntry`."""

    entries: dict[str, TitleEntry] = field(default_factory=dict)
    portfolios: frozenset[str] = frozenset()  # portfolios.txt, lower case ("energy", "trade")

    @classmethod
    def load(cls, extra_dirs: Iterable[Path] = ()) -> TitleTable:
        extra = list(extra_dirs)
        portfolios = [r[0].lower() for p in dictionary_files("portfolios.txt", extra) for r in read_tsv(p)]
        explicit: dict[str, TitleEntry] = {}
        generated: dict[str, TitleEntry] = {}
        for path in dictionary_files("titles.tsv", extra):
            for row in read_tsv(path):
                phrase = row[0].lower()
                role = row[1] if len(row) > 1 else ""
                weak = role.endswith("?")
                role = role.rstrip("?")
                if role != HONORIFIC and role != COUNTERPART and role not in ROLE_CODES:
                    continue  # a typo in a coder's file must not invent a role code
                org_role = row[2] if len(row) > 2 and row[2] in ROLE_CODES else None
                overrides = tuple(
                    (k.strip(), v.strip())
                    for k, _, v in (x.partition("=") for x in (row[3].split(",") if len(row) > 3 else []))
                    if v.strip() in ROLE_CODES
                )
                entry = TitleEntry(role, org_role, overrides, weak)
                if "{portfolio}" in phrase:
                    for p in portfolios:
                        generated[phrase.replace("{portfolio}", p)] = entry
                else:
                    explicit[phrase] = entry
        # An explicit line beats an expansion ("secretary of state" is not "secretary of {portfolio}").
        return cls({**generated, **explicit}, frozenset(portfolios))

    def get(self, phrase: str) -> TitleEntry | None:
        return self.entries.get(phrase.lower())

    def is_honorific(self, word: str) -> bool:
        entry = self.entries.get(word.lower())
        return entry is not None and entry.role == HONORIFIC

    def is_title_word(self, word: str) -> bool:
        return word.lower() in self.entries


def name_key(name: str) -> tuple[str, ...]:
    """Name tokens as the gold scorer compares them: no accents, lower case, split on spaces and hyphens."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = "".join(c if c.isalnum() or c in " -" else " " for c in text)
    return tuple(t for t in text.replace("-", " ").split() if t)


@dataclass(frozen=True, slots=True)
class KnownActor:
    name: str
    country: str | None
    role: str | None
    years: tuple[int, int] | None = None  # first and last year in that role, when the table says
    undated: bool = False  # the role for an article without a date ("1997-2007*")
    roster: bool = False  # from `known_officials.tsv`: matched by full name or other name only

    def covers(self, year: int) -> bool:
        return self.years is not None and self.years[0] <= year <= self.years[1]


def _years(text: str) -> tuple[int, int] | None:
    """ "1985-1997" -> (1985, 1997); "2005-" -> (2005, 9999); anything else -> None."""
    first, _, last = text.partition("-")
    if not first.strip().isdigit():
        return None
    return int(first), int(last) if last.strip().isdigit() else 9999


# Round 21: words of Arabic and other patronymic names ("Tamim bin Hamad Al Thani"), whose last word is a father's
# or a dynasty's name, not one a title names the holder by ("King Hamad" is not Qatar's emir): such roster names
# are not looked up by title and surname.
PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben", "ould", "al", "el"})

# Round 20: how far (years) from a roster person's offices an article may be and still name him ("former
# minister X" two years after he left). Further off, the name is a namesake's as likely as his.
ROSTER_SLACK = 3


def _roster_row(rows: list[KnownActor], year: int | None) -> KnownActor | None:
    """A roster person's row for an article of `year`: the row covering it; a row ending or starting at most
    `ROSTER_SLACK` years away, without its role (not an international official's: out of office he is his
    state's again); for an undated article only the row marked "*" (the undated corpus's period); else none.
    The roster lists office holders: a namesake in a story of another time (an economist who shares a 1980s
    minister's name in a 2005 story) is no holder."""
    if year is None:
        return next((r for r in rows if r.undated), None)
    row = next((r for r in rows if r.covers(year)), None)
    if row is not None:
        return row
    near = [r for r in rows if r.years is not None and r.years[0] - ROSTER_SLACK <= year <= r.years[1] + ROSTER_SLACK]
    # out of an international organisation's office he is his state's again, which the row does not give
    # (a former European commissioner heading a French firm): no row
    near = [r for r in near if r.country != INTERNATIONAL]
    return replace(near[0], role=None) if near else None


@dataclass(slots=True)
class KnownActors:
    """Well-known people by full-name key and by alias key."""

    by_key: dict[tuple[str, ...], KnownActor] = field(default_factory=dict)
    # Full-name key -> the person's rows, one per period ("Michael Howard": minister 1985-1997, then
    # party_leader 2003-2005): the row covering the document's year applies; without a date the row
    # marked "*" in the table, else the last.
    periods: dict[tuple[str, ...], list[KnownActor]] = field(default_factory=dict)

    @classmethod
    def load(cls, extra_dirs: Iterable[Path] = ()) -> KnownActors:
        """`known_actors.tsv` (well-known people: by full name, other name or lone surname), then round 20's
        `known_officials.tsv` (a wider roster of office holders: by full name or other name only, never by a
        lone surname, and never as the unnamed principal of a release: `speakers.principal_holder`)."""
        table = cls()
        for fname, roster in (("known_actors.tsv", False), ("known_officials.tsv", True)):
            for path in dictionary_files(fname, list(extra_dirs)):
                for row in read_tsv(path):
                    table._add_row(row, roster)
        return table

    def _add_row(self, row: list[str], roster: bool) -> None:
        if len(row) < 3:
            return
        years = _years(row[3].rstrip("*")) if len(row) > 3 else None
        undated = len(row) > 3 and row[3].endswith("*")
        role = row[2] if row[2] in ROLE_CODES else None
        actor = KnownActor(row[0], row[1] or None, role, years, undated, roster)
        # country "-": an official of an international organisation, known to have no country
        key = name_key(row[0])
        if roster and key in self.periods and not self.periods[key][0].roster:
            return  # the well-known table's rows for a person win over the roster's
        if key not in self.periods:
            self.periods[key] = []
            if key and not roster:
                self.by_last.setdefault(key[-1], []).append(actor)
        self.periods[key].append(actor)
        if roster and key and not PATRONYMIC & set(key):
            self.roster_by_last.setdefault(key[-1], []).append(actor)
        if not roster or key not in self.by_key:
            self.by_key[key] = self.periods[key][0]
        for alias in row[4].split("|") if len(row) > 4 else []:
            if alias.strip() and (not roster or name_key(alias) not in self.by_key):
                self.by_key[name_key(alias)] = self.periods[key][0]

    by_last: dict[str, list[KnownActor]] = field(default_factory=dict)
    # Round 21: the roster's rows by surname, for `titled` only (a lone surname never looks the roster up alone).
    roster_by_last: dict[str, list[KnownActor]] = field(default_factory=dict)

    def titled(self, surname: str, role: str | None, year: int | None) -> KnownActor | None:
        """The roster's one person of that surname who held the office a title names in the article's year
        ("Presidential Foreign Policy Advisor Ushakov" in 2013: Yuri Ushakov, Russia's), round 21: readouts
        name their counterparts by title and surname only. None for an undated article, a title with no role,
        or a surname two holders of that office shared that year."""
        key = name_key(surname)
        if year is None or role is None or len(key) != 1:
            return None
        rows = [r for r in self.roster_by_last.get(key[0], []) if r.role == role and r.covers(year)]
        return rows[0] if len({r.name for r in rows}) == 1 else None

    def get(self, name: str, year: int | None = None) -> KnownActor | None:
        """The known actor a full name denotes (exact token match), in its role of `year`."""
        actor = self.by_key.get(name_key(name))
        if actor is None:
            return None
        rows = self.periods.get(name_key(actor.name), [actor])
        if actor.roster:
            return _roster_row(rows, year)
        if year is None:
            return next((r for r in rows if r.undated), rows[-1])
        row = next((r for r in rows if r.covers(year)), rows[0])
        if not row.covers(year) and row.years is not None and year < row.years[0]:
            # before his first office the table gives no role ("real estate developer Donald Trump" in 1987)
            return replace(row, role=None)
        return row

    def lookup(self, name: str, year: int | None = None) -> tuple[str | None, str | None]:
        """(country, role) for a name; a lone surname gives the country all its bearers share and the
        role only when one known actor bears it ("Reagan" yes; "Bush": USA, role unknown)."""
        exact = self.get(name, year)
        if exact:
            return exact.country, exact.role
        key = name_key(name)
        if len(key) != 1:
            return None, None
        bearers = self.by_last.get(key[0], [])
        countries = {a.country for a in bearers}
        if len(countries) != 1:
            return None, None
        if len({a.name for a in bearers}) != 1:
            # "Assad" in a 2013 text: the one bearer in office that year ("Bush" in 1987: none, no role)
            rows = [r for a in bearers for r in self.periods[name_key(a.name)] if year is not None and r.covers(year)]
            return countries.pop(), rows[0].role if len({r.name for r in rows}) == 1 else None
        own = self.get(bearers[0].name, year)
        # the row's own country: a person's rows may differ ("Wolfowitz": a U.S. official, then the World Bank's)
        return (own.country, own.role) if own else (countries.pop(), None)


# Sectors of `organisations.tsv` whose bodies' officers hold no public office: firms, NGOs and (round 25) the press.
CIVIL_SECTORS = frozenset(("firm", "ngo", "press"))


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    kind: str  # group | organization
    country: str | None
    civil: bool = False  # a firm or a non-governmental body: its officers hold no public office
    press: bool = False  # a newspaper (sector "press", round 25)


@dataclass(slots=True)
class Organisations:
    """Armed groups and non-governmental organisations by surface form."""

    by_surface: dict[str, Organisation] = field(default_factory=dict)

    @classmethod
    def load(cls, extra_dirs: Iterable[Path] = ()) -> Organisations:
        table = cls()
        for path in dictionary_files("organisations.tsv", list(extra_dirs)):
            for row in read_tsv(path):
                if len(row) < 2 or row[1] not in ("group", "organization"):
                    continue
                civil = len(row) > 4 and row[4].strip() in CIVIL_SECTORS
                press = len(row) > 4 and row[4].strip() == "press"
                org = Organisation(row[0], row[1], (row[2] if len(row) > 2 else "") or None, civil, press)
                for form in [row[0], *(row[3].split("|") if len(row) > 3 else [])]:
                    if form.strip():
                        table.by_surface[form.strip()] = org
        return table

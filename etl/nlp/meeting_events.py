"""Meetings a text names by their place alone after they were held (`known_meetings.tsv`, round 24).

A 1987 wire story says "the recent Paris meeting", "the range agreed in Paris in February" or "since their February
talks in Paris" and names no party: its readers know that the Group of Six met at the Louvre on February 21-22. The
tunable gold codes such references as that meeting (its six states; the date, or none), and the round-24 reviews of
300 unread Reuters stories found them the most frequent held meeting parley missed. A row of the dictionary gives a
meeting's members, days, place and host, the words a text names it by (its city, its venue), how long after it a
bare reference still means it, and the words one of which the text must hold for the reference to be about it
(a Paris meeting of a story on currencies). The rule is the dictionary's, not one text's: a coder adds a row for
another period's landmark meetings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from etl.nlp import gazetteer as gz
from etl.nlp.dates import DateExpr, month_number

# Verbs whose past, done in a known meeting's place, is that meeting ("the six agreed in Paris last month").
KNOWN_VERBS = frozenset("agree meet decide pledge promise commit discuss talk negotiate gather".split())
# Words of a date expression that place it within days of the publication ("last week", "yesterday").
_NEAR_WORDS = re.compile(
    r"\b(?:today|tonight|yesterday|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# How near (days) an explicit date must lie to a known meeting's days to be its date.
NEAR_DAYS = 2


@dataclass(frozen=True, slots=True)
class KnownMeeting:
    """One row of `known_meetings.tsv`."""

    name: str
    words: frozenset[str]  # lower-case names of its place and venue ("paris", "louvre")
    members: frozenset[str]
    first: dt.date
    last: dt.date
    host: str  # iso3 of the state that hosted it
    place: str
    until: dt.date  # the last publication day on which a bare reference still means it
    context: tuple[str, ...]  # lower-case stems: the text must hold one ("currenc", "exchange rate")
    others: tuple[str, ...]  # names that make its place another meeting's ("Paris Club")
    nouns: frozenset[str] = frozenset()  # the only words that may name it ("summit"), none: any meeting word or verb

    def referred(self, published: dt.date, text: str) -> bool:
        """Whether a text published then and saying this could name the meeting by its place."""
        if not (self.last < published <= self.until):
            return False
        lower = text.lower()
        return any(c in lower for c in self.context) and not any(o in text for o in self.others)

    def fits(self, expr: DateExpr | None, published: dt.date) -> bool:
        """Whether a reference's own date expression can be the meeting's: none, or one of its days (a month of
        them, a year of them, "last month" in the next month), never a future one or one of the publication's
        days ("met here today", "last week")."""
        if expr is None:
            return True
        if expr.future:
            return False
        if expr.iso is not None:
            try:
                day = dt.date.fromisoformat(expr.iso[:10])
            except ValueError:
                return False
            return self.first - dt.timedelta(days=NEAR_DAYS) <= day <= self.last + dt.timedelta(days=NEAR_DAYS)
        return self.fits_words(expr.text, published)

    def fits_words(self, text: str, published: dt.date) -> bool:
        """`fits` for the words of a date with no day ("in February", "last month", "the 1985 ...")."""
        text = text.lower()
        if _NEAR_WORDS.search(text):
            return published - self.last <= dt.timedelta(days=13)
        months = {n for w in re.findall(r"[a-z]+", text) if (n := month_number(w)) is not None}
        if months and not months & {self.first.month, self.last.month}:
            return False
        years = {int(y) for y in _YEAR.findall(text)}
        if years and not years & {self.first.year, self.last.year}:
            return False
        if "last month" in text:
            prev = (published.replace(day=1) - dt.timedelta(days=1)).month
            return prev in (self.first.month, self.last.month)
        return True


def load_known(extra_dirs: Iterable[str]) -> tuple[KnownMeeting, ...]:
    """The rows of every `known_meetings.tsv` (the shipped one, then the user's); a later row of the same name
    replaces an earlier one."""
    rows: dict[str, KnownMeeting] = {}
    for path in gz.dictionary_files("known_meetings.tsv", [Path(d) for d in extra_dirs]):
        for row in gz.read_tsv(path):
            if len(row) < 8:
                continue
            cell = row + [""] * (11 - len(row))
            rows[cell[0]] = KnownMeeting(
                name=cell[0],
                words=frozenset(w.strip().lower() for w in cell[1].split("|") if w.strip()),
                members=frozenset(i for i in cell[2].split("|") if i),
                first=dt.date.fromisoformat(cell[3]),
                last=dt.date.fromisoformat(cell[4]),
                host=cell[5],
                place=cell[6],
                until=dt.date.fromisoformat(cell[7]),
                context=tuple(c.lower() for c in cell[8].split("|") if c),
                others=tuple(o for o in cell[9].split("|") if o),
                nouns=frozenset(n.strip().lower() for n in cell[10].split("|") if n.strip()),
            )
    return tuple(rows.values())


def place_words(trigger: Token) -> list[Token]:
    """The words of a meeting's own phrase that may name its place: the noun's modifiers ("the Paris meeting",
    "the Louvre talks") and the objects of its "in"/"at" ("the discussions in Paris", "agreed at the Louvre")."""
    out = [c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod") and c.i < trigger.i]
    # ("the recent Paris currencies meeting": the place modifies the meeting's other modifier; round 32)
    out += [g for c in out if c.dep_ == "compound" for g in c.children if g.dep_ == "compound" and g.i < c.i]
    heads, level = [trigger], [trigger]
    for _ in range(2):  # "the summit of the leaders of the seven in Venice" (round 26)
        level = [
            p
            for h in level
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        heads.extend(level)
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def month_modifier(trigger: Token) -> str | None:
    """A month naming a meeting word's time that the date stage does not read as a date ("their February talks")."""
    return next(
        (c.text for c in trigger.children if c.dep_ in ("compound", "nmod", "amod") and month_number(c.text)), None
    )


def named_meeting(trigger: Token, known: Iterable[KnownMeeting]) -> KnownMeeting | None:
    """The known meeting whose place or venue the meeting word's own phrase names, if any."""
    words = {t.lower_ for t in place_words(trigger)}
    lemma = trigger.lemma_.lower()
    # ("farmers gathered in central Tokyo" is no Tokyo summit: a summit is named by its noun; round 26)
    return next((k for k in known if k.words & words and (not k.nouns or lemma in k.nouns)), None)

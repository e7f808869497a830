"""The `parley_dates` component: explicit and relative dates resolved against the publication date.

`doc._.parley_dates` holds `(start_char, end_char, iso_date, basis)` for every date that resolves to a
day (basis `explicit` or `relative`). Every date expression found, resolved or not (vague ones such as
"earlier this week", relative ones when the publication date is unknown), is also kept as a
`DateExpr` list in `doc.user_data[EXPRESSIONS_KEY]`: meetings use it to tell two mentions apart.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from etl.nlp.doc_ext import register_extensions

# The version of this stage's output, recorded in the pipeline version of every extraction. Bump it
# when what the stage produces changes (tests/etl/nlp/test_component_versions.py fails otherwise); never for
# refactoring, formatting or comments, which must leave the output as it was.
VERSION = "5"

EXPRESSIONS_KEY = "parley.date_expressions"

# An explicit date more than this many days after publication is read as last year's ("December
# 20" in a January story) ...
FUTURE_SLACK_DAYS = 7
# ... unless it is close enough to be a scheduled event ("will meet on March 15" in a March 3 story):
# the brief's rule alone would move scheduled events a year back and make them look like past ones.
NEAR_FUTURE_DAYS = 60
# Farther ahead, a date stays this year only when its clause is worded as future ("would be in Rome from
# June 3" in a March story: the visit is planned, not last June's).

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_RE = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"


def month_number(word: str) -> int | None:
    """ "February", "Feb", "feb." -> 2; None for a word that is no month's name."""
    m = re.fullmatch(_MONTH_RE, word, re.I)
    return _MONTHS[m.group("mon")[:3].lower()] if m else None


_YEAR_RE = r"(?:,?\s+(?P<year>1[89]\d\d|20\d\d))?"
_MONTH_DAY = re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE}(?![\d:.,]\d){_YEAR_RE}\b")
_DAY_MONTH = re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}{_YEAR_RE}\b")
# Reuters datelines ("WASHINGTON, March 3 - "): the date is the filing date, not an event's.
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .,'&()-]{1,60},\s+" + _MONTH_RE + r"\s+\d{1,2}\s*[-\u2013\u2014]")

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_AGO = re.compile(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>days?|weeks?)\s+ago\b",
    re.I,
)
_FIXED = re.compile(
    r"\b(?P<expr>(?:earlier|later)\s+today|today|tonight|this\s+(?:morning|afternoon|evening)"
    r"|the\s+day\s+before\s+yesterday|yesterday|tomorrow)\b",
    re.I,
)
_FIXED_OFFSET = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    r"\b(?:(?P<mod>last|next|this|coming)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
)
# Too vague for a day, but still a time reference that distinguishes two meetings.
_VAGUE = re.compile(
    r"\b(?:(?:earlier|later)\s+this\s+(?:week|month|year)|(?:last|next|this)\s+(?:week|month|year)"
    r"|in\s+the\s+coming\s+(?:days|weeks|months)|recently)\b",
    re.I,
)
# A month without a day ("in April", "the June summit"): no day, but past or future against publication.
_MONTH_ONLY = re.compile(
    r"\b(?P<mod>in|since|during|last|early|late|mid-?|next|this|the|a)\s+" + _MONTH_RE + r"(?!\.?\s*\d)\b",
    re.I,
)
# The words after a month that put it in the year before the publication's ("in December last year").
_LAST_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?last\s+year\b", re.I)
# Round 22: a month's own event ("February's Paris meeting"): the month, whatever its modifier. Not "May's", a name
# as often as a month (a prime minister's).
_MONTH_POSS = re.compile(
    r"\b(?P<mon>January|February|March|April|June|July|August|September|October|November|December)(?=['’]s\b)"
)
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# For a date months ahead, reported future counts too ("said he would visit on June 3").
_EXPLICIT_FUTURE_AUX = _FUTURE_AUX | {"would", "'d"}


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression of the text: its day when resolvable, else None (vague or no publication date)."""

    start: int
    end: int
    text: str
    iso: str | None
    basis: str  # explicit | relative
    future: bool = False  # points after the publication date (or is worded as future: "next week")


def published_date(doc: Doc) -> dt.date | None:
    """`doc._.parley_published` as a date; None when absent or not an ISO date."""
    value = doc._.parley_published
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _explicit(doc: Doc, text: str, pub: dt.date | None, skip_end: int) -> list[DateExpr]:
    out: list[DateExpr] = []
    seen: set[int] = set()
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for m in pattern.finditer(text):
            if m.start() < skip_end or m.start() in seen:
                continue
            month = _MONTHS[m.group("mon")[:3].lower()]
            day = int(m.group("day"))
            year_text = m.group("year")
            if year_text:
                year = int(year_text)
            elif pub is not None:
                year = pub.year
            else:
                continue  # no year and nothing to take it from
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            far = not year_text and pub is not None and (date - pub).days > NEAR_FUTURE_DAYS
            if far and not _worded_future(doc, m.start(), _EXPLICIT_FUTURE_AUX, present=False):
                try:
                    date = dt.date(year - 1, month, day)
                except ValueError:  # 29 February
                    continue
            future = pub is not None and (date - pub).days > FUTURE_SLACK_DAYS
            seen.add(m.start())
            out.append(DateExpr(m.start(), m.end(), m.group(0), date.isoformat(), "explicit", future))
    return out


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


# Verbs whose to-infinitive tells a fact, not a plan: the date under the infinitive takes their time (the
# `factual_matrix` entries of meeting_terms.tsv that take an infinitive).
_FACTUAL_MATRIX = frozenset({"begin", "start", "continue", "go", "manage", "appear", "seem"})


def _governing_verb(tok: Token) -> Token | None:
    """The verb a date's word hangs from, climbing at most four steps."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _worded_future(doc: Doc, start: int, aux: frozenset[str] = _FUTURE_AUX, *, present: bool = True) -> bool:
    """Whether the clause the date sits in is about the future ("leaves on Wednesday", "will meet").

    `aux` are the auxiliaries that make it future; `present` counts the simple present as future (the
    journalistic future of a weekday: "Nakasone leaves on Wednesday")."""
    tok = _token_at(doc, start)
    if tok is None:
        return False
    verb = _governing_verb(tok)
    if verb is not None and verb.dep_ == "acl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        # "backed a scheme to curb costs at a meeting on Tuesday": an infinitive describing a noun
        # is no plan; the clause the noun sits in tells the time (round 23)
        verb = _governing_verb(verb.head)
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in aux for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):  # "to meet on Friday"
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FACTUAL_MATRIX:
            verb = verb.head  # "appeared to settle the row at a meeting on Monday": the matrix's time (round 23)
            if any(c.dep_ == "aux" and c.lower_ in aux for c in verb.children):
                return True
        else:
            return True
    # Simple present with a weekday is the journalistic future ("Nakasone leaves on Wednesday").
    return present and verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _relative(doc: Doc, text: str, pub: dt.date | None) -> list[DateExpr]:
    out: list[DateExpr] = []
    for m in _AGO.finditer(text):
        n = int(m.group("n")) if m.group("n").isdigit() else _NUMBERS[m.group("n").lower()]
        days = n * (7 if m.group("unit").lower().startswith("week") else 1)
        iso = (pub - dt.timedelta(days=days)).isoformat() if pub else None
        out.append(DateExpr(m.start(), m.end(), m.group(0), iso, "relative"))
    for m in _FIXED.finditer(text):
        expr = re.sub(r"\s+", " ", m.group("expr").lower())
        offset = _FIXED_OFFSET.get(expr, 0)
        iso = (pub + dt.timedelta(days=offset)).isoformat() if pub else None
        out.append(DateExpr(m.start(), m.end(), m.group(0), iso, "relative", future=offset > 0))
    for m in _WEEKDAY.finditer(text):
        mod = (m.group("mod") or "").lower()
        future = mod in ("next", "coming") or (mod != "last" and _worded_future(doc, m.start("wd")))
        iso = None
        if pub is not None:
            target = _WEEKDAYS.index(m.group("wd").lower())
            if future:
                delta = (target - pub.weekday()) % 7 or 7
            else:  # the most recent such day, the publication day included
                delta = -((pub.weekday() - target) % 7)
            iso = (pub + dt.timedelta(days=delta)).isoformat()
        out.append(DateExpr(m.start(), m.end(), m.group(0), iso, "relative", future))
    for m in _MONTH_ONLY.finditer(text):
        if not m.group("mon")[0].isupper():
            continue  # "may", "march" as words
        month = _MONTHS[m.group("mon")[:3].lower()]
        mod = m.group("mod").lower()
        if pub is not None and month == pub.month and mod not in ("last", "next"):
            continue  # this month: the publication date is as good a guess
        last_year = _LAST_YEAR_AFTER.match(text, m.end()) is not None  # "in December last year" (round 26)
        future = mod == "next" or (
            pub is not None and mod not in ("last", "since") and month > pub.month and not last_year
        )
        out.append(DateExpr(m.start(), m.end(), m.group(0), None, "relative", future))
    for m in _MONTH_POSS.finditer(text):
        month = _MONTHS[m.group("mon")[:3].lower()]
        if pub is not None and month == pub.month:
            continue  # this month: the publication date is as good a guess
        future = pub is not None and month > pub.month
        out.append(DateExpr(m.start(), m.end(), m.group(0), None, "relative", future))
    for m in _VAGUE.finditer(text):
        word = m.group(0).lower()
        future = word.startswith(("later", "next", "in the coming"))
        out.append(DateExpr(m.start(), m.end(), m.group(0), None, "relative", future))
    return out


def find_dates(doc: Doc) -> list[DateExpr]:
    """Every date expression of the doc, in text order, overlapping ones resolved longest first."""
    pub = published_date(doc)
    text = doc.text  # built from the tokens on each access: once is enough
    dateline = _DATELINE.match(text)
    found = _explicit(doc, text, pub, dateline.end() if dateline else 0) + _relative(doc, text, pub)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateExpr] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue  # "this morning" inside "earlier this morning" and the like
        out.append(d)
    return out


def date_expressions(doc: Doc) -> list[DateExpr]:
    """The doc's date expressions: those stored by `parley_dates`, or computed now."""
    cached = doc.user_data.get(EXPRESSIONS_KEY)
    if cached is None:
        found = find_dates(doc)
        doc.user_data[EXPRESSIONS_KEY] = [_as_row(d) for d in found]
        return found
    return [DateExpr(*row) for row in cached]


def dates_between(doc: Doc, start: int, end: int) -> list[DateExpr]:
    """The doc's date expressions starting in [start, end) (characters), found by bisection: a lookup
    per meeting word must not cost a pass over every date of a long doc."""
    rows = doc.user_data.get(EXPRESSIONS_KEY)
    if rows is None:
        date_expressions(doc)
        rows = doc.user_data[EXPRESSIONS_KEY]
    lo = bisect.bisect_left(rows, start, key=_row_start)
    hi = bisect.bisect_left(rows, end, lo=lo, key=_row_start)
    return [DateExpr(*row) for row in rows[lo:hi]]


def _row_start(row: tuple) -> int:
    return row[0]


def _as_row(d: DateExpr) -> tuple[int, int, str, str | None, str, bool]:
    # Plain tuples keep the Doc serialisable (msgpack cannot write dataclasses).
    return (d.start, d.end, d.text, d.iso, d.basis, d.future)


class DateResolver:
    """Pipeline component: set `doc._.parley_dates` (resolved dates) and keep all expressions."""

    def __call__(self, doc: Doc) -> Doc:
        exprs = find_dates(doc)
        doc.user_data[EXPRESSIONS_KEY] = [_as_row(d) for d in exprs]
        doc._.parley_dates = [(d.start, d.end, d.iso, d.basis) for d in exprs if d.iso]
        return doc


@Language.factory("parley_dates", assigns=["doc._.parley_dates"], default_config={"version": VERSION})
def make_dates(nlp: Language, name: str, version: str) -> DateResolver:
    """Factory of the `parley_dates` component."""
    register_extensions()
    return DateResolver()

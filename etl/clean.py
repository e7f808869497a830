"""Clean an article before NLP: drop page furniture, read the dateline, normalise Unicode, keep an offset map.

Quotation marks (agreed with the quotes component): the cleaned text has STRAIGHT ASCII quotes only.
Curly double quotes (U+201C/D, U+201E/F, U+2033, and guillemets are left alone) become '"' and curly
single quotes / apostrophes (U+2018/9, U+201A/B, U+2032) become "'", one character for one, so no
offset shifts. Other changes: zero-width characters and soft hyphens are deleted (they break NER),
unusual spaces become ' ', compatibility characters are NFKC-folded, Reuters' `<Company Name>` angle
brackets are dropped, a wire story's capital on a common word after "U.S." or "U.K." ("U.S. Officials said")
is lower-cased one letter for one, the dateline ("WASHINGTON, March 11 - ", "BAGHDAD (Reuters) -") is cut from the
text and returned as a place, and furniture (image file names glued to words, "Check Also" / "Related"
/ "Read more" blocks that close the article, captions, share lines) is deleted. Every deletion or
replacement is recorded, so `CleanText.to_source(offset)` maps any cleaned offset to the source text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from etl.nlp.gazetteer import dictionary_files, read_tsv

# The version of this stage's output, recorded in the pipeline version of every extraction. Bump it
# when what the stage produces changes (tests/etl/nlp/test_component_versions.py fails otherwise); never for
# refactoring, formatting or comments, which must leave the output as it was.
VERSION = "3"

_QUOTES = {
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
}
_DELETE = set("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u2061\u2062\u2063\u2064")
_SPACE = set("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
_KEEP = set("\u2026\u2013\u2014")  # ellipsis and dashes: meaningful, one character, spaCy knows them
_NON_ASCII = re.compile(r"[^\x00-\x7f]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ANGLE_PAIR = re.compile(r"<[A-Z0-9][^<>\n]{0,80}>")  # Reuters' <Company Name>


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    """Replacement for one character (may be '' or several characters)."""
    if ch in _QUOTES:
        return _QUOTES[ch]
    if ch in _DELETE:
        return ""
    if ch in _SPACE:
        return " "
    if ch in _KEEP:
        return ch
    if unicodedata.category(ch) == "Cc":
        return " " if ch not in "\n\t\r" else ch
    if unicodedata.category(ch) in ("Co", "Cs", "Cn"):
        return " "  # private use, lone surrogates, unassigned: never useful to NER
    folded = unicodedata.normalize("NFKC", ch)
    return "".join(_QUOTES.get(c, c) for c in folded)


@dataclass(slots=True)
class OffsetMap:
    """Piecewise map from offsets in an output string to offsets in its input string."""

    out_starts: list[int] = field(default_factory=list)
    pieces: list[tuple[int, int, int, int]] = field(default_factory=list)  # out_start, out_len, in_start, in_len

    def to_input(self, offset: int) -> int:
        if not self.pieces:
            return offset
        i = bisect_right(self.out_starts, offset) - 1
        if i < 0:
            return self.pieces[0][2]
        o_start, o_len, i_start, i_len = self.pieces[i]
        rel = offset - o_start
        if rel >= o_len:  # past the end of the last piece: the end of its input
            return i_start + i_len
        if o_len == i_len:
            return i_start + rel
        return i_start  # an expansion ("ﬁ" -> "fi"): every output character comes from the first input one


class _Builder:
    """Collects output pieces with their input spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.map = OffsetMap()
        self.out_len = 0

    def add(self, text: str, in_start: int, in_end: int) -> None:
        if not text:
            return
        self.parts.append(text)
        self.map.out_starts.append(self.out_len)
        self.map.pieces.append((self.out_len, len(text), in_start, in_end - in_start))
        self.out_len += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _apply(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping (start, end, replacement) edits; return text and its map."""
    b = _Builder()
    pos = 0
    for start, end, repl in edits:
        if start < pos:
            continue
        b.add(text[pos:start], pos, start)
        b.add(repl, start, end)
        pos = end
    b.add(text[pos:], pos, len(text))
    return b.text(), b.map


@dataclass(slots=True)
class CleanText:
    """Cleaned text, its dateline place, and the maps back to the source text."""

    text: str
    source: str
    dateline: str | None = None
    dateline_region: str | None = None  # "Saudi Arabia" of "ABHA, Saudi Arabia, March 16 - "
    maps: list[OffsetMap] = field(default_factory=list)  # applied in order; to_source walks them backwards

    def to_source(self, offset: int) -> int:
        """Offset in the source text of the character at `offset` of the cleaned text."""
        for m in reversed(self.maps):
            offset = m.to_input(offset)
        return max(0, min(offset, len(self.source)))

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """A [start, end) span of the cleaned text as a span of the source text."""
        s = self.to_source(start)
        e = self.to_source(end - 1) + 1 if end > start else s
        return s, max(s, e)


# ---------------------------------------------------------------- furniture patterns (dictionary file)


@dataclass(frozen=True, slots=True)
class Furniture:
    """Compiled furniture patterns: `closing` headings cut the rest of the article, `line` patterns
    drop a whole line, `inline` patterns drop the matched characters."""

    closing: re.Pattern[str]
    line: re.Pattern[str]
    inline: re.Pattern[str]


def load_furniture(extra_dirs: Iterable[Path] = ()) -> Furniture:
    groups: dict[str, list[str]] = {"closing": [], "line": [], "inline": []}
    for path in dictionary_files("furniture.tsv", extra_dirs):
        for row in read_tsv(path):
            if len(row) >= 2 and row[0] in groups:
                groups[row[0]].append(row[1])

    def join(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", flags)

    return Furniture(
        closing=join([rf"^[ \t]*(?:{p})[ \t]*:?[ \t]*$" for p in groups["closing"]], re.M | re.I),
        line=join([rf"^[ \t]*(?:{p})[^\n]*$" for p in groups["line"]], re.M),
        inline=join(groups["inline"], re.I),
    )


@lru_cache(maxsize=8)
def _furniture(extra: tuple[str, ...]) -> Furniture:
    return load_furniture([Path(d) for d in extra])


# A Reuters / AP / AFP dateline: "WASHINGTON, March 11 - ", "BAGHDAD (Reuters) - ", "NEW YORK, Oct 5 -".
# Round 15: Reuters-21578 also files datelines the first regex missed (about 880 stories): a place in mixed
# or lower case ("New York, April 1 - ", "des moines, april 7 - "), a month in any case ("MARCH 3", "MArch 3",
# "march 3"), a region of two or three words ("VANCOUVER, British Columbia, March 2", "W. Va."), a region
# without its comma ("RICHMOND, Va. Feb 26"), ", Reuter" before the dash, a "****" flash mark, and a space
# before the comma. A place not in capitals is read only with the date after it: "<Place>, <Month> <day> -".
_MONTH = r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?i:[a-z])*\.?"
_DATE = rf"{_MONTH}\s*\d{{1,2}}"
_REGION = r"(?:the\s)?[A-Z][A-Za-z.]{1,20}(?:\s[A-Za-z][A-Za-z.]{0,20}){0,2}"  # "Calif.", "British Columbia"
_DATELINE = re.compile(
    rf"\A\s*(?:\*+\s*|RPT\s*-+\s*)?(?:"
    rf"(?P<place>[A-Z][A-Z.'\- ]{{1,40}}?[A-Z.])"
    rf"(?:\s?,\s*(?:(?P<dregion>{_REGION}),?\s*)??{_DATE}|\s+{_DATE}|(?:,\s*(?P<region>[A-Z][A-Za-z.]{{1,20}}))?)"
    rf"|(?P<mixed>[A-Za-z][A-Za-z.']*(?: [A-Za-z][A-Za-z.']*){{0,3}})\s?,\s*(?:(?P<mregion>{_REGION}),?\s*)??{_DATE}"
    rf")(?:,\s*Reuters?)?,?\s*(?:\((?:Reuters|AP|AFP|UPI|Xinhua|IRNA)\))?\s*[-\u2013\u2014]+\s+"
)
# An apostrophe the Reuters-21578 files carry as a straight double quote ("Belgium"s", "it"s", "don"t"): a
# letter, the quote, then a clitic that ends the word. The quote becomes "'" (one character for one).
_BAD_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[\"\u201c\u201d](?=(?:s|t|m|d|ll|re|ve)\b)")


# Reuters' style of 1987 capitalises the word after "U.S." or "U.K." ("U.S. Officials", "U.S. And", "U.S. Has"): the
# parser then tags a common word a proper noun. The common words and function words so written in the Reuters
# corpus (counted there, round 31); not words that begin a body's or an office's name ("U.S. Trade Representative",
# "U.S. Embassy", "U.S. Securities and Exchange Commission", "U.S. Food and Drug Administration"), nor words that
# often open a sentence after one ending in "U.S." ("... to the U.S. In 1986, ...", "... the U.S. It said").
_WIRE_LOWER = frozenset(
    "and or of into than has have had is are was were be been will would can could should may might must did does "
    "said says "
    "dlrs dlr dollar dollars officials official banks bank's firms firm companies company market markets bonds bond "
    "economy interest pressure attack attacks sales imports exports importers exporters producers makers troops "
    "warships ships sanctions demands tariffs tariff retaliation policy policies position currency budget deficit "
    "growth rates rate negotiators diplomats sources analysts lawmakers farmers manufacturers industry stance "
    "proposal proposals plan move decision action actions citizens investors investment aid officers spokesman "
    "delegation delegates team negotiator demand complaints concern concerns".split()
)
_WIRE_CAPITAL = re.compile(r"\bU\.[SK]\. ([A-Z][a-z']+)\b")


def read_dateline(text: str) -> tuple[str | None, int]:
    """(place in title case, length of the dateline prefix) or (None, 0)."""
    m = _DATELINE.match(text)
    if not m:
        return None, 0
    raw = m.group("place") or m.group("mixed")
    if len(raw.split()) > 4 or (m.group("mixed") and any(w.lower() in _NOT_PLACE for w in raw.split())):
        return None, 0  # "Analysts said, March 3 - ": a clause, not a place
    place = " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in raw.split())
    return place, m.end()


def clean(text: str, dictionaries: Iterable[str | Path] = ()) -> CleanText:
    """Clean `text` (see the module docstring); never raises on any str."""
    furniture = _furniture(tuple(str(d) for d in dictionaries))
    maps: list[OffsetMap] = []
    # 1. characters: one pass over the non-ASCII and control characters only (ASCII text is untouched)
    edits = [(m.start(), m.end(), _fold(m.group())) for m in _NON_ASCII.finditer(text)]
    if '"' in text or "\u201d" in text or "\u201c" in text:  # "Belgium"s": the apostrophe, one for one
        bad = {m.start() for m in _BAD_APOSTROPHE.finditer(text)}
        edits = [e for e in edits if e[0] not in bad] + [(i, i + 1, "'") for i in bad]
    # ("U.S. Officials said", "the U.S. Attacks on": a wire's capital after "U.S." on a common word, lower-cased
    # one letter for one so the parse reads the word as it reads it elsewhere; round 31)
    # (a wire's style only: a story that opens with a dateline; "the U.S. Investment Advisory Task Force" of a
    # government's release is a name)
    if _DATELINE.match(text):
        edits += [
            (m.start(1), m.start(1) + 1, m.group(1)[0].lower())
            for m in _WIRE_CAPITAL.finditer(text)
            if m.group(1).lower() in _WIRE_LOWER
        ]
    edits.sort()
    edits = [e for e in edits if e[2] != text[e[0] : e[1]]]
    current, cmap = _apply(text, edits) if edits else (text, OffsetMap())
    maps.append(cmap)
    # 2. furniture: a closing block cuts the rest; lines and inline junk are deleted
    fedits: list[tuple[int, int, str]] = []
    cut = _closing_cut(current, furniture)
    for m in furniture.line.finditer(current, 0, cut):
        fedits.append((m.start(), min(m.end() + 1, cut), ""))
    for m in furniture.inline.finditer(current, 0, cut):
        fedits.append((m.start(), m.end(), ""))
    for m in _ANGLE_PAIR.finditer(current, 0, cut):
        fedits.append((m.start(), m.start() + 1, ""))
        fedits.append((m.end() - 1, m.end(), ""))
    if cut < len(current):
        fedits.append((cut, len(current), ""))
    # 3. dateline: cut from the text, kept as a place hint
    place, dl_end = read_dateline(current)
    region: str | None = None
    if dl_end:
        fedits.append((0, dl_end, ""))
        dm = _DATELINE.match(current)
        if dm:
            region = dm.group("region") or dm.group("dregion") or dm.group("mregion")
    if fedits:
        current, fmap = _apply(current, _merge(fedits))
        maps.append(fmap)
    return CleanText(text=current, source=text, dateline=place, dateline_region=region, maps=maps)


def _closing_cut(text: str, furniture: Furniture) -> int:
    """Offset where a closing furniture block begins ("Check Also" in the last part), else len(text)."""
    floor = len(text) // 3  # a heading in the first third is more likely a real word than furniture
    for m in furniture.closing.finditer(text, floor):
        return m.start()
    return len(text)


def _merge(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sort deletion edits and merge overlaps (all furniture edits delete)."""
    out: list[tuple[int, int, str]] = []
    for s, e, r in sorted(edits):
        if out and s <= out[-1][1]:
            ps, pe, pr = out[-1]
            out[-1] = (ps, max(pe, e), pr)
        else:
            out.append((s, e, r))
    return out


# ---------------------------------------------------------------- language


_WORD = re.compile(r"[^\W\d_]+")
_EN = frozenset(
    "the of and to in a is that for on with as by at from it was said be are has have he his its an not "
    "but this which were will would had been they their or who also after more than we i".split()
)
_NOT_PLACE = _EN - {"of", "the", "and"}  # words a place in mixed case never has ("Isle of Man" may)
_OTHER = {  # the commonest words of languages news archives mix with English
    "de": frozenset("der die und das ist nicht ein eine mit den dem des sich auf für von zu im".split()),
    "fr": frozenset("le la les et des est une du pour dans que qui pas sur au avec ce sont".split()),
    "es": frozenset("el la los las y de que en un una por con para es del se no su al".split()),
    "it": frozenset("il la di che e un una per con non sono della del gli le si al".split()),
    "pt": frozenset("o a os as e de que em um uma para com não do da dos se por".split()),
    "nl": frozenset("de het een en van is dat op te niet met voor zijn er aan".split()),
}


def language_of(text: str) -> str:
    """ "en", another ISO 639-1 code, or "und": a cheap check on the share of common words.

    Texts too short to tell, and English market tables (few common words, all ASCII), count as English:
    the check exists to keep foreign-language articles out of an English pipeline, nothing more.
    """
    sample = text[:20_000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 20 and sum(c.isascii() for c in letters) < 0.5 * len(letters):
        return "und"  # mostly non-Latin script (Cyrillic, Arabic, CJK...)
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 8:
        return "en"
    en = sum(w in _EN for w in words) / len(words)
    if en >= 0.12:
        return "en"
    best, share = max(
        ((lang, sum(w in vocab for w in words) / len(words)) for lang, vocab in _OTHER.items()), key=lambda x: x[1]
    )
    if share >= 0.1 and share > en:
        return best
    return "en"

"""Find quotations in plain text by one pass over its quotation marks, paragraph by paragraph.

Tolerates what news text really looks like: straight and curly marks (or curly marks
normalised to straight ones), quotations running over several paragraphs where only the
last one closes, paragraphs flattened into one line (`... poor. "Two million ...`), and
unbalanced marks, which never make a quotation run past the end of its paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Double quotation marks. `` and '' are the LaTeX/PTB spellings some corpora keep.
_DOUBLE = re.compile(r'``|\'\'|["“”„‟«»]')
_OPEN_GLYPHS = {"“", "„", "‟", "«", "``"}
_CLOSE_GLYPHS = {"”", "»", "''"}
# Single marks are also apostrophes ("Iran's", "countries'"), so they are paired only
# conservatively: an opener starts a word, a closer ends one, both in one paragraph.
_SINGLE = re.compile(r"['‘’]")
_PARAGRAPH = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
# A quotation that is never closed and is not continued in the next paragraph is cut at
# the end of the sentence that opened it when the paragraph runs on longer than this.
MAX_UNCLOSED_CHARS = 600

OPEN, CLOSE, AMBIGUOUS = "open", "close", "ambiguous"


@dataclass(slots=True)
class QuoteSpan:
    """One quotation: the words between the marks, as character offsets into the text."""

    start: int  # first character of the quoted words (after the opening mark)
    end: int  # one past the last quoted character (before the closing mark)
    open_mark: int | None  # offset of the opening mark, None when recovered from a lone closer
    close_mark: int | None  # offset of the closing mark, None when the paragraph ended first
    paragraph: int  # index of the paragraph holding it
    continues: bool = False  # continues the previous quotation (multi-paragraph or run-on)
    single: bool = False  # delimited by single quotation marks


def _kind(text: str, start: int, end: int, glyph: str) -> str:
    """Classify one mark as opening, closing or ambiguous from the characters around it."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    space_before = before.isspace() or before in "([{—–-/"
    space_after = after.isspace() or after in ".,;:!?)]}…"
    if space_before and not space_after:
        kind = OPEN
    elif space_after and not space_before:
        kind = CLOSE
    else:
        kind = AMBIGUOUS
    if kind == AMBIGUOUS:  # the glyph breaks the tie when it has a direction
        if glyph in _OPEN_GLYPHS:
            return OPEN
        if glyph in _CLOSE_GLYPHS:
            return CLOSE
    return kind


_CONTRACTION = re.compile(r"(?:s|t|d|ll|re|ve|m)\b", re.IGNORECASE)


def _is_apostrophe(text: str, start: int, end: int) -> bool:
    """A straight double mark typed for an apostrophe ("don"t", "country"s"), or a doubled
    apostrophe in newswire text ("company''s")."""
    return (
        text[start:end] in ('"', "''")
        and start > 0
        and text[start - 1].isalpha()
        and bool(_CONTRACTION.match(text, end))
    )


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_start(text: str, lower: int, pos: int) -> int:
    """Start of the sentence holding `pos`, never before `lower`."""
    start = lower
    for m in _SENTENCE_END.finditer(text, lower, pos):
        start = m.end()
    return start


def _sentence_end(text: str, pos: int, upper: int) -> int:
    """End of the sentence holding `pos`, never after `upper`."""
    m = _SENTENCE_END.search(text, pos, upper)
    return m.start() + 1 if m else upper


def _last_char(text: str, lower: int, pos: int) -> str:
    """The last non-space character before `pos` (not before `lower`), or ''."""
    pos -= 1
    while pos >= lower and text[pos].isspace():
        pos -= 1
    return text[pos] if pos >= lower else ""


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph (separated by one or more line breaks)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs start, ascending (for looking up a paragraph by offset)."""
    return [start for start, _ in _paragraphs(text)] or [0]


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    """Whether a paragraph begins with an opening quotation mark (a continued quotation)."""
    m = _DOUBLE.match(text, start, end)
    return m is not None and _kind(text, m.start(), m.end(), m.group()) != CLOSE


def scan_quotes(text: str) -> list[QuoteSpan]:
    """All quotations of `text` in order: double-quoted ones, then single-quoted ones
    that lie outside them, merged by position."""
    paragraphs = _paragraphs(text)
    spans: list[QuoteSpan] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        continued_next = index + 1 < len(paragraphs) and _opens_with_mark(text, *paragraphs[index + 1])
        spans.extend(_scan_paragraph(text, index, p_start, p_end, continued_next, spans))
    spans.extend(_scan_single(text, paragraphs, spans))
    spans.sort(key=lambda s: s.start)
    return [s for s in spans if s.end > s.start]


def _scan_paragraph(
    text: str, index: int, p_start: int, p_end: int, continued_next: bool, earlier: list[QuoteSpan]
) -> list[QuoteSpan]:
    """The double-quoted quotations of one paragraph."""
    found: list[QuoteSpan] = []
    # A paragraph opening with a mark while the previous one was left open continues it.
    carried = bool(earlier) and earlier[-1].close_mark is None and earlier[-1].paragraph == index - 1
    opened: int | None = None  # offset just after the open mark
    open_at: int | None = None
    last_end = p_start

    def emit(start: int, end: int, open_mark: int | None, close_mark: int | None, continues: bool) -> None:
        s, e = _strip(text, start, end)
        found.append(QuoteSpan(s, e, open_mark, close_mark, index, continues))

    for m in _DOUBLE.finditer(text, p_start, p_end):
        if _is_apostrophe(text, m.start(), m.end()):
            continue
        kind = _kind(text, m.start(), m.end(), m.group())
        if opened is None:
            if kind == CLOSE:
                # A closer with no opener: the quotation began at the start of its
                # sentence (a lost opening mark, or the end of a run-on quotation).
                start = _sentence_start(text, last_end, m.start())
                if text[start : m.start()].strip():
                    emit(start, m.start(), None, m.start(), False)
                last_end = m.end()
            else:
                opened, open_at = m.end(), m.start()
            continue
        if kind == OPEN and _last_char(text, p_start, m.start()) in ".!?…:;":
            # A new quotation opens while one is open, after the end of a sentence: a
            # multi-paragraph quotation whose paragraphs were flattened into one.
            continues = carried and not found or bool(found and found[-1].close_mark is None)
            emit(opened, m.start(), open_at, None, continues)
            opened, open_at = m.end(), m.start()
            continue
        continues = carried and not found or bool(found and found[-1].close_mark is None)
        emit(opened, m.start(), open_at, m.start(), continues)
        opened = open_at = None
        last_end = m.end()
    if opened is not None:
        continues = carried and not found or bool(found and found[-1].close_mark is None)
        end = p_end
        if not continued_next and p_end - opened > MAX_UNCLOSED_CHARS:
            end = _sentence_end(text, opened, p_end)
        emit(opened, end, open_at, None, continues)
        if not continued_next:
            found[-1].close_mark = end  # unbalanced: do not let the next paragraph continue it
    return found


def _scan_single(text: str, paragraphs: list[tuple[int, int]], doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single-quoted quotations outside double-quoted ones (British style, headlines)."""
    found: list[QuoteSpan] = []
    covered = sorted((d.open_mark if d.open_mark is not None else d.start, d.end + 1) for d in doubles)
    starts = [s for s, _ in covered]

    def inside_double(pos: int) -> bool:  # the double quotations do not overlap: one lookup
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < covered[i][1]

    for index, (p_start, p_end) in enumerate(paragraphs):
        opened: int | None = None
        for m in _SINGLE.finditer(text, p_start, p_end):
            pos = m.start()
            before = text[pos - 1] if pos > p_start else " "
            after = text[pos + 1] if pos + 1 < p_end else " "
            if inside_double(pos):
                continue
            if opened is None:
                if m.group() != "’" and (before.isspace() or before in "([—") and after.isalpha():
                    opened = pos
            elif m.group() != "‘" and not before.isspace() and not after.isalnum():
                if text[opened + 1 : pos].strip():
                    s, e = _strip(text, opened + 1, pos)
                    found.append(QuoteSpan(s, e, opened, pos, index, single=True))
                opened = None
    return found

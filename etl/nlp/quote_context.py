"""Quotation helpers for `etl.nlp.quotes`: the per-Doc context, the window of words around a
quotation, and the tests that decide which cue and which parts belong to it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from etl.nlp.attribution import Speaker
from etl.nlp.cues import CueLexicon
from etl.nlp.quote_scan import QuoteSpan
from etl.records import Evidence

SENTENCE_END = frozenset({".", "!", "?"})
WINDOW_TOKENS = 40  # how far from a quotation its cue may be, in tokens


@dataclass(slots=True)
class Direct:
    """A direct quotation on its way to a statement."""

    spans: list[QuoteSpan]  # one, or two when a cue interrupts one sentence
    tokens: Span
    embedded: bool  # inside a sentence of reported speech, not a quotation of its own
    partial: bool
    continues: bool
    cue: Token | None = None
    speaker: Speaker | None = None

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end

    @property
    def paragraph(self) -> int:
        return self.spans[0].paragraph


@dataclass(slots=True)
class Context:
    """Per-Doc indexes shared by the steps of `etl.nlp.quotes`."""

    doc: Doc
    text: str  # doc.text, which spaCy rebuilds from the tokens on every access
    cues: CueLexicon
    in_quote: list[bool]
    token_starts: list[int]
    paragraphs: list[int]
    sentences: list[tuple[int, int]]  # (start_char, end_char) of each sentence
    tone_hits: list[tuple[int, float]] = field(default_factory=list)  # (token index, weight)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    # Per statement (by id): its words and its speaker's country, for targets found late.
    words_of: dict[int, tuple[Span, str | None]] = field(default_factory=dict)

    def token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def paragraph_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.paragraphs, char) - 1)

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for [start, end) with the sentence(s) around it."""
        starts = self.sentences
        first = max(0, bisect.bisect_right(starts, (start, len(self.text) + 1)) - 1)
        last = max(first, bisect.bisect_right(starts, (max(start, end - 1), len(self.text) + 1)) - 1)
        if not starts:
            return Evidence(start, end)
        s_start, s_end = starts[first][0], starts[last][1]
        return Evidence(start, end, self.text[s_start:s_end], s_start, s_end)


def mask(starts: list[int], spans: list[QuoteSpan]) -> list[bool]:
    """Per token (given by start offsets): inside a quotation (its marks included)."""
    mask = [False] * len(starts)
    for s in spans:
        lo = s.open_mark if s.open_mark is not None else s.start
        hi = s.close_mark + 1 if s.close_mark is not None and s.close_mark >= s.end else s.end
        for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
            mask[i] = True
    return mask


def window(ctx: Context, index: int, step: int) -> list[Token]:
    """Tokens from `index` outwards (step -1 or +1) up to the end of the sentence, another
    quotation or a paragraph break; nearest first."""
    out: list[Token] = []
    doc = ctx.doc
    while 0 <= index < len(doc) and len(out) < WINDOW_TOKENS:
        token = doc[index]
        if ctx.in_quote[index] or (token.is_space and "\n" in token.text):
            break
        if step < 0 and (token.text in SENTENCE_END or "\n" in token.whitespace_):
            break
        out.append(token)
        if step > 0 and (token.text in SENTENCE_END or "\n" in token.whitespace_):
            break
        index += step
    return out


def is_name_or_term(ctx: Context, before: list[Token], tokens: Span) -> bool:
    """A quoted name or term, not someone's words: after "so-called", or every word
    capitalised ("the February "Louvre Agreement"", "the "Axis of Evil" speech")."""
    if any(t.lower_ in ("so-called", "called") for t in before[:2]) and len(tokens) <= 4:
        return True
    words = [t for t in tokens if t.is_alpha and len(t) > 3]
    return bool(words) and all(t.text[0].isupper() for t in words) and not tokens[0].is_sent_start


TERM_WORDS = 3  # a quoted bare noun phrase this short inside a sentence is a term


def is_term(tokens: Span) -> bool:
    """A quoted bare noun phrase of a few words ("acid rain", "smart acquisition"): no verb, no
    determiner or pronoun, no coordination; a term or label, not words someone said."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if not words or len(words) > TERM_WORDS or words[-1].pos_ not in ("NOUN", "PROPN"):
        return False
    return all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in words)


def window_before(ctx: Context, span: QuoteSpan) -> list[Token]:
    """The window before a quotation's opening mark (none for a recovered quotation)."""
    if span.open_mark is None:
        return []
    return window(ctx, ctx.token_at(span.open_mark) - 1, -1)


def close_token(ctx: Context, d: Direct) -> int:
    """Index of the first token after the closing mark of a quotation."""
    span = d.spans[-1]
    if span.close_mark is None:
        return len(ctx.doc)
    index = ctx.token_at(span.close_mark)
    return index + 1 if ctx.in_quote[index] else index


def ancestor_cue(ctx: Context, tokens: Span) -> Token | None:
    """The nearest cue outside quotations that the quoted words depend on."""
    best: tuple[int, Token] | None = None
    paragraph = ctx.paragraph_at(tokens.start_char)
    for token in tokens:
        head = token.head
        if tokens.start <= head.i < tokens.end:
            continue
        for _ in range(6):
            if ctx.paragraph_at(head.idx) != paragraph:
                break  # a parse running over a paragraph break is not evidence
            if not ctx.in_quote[head.i] and ctx.cues.group(head) is not None:
                distance = min(abs(head.i - tokens.start), abs(head.i - tokens.end))
                if best is None or distance < best[0]:
                    best = (distance, head)
                break
            if head.head is head:
                break
            head = head.head
    return best[1] if best else None


def interrupts(ctx: Context, first: Direct, second: Direct) -> bool:
    """`"A," he said, "b..."`: a cue inside one sentence between two parts of a quotation."""
    text = ctx.text
    a, b = first.spans[-1], second.spans[0]
    if b.continues or a.paragraph != b.paragraph or a.close_mark is None or b.open_mark is None:
        return False
    gap = text[a.close_mark + 1 : b.open_mark]
    if len(gap) > 120 or any(ch in gap for ch in ".!?\n") or not gap.rstrip().endswith(","):
        return False
    return text[a.end - 1] == "," and text[b.start].islower()


def quoted_share(ctx: Context, clause: Span) -> float:
    """Share of a clause's characters that lie inside direct quotations."""
    start, end = clause.start_char, clause.end_char
    quoted = ctx.quoted  # sorted by start, not overlapping
    i = max(0, bisect.bisect_right(quoted, (start, start)) - 1)
    inside = 0
    while i < len(quoted) and quoted[i][0] < end:
        s, e = quoted[i]
        inside += max(0, min(end, e) - max(start, s))
        i += 1
    return inside / max(1, end - start)


TRAILING_QUOTE_WORDS = 6  # a quotation this long, a clause, ending reported words is a statement of its own


def _own_clause(tokens: Span) -> bool:
    """Whether quoted words hold a clause with its own subject and verb ("the conditions have been
    created"), not a complement of the reporter's words (was "well placed to help")."""
    first = next((t.i for t in tokens if not (t.is_punct or t.is_space)), tokens.start)
    for token in tokens:
        if tokens.start <= token.head.i < tokens.end or token.pos_ not in ("VERB", "AUX") or token.left_edge.i > first:
            continue  # the clause must open the quotation ("tough, but we have got ...": it does not)
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and tokens.start <= c.i < tokens.end for c in token.children):
            return True
    return False


def trailing_quote(ctx: Context, clause: Span) -> int | None:
    """Where a quotation that ends a reported clause starts, when it is a clause of its own (subject
    and verb, at least `TRAILING_QUOTE_WORDS` words) rather than words the reporter quotes."""
    start, end = clause.start_char, clause.end_char
    i = bisect.bisect_right(ctx.quoted, (end, end)) - 1
    while i >= 0 and ctx.quoted[i][0] > start:
        q_start, q_end = ctx.quoted[i]
        if q_end >= end - 1:
            tokens = ctx.doc[ctx.token_at(q_start) : ctx.token_at(q_end - 1) + 1]
            words = sum(1 for t in tokens if t.is_alpha)
            if words >= TRAILING_QUOTE_WORDS and _own_clause(tokens):
                return q_start
        i -= 1
        break
    return None

"""The `parley_quotes` component: direct quotations and reported speech, attributed to actors.

It sets `doc._.parley_statements` (a list of `etl.records.Statement`, offsets into the Doc
text). Quotations come from one pass over the quotation marks (`quote_scan`); speakers from
the speech cue next to them (`attribution`); reported speech from the cue's clause
(`reported`); tone from a lexicon (`tone`). The parse of the model is reused throughout.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from etl.nlp.attribution import Attributor, Speaker
from etl.nlp.cues import GROUP_TONE, CueLexicon, dictionary_paths
from etl.nlp.doc_ext import register_extensions
from etl.nlp.quote_scan import QuoteSpan, paragraph_starts, scan_quotes
from etl.nlp.reported import clean_text, reported_clause, target_country
from etl.nlp.tone import ToneLexicon
from etl.records import Evidence, Statement

SENTENCE_END = frozenset({".", "!", "?"})
WINDOW_TOKENS = 40  # how far from a quotation its cue may be, in tokens
SHORT_TAIL = 6  # `"We will win." Smith said.`: a cue this close may follow a full stop
# Reported clauses mostly made of a direct quotation add nothing to that quotation.
MAX_QUOTED_SHARE = 0.85


@dataclass(slots=True)
class _Direct:
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
class _Context:
    """Per-Doc indexes shared by the steps below."""

    doc: Doc
    text: str  # doc.text, which spaCy rebuilds from the tokens on every access
    cues: CueLexicon
    in_quote: list[bool]
    token_starts: list[int]
    paragraphs: list[int]
    sentences: list[tuple[int, int]]  # (start_char, end_char) of each sentence
    tone_hits: list[tuple[int, float]] = field(default_factory=list)  # (token index, weight)
    quoted: list[tuple[int, int]] = field(default_factory=list)

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


@Language.factory(
    "parley_quotes",
    assigns=["doc._.parley_statements"],
    default_config={
        "dictionaries": [],
        "min_partial_words": 2,
        "reported_speech": True,
        "unattributed": False,
    },
)
def make_quotes(
    nlp: Language,
    name: str,
    dictionaries: list[str],
    min_partial_words: int,
    reported_speech: bool,
    unattributed: bool,
) -> QuoteFinder:
    """Build the component; `dictionaries` are a user's directories with extra TSV lines."""
    return QuoteFinder(dictionaries, min_partial_words, reported_speech, unattributed)


class QuoteFinder:
    """Finds statements in a Doc; dictionaries are read once, at construction."""

    def __init__(
        self,
        dictionaries: Sequence[str] = (),
        min_partial_words: int = 2,
        reported_speech: bool = True,
        unattributed: bool = False,
    ) -> None:
        register_extensions()
        self.cues = CueLexicon.load(dictionary_paths("cue_verbs.tsv", dictionaries))
        self.tone = ToneLexicon.load(dictionary_paths("tone.tsv", dictionaries))
        self.min_partial_words = min_partial_words
        self.reported_speech = reported_speech
        # Direct quotations whose speaker stays unknown ("a government official said") are
        # dropped by default: a quotation nobody can be said to have said is not an event.
        self.unattributed = unattributed

    def __call__(self, doc: Doc) -> Doc:
        doc._.parley_statements = self.statements(doc)
        return doc

    # -- the whole document -------------------------------------------------------------
    def statements(self, doc: Doc) -> list[Statement]:
        """All statements of a Doc, in text order."""
        if not len(doc):
            return []
        text = doc.text
        spans = scan_quotes(text)
        sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
        starts = doc.to_array(IDX).tolist()
        ctx = _Context(doc, text, self.cues, _mask(starts, spans), starts, paragraph_starts(text), sentences)
        ctx.quoted = [(s.start, s.end) for s in spans]
        ctx.tone_hits = self.tone.hits(doc)
        att = Attributor(doc, self.cues, ctx.in_quote)
        cue_indices = self.cues.candidates(doc)
        att.walk_subjects(cue_indices)
        directs = self._directs(ctx, att, spans)
        items: list[tuple[int, Statement]] = []
        for d in directs:
            items.append((d.start, self._direct_statement(ctx, att, d)))
        if self.reported_speech:
            items.extend(self._reported(ctx, att, cue_indices))
        items.sort(key=lambda item: item[0])
        out = _continue_speakers(ctx, items)
        if not self.unattributed:
            out = [st for st in out if st.speaker is not None or not st.direct]
        return out

    def _directs(self, ctx: _Context, att: Attributor, spans: list[QuoteSpan]) -> list[_Direct]:
        """Direct quotations with their cue and speaker, merged where a cue interrupts one sentence."""
        out: list[_Direct] = []
        for span in spans:
            d = self._classify(ctx, [span])
            if d is None:
                continue
            if out and _interrupts(ctx, out[-1], d):
                merged = self._classify(ctx, [*out[-1].spans, span])
                if merged is not None:
                    out[-1] = merged
                    continue
            out.append(d)
        kept: list[_Direct] = []
        for d in out:
            d.cue = self._cue(ctx, d)
            if d.cue is not None:
                d.speaker = att.speaker_of_cue(d.cue)
            if d.embedded and (d.speaker is None or d.speaker.name is None):
                continue  # a few quoted words nobody is said to have said: a scare quote or title
            kept.append(d)
        # A quotation running over several paragraphs has one speaker, whichever part names it.
        group: list[_Direct] = []
        for d in [*kept, None]:
            if d is not None and d.continues and group:
                group.append(d)
                continue
            named = next((g for g in group if g.speaker is not None), None)
            for g in group:
                if g.speaker is None and named is not None:
                    g.speaker, g.cue = named.speaker, named.cue
            group = [d] if d is not None else []
        return kept

    def _classify(self, ctx: _Context, spans: list[QuoteSpan]) -> _Direct | None:
        doc = ctx.doc
        first, last = ctx.token_at(spans[0].start), ctx.token_at(spans[-1].end - 1)
        tokens = doc[first : last + 1]
        words = sum(1 for t in tokens if t.is_alpha or t.like_num)
        if not words:
            return None
        before = _before(ctx, spans[0])
        lead = next((t for t in before if not t.is_space), None)  # nearest token before the quotation
        has_words = any(t.is_alpha for t in before)
        embedded = has_words and lead is not None and lead.text != ":" and ctx.cues.group(lead) is None
        if embedded and _is_name_or_term(ctx, before, tokens):
            return None
        tail = ctx.text[spans[-1].end - 1]
        ends_sentence = tail in ".!?…"
        if words < self.min_partial_words and (embedded or tail not in ",.!?…"):
            # A lone quoted word inside a sentence is a scare quote or a characterisation
            # (what he called "positive" talks); `"No," he said.` still counts.
            return None
        partial = embedded and not ends_sentence
        return _Direct(spans, tokens, embedded, partial, spans[0].continues)

    def _cue(self, ctx: _Context, d: _Direct) -> Token | None:
        """The speech cue of a quotation: a cue the quoted clause depends on, else one right
        after it (`"...," he said`), else one right before it (`He added: "..."`)."""
        if len(d.spans) > 1:  # `"A," he said, "b..."`: the cue is between the parts
            first_close = ctx.token_at(d.spans[0].close_mark or d.spans[0].end) + 1
            gap = _window(ctx, first_close, +1)
            return next((t for t in gap if ctx.cues.group(t) is not None), None)
        cue = _ancestor_cue(ctx, d.tokens)
        if cue is not None or d.embedded:
            return cue
        after = _window(ctx, _close_token(ctx, d), +1)
        tail = ctx.text[d.end - 1]
        after_words = [t for t in after if not (t.is_punct or t.is_space)]
        for token in after:
            if ctx.cues.group(token) is None:
                continue
            runs_on = tail not in ".!?…" or (after_words and after_words[0].is_lower)
            own_clause = any(c.dep_ == "ccomp" and not ctx.in_quote[c.i] for c in token.children)
            if (runs_on or len(after_words) <= SHORT_TAIL) and not own_clause:
                return token
            break
        before = _before(ctx, d.spans[0])
        return next((t for t in before if ctx.cues.group(t) is not None), None)

    def _direct_statement(self, ctx: _Context, att: Attributor, d: _Direct) -> Statement:
        quote = " ".join(clean_text(ctx.text[s.start : s.end]) for s in d.spans)
        group = ctx.cues.group(d.cue) if d.cue is not None else None
        return self._statement(ctx, att, quote, True, d.tokens, d.cue, group, d.speaker, d.partial)

    def _reported(self, ctx: _Context, att: Attributor, cue_indices: list[int]) -> list[tuple[int, Statement]]:
        """Reported speech: the clause of every cue outside quotations that has a subject."""
        out: list[tuple[int, Statement]] = []
        for i in cue_indices:
            if ctx.in_quote[i]:
                continue
            token = ctx.doc[i]
            group = ctx.cues.group(token)
            if group is None:
                continue
            clause = reported_clause(token, group, ctx.cues)
            if clause is None or _quoted_share(ctx, clause) >= MAX_QUOTED_SHARE:
                continue
            speaker = att.speaker_of_cue(token)
            if speaker is None:
                continue
            quote = clean_text(ctx.text[clause.start_char : clause.end_char])
            out.append((clause.start_char, self._statement(ctx, att, quote, False, clause, token, group, speaker)))
        return out

    def _statement(
        self,
        ctx: _Context,
        att: Attributor,
        quote: str,
        direct: bool,
        words: Span,
        cue: Token | None,
        group: str | None,
        speaker: Speaker | None,
        partial: bool = False,
    ) -> Statement:
        actor = speaker.actor if speaker else None
        cue_name = None
        if cue is not None:
            cue_name = "according to" if group == "source" else cue.lemma_.lower()
        return Statement(
            speaker=speaker.name if speaker else None,
            quote=quote,
            direct=direct,
            evidence=ctx.evidence(words.start_char, words.end_char),
            target_country=target_country(att, cue, group, words, actor.country if actor else None),
            cue=cue_name,
            tone=self.tone.label(ctx.tone_hits, words.start, words.end, GROUP_TONE.get(group or "", 0.0)),
            partial=partial,
            speaker_evidence=ctx.evidence(speaker.start, speaker.end) if speaker else None,
        )


def _continue_speakers(ctx: _Context, items: list[tuple[int, Statement]]) -> list[Statement]:
    """Give a quotation with no cue the speaker of the statement before it, when that is in
    the same or the previous paragraph (`"A," he said. "B."`)."""
    out: list[Statement] = []
    previous: Statement | None = None
    for _, st in items:
        if st.direct and st.cue is None and st.speaker is None and previous is not None:
            gap = ctx.paragraph_at(st.evidence.start) - ctx.paragraph_at(previous.evidence.start)
            if gap <= 1:
                st.speaker, st.speaker_evidence = previous.speaker, previous.speaker_evidence
        out.append(st)
        previous = st
    return out


def _mask(starts: list[int], spans: list[QuoteSpan]) -> list[bool]:
    """Per token (given by start offsets): inside a quotation (its marks included)."""
    mask = [False] * len(starts)
    for s in spans:
        lo = s.open_mark if s.open_mark is not None else s.start
        hi = s.close_mark + 1 if s.close_mark is not None and s.close_mark >= s.end else s.end
        for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
            mask[i] = True
    return mask


def _window(ctx: _Context, index: int, step: int) -> list[Token]:
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


def _is_name_or_term(ctx: _Context, before: list[Token], tokens: Span) -> bool:
    """A quoted name or term, not someone's words: after "so-called", or every word
    capitalised ("the February "Louvre Agreement"", "the "Axis of Evil" speech")."""
    if any(t.lower_ in ("so-called", "called") for t in before[:2]) and len(tokens) <= 4:
        return True
    words = [t for t in tokens if t.is_alpha and len(t) > 3]
    return bool(words) and all(t.text[0].isupper() for t in words) and not tokens[0].is_sent_start


def _before(ctx: _Context, span: QuoteSpan) -> list[Token]:
    """The window before a quotation's opening mark (none for a recovered quotation)."""
    if span.open_mark is None:
        return []
    return _window(ctx, ctx.token_at(span.open_mark) - 1, -1)


def _close_token(ctx: _Context, d: _Direct) -> int:
    """Index of the first token after the closing mark of a quotation."""
    span = d.spans[-1]
    if span.close_mark is None:
        return len(ctx.doc)
    index = ctx.token_at(span.close_mark)
    return index + 1 if ctx.in_quote[index] else index


def _ancestor_cue(ctx: _Context, tokens: Span) -> Token | None:
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


def _interrupts(ctx: _Context, first: _Direct, second: _Direct) -> bool:
    """`"A," he said, "b..."`: a cue inside one sentence between two parts of a quotation."""
    text = ctx.text
    a, b = first.spans[-1], second.spans[0]
    if b.continues or a.paragraph != b.paragraph or a.close_mark is None or b.open_mark is None:
        return False
    gap = text[a.close_mark + 1 : b.open_mark]
    if len(gap) > 120 or any(ch in gap for ch in ".!?\n") or not gap.rstrip().endswith(","):
        return False
    return text[a.end - 1] == "," and text[b.start].islower()


def _quoted_share(ctx: _Context, clause: Span) -> float:
    """Share of a clause's characters that lie inside direct quotations."""
    start, end = clause.start_char, clause.end_char
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in ctx.quoted if s < end and start < e)
    return inside / max(1, end - start)

"""The `parley_quotes` component: direct quotations and reported speech, attributed to actors.

It sets `doc._.parley_statements` (a list of `etl.records.Statement`, offsets into the Doc
text). Quotations come from one pass over the quotation marks (`quote_scan`); speakers from
the speech cue next to them (`attribution`); reported speech from the cue's clause
(`reported`); tone from a lexicon (`tone`). The parse of the model is reused throughout.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from etl.nlp.attribution import Attributor, Speaker, question_put
from etl.nlp.cues import GROUP_TONE, CueLexicon, dictionary_paths
from etl.nlp.doc_ext import ActorRef, register_extensions
from etl.nlp.gazetteer import Publishers
from etl.nlp.quote_context import (
    Context,
    Direct,
    ancestor_cue,
    close_token,
    interrupts,
    is_name_or_term,
    is_term,
    mask,
    quoted_share,
    trailing_quote,
    window,
    window_before,
)
from etl.nlp.quote_scan import QuoteSpan, paragraph_starts, scan_quotes
from etl.nlp.reported import (
    addresser_country,
    clean_text,
    cut_before,
    named_countries,
    not_said,
    object_statement,
    outside_subject,
    reported_clause,
    reports_himself,
    target_country,
)
from etl.nlp.speakers import principal_holder
from etl.nlp.titles import KnownActors
from etl.nlp.tone import ToneLexicon
from etl.records import Statement

# The version of this stage's output, recorded in the pipeline version of every extraction. Bump it
# when what the stage produces changes (tests/etl/nlp/test_component_versions.py fails otherwise); never for
# refactoring, formatting or comments, which must leave the output as it was.
VERSION = "29"

SHORT_TAIL = 6  # `"We will win." Smith said.`: a cue this close may follow a full stop
# Reported clauses mostly made of a direct quotation add nothing to that quotation.
MAX_QUOTED_SHARE = 0.85


@Language.factory(
    "parley_quotes",
    assigns=["doc._.parley_statements"],
    default_config={
        "version": VERSION,
        "dictionaries": [],
        "min_partial_words": 2,
        "reported_speech": True,
        "unattributed": False,
    },
)
def make_quotes(
    nlp: Language,
    name: str,
    version: str,
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
        self.publishers = Publishers.load([Path(d) for d in dictionaries])
        self.known = KnownActors.load([Path(d) for d in dictionaries])
        self.tone = ToneLexicon.load(dictionary_paths("tone.tsv", dictionaries))
        self.min_partial_words = min_partial_words
        self.reported_speech = reported_speech
        # Statements whose speaker stays unknown ("a government official said", "the talks would continue,
        # it was reported") are dropped by default: words nobody can be said to have said are not an event.
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
        ctx = Context(doc, text, self.cues, mask(starts, spans), starts, paragraph_starts(text), sentences)
        ctx.quoted = [(s.start, s.end) for s in spans]
        ctx.tone_hits = self.tone.hits(doc)
        att = Attributor(doc, self.cues, ctx.in_quote, text, self._issuer(doc), self._principal(doc))
        cue_indices = self.cues.candidates(doc)
        att.walk_subjects(cue_indices)
        directs = self._directs(ctx, att, spans)
        items: list[tuple[int, Statement]] = []
        for d in directs:
            items.append((d.start, self._direct_statement(ctx, att, d)))
        if self.reported_speech:
            items.extend(self._reported(ctx, att, cue_indices))
        items.sort(key=lambda item: item[0])
        out = _drop_quoted_terms(ctx, _continue_speakers(ctx, att, items))
        _partial_targets(ctx, att, out)
        if att.issuer is not None:
            _speakers_targets(ctx, att, out)
        if not self.unattributed:
            out = [st for st in out if st.speaker is not None]
        return out

    def _issuer(self, doc: Doc) -> str | None:
        """The state whose government issued the document (`sources.tsv`), if it is a government's release."""
        source = doc._.parley_source if Doc.has_extension("parley_source") else None
        pub = self.publishers.of(source)
        return pub.country if pub is not None and pub.kind == "government" else None

    def _principal(self, doc: Doc) -> tuple[str, ActorRef] | None:
        """The principal a government release names by a bare title only (`speakers.principal_holder`)."""
        source = doc._.parley_source if Doc.has_extension("parley_source") else None
        pub = self.publishers.of(source)
        if pub is None or pub.kind != "government":
            return None
        published = doc._.parley_published if Doc.has_extension("parley_published") else None
        return principal_holder(self.known, pub.phrase, pub.country, published)

    def _directs(self, ctx: Context, att: Attributor, spans: list[QuoteSpan]) -> list[Direct]:
        """Direct quotations with their cue and speaker, merged where a cue interrupts one sentence."""
        out: list[Direct] = []
        for span in spans:
            d = self._classify(ctx, [span])
            if d is None:
                continue
            if out and interrupts(ctx, out[-1], d):
                merged = self._classify(ctx, [*out[-1].spans, span])
                if merged is not None:
                    out[-1] = merged
                    continue
            out.append(d)
        kept: list[Direct] = []
        for d in out:
            d.cue = self._cue(ctx, d)
            if d.cue is not None:
                d.speaker = att.speaker_of_cue(d.cue)
            if d.embedded and (d.speaker is None or d.speaker.name is None):
                continue  # a few quoted words nobody is said to have said: a scare quote or title
            kept.append(d)
        # A quotation running over several paragraphs has one speaker, whichever part names it.
        group: list[Direct] = []
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

    def _classify(self, ctx: Context, spans: list[QuoteSpan]) -> Direct | None:
        doc = ctx.doc
        first, last = ctx.token_at(spans[0].start), ctx.token_at(spans[-1].end - 1)
        tokens = doc[first : last + 1]
        words = sum(1 for t in tokens if t.is_alpha or t.like_num)
        if not words:
            return None
        before = window_before(ctx, spans[0])
        lead = next((t for t in before if not t.is_space), None)  # nearest token before the quotation
        has_words = any(t.is_alpha for t in before)
        embedded = has_words and lead is not None and lead.text != ":" and ctx.cues.group(lead) is None
        if has_words and lead is not None and lead.text != ":" and is_name_or_term(ctx, before, tokens):
            return None
        tail = ctx.text[spans[-1].end - 1]
        ends_sentence = tail in ".!?…"
        if words < self.min_partial_words and (embedded or tail not in ",.!?…"):
            # A lone quoted word inside a sentence is a scare quote or a characterisation
            # (what he called "positive" talks); `"No," he said.` still counts.
            return None
        partial = embedded and not ends_sentence
        return Direct(spans, tokens, embedded, partial, spans[0].continues)

    def _cue(self, ctx: Context, d: Direct) -> Token | None:
        """The speech cue of a quotation: a cue the quoted clause depends on, else one right
        after it (`"...," he said`), else one right before it (`He added: "..."`)."""
        if len(d.spans) > 1:  # `"A," he said, "b..."`: the cue is between the parts
            first_close = ctx.token_at(d.spans[0].close_mark or d.spans[0].end) + 1
            gap = window(ctx, first_close, +1)
            return next((t for t in gap if ctx.cues.group(t) is not None), None)
        cue = ancestor_cue(ctx, d.tokens)
        if cue is not None:
            return cue
        if d.embedded:
            return self._lead_in_cue(ctx, d)
        after = window(ctx, close_token(ctx, d), +1)
        tail = ctx.text[d.end - 1]
        after_words = [t for t in after if not (t.is_punct or t.is_space)]
        for token in after:
            if ctx.cues.group(token) is None:
                if _after_quote_cue(ctx, d, after, token):
                    return token
                continue
            if _introduces_next(ctx, after):
                break  # `"A." A spokesman said: "B."`: the cue and its colon open the next quotation
            runs_on = tail not in ".!?…" or (after_words and after_words[0].is_lower)
            own_clause = any(c.dep_ == "ccomp" and not ctx.in_quote[c.i] for c in token.children)
            if (runs_on or len(after_words) <= SHORT_TAIL) and not own_clause:
                return token
            break
        before = window_before(ctx, d.spans[0])
        return next((t for t in before if ctx.cues.group(t) is not None), None)

    @staticmethod
    def _lead_in_cue(ctx: Context, d: Direct) -> Token | None:
        """The cue of a whole quoted sentence that follows its cue with no colon, after words of its own
        (`X said on television "We are ready ..."`), when the
        parse did not hang the quotation on the cue: a cue before it in the sentence that says nothing else
        (no reported clause of its own). A few quoted words inside a sentence stay without."""
        first = ctx.text[d.spans[0].start : d.spans[0].start + 1]
        if d.partial or not first.isupper():
            return None
        for token in window_before(ctx, d.spans[0]):
            if ctx.cues.group(token) is None:
                continue
            if any(c.dep_ in ("ccomp", "xcomp", "dobj") and not ctx.in_quote[c.i] for c in token.children):
                return None  # "said the accord was "a step forward"": the cue's own clause
            return token
        return None

    def _direct_statement(self, ctx: Context, att: Attributor, d: Direct) -> Statement:
        quote = " ".join(clean_text(ctx.text[s.start : s.end]) for s in d.spans)
        group = ctx.cues.group(d.cue) if d.cue is not None else None
        return self._statement(ctx, att, quote, True, d.tokens, d.cue, group, d.speaker, d.partial)

    def _reported(self, ctx: Context, att: Attributor, cue_indices: list[int]) -> list[tuple[int, Statement]]:
        """Reported speech: the clause of every cue outside quotations that has a subject."""
        out: list[tuple[int, Statement]] = []
        held: list[tuple[int, int]] = []  # token ranges of statements made of a verb phrase
        stances = set(ctx.cues.stance_candidates(ctx.doc))
        for i in sorted(set(cue_indices) | stances):
            if ctx.in_quote[i] or any(s <= i < e for s, e in held):
                continue  # "reaffirmed X and commended Y": one statement holds both
            token = ctx.doc[i]
            group = ctx.cues.group(token) or ("report" if i in stances else None)
            if group is None or not_said(token, group, ctx.cues):
                continue
            named = att.actor_of_token(token)
            if named is not None and named[0].kind == "person":
                continue  # a word of a name, not a cue ("Oil Minister Mana Said al-Oteiba")
            if reports_himself(token) and reported_clause(token.head, ctx.cues.group(token.head) or "", ctx.cues):
                continue  # "X said he had urged Y to ...": the outer cue's statement holds it
            clause = reported_clause(token, group, ctx.cues) if i not in stances else None
            obj = ctx.cues.stance_object(token) if clause is None else None
            if obj is not None:
                clause = self._object_clause(ctx, att, token, obj)
                if clause is not None:
                    held.append((clause.start, clause.end))
            if clause is not None and _cue_of_quote(ctx, clause):
                continue  # "X said he told Y: "..."": the quotation is what he said, the cue no statement
            quoted_at = trailing_quote(ctx, clause) if clause is not None else None
            if clause is not None and quoted_at is not None:
                clause = cut_before(clause, quoted_at)
            if clause is None or quoted_share(ctx, clause) >= MAX_QUOTED_SHARE:
                continue
            speaker = att.speaker_of_cue(token)
            if speaker is None:
                continue
            quote = clean_text(ctx.text[clause.start_char : clause.end_char])
            out.append((clause.start_char, self._statement(ctx, att, quote, False, clause, token, group, speaker)))
        return _drop_nested_objects(ctx, out, {s for s, _ in held})

    @staticmethod
    def _object_clause(ctx: Context, att: Attributor, cue: Token, obj: Token) -> Span | None:
        """The verb phrase a cue says with its object (`object_statement`), only for a named speaker:
        "reaffirmed the commitment" said by nobody in particular is no event."""
        if cue.dep_ in ("ccomp", "xcomp") and ctx.cues.group(cue.head) is not None:
            return None  # "the communique said Japan stressed its commitment": the outer statement holds it
        speaker = att.speaker_of_cue(cue)
        if speaker is None or speaker.name is None:
            return None
        return object_statement(cue, obj, ctx.cues, release=att.issuer is not None)

    def _statement(
        self,
        ctx: Context,
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
        country = addresser_country(actor)
        target = target_country(att, cue, group, words, country, outside_subject(words) if partial else ())
        if target is None and cue is not None:
            target = _answer_target(att, cue, words, country)
        statement = Statement(
            speaker=speaker.name if speaker else None,
            quote=quote,
            direct=direct,
            evidence=ctx.evidence(words.start_char, words.end_char),
            target_country=target,
            cue=cue_name,
            tone=self.tone.label(ctx.tone_hits, words.start, words.end, GROUP_TONE.get(group or "", 0.0)),
            partial=partial,
            speaker_evidence=ctx.evidence(speaker.start, speaker.end) if speaker else None,
        )
        ctx.words_of[id(statement)] = (words, addresser_country(actor))
        return statement


def _after_quote_cue(ctx: Context, d: Direct, after: list[Token], token: Token) -> bool:
    """`"...," X joked`, `"...," observed Mr Y`: a verb that is a cue only after a quotation (`after_quote`
    lines of `cue_verbs.tsv`) is this one's cue when the quotation runs on into it (it ends in a comma, "!"
    or "?" with no full stop) and nothing stands between the closing mark and the verb but the verb's own
    subject (before or after it); the verb has no object or clause of its own outside the quotation."""
    if not ctx.cues.after_quote_verb(token) or ctx.text[d.end - 1] not in ",!?":
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and not ctx.in_quote[c.i]]
    if len(subjects) != 1:
        return False
    own = {t.i for t in subjects[0].subtree}
    if any(t.i < token.i and t.i not in own and not (t.is_punct or t.is_space) for t in after):
        return False  # `"...," X said, and Y agreed`: other words stand first
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl") and not ctx.in_quote[c.i] for c in token.children)


def _cue_of_quote(ctx: Context, clause: Span) -> bool:
    """The reported clause is only a cue that introduces a quotation with a colon ("said he told Y: "..."", round
    18c): its verb is a cue, and a colon and the quotation follow its last word outside the quotation."""
    doc = ctx.doc
    words = [t for t in clause if not ctx.in_quote[t.i] and not t.is_space]
    if not words or ctx.cues.group(clause.root) is None or ctx.in_quote[clause.root.i]:
        return False
    after = [t for t in doc[words[-1].i + 1 : words[-1].i + 4] if not t.is_space]
    colon = words[-1] if words[-1].text == ":" else (after[0] if after and after[0].text == ":" else None)
    if colon is None:
        return False
    rest = [t for t in doc[colon.i + 1 : colon.i + 4] if not t.is_space and not t.is_quote]
    return bool(rest) and ctx.in_quote[rest[0].i]


def _introduces_next(ctx: Context, after: list[Token]) -> bool:
    """Whether the words after a quotation end in a colon right before the next quotation opens
    (`"A." Committee chairman X said: "B."`): they introduce that one, not the one before them."""
    if not after or after[-1].text != ":":
        return False
    following = after[-1].i + 1
    return following < len(ctx.doc) and ctx.in_quote[following]


def _answer_target(att: Attributor, cue: Token, words: Span, country: str | None) -> str | None:
    """An answer to a question put to its speaker ("Asked if Korea would retaliate against U.S. goods, he
    said: "We have no thought of retaliation."") is aimed where the question is, when the answer itself
    names no other country: the country the question's words single out, by the same reading as the
    words' own (so only for a speaker whose country is known)."""
    question = question_put(cue)
    if question is None or named_countries(att, words, country):
        return None
    doc = cue.doc
    return target_country(att, None, None, doc[question.i + 1 : question.right_edge.i + 1], country)


def _drop_nested_objects(
    ctx: Context, items: list[tuple[int, Statement]], object_starts: set[int]
) -> list[tuple[int, Statement]]:
    """Leave out a verb-phrase statement whose cue lies inside the words of another reported statement
    ("said he had made it plain the UK would welcome ...": the outer statement holds the welcome)."""
    spans = [(ctx.words_of[id(st)][0], st) for _, st in items]
    out = []
    for at, st in items:
        words = ctx.words_of[id(st)][0]
        own = words.start in object_starts
        if own and any(
            o is not st and o.start <= words.start < o.end and o.start not in object_starts for o, _ in spans
        ):
            continue
        out.append((at, st))
    return out


def _continue_speakers(ctx: Context, att: Attributor, items: list[tuple[int, Statement]]) -> list[Statement]:
    """Give a quotation with no cue the speaker of what comes last before it, within the same
    or the previous paragraph: the statement before it (`"A," he said. "B."`) or the person
    last seen as a subject (`Chirac appealed for ... \n\n "Quote."`)."""
    out: list[Statement] = []
    previous: Statement | None = None
    for _, st in items:
        if st.direct and st.cue is None and st.speaker is None:
            paragraph = ctx.paragraph_at(st.evidence.start)
            here = ctx.token_at(st.evidence.start)
            subject = att.last_subject(here)
            subject_at = ctx.doc[subject[0]].idx if subject else -1
            if subject and paragraph - ctx.paragraph_at(subject_at) > 1:
                subject, subject_at = None, -1
            if previous is not None and paragraph - ctx.paragraph_at(previous.evidence.start) > 1:
                previous = None
            if subject is not None and (previous is None or subject_at > previous.evidence.start):
                speaker = subject[1]
                st.speaker, st.speaker_evidence = speaker.name, ctx.evidence(speaker.start, speaker.end)
                _retarget(ctx, att, st, addresser_country(speaker.actor))
            elif previous is not None:
                st.speaker, st.speaker_evidence = previous.speaker, previous.speaker_evidence
                _retarget(ctx, att, st, ctx.words_of[id(previous)][1])
            if previous is not None and st.speaker is not None and st.speaker == previous.speaker:
                _continue_target(ctx, att, st, previous)
        out.append(st)
        previous = st
    return out


def _continue_target(ctx: Context, att: Attributor, st: Statement, previous: Statement) -> None:
    """A quotation that goes on from the one before it (`"A," he said. "B."`) is aimed where that one is,
    unless its own words name another country."""
    words, country = ctx.words_of[id(st)]
    target = previous.target_country
    if st.target_country is None and target is not None and set(named_countries(att, words, country)) <= {target}:
        st.target_country = target


def _retarget(ctx: Context, att: Attributor, st: Statement, country: str | None) -> None:
    """A statement whose speaker was found after it was made: its speaker's country, and the
    target that country allows (a country is not its own speaker's target)."""
    words = ctx.words_of[id(st)][0]
    ctx.words_of[id(st)] = (words, country)
    if st.target_country is None or st.target_country == country:
        st.target_country = target_country(att, None, None, words, country)


def _speakers_targets(ctx: Context, att: Attributor, statements: list[Statement]) -> None:
    """In a government's release (a readout of a call or meeting), a speaker's words that name no other
    country are aimed where his other words in it are, when those are aimed at one country only: the
    counterpart of the call ("reaffirmed our strong alliance with the Philippines" ... "he will not be able
    to go forward with his planned travel"). Words that name another country keep the target their own
    words give, or none. News stories are left alone: a politician's words there range over many subjects."""
    aimed: dict[str, set[str]] = {}
    # Only a country whose own people the release names is a counterpart ("Prime Minister X"); one only
    # talked about ("the desire to give Syria a chance" in a meeting with four European ministers) is not.
    represented = {a.country for a in att.actors if a.kind == "person" and a.country}
    for st in statements:
        if st.speaker is not None and st.target_country is not None:
            aimed.setdefault(st.speaker, set()).add(st.target_country)
    for st in statements:
        targets = aimed.get(st.speaker or "", set())
        if st.target_country is not None or len(targets) != 1 or not targets <= represented:
            continue
        words, country = ctx.words_of[id(st)]
        if country is not None and set(named_countries(att, words, country)) <= targets:
            st.target_country = next(iter(targets))


def _partial_targets(ctx: Context, att: Attributor, statements: list[Statement]) -> None:
    """A few quoted words inside reported speech (the IMF said Liberia's economy grew thanks to a "continued
    strong recovery ...") are aimed where the reported statement that holds them is, when the same speaker
    says both and the quoted words name no country at all (not even the speaker's own: Blair's "importance to
    ... my country, Britain" is about Britain): they are part of what it says about its target."""
    reported = [st for st in statements if not st.direct and st.target_country is not None]
    for st in statements:
        if not (st.partial and st.target_country is None and st.speaker is not None):
            continue
        inner = st.evidence
        outer = next(
            (
                r
                for r in reported
                if r.speaker == st.speaker and r.evidence.start <= inner.start and inner.end <= r.evidence.end + 1
            ),
            None,
        )
        if outer is None:
            continue
        words = ctx.words_of[id(st)][0]
        if not named_countries(att, words, None):
            st.target_country = outer.target_country


def _drop_quoted_terms(ctx: Context, statements: list[Statement]) -> list[Statement]:
    """Leave out a few quoted words that only name a thing (urged action on reducing "acid rain")
    inside reported speech of the same speaker, which holds them already; a characterisation with
    no statement around it (called it a "good meeting") stays."""
    reported = [st for st in statements if not st.direct]
    out = []
    for st in statements:
        if st.partial and is_term(ctx.words_of[id(st)][0]):
            inner = st.evidence
            if any(r.speaker == st.speaker and r.evidence.start <= inner.start < r.evidence.end for r in reported):
                continue
        out.append(st)
    return out

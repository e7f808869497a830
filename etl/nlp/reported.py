"""Reported speech and targets: the clause a speech cue introduces, and whom words are aimed at.

Both read the dependency parse the model already made: the clausal complement of the cue
("said (that) ..."), its infinitival complement ("told Japan to ..."), the complement of
"of"/"for" ("accused Japan of ..."); and the object of a targeting cue ("told the
Americans", "criticized the American measures").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from etl.nlp.attribution import SUBJECT_DEPS, Attributor
from etl.nlp.cues import TARGETING_GROUPS, CueLexicon

MIN_CLAUSE_WORDS = 3
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
# Prepositions whose object is the party addressed ("called on Iran", "warned against Japan").
TARGET_PREPS = frozenset({"on", "against", "to"})
CLAUSE_PREPS = frozenset({"of", "for", "over"})
_QUOTE_MARKS = re.compile(r'``|\'\'|["“”„‟«»]')
_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Quoted or reported words as stored: double quotation marks removed, spaces collapsed."""
    return _SPACES.sub(" ", _QUOTE_MARKS.sub("", text)).strip()


def reported_clause(cue: Token, group: str, cues: CueLexicon) -> Span | None:
    """The words a cue reports, as a span without "that" and edge punctuation, or None."""
    if group == "source":
        return _according_clause(cue)
    content = _content_head(cue, group)
    if content is None:
        return None
    inner = cues.group(content)
    if inner and any(c.dep_ in SUBJECT_DEPS for c in content.children) and reported_clause(content, inner, cues):
        return None  # "officials said X said that ...": the inner cue reports it
    start, end = content.left_edge.i, _clause_end(cue, content, cues)
    return _trim(cue.doc[start:end])


def _content_head(cue: Token, group: str) -> Token | None:
    """The head of the reported words: the cue's clausal complement ("said (that) ..."), its
    infinitival complement ("urged Canada to ..."), or the clause after "of"/"for"/"over"."""
    # Only plain reporting verbs put their clause first ("..., he said"); an addressee or
    # target comes before the words ("urged Canada to ...").
    either_side = group == "report"
    content = next((c for c in cue.children if c.dep_ == "ccomp" and (either_side or c.i > cue.i)), None)
    if content is None:
        content = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
    if content is None:
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ in CLAUSE_PREPS:
                content = next((c for c in prep.children if c.dep_ == "pcomp"), None)
                if content is not None:
                    break
    return content


def _clause_end(cue: Token, content: Token, cues: CueLexicon) -> int:
    """One past the last token of the reported words headed by `content`."""
    doc = cue.doc
    end = content.right_edge.i + 1
    for k in range(content.i + 1, end):
        if doc[k].dep_ == "conj" and cues.group(doc[k]) is not None:
            return k  # "..., but added ...": a second cue starts a statement of its own
    if content.i < cue.i:
        return end
    # Reported words run to the end of the sentence even where the parse attached the
    # tail elsewhere ("said A, but B", "<CAWL.L> shareholding ..."), up to another cue.
    while end < len(doc) and not doc[end].is_sent_start and cues.group(doc[end]) is None:
        end += 1
    if end < len(doc) and not doc[end].is_sent_start:
        # Stopped at another cue: leave out its subject (", adding", ", he added").
        stop = doc[end]
        own = {t.i for c in stop.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "punct" for t in c.subtree}
        while end > content.right_edge.i + 1 and (end - 1 in own or doc[end - 1].is_punct):
            end -= 1
    return end


def _according_clause(cue: Token) -> Span | None:
    """The clause "according to X" attaches to, minus the phrase ("According to X, Y" -> Y)."""
    head = cue.head
    if head is cue:
        return None
    phrase = [t.i for t in cue.subtree]
    start, end = head.left_edge.i, head.right_edge.i + 1
    if min(phrase) > head.i:  # "Y, according to X"
        end = min(phrase)
    else:  # "According to X, Y"
        start = max(phrase) + 1
    return _trim(cue.doc[start:end]) if end > start else None


def _trim(span: Span) -> Span | None:
    """Drop leading "that", punctuation and spaces and trailing punctuation; None when too short."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "mark"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    words = sum(1 for t in doc[start:end] if t.is_alpha or t.like_num)
    return doc[start:end] if words >= MIN_CLAUSE_WORDS else None


def _noun_phrase(token: Token) -> list[Token]:
    """A noun and its modifiers, nearest first, without prepositional tails."""
    out = [token]
    out.extend(c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod", "appos"))
    return out


def _objects(verb: Token) -> Iterable[Token]:
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            yield child
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            yield from (c for c in child.children if c.dep_ == "pobj")


def target_country(
    att: Attributor, cue: Token | None, group: str | None, words: Span, speaker_country: str | None
) -> str | None:
    """ISO3 of the party the words are aimed at: the object of a targeting cue ("told
    Japan", "accused Japan"), else the object of a targeting verb inside the words ("We
    told the Americans"); never the speaker's own country."""
    candidates: list[Token] = []
    if cue is not None and group in TARGETING_GROUPS:
        candidates.extend(_objects(cue))
    for token in words:
        if token.pos_ == "VERB" and att.cues.verbs.get(token.lemma_.lower()) in TARGETING_GROUPS:
            candidates.extend(_objects(token))
    for obj in candidates:
        for token in _noun_phrase(obj):
            iso = att.country_of_token(token)
            if iso and iso != speaker_country:
                return iso
    return None

"""Tone of a statement (cooperative, neutral, critical) from the lexicon in `tone.tsv`.

A lexicon match over the lemmas of the quoted words, with simple negation handling:
a negator up to three words before a term flips it ("not a good way" is critical).
Terms are found once per Doc (`hits`), then summed over each statement's span.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from etl.nlp.cues import read_tsv

NEGATORS = frozenset({"not", "n't", "no", "never", "neither", "nor", "without", "nothing", "cannot"})
NEGATION_WINDOW = 3
TONES = ("cooperative", "neutral", "critical")


@dataclass(slots=True)
class ToneLexicon:
    """Terms (tuples of lower-case lemmas or words) with a signed weight: > 0 cooperative, < 0 critical."""

    terms: dict[tuple[str, ...], float] = field(default_factory=dict)
    first_words: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, paths: Iterable[Path]) -> ToneLexicon:
        """Read `tone.tsv` files; later files override earlier entries."""
        lexicon = cls()
        for path in paths:
            for row in read_tsv(path):
                if len(row) < 2 or row[1] not in ("cooperative", "critical"):
                    continue
                weight = float(row[2]) if len(row) > 2 and row[2] else 1.0
                sign = 1.0 if row[1] == "cooperative" else -1.0
                words = tuple(row[0].lower().split())
                if words:
                    lexicon.terms[words] = sign * weight
                    lexicon.first_words.add(words[0])
        return lexicon

    def hits(self, doc: Doc) -> list[tuple[int, float]]:
        """(token index, signed weight) of every term in the Doc, negated terms flipped.

        Works on the Doc's arrays: strings are looked up only where a term may start."""
        if not len(doc):
            return []
        strings = doc.vocab.strings
        first = {strings[w] for w in self.first_words}
        cols = doc.to_array([LEMMA, LOWER]).tolist()
        out: list[tuple[int, float]] = []
        longest = max((len(t) for t in self.terms), default=1)
        for i, (lemma, lower) in enumerate(cols):
            if lemma not in first and lower not in first:
                continue
            for n in range(min(longest, len(cols) - i), 0, -1):
                weight = self.terms.get(tuple(strings[cols[i + k][0]].lower() for k in range(n)))
                if weight is None:
                    weight = self.terms.get(tuple(strings[cols[i + k][1]] for k in range(n)))
                if weight is not None:
                    before = (strings[cols[j][1]] for j in range(max(0, i - NEGATION_WINDOW), i))
                    out.append((i, -weight if any(w in NEGATORS for w in before) else weight))
                    break
        return out

    @staticmethod
    def label(hits: list[tuple[int, float]], start: int, end: int, bias: float = 0.0) -> str:
        """`cooperative`, `neutral` or `critical` for tokens [start, end) given the Doc's
        `hits`; `bias` adds the cue's own tone (accused ... is critical)."""
        lo = bisect.bisect_left(hits, (start, float("-inf")))
        hi = bisect.bisect_left(hits, (end, float("-inf")))
        total = sum(w for _, w in hits[lo:hi]) + bias
        if total > 0:
            return "cooperative"
        if total < 0:
            return "critical"
        return "neutral"

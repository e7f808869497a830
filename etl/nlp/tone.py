"""Tone of a statement (cooperative, neutral, critical) from the lexicon in `tone.tsv`.

A lexicon match over the lemmas of the quoted words, with simple negation handling:
a negator up to three words before a term flips it ("not a good way" is critical).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

from etl.nlp.dictfiles import read_tsv

NEGATORS = frozenset({"not", "n't", "no", "never", "neither", "nor", "without", "nothing", "cannot"})
NEGATION_WINDOW = 3
MAX_TERM_WORDS = 3
TONES = ("cooperative", "neutral", "critical")


@dataclass(slots=True)
class ToneLexicon:
    """Terms (tuples of lower-case lemmas) with a signed weight: > 0 cooperative, < 0 critical."""

    terms: dict[tuple[str, ...], float] = field(default_factory=dict)

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
                lexicon.terms[tuple(row[0].lower().split())] = sign * weight
        return lexicon

    def score(self, tokens: Sequence[Token]) -> float:
        """Summed signed weight of the terms found in `tokens`, negated terms flipped."""
        lemmas = [t.lemma_.lower() for t in tokens]
        words = [t.lower_ for t in tokens]
        total = 0.0
        i = 0
        while i < len(lemmas):
            matched = 0
            for n in range(min(MAX_TERM_WORDS, len(lemmas) - i), 0, -1):
                weight = self.terms.get(tuple(lemmas[i : i + n]))
                if weight is None:
                    weight = self.terms.get(tuple(words[i : i + n]))
                if weight is not None:
                    if any(w in NEGATORS for w in words[max(0, i - NEGATION_WINDOW) : i]):
                        weight = -weight
                    total += weight
                    matched = n
                    break
            i += matched or 1
        return total

    def label(self, tokens: Sequence[Token], bias: float = 0.0) -> str:
        """`cooperative`, `neutral` or `critical`; `bias` adds the cue's own tone (accused ...)."""
        total = self.score(tokens) + bias
        if total > 0:
            return "cooperative"
        if total < 0:
            return "critical"
        return "neutral"

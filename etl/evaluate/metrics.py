"""Counts, ratios and their micro-averaged sums: what a document or a whole gold set scored."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The four categories whose F1s make the headline score (README, "Scoring rules").
HEADLINE_CATEGORIES: tuple[str, ...] = ("persons", "statements", "meetings", "issues")
# Every category, in report order; `statement_texts` is statements matched on text alone.
CATEGORIES: tuple[str, ...] = ("persons", "statements", "statement_texts", "meetings", "issues")
# Ratios reported over each category's matches; always present so the JSON keeps one shape.
RATIOS: dict[str, tuple[str, ...]] = {
    "persons": ("country_accuracy", "role_accuracy"),
    "statements": ("speaker_accuracy", "speaker_country_accuracy", "target_accuracy", "indirect_recall"),
    "meetings": (
        "participant_precision",
        "participant_recall",
        "date_accuracy",
        "location_accuracy",
        "host_accuracy",
    ),
}
# Error counts reported per category (always present, so the JSON keeps one shape): for meetings,
# held meetings the gold lists as planned or cancelled (`planned_as_held`), gold meetings predicted only
# as planned or cancelled (`held_as_planned`), and extra predictions of a meeting already matched
# (`duplicates`).
ERRORS: dict[str, tuple[str, ...]] = {
    "meetings": ("planned_as_held", "held_as_planned", "duplicates"),
}


@dataclass(slots=True)
class Counts:
    """True positives, false positives, false negatives; P/R/F1 from them.

    With nothing to find and nothing found, precision and recall are 1.0: a system that
    correctly reports no meeting for an article without one is not wrong.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Tally:
    """A ratio over some items (e.g. country accuracy over true positives); None when empty."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.correct + other.correct, self.total + other.total)


@dataclass(slots=True)
class CategoryScore:
    """One category's counts plus the ratios reported over its matches (`country_accuracy`...) and
    the counts of its classes of error (`duplicates`...)."""

    counts: Counts = field(default_factory=Counts)
    ratios: dict[str, Tally] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)

    def ratio(self, name: str) -> Tally:
        return self.ratios.setdefault(name, Tally())

    def error(self, name: str, n: int = 1) -> None:
        self.errors[name] = self.errors.get(name, 0) + n

    def __add__(self, other: CategoryScore) -> CategoryScore:
        ratios = {k: v + Tally() for k, v in self.ratios.items()}
        for k, v in other.ratios.items():
            ratios[k] = ratios.get(k, Tally()) + v
        errors = dict(self.errors)
        for k, n in other.errors.items():
            errors[k] = errors.get(k, 0) + n
        return CategoryScore(self.counts + other.counts, ratios, errors)

    def to_json(self) -> dict[str, Any]:
        out = self.counts.to_json()
        for name, tally in self.ratios.items():
            value = tally.value
            out[name] = None if value is None else round(value, 4)
            out[f"{name}_n"] = tally.total
        out.update(self.errors)
        return out


@dataclass(slots=True)
class Miss:
    """One error in one document, for `--details`: a missed or spurious item, or a wrong attribute."""

    category: str
    kind: str  # "missed" (gold not found), "spurious" (predicted, not in gold), "wrong" (attribute)
    item: str

    def to_json(self) -> dict[str, str]:
        return {"category": self.category, "kind": self.kind, "item": self.item}


def empty_categories() -> dict[str, CategoryScore]:
    """Zero counts for every category, with its ratios."""
    return {
        c: CategoryScore(ratios={r: Tally() for r in RATIOS.get(c, ())}, errors={e: 0 for e in ERRORS.get(c, ())})
        for c in CATEGORIES
    }


@dataclass(slots=True)
class DocScore:
    """What one document scored."""

    doc_id: str
    categories: dict[str, CategoryScore] = field(default_factory=empty_categories)
    corpus: str = ""  # the collection the text comes from (`etl.evaluate.gold.corpus_name`), for `--by-corpus`
    leaks: int = 0  # predicted actors matching a `must_not_extract` name
    misses: list[Miss] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.doc_id,
            "corpus": self.corpus,
            **{c: s.to_json() for c, s in self.categories.items()},
            "leaks": self.leaks,
            "misses": [m.to_json() for m in self.misses],
        }


@dataclass(slots=True)
class Metrics:
    """Micro-averaged scores over many documents and the headline (mean of four F1s)."""

    categories: dict[str, CategoryScore]
    leaks: int = 0
    documents: int = 0

    @property
    def headline(self) -> float:
        return sum(self.categories[c].counts.f1 for c in HEADLINE_CATEGORIES) / len(HEADLINE_CATEGORIES)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "headline": round(self.headline, 4),
            **{c: s.to_json() for c, s in self.categories.items()},
            "leaks": self.leaks,
        }


def aggregate(scores: list[DocScore]) -> Metrics:
    """Sum counts over documents (micro-average): every item weighs the same, whatever its article."""
    categories = empty_categories()
    for score in scores:
        for c, s in score.categories.items():
            categories[c] = categories[c] + s
    return Metrics(categories, leaks=sum(s.leaks for s in scores), documents=len(scores))

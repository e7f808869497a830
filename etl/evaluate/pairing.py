"""Greedy one-to-one pairing of gold and predicted items, with the README's `optional` rule."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Item = dict[str, Any]
# A candidate's score: compared as a tuple, higher first (primary score, then tie-breakers).
Score = tuple[float, ...]


@dataclass(slots=True)
class Pairing:
    """How the items of one category in one document paired up.

    `pairs` holds (gold index, predicted index) for non-optional gold items only; items
    paired with an optional gold item are in neither `pairs` nor the unpaired lists.
    """

    pairs: list[tuple[int, int]] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)  # non-optional gold items left unpaired
    spurious: list[int] = field(default_factory=list)  # predicted items left unpaired (optional ones excepted)
    ignored: list[tuple[int, int]] = field(default_factory=list)  # pairs with an optional gold item


def is_optional(item: Item) -> bool:
    return bool(item.get("optional"))


def greedy_pair(gold: Sequence[Item], pred: Sequence[Item], score: Callable[[Item, Item], Score | None]) -> Pairing:
    """Pair greedily by descending score; `score` returns None when the two cannot pair.

    Ties go to a non-optional gold item (so that an optional twin never steals a true
    positive), then to document order, which makes the result deterministic.

    A predicted item marked optional that pairs with nothing is not spurious. The extractor
    never marks its output optional; a second annotator's gold file scored as predictions
    does, and so the README's rule applies to both annotations alike (inter-annotator
    agreement).
    """
    candidates: list[tuple[Score, bool, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s is not None:
                candidates.append((s, not is_optional(g), gi, pi))
    candidates.sort(key=lambda c: (c[2], c[3]))
    candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)  # stable: keeps document order on ties

    out = Pairing()
    gold_used: set[int] = set()
    pred_used: set[int] = set()
    for _, required, gi, pi in candidates:
        if gi in gold_used or pi in pred_used:
            continue
        gold_used.add(gi)
        pred_used.add(pi)
        (out.pairs if required else out.ignored).append((gi, pi))
    out.missed = [gi for gi, g in enumerate(gold) if gi not in gold_used and not is_optional(g)]
    out.spurious = [pi for pi, p in enumerate(pred) if pi not in pred_used and not is_optional(p)]
    return out

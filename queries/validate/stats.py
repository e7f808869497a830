"""Precision with Wilson score intervals, and agreement between two coders (percentage agreement and
Cohen's kappa): the statistics of `parley validate report`."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

Z95 = 1.959963984540054  # standard normal quantile for a two-sided 95% interval


@dataclass(frozen=True)
class Proportion:
    """`k` successes of `n`, with its Wilson interval (None when n is 0)."""

    k: int
    n: int
    low: float | None
    high: float | None

    @property
    def value(self) -> float | None:
        return self.k / self.n if self.n else None

    def to_json(self) -> dict[str, float | int | None]:
        r = lambda x: None if x is None else round(x, 4)  # noqa: E731
        return {"correct": self.k, "n": self.n, "precision": r(self.value), "low": r(self.low), "high": r(self.high)}


def wilson(k: int, n: int, z: float = Z95) -> Proportion:
    """Wilson score interval of k/n (Wilson 1927): (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n).
    Unlike the normal approximation it stays within [0, 1] and is usable for p near 0 or 1."""
    if not 0 <= k <= n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    if n == 0:
        return Proportion(0, 0, None, None)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return Proportion(k, n, max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True)
class Agreement:
    """Two coders on the same judgments: how many, the share they agree on, and Cohen's kappa (None
    when chance agreement is 1, i.e. both used one and the same category throughout)."""

    coders: tuple[str, str]
    n: int
    percent: float | None
    kappa: float | None


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> tuple[float | None, float | None]:
    """Percentage agreement p_o and Cohen's kappa (p_o - p_e) / (1 - p_e) of two coders' labels, where
    p_e = sum over categories of the product of the two coders' marginal shares (Cohen 1960)."""
    if len(a) != len(b):
        raise ValueError("the two coders must label the same items")
    n = len(a)
    if n == 0:
        return None, None
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[c] * cb[c] for c in ca.keys() | cb.keys()) / (n * n)
    if math.isclose(pe, 1.0):
        return po, None
    return po, (po - pe) / (1 - pe)

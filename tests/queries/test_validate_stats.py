"""The statistics of `parley validate report`, checked against values computed by hand."""

from __future__ import annotations

import pytest

from queries.validate.report import band_of, record_verdict
from queries.validate.sample import allocate
from queries.validate.stats import cohen_kappa, wilson


def test_wilson_interval_of_8_of_10() -> None:
    # By hand, z = 1.96 (z^2 = 3.8415), p = 0.8, n = 10:
    #   denominator 1 + z^2/n = 1.38415
    #   centre (p + z^2/2n) / 1.38415 = (0.8 + 0.19207) / 1.38415 = 0.71674
    #   half z * sqrt(p(1-p)/n + z^2/4n^2) / 1.38415 = 1.96 * sqrt(0.016 + 0.0096036) / 1.38415 = 0.22658
    #   interval 0.71674 -/+ 0.22658 = [0.4902, 0.9433] (the textbook Wilson interval for 8/10)
    p = wilson(8, 10)
    assert p.value == 0.8
    assert p.low == pytest.approx(0.4902, abs=1e-4)
    assert p.high == pytest.approx(0.9433, abs=1e-4)


def test_wilson_interval_at_the_edges() -> None:
    # 0 of 10: centre = half = (z^2/2n) / 1.38415 = 0.19207 / 1.38415 = 0.13877, so [0, 0.2775];
    # 10 of 10 is its mirror image [0.7225, 1]. The normal approximation would give [0, 0] and [1, 1].
    none, every = wilson(0, 10), wilson(10, 10)
    assert none.low == pytest.approx(0.0, abs=1e-12) and none.high == pytest.approx(0.2775, abs=1e-4)
    assert every.low == pytest.approx(0.7225, abs=1e-4) and every.high == pytest.approx(1.0, abs=1e-12)
    # 1 of 1: centre (1 + 1.92073) / 4.84146 = 0.60330, half 1.96 * sqrt(0.96036) / 4.84146 = 0.39671
    assert wilson(1, 1).low == pytest.approx(0.2065, abs=1e-4)
    empty = wilson(0, 0)
    assert empty.value is None and empty.low is None and empty.high is None
    with pytest.raises(ValueError):
        wilson(3, 2)


def test_cohen_kappa_of_the_textbook_two_by_two_table() -> None:
    # 50 items: both yes 20, A yes / B no 5, A no / B yes 10, both no 15.
    # p_o = (20 + 15) / 50 = 0.70; A says yes 25/50 = 0.5, B 30/50 = 0.6;
    # p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.50; kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40
    a = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    po, kappa = cohen_kappa(a, b)
    assert po == pytest.approx(0.70)
    assert kappa == pytest.approx(0.40)


def test_cohen_kappa_with_three_categories() -> None:
    # A: c c c w w c c t c w   B: c c w w w c c c c c   (t = can't tell)
    # agree on items 1 2 4 5 6 7 9: p_o = 7/10 = 0.7
    # marginals A: c 6, w 3, t 1; B: c 7, w 3, t 0 -> p_e = (6*7 + 3*3 + 1*0) / 100 = 0.51
    # kappa = (0.7 - 0.51) / (1 - 0.51) = 0.19 / 0.49 = 0.387755
    a = ["correct", "correct", "correct", "wrong", "wrong", "correct", "correct", "cant_tell", "correct", "wrong"]
    b = ["correct", "correct", "wrong", "wrong", "wrong", "correct", "correct", "correct", "correct", "correct"]
    po, kappa = cohen_kappa(a, b)
    assert po == pytest.approx(0.7)
    assert kappa == pytest.approx(0.387755, abs=1e-6)


def test_kappa_is_undefined_when_both_coders_use_one_category() -> None:
    # p_e = 1: kappa's denominator is 0, whatever the agreement
    assert cohen_kappa(["correct"] * 4, ["correct"] * 4) == (1.0, None)
    assert cohen_kappa([], []) == (None, None)


def test_proportional_allocation_by_largest_remainder() -> None:
    # n = 7 over 50/30/20: quotas 3.5, 2.1, 1.4 -> floors 3, 2, 1 (6); the one left goes to the
    # largest remainder (a: 0.5)
    assert allocate({"a": 50, "b": 30, "c": 20}, 7) == {"a": 4, "b": 2, "c": 1}
    # n = 10 over 1/1/98: quotas 0.1, 0.1, 9.8 -> 0, 0, 9; the remainder 0.8 of c wins
    assert allocate({"a": 1, "b": 1, "c": 98}, 10) == {"a": 0, "b": 0, "c": 10}
    # more than the population: everything
    assert allocate({"a": 2, "b": 3}, 9) == {"a": 2, "b": 3}


def test_record_verdict_and_bands() -> None:
    assert record_verdict({"speaker": "correct", "target": "cant_tell"}) == "correct"
    assert record_verdict({"speaker": "correct", "target": "wrong"}) == "wrong"
    assert record_verdict({"speaker": "cant_tell"}) == "cant_tell"
    assert [band_of(x) for x in (0.0, 0.49, 0.5, 0.84, 0.85, 1.0, None)] == [
        "0.00-0.49",
        "0.00-0.49",
        "0.50-0.69",
        "0.70-0.84",
        "0.85-1.00",
        "0.85-1.00",
        None,
    ]

"""The scorer: gold scores 1.0 against itself, and known perturbations move the right number only.

Gold is read from `../shared/gold` beside the checkout (CI has it there). Every expected
number below is counted by hand from `shared/gold/seed-000.json`: 7 non-optional persons
(Saddam Hussein is optional), 10 non-optional statements of which 7 direct and 3
indirect, 3 meetings with 7 participants in all, 5 non-optional issues.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from etl.evaluate import DocScore, aggregate, load_document, read_gold, score_document

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
SEED = SHARED / "gold" / "seed-000.json"
DEV = sorted((SHARED / "gold" / "dev").glob("*.json"))
pytestmark = pytest.mark.shared


def _gold(path: Path) -> tuple[dict[str, Any], str]:
    gold = read_gold(path)
    return gold, load_document(gold, path).text


def _score(pred_edit: Any = None) -> DocScore:
    """Seed gold against a copy of itself changed by `pred_edit`."""
    gold, text = _gold(SEED)
    pred = copy.deepcopy(gold)
    if pred_edit:
        pred_edit(pred)
    return score_document(gold, pred, text)


def _counts(score: DocScore, category: str) -> tuple[int, int, int]:
    c = score.categories[category].counts
    return c.tp, c.fp, c.fn


def _ratio(score: DocScore, category: str, name: str) -> tuple[int, int]:
    t = score.categories[category].ratios[name]
    return t.correct, t.total


def _assert_perfect(score: DocScore) -> None:
    for name, category in score.categories.items():
        assert category.counts.fp == 0 and category.counts.fn == 0, (score.doc_id, name)
        assert category.counts.f1 == 1.0, (score.doc_id, name)
        for ratio, tally in category.ratios.items():
            assert tally.value in (None, 1.0), (score.doc_id, name, ratio)
    assert score.leaks == 0
    assert score.misses == []


def test_shared_gold_is_there() -> None:
    assert SEED.is_file()
    assert len(DEV) == 12


@pytest.mark.parametrize("path", [SEED, *DEV], ids=lambda p: p.stem)
def test_gold_against_itself_scores_one(path: Path) -> None:
    gold, text = _gold(path)
    _assert_perfect(score_document(gold, copy.deepcopy(gold), text))


def test_all_gold_against_itself_has_headline_one() -> None:
    scores = [score_document(g, g, t) for g, t in map(_gold, [SEED, *DEV])]
    metrics = aggregate(scores)
    assert metrics.headline == 1.0
    assert metrics.documents == 13


def test_seed_counts_against_itself() -> None:
    score = _score()
    assert _counts(score, "persons") == (7, 0, 0)
    assert _counts(score, "statements") == (7, 0, 0)
    assert _counts(score, "statement_texts") == (10, 0, 0)
    assert _counts(score, "meetings") == (3, 0, 0)
    assert _counts(score, "issues") == (5, 0, 0)
    assert _ratio(score, "statements", "indirect_recall") == (3, 3)
    assert _ratio(score, "meetings", "participant_recall") == (7, 7)


def _drop_actor(name: str) -> Any:
    def edit(pred: dict[str, Any]) -> None:
        pred["actors"] = [a for a in pred["actors"] if a["name"] != name]

    return edit


def test_dropping_a_person_lowers_persons_recall_only() -> None:
    score = _score(_drop_actor("Marcie Ries"))
    assert _counts(score, "persons") == (6, 0, 1)
    persons = score.categories["persons"].counts
    assert persons.precision == 1.0
    assert persons.recall == pytest.approx(6 / 7)
    for other in ("statements", "statement_texts", "meetings", "issues"):
        assert score.categories[other].counts.f1 == 1.0, other
    # F1 of persons = 2 * 1 * 6/7 / (1 + 6/7) = 12/13; the other three are 1.
    assert aggregate([score]).headline == pytest.approx((12 / 13 + 3) / 4)


def test_dropping_an_optional_person_changes_nothing() -> None:
    score = _score(_drop_actor("Saddam Hussein"))
    assert _counts(score, "persons") == (7, 0, 0)


def test_wrong_speaker_loses_the_attributed_statement_but_not_the_text_match() -> None:
    def edit(pred: dict[str, Any]) -> None:
        pred["statements"][0]["speaker"] = "Labid Abawi"  # gold: Philip Reeker

    score = _score(edit)
    assert _counts(score, "statements") == (6, 1, 1)
    assert _counts(score, "statement_texts") == (10, 0, 0)
    assert _ratio(score, "statements", "speaker_accuracy") == (9, 10)
    assert _ratio(score, "statements", "indirect_recall") == (3, 3)
    assert _counts(score, "persons") == (7, 0, 0)


def test_speaker_written_differently_still_matches() -> None:
    def edit(pred: dict[str, Any]) -> None:
        pred["statements"][0]["speaker"] = "Mr Reeker"
        pred["statements"][2]["speaker"] = "Amir-Abdollahian"

    assert _counts(_score(edit), "statements") == (7, 0, 0)


def test_direct_statement_predicted_as_reported_speech_is_missed() -> None:
    def edit(pred: dict[str, Any]) -> None:
        pred["statements"][6]["direct"] = False  # Labid Abawi's quotation

    score = _score(edit)
    assert _counts(score, "statements") == (6, 0, 1)
    assert _counts(score, "statement_texts") == (10, 0, 0)


def test_reported_speech_predicted_as_direct_is_a_false_positive() -> None:
    def edit(pred: dict[str, Any]) -> None:
        pred["statements"][7]["direct"] = True  # gold: indirect

    score = _score(edit)
    assert _counts(score, "statements") == (7, 1, 0)
    assert _ratio(score, "statements", "indirect_recall") == (2, 3)


def _move_meeting(days: int) -> Any:
    def edit(pred: dict[str, Any]) -> None:
        assert pred["meetings"][2]["date"] == "2007-07-24"
        pred["meetings"][2]["date"] = f"2007-07-{24 + days}"

    return edit


def test_meeting_two_days_off_is_lost() -> None:
    score = _score(_move_meeting(2))
    assert _counts(score, "meetings") == (2, 1, 1)
    assert score.categories["meetings"].counts.f1 == pytest.approx(2 / 3)
    assert _ratio(score, "meetings", "date_accuracy") == (2, 2)
    assert _counts(score, "persons") == (7, 0, 0)


def test_meeting_one_day_off_is_kept_but_its_date_is_wrong() -> None:
    score = _score(_move_meeting(1))
    assert _counts(score, "meetings") == (3, 0, 0)
    assert _ratio(score, "meetings", "date_accuracy") == (2, 3)


def test_meeting_with_other_participants_and_host() -> None:
    def edit(pred: dict[str, Any]) -> None:
        meeting = pred["meetings"][1]  # gold: Crocker, Qomi, al-Rubaie; hosted by al-Rubaie
        meeting["participants"] = ["Crocker", "Dr Rubaie", "Philip Reeker"]
        meeting["host"] = "Iraq"
        meeting["location"] = "Baghdad"

    score = _score(edit)
    assert _counts(score, "meetings") == (3, 0, 0)
    assert _ratio(score, "meetings", "participant_precision") == (6, 7)
    assert _ratio(score, "meetings", "participant_recall") == (6, 7)
    assert _ratio(score, "meetings", "host_accuracy") == (2, 3)
    assert _ratio(score, "meetings", "location_accuracy") == (2, 3)


def test_must_not_extract_actor_is_a_leak_and_a_false_person() -> None:
    def edit(pred: dict[str, Any]) -> None:
        pred["actors"].append({"name": "Bashar al-Assad", "kind": "person", "country": "SYR", "role": []})
        pred["actors"].append({"name": "Hezbollah", "kind": "group", "country": "LBN"})

    score = _score(edit)
    assert score.leaks == 2
    assert _counts(score, "persons") == (7, 2, 0)
    assert score.categories["persons"].counts.precision == pytest.approx(7 / 9)
    assert aggregate([score]).leaks == 2


def test_swapped_dyad_still_matches() -> None:
    def edit(pred: dict[str, Any]) -> None:
        for issue in pred["issues"]:
            issue["countries"] = issue["countries"][::-1]

    assert _counts(_score(edit), "issues") == (5, 0, 0)


def test_wrong_issue_code_is_a_false_positive_and_a_miss() -> None:
    def edit(pred: dict[str, Any]) -> None:
        pred["issues"][3]["issue"] = "trade"  # gold: IRN-USA detention

    assert _counts(_score(edit), "issues") == (4, 1, 1)


def test_optional_items_neither_reward_nor_punish() -> None:
    def without_optional(pred: dict[str, Any]) -> None:
        for key in ("actors", "meetings", "statements", "issues"):
            pred[key] = [x for x in pred[key] if not x.get("optional")]

    full, bare = _score(), _score(without_optional)
    for category in full.categories:
        assert _counts(full, category) == _counts(bare, category), category
    _assert_perfect(bare)


def test_prediction_paired_with_optional_gold_is_ignored_even_when_unmarked() -> None:
    def edit(pred: dict[str, Any]) -> None:
        for key in ("actors", "statements", "issues"):
            for item in pred[key]:
                item.pop("optional", None)

    _assert_perfect(_score(edit))


def test_empty_prediction() -> None:
    gold, text = _gold(SEED)
    score = score_document(gold, {"document": {"id": "seed-000"}}, text)
    assert _counts(score, "persons") == (0, 0, 7)
    assert _counts(score, "statements") == (0, 0, 7)
    assert _counts(score, "meetings") == (0, 0, 3)
    assert _counts(score, "issues") == (0, 0, 5)
    assert aggregate([score]).headline == 0.0

"""The per-class report of the scorer on hand-made gold/prediction pairs: meeting status and duplicates,
statement speaker country and target. Every expected number is counted by hand from the dicts below."""

from __future__ import annotations

from typing import Any

from etl.evaluate import aggregate, score_document

ACTORS = [
    {"name": "Ronald Reagan", "kind": "person", "country": "USA", "role": ["head_of_state"]},
    {"name": "Jacques Chirac", "kind": "person", "country": "FRA", "role": ["head_of_government"]},
]
TEXT = "Reagan met Chirac. Chirac said France backed the United States. Reagan praised France."


def doc(
    meetings: list[dict[str, Any]], statements: list[dict[str, Any]] | None = None, actors: Any = None
) -> dict[str, Any]:
    return {
        "document": {"id": "d1"},
        "actors": ACTORS if actors is None else actors,
        "meetings": meetings,
        "statements": list(statements or []),
        "issues": [],
    }


def meeting(countries: list[str], date: str = "1987-03-31", **extra: Any) -> dict[str, Any]:
    return {"countries": countries, "date": date, "participants": [], **extra}


def test_a_planned_prediction_is_not_scored_and_a_missed_meeting_predicted_as_planned_is_counted() -> None:
    gold = doc([meeting(["FRA", "USA"])])
    pred = doc([meeting(["FRA", "USA"], status="planned")])
    score = score_document(gold, pred, TEXT)
    cat = score.categories["meetings"]
    assert (cat.counts.tp, cat.counts.fp, cat.counts.fn) == (0, 0, 1)
    assert cat.errors == {"planned_as_held": 0, "held_as_planned": 1, "duplicates": 0}
    assert any(m.kind == "status" for m in score.misses)


def test_a_held_prediction_of_a_meeting_the_gold_marks_planned_is_a_status_error() -> None:
    gold = doc([meeting(["FRA", "USA"]), meeting(["DEU", "USA"], "1987-04-20", status="planned")])
    pred = doc([meeting(["FRA", "USA"]), meeting(["DEU", "USA"], "1987-04-20")])
    cat = score_document(gold, pred, TEXT).categories["meetings"]
    # The gold's planned meeting is required of no one; predicting it held is one false positive.
    assert (cat.counts.tp, cat.counts.fp, cat.counts.fn) == (1, 1, 0)
    assert cat.errors["planned_as_held"] == 1
    assert cat.errors["duplicates"] == 0


def test_a_planned_prediction_of_a_planned_gold_meeting_is_right_and_unscored() -> None:
    gold = doc([meeting(["DEU", "USA"], status="planned")])
    pred = doc([meeting(["DEU", "USA"], status="planned")])
    cat = score_document(gold, pred, TEXT).categories["meetings"]
    assert (cat.counts.tp, cat.counts.fp, cat.counts.fn) == (0, 0, 0)
    assert cat.counts.f1 == 1.0
    assert sum(cat.errors.values()) == 0


def test_one_meeting_predicted_three_times_is_one_match_and_two_duplicates() -> None:
    gold = doc([meeting(["FRA", "USA"])])
    pred = doc([meeting(["FRA", "USA"]), meeting(["FRA", "USA"]), meeting(["FRA", "USA"], "1987-04-01")])
    score = score_document(gold, pred, TEXT)
    cat = score.categories["meetings"]
    assert (cat.counts.tp, cat.counts.fp, cat.counts.fn) == (1, 2, 0)
    assert cat.errors["duplicates"] == 2
    # A spurious meeting of other parties is no duplicate.
    pred["meetings"].append(meeting(["GBR", "IRL"]))
    assert score_document(gold, pred, TEXT).categories["meetings"].errors["duplicates"] == 2


def test_errors_sum_over_documents_and_appear_in_the_json() -> None:
    gold = doc([meeting(["FRA", "USA"])])
    pred = doc([meeting(["FRA", "USA"]), meeting(["FRA", "USA"])])
    metrics = aggregate([score_document(gold, pred, TEXT), score_document(gold, pred, TEXT)])
    assert metrics.categories["meetings"].errors["duplicates"] == 2
    assert metrics.to_json()["meetings"]["duplicates"] == 2
    assert metrics.to_json()["meetings"]["planned_as_held"] == 0


def statement(speaker: str, quote: str, target: str | None = None) -> dict[str, Any]:
    return {"speaker": speaker, "quote": quote, "direct": False, "target_country": target}


def test_speaker_country_comes_from_each_side_s_actors() -> None:
    gold = doc([], [statement("Jacques Chirac", "France backed the United States")])
    wrong = [dict(ACTORS[0]), dict(ACTORS[1], country="USA")]  # Chirac coded American
    score = score_document(gold, doc([], gold["statements"], wrong), TEXT)
    tally = score.categories["statements"].ratios["speaker_country_accuracy"]
    assert (tally.correct, tally.total) == (0, 1)
    assert score.categories["statements"].ratios["speaker_accuracy"].value == 1.0
    assert any("speaker country" in m.item for m in score.misses)
    right = score_document(gold, doc([], gold["statements"]), TEXT)
    assert right.categories["statements"].ratios["speaker_country_accuracy"].value == 1.0


def test_target_accuracy_counts_statements_where_either_side_names_a_target() -> None:
    gold = doc(
        [],
        [
            statement("Jacques Chirac", "France backed the United States", "USA"),
            statement("Ronald Reagan", "praised France", "FRA"),
            statement("Ronald Reagan", "Reagan met Chirac"),
        ],
    )
    pred = doc(
        [],
        [
            statement("Jacques Chirac", "France backed the United States", "USA"),  # right
            statement("Ronald Reagan", "praised France"),  # target missed
            statement("Ronald Reagan", "Reagan met Chirac", "FRA"),  # target where the gold has none
        ],
    )
    tally = score_document(gold, pred, TEXT).categories["statements"].ratios["target_accuracy"]
    assert (tally.correct, tally.total) == (1, 3)
    # Two statements without a target on either side are not counted.
    none = doc([], [statement("Ronald Reagan", "Reagan met Chirac")])
    assert score_document(none, none, TEXT).categories["statements"].ratios["target_accuracy"].total == 0

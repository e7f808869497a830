"""The scorer on small hand-made documents: the choices the README leaves open, pinned down."""

from __future__ import annotations

from typing import Any

import pytest

from etl.evaluate import DocScore, aggregate, score_document
from etl.evaluate.pairing import greedy_pair
from schema.errors import SourceError

# Text written for these tests (not from the corpus). Offsets: "We will talk again" is [26, 44).
TEXT = "Officials met in Vienna. “We will talk again,” Anna Berg said on Monday."


def doc(**parts: Any) -> dict[str, Any]:
    return {"format": "parley-gold/1", "document": {"id": "t"}, **parts}


def person(name: str, country: str | None = "AUT", role: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    return {"name": name, "kind": "person", "country": country, "role": role or ["minister"], **extra}


def meeting(countries: list[str], date: str | None, **extra: Any) -> dict[str, Any]:
    return {"countries": countries, "date": date, "participants": [], **extra}


def counts(score: DocScore, category: str) -> tuple[int, int, int]:
    c = score.categories[category].counts
    return c.tp, c.fp, c.fn


def ratio(score: DocScore, category: str, name: str) -> tuple[int, int]:
    t = score.categories[category].ratios[name]
    return t.correct, t.total


# --- persons --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_roles", "pred_roles", "ok"),
    [
        (["diplomat", "official"], ["official"], True),
        (["diplomat", "official"], ["ambassador", "diplomat"], True),  # one shared code is enough
        (["diplomat", "official"], ["ambassador"], False),
        (["diplomat"], [], False),
    ],
)
def test_role_accuracy_is_any_shared_code(gold_roles: list[str], pred_roles: list[str], ok: bool) -> None:
    gold = doc(actors=[person("Anna Berg", role=gold_roles)])
    pred = doc(actors=[person("Berg", role=pred_roles)])
    score = score_document(gold, pred)
    assert counts(score, "persons") == (1, 0, 0)
    assert ratio(score, "persons", "role_accuracy") == (int(ok), 1)


def test_country_accuracy_over_true_positives() -> None:
    gold = doc(actors=[person("Anna Berg", "AUT"), person("Karl Moser", None)])
    pred = doc(actors=[person("Anna Berg", "aut"), person("Karl Moser", "DEU"), person("Eva Hahn")])
    score = score_document(gold, pred)
    assert counts(score, "persons") == (2, 1, 0)
    assert ratio(score, "persons", "country_accuracy") == (1, 2)


def test_only_persons_are_scored_as_persons() -> None:
    gold = doc(actors=[person("Anna Berg"), {"name": "Austria", "kind": "state", "country": "AUT"}])
    pred = doc(actors=[{"name": "Anna Berg", "kind": "organization"}, {"name": "Austria", "kind": "state"}])
    assert counts(score_document(gold, pred), "persons") == (0, 0, 1)


def test_one_predicted_person_pairs_with_one_gold_person() -> None:
    # "Berg" could be either; the exact name pairs first, the duplicate is a false positive.
    gold = doc(actors=[person("Anna Berg")])
    pred = doc(actors=[person("Berg"), person("Anna Berg")])
    assert counts(score_document(gold, pred), "persons") == (1, 1, 0)


def test_must_not_extract_as_a_bare_list_and_by_alias() -> None:
    gold = doc(actors=[person("Anna Berg")], must_not_extract=["Hezbollah"])
    pred = doc(actors=[person("Anna Berg"), {"name": "Party of God", "kind": "group", "aliases": ["Hezbollah"]}])
    score = score_document(gold, pred)
    assert score.leaks == 1
    assert counts(score, "persons") == (1, 1, 0)


# --- statements -----------------------------------------------------------------------------------


def statement(quote: str, speaker: str | None, direct: bool = True, **extra: Any) -> dict[str, Any]:
    return {"speaker": speaker, "quote": quote, "direct": direct, **extra}


def test_quote_span_is_resolved_against_the_text() -> None:
    assert TEXT[26:44] == "We will talk again"
    gold = doc(statements=[{"speaker": "Anna Berg", "quote_span": [26, 44], "direct": True}])
    pred = doc(statements=[statement("we will talk again,", "Berg")])
    assert counts(score_document(gold, pred, TEXT), "statements") == (1, 0, 0)
    # Against another text the same span holds other words, and nothing matches.
    assert counts(score_document(gold, pred, "x" * 60), "statements") == (0, 1, 1)


@pytest.mark.parametrize("span", [[40, 200], [10, 5], ["a", 3], [1]])
def test_bad_quote_span_is_a_source_error(span: list[Any]) -> None:
    gold = doc(statements=[{"speaker": "Anna Berg", "quote_span": span, "direct": True}])
    with pytest.raises(SourceError, match="quote_span"):
        score_document(gold, doc(), TEXT)


def test_unattributed_statements_agree_on_their_missing_speaker() -> None:
    gold = doc(statements=[statement("We will talk again", None)])
    unattributed = doc(statements=[statement("We will talk again", None)])
    attributed = doc(statements=[statement("We will talk again", "Berg")])
    assert counts(score_document(gold, unattributed), "statements") == (1, 0, 0)
    assert counts(score_document(gold, attributed), "statements") == (0, 1, 1)


def test_speaker_matches_through_the_actor_aliases_of_each_side() -> None:
    gold = doc(
        actors=[{"name": "Austria", "kind": "state", "aliases": ["Vienna"]}],
        statements=[statement("we will talk again", "Austria", direct=False)],
    )
    pred = doc(statements=[statement("we will talk again", "Vienna", direct=False)])
    score = score_document(gold, pred)
    assert ratio(score, "statements", "speaker_accuracy") == (1, 1)
    assert ratio(score, "statements", "indirect_recall") == (1, 1)


def test_pairing_prefers_the_right_speaker_among_equal_texts() -> None:
    # Two gold statements with the same words by different speakers; the prediction lists
    # them in the other order and must still pair each with its own speaker.
    gold = doc(statements=[statement("yes", "Anna Berg"), statement("yes", "Karl Moser")])
    pred = doc(statements=[statement("yes", "Karl Moser"), statement("yes", "Anna Berg")])
    assert counts(score_document(gold, pred), "statements") == (2, 0, 0)


def test_optional_gold_statement_ignores_its_prediction() -> None:
    gold = doc(statements=[statement("peace and prosperity", "Anna Berg", optional=True)])
    pred = doc(statements=[statement("peace and prosperity", "Karl Moser")])
    score = score_document(gold, pred)
    assert counts(score, "statements") == (0, 0, 0)
    assert counts(score, "statement_texts") == (0, 0, 0)


def test_optional_prediction_left_unpaired_is_not_a_false_positive() -> None:
    # A second annotator's gold file scored as predictions (inter-annotator agreement): its
    # borderline items are neither rewarded nor punished, as the first annotator's are.
    issue = {"countries": ["AUT", "DEU"], "issue": "trade"}
    gold = doc(actors=[person("Anna Berg")], statements=[statement("we will talk again", "Anna Berg")])
    pred = doc(
        actors=[person("Anna Berg"), person("Karl Moser", optional=True)],
        statements=[
            statement("we will talk again", "Anna Berg"),
            statement("peace and prosperity", "Karl Moser", optional=True),
        ],
        meetings=[meeting(["AUT", "DEU"], None, optional=True)],
        issues=[dict(issue, optional=True)],
    )
    score = score_document(gold, pred)
    assert counts(score, "persons") == (1, 0, 0)
    assert counts(score, "statements") == (1, 0, 0)
    assert counts(score, "statement_texts") == (1, 0, 0)
    assert counts(score, "meetings") == (0, 0, 0)
    assert counts(score, "issues") == (0, 0, 0)
    # The same items not marked optional are false positives.
    plain = doc(
        actors=[person("Anna Berg"), person("Karl Moser")],
        statements=[statement("we will talk again", "Anna Berg"), statement("peace and prosperity", "Karl Moser")],
        meetings=[meeting(["AUT", "DEU"], None)],
        issues=[issue],
    )
    score = score_document(gold, plain)
    assert counts(score, "persons") == (1, 1, 0)
    assert counts(score, "statements") == (1, 1, 0)
    assert counts(score, "meetings") == (0, 1, 0)
    assert counts(score, "issues") == (0, 1, 0)


def test_optional_prediction_that_pairs_with_required_gold_counts() -> None:
    gold = doc(issues=[{"countries": ["AUT", "DEU"], "issue": "trade"}], meetings=[meeting(["AUT", "DEU"], None)])
    pred = doc(
        issues=[{"countries": ["AUT", "DEU"], "issue": "trade", "optional": True}],
        meetings=[meeting(["AUT", "DEU"], None, optional=True)],
    )
    score = score_document(gold, pred)
    assert counts(score, "issues") == (1, 0, 0)
    assert counts(score, "meetings") == (1, 0, 0)


# --- meetings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_date", "pred_date", "paired", "date_ok"),
    [
        (None, None, True, True),
        (None, "2005-02-05", True, False),  # the coder could not date it: any date pairs
        ("2005-02-05", None, False, None),  # a dated gold meeting needs a predicted date
        ("2005-02-05", "2005-02-06", True, False),
        ("2005-02-05", "2005-02-04T23:00:00", True, False),
        ("2005-02-05", "2005-02-07", False, None),
        ("2005-02-05", "not a date", False, None),
    ],
)
def test_meeting_dates(gold_date: str | None, pred_date: str | None, paired: bool, date_ok: bool | None) -> None:
    gold = doc(meetings=[meeting(["AUT", "DEU"], gold_date)])
    pred = doc(meetings=[meeting(["DEU", "AUT"], pred_date)])
    score = score_document(gold, pred)
    assert counts(score, "meetings") == ((1, 0, 0) if paired else (0, 1, 1))
    if date_ok is not None:
        assert ratio(score, "meetings", "date_accuracy") == (int(date_ok), 1)


@pytest.mark.parametrize(
    ("pred_countries", "paired"),
    [
        (["AUT", "DEU", "FRA"], True),  # 2/3
        (["AUT", "DEU", "FRA", "ITA"], True),  # 2/4 = 0.5
        (["AUT", "DEU", "FRA", "ITA", "ESP"], False),  # 2/5
        (["AUT", "FRA"], False),  # 1/3
    ],
)
def test_meeting_country_jaccard(pred_countries: list[str], paired: bool) -> None:
    gold = doc(meetings=[meeting(["AUT", "DEU"], "2005-02-05")])
    pred = doc(meetings=[meeting(pred_countries, "2005-02-05")])
    assert counts(score_document(gold, pred), "meetings") == ((1, 0, 0) if paired else (0, 1, 1))


def test_meeting_pairs_by_jaccard_plus_participant_f1() -> None:
    gold = doc(
        meetings=[
            meeting(["AUT", "DEU"], "2005-02-05", participants=["Anna Berg", "Karl Moser"]),
            meeting(["AUT", "DEU"], "2005-02-05", participants=["Eva Hahn", "Otto Wels"]),
        ]
    )
    # Listed in the other order; each must pair with the gold meeting of its people.
    pred = doc(
        meetings=[
            meeting(["AUT", "DEU"], "2005-02-05", participants=["Wels"]),
            meeting(["AUT", "DEU"], "2005-02-05", participants=["Berg", "Moser", "Eva Hahn"]),
        ]
    )
    score = score_document(gold, pred)
    assert counts(score, "meetings") == (2, 0, 0)
    assert ratio(score, "meetings", "participant_precision") == (3, 4)
    assert ratio(score, "meetings", "participant_recall") == (3, 4)


@pytest.mark.parametrize(
    ("pred_location", "pred_country", "ok"),
    [
        ("Vienna", "AUT", True),
        ("vienna", None, True),
        ("Schönbrunn", "AUT", True),  # the country is enough
        ("Berlin", "DEU", False),
        (None, None, False),
    ],
)
def test_meeting_location_accuracy(pred_location: str | None, pred_country: str | None, ok: bool) -> None:
    gold = doc(meetings=[meeting(["AUT", "DEU"], None, location="Vienna", location_country="AUT")])
    pred = doc(meetings=[meeting(["AUT", "DEU"], None, location=pred_location, location_country=pred_country)])
    assert ratio(score_document(gold, pred), "meetings", "location_accuracy") == (int(ok), 1)


def test_meeting_without_location_or_host_wants_none() -> None:
    gold = doc(meetings=[meeting(["AUT", "DEU"], None)])
    same = score_document(gold, doc(meetings=[meeting(["AUT", "DEU"], None)]))
    other = score_document(gold, doc(meetings=[meeting(["AUT", "DEU"], None, location="Vienna", host="Austria")]))
    assert ratio(same, "meetings", "location_accuracy") == (1, 1)
    assert ratio(same, "meetings", "host_accuracy") == (1, 1)
    assert ratio(other, "meetings", "location_accuracy") == (0, 1)
    assert ratio(other, "meetings", "host_accuracy") == (0, 1)


def test_tie_goes_to_the_non_optional_gold_meeting() -> None:
    gold = doc(meetings=[meeting(["AUT", "DEU"], None, optional=True), meeting(["AUT", "DEU"], None)])
    pred = doc(meetings=[meeting(["AUT", "DEU"], None)])
    assert counts(score_document(gold, pred), "meetings") == (1, 0, 0)


# --- issues, pairing, averaging --------------------------------------------------------------------


def test_issue_duplicates_are_false_positives() -> None:
    gold = doc(issues=[{"countries": ["AUT", "DEU"], "issue": "trade"}])
    pred = doc(
        issues=[
            {"countries": ["DEU", "AUT"], "issue": "trade"},
            {"countries": ["AUT", "DEU"], "issue": "trade"},
        ]
    )
    assert counts(score_document(gold, pred), "issues") == (1, 1, 0)


def test_greedy_pairing_takes_the_best_score_first() -> None:
    # Greedy, not optimal: g0-p0 (0.9) goes first and leaves g1 without a partner.
    table = {(0, 0): 0.9, (0, 1): 0.8, (1, 0): 0.7}
    gold, pred = [{"i": 0}, {"i": 1}], [{"i": 0}, {"i": 1}]
    pairing = greedy_pair(gold, pred, lambda g, p: (s,) if (s := table.get((g["i"], p["i"]))) else None)
    assert pairing.pairs == [(0, 0)]
    assert pairing.missed == [1]
    assert pairing.spurious == [1]


def test_micro_average_weighs_items_not_documents() -> None:
    gold_a = doc(actors=[person("Anna Berg"), person("Karl Moser")])
    pred_a = doc(actors=[person("Anna Berg")])  # tp 1, fn 1
    gold_b = doc(actors=[person("Eva Hahn"), person("Otto Wels"), person("Ida Pfeiffer")])
    pred_b = doc(actors=[person("Eva Hahn"), person("Otto Wels"), person("Ida Pfeiffer"), person("Max Mell")])
    metrics = aggregate([score_document(gold_a, pred_a), score_document(gold_b, pred_b)])
    persons = metrics.categories["persons"].counts
    assert (persons.tp, persons.fp, persons.fn) == (4, 1, 1)
    assert persons.precision == pytest.approx(4 / 5)  # macro would be (1 + 3/4) / 2
    assert persons.recall == pytest.approx(4 / 5)  # macro would be (1/2 + 1) / 2


def test_nothing_to_find_and_nothing_found_is_perfect() -> None:
    metrics = aggregate([score_document(doc(), doc())])
    assert metrics.headline == 1.0
    assert metrics.to_json()["meetings"]["participant_recall"] is None  # no matched meeting to judge
    spurious = aggregate([score_document(doc(), doc(issues=[{"countries": ["AUT", "DEU"], "issue": "trade"}]))])
    assert spurious.categories["issues"].counts.f1 == 0.0

"""The `parley_dates` component: explicit and relative dates resolved against a fixed publication date."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import etl.nlp.dates  # noqa: F401 - registers the factory
from etl.nlp.dates import EXPRESSIONS_KEY, date_expressions
from etl.nlp.doc_ext import register_extensions
from etl.nlp.pipeline import default_model

PUB = "2007-08-07"  # a Tuesday


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    nlp = spacy.load(default_model())
    nlp.add_pipe("parley_dates")
    return nlp


def dates(nlp: Language, text: str, published: str | None = PUB) -> dict[str, tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.parley_published = published
    doc = nlp(doc)
    return {text[s:e]: (iso, basis) for s, e, iso, basis in doc._.parley_dates}


def test_explicit_date_takes_the_publication_year(nlp: Language) -> None:
    assert dates(nlp, "On July 24, the ambassadors met.") == {"July 24": ("2007-07-24", "explicit")}


def test_explicit_date_with_year_and_abbreviated_month(nlp: Language) -> None:
    assert dates(nlp, "The accord was signed on Jan. 5, 1987 in Geneva.") == {
        "Jan. 5, 1987": ("1987-01-05", "explicit")
    }


def test_day_before_month(nlp: Language) -> None:
    assert dates(nlp, "They met on 3 August in Rome.") == {"3 August": ("2007-08-03", "explicit")}


def test_explicit_date_far_in_the_future_is_last_year(nlp: Language) -> None:
    # December 20 in a January story is last December.
    assert dates(nlp, "The talks on December 20 failed.", "2008-01-10") == {"December 20": ("2007-12-20", "explicit")}


def test_explicit_date_in_the_near_future_stays_this_year(nlp: Language) -> None:
    assert dates(nlp, "The ministers will meet on August 20.") == {"August 20": ("2007-08-20", "explicit")}


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("The talks were held two weeks ago in Baghdad.", "two weeks ago", "2007-07-24"),
        ("The envoys met three days ago.", "three days ago", "2007-08-04"),
        ("Yesterday, he held talks with the minister.", "Yesterday", "2007-08-06"),
        ("Clark today held discussions with Baker.", "today", "2007-08-07"),
        ("She said so during talks earlier today.", "earlier today", "2007-08-07"),
        ("The ministers met on Saturday.", "Saturday", "2007-08-04"),
        ("The ministers met on Tuesday.", "Tuesday", "2007-08-07"),
    ],
)
def test_relative_dates(nlp: Language, text: str, phrase: str, iso: str) -> None:
    assert dates(nlp, text) == {phrase: (iso, "relative")}


def test_weekday_in_a_future_clause_is_the_next_one(nlp: Language) -> None:
    # "leaves on Thursday" is the journalistic future; "will meet on Monday" too.
    assert dates(nlp, "Nakasone leaves for Washington on Thursday.") == {"Thursday": ("2007-08-09", "relative")}
    assert dates(nlp, "The ministers will meet on Monday.") == {"Monday": ("2007-08-13", "relative")}


def test_vague_dates_are_not_resolved_but_kept_as_expressions(nlp: Language) -> None:
    doc = nlp.make_doc("They met last month and will meet again next week.")
    doc._.parley_published = PUB
    doc = nlp(doc)
    assert doc._.parley_dates == []
    kept = {e.text: e.future for e in date_expressions(doc)}
    assert kept == {"last month": False, "next week": True}
    assert all(isinstance(row, tuple) for row in doc.user_data[EXPRESSIONS_KEY])  # msgpack-serialisable


def test_without_publication_date_only_dated_expressions_resolve(nlp: Language) -> None:
    found = dates(nlp, "Two weeks ago, on July 24, 2007, they met; on July 30 they met again.", None)
    assert found == {"July 24, 2007": ("2007-07-24", "explicit")}


def test_reuters_dateline_date_is_not_an_event_date(nlp: Language) -> None:
    assert dates(nlp, "WASHINGTON, March 3 - The minister said talks went well.", "1987-03-03") == {}


def test_month_without_day_is_kept_with_its_direction(nlp: Language) -> None:
    doc = nlp.make_doc("They met in April and will meet again at the June summit.")
    doc._.parley_published = "1987-05-10"
    doc = nlp(doc)
    assert doc._.parley_dates == []
    assert {e.text: (e.iso, e.future) for e in date_expressions(doc)} == {
        "in April": (None, False),
        "the June": (None, True),
    }


def test_explicit_date_months_ahead_in_a_future_clause_stays_this_year(nlp: Language) -> None:
    # Regression (spot check on unseen wire stories): a visit announced in March "from June 3" was dated
    # last June, a past event, because every date more than 60 days ahead was read as last year's.
    assert dates(nlp, "The president would be in Rome from June 3 as the guest of the king.", "1987-03-04") == {
        "June 3": ("1987-06-03", "explicit")
    }
    assert dates(nlp, "The two leaders will meet on November 12.")["November 12"] == ("2007-11-12", "explicit")
    assert dates(nlp, "The ministers are to sign the accord on October 30.")["October 30"] == ("2007-10-30", "explicit")


def test_explicit_date_months_ahead_in_a_past_clause_is_still_last_year(nlp: Language) -> None:
    assert dates(nlp, "The envoys met on November 12 in Geneva.")["November 12"] == ("2006-11-12", "explicit")
    # The simple present does not make a date months ahead a future one ("says" is the reporting verb).
    assert dates(nlp, "He says the accord of November 12 holds.")["November 12"] == ("2006-11-12", "explicit")

"""Robustness: any text gives a valid extraction and never raises (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.extract import shared_extractor
from etl.records import FORMAT
from etl.sources import Document

# Text shaped like news (words, names, quotation marks, paragraphs, furniture) mixed with arbitrary Unicode.
WORDS = [
    "Iran",
    "US",
    "said",
    "the",
    "talks",
    "\u201cWe",
    "agree,\u201d",
    "he",
    "Ambassador",
    "Ryan",
    "Crocker",
    "Check Also",
    "\n\n",
    "A0297667.jpgIran",
    "\u200b",
    "minister",
    "'s",
    '"',
    "(Reuters)",
    "-",
    "Tehran",
    "BAGHDAD,",
    "July 24",
    "\u00e9t\u00e9",
    "\u0416\u0443\u0440",
    "\U0001f600",
    "\x00",
    "\ud7ff",
    "<Co>",
]
news_like = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.one_of(
    st.text(max_size=400),
    news_like,
    st.just(""),
    st.just("word"),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=50),
)


def check(text: str) -> None:
    x = shared_extractor().extract(Document(id="p", title=None, published=None, source=None, url=None, text=text))
    out = json.loads(json.dumps(x.to_json()))
    assert out["format"] == FORMAT and out["document"]["id"] == "p"
    for actor in x.actors:
        for m in actor.mentions:
            assert 0 <= m.start <= m.end <= len(text)
    for item in [*x.statements, *x.meetings, *x.issues]:
        assert 0 <= item.evidence.start <= item.evidence.end <= len(text)
    if x.document.skipped:
        assert not (x.actors or x.statements or x.meetings or x.issues)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_any_text_gives_valid_output(text: str) -> None:
    check(text)


def test_long_text_is_fine() -> None:
    check(("Iran and the US held talks. " * 20 + "\n\n") * 200)

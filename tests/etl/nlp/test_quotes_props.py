"""Property tests: quotation scanning and the `parley_quotes` component never fail on any text."""

from __future__ import annotations

import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import etl.nlp.quotes  # noqa: F401 - registers the factory
from etl.nlp.pipeline import default_model
from etl.nlp.quote_scan import scan_quotes

# Text made mostly of the characters that matter here: marks of every kind, line breaks,
# sentence punctuation and a few words, so that odd combinations come up often.
PIECES = st.sampled_from(
    ['"', "“", "”", "‘", "’", "'", "``", "''", "\n", "\n\n", ". ", ", ", ": ", " ", "said", "he", "Iran", "talks"]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=60).map("".join))

_NLP: list[Language] = []


def nlp() -> Language:
    if not _NLP:  # one model per session; hypothesis calls the test many times
        model = spacy.load(default_model())
        model.add_pipe("parley_quotes", config={"unattributed": True})
        _NLP.append(model)
    return _NLP[0]


@given(TEXTS)
def test_scan_spans_lie_inside_the_text_in_order(text: str) -> None:
    spans = scan_quotes(text)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == text[s.start : s.end].strip()
        assert "\n" not in text[s.start : s.end]  # never past the end of a paragraph
    assert [s.start for s in spans] == sorted(s.start for s in spans)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_component_never_fails_and_evidence_is_in_the_text(text: str) -> None:
    doc = nlp()(text)
    for statement in doc._.parley_statements:
        assert 0 <= statement.evidence.start < statement.evidence.end <= len(text)
        assert statement.quote
        assert statement.tone in ("cooperative", "neutral", "critical")

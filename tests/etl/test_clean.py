"""Cleaning: furniture removed, datelines read, Unicode normalised, offsets mapped back exactly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.clean import clean, language_of, read_dateline

# The seed article ships in examples/ (the record of ../shared/corpus/seed/seed-000.jsonl).
SEED_RECORD = Path(__file__).resolve().parents[2] / "examples" / "articles" / "seed-000.jsonl"


def seed_record() -> dict[str, str]:
    return json.loads(SEED_RECORD.read_text(encoding="utf-8").splitlines()[0])


def seed_text() -> str:
    return seed_record()["text"]


def test_seed_furniture_is_removed() -> None:
    source = seed_text()
    c = clean(source)
    assert "Check Also" not in c.text
    assert "Assad" not in c.text and "Hezbollah" not in c.text and "HTS" not in c.text
    assert ".jpg" not in c.text
    assert c.text.lstrip().startswith("Iran and the US held")
    assert c.text.rstrip().endswith("at least five Iranian diplomats.")


def test_seed_offsets_map_back_exactly() -> None:
    source = seed_text()
    c = clean(source)
    for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", c.text):
        s, e = c.span_to_source(m.start(), m.end())
        assert source[s:e].replace("\u2019", "'") == m.group(), m.group()


def test_quotes_become_straight_without_shifting_offsets() -> None:
    c = clean("\u201cWe agreed,\u201d he said. Iran\u2019s envoy")
    assert c.text == '"We agreed," he said. Iran\'s envoy'
    assert [c.to_source(i) for i in range(len(c.text))] == list(range(len(c.text)))


def test_zero_width_and_compatibility_characters() -> None:
    source = "Ryan\u200b Crocker met \ufb01ve envoys\u00a0today"
    c = clean(source)
    assert c.text == "Ryan Crocker met five envoys today"
    s, e = c.span_to_source(c.text.index("Crocker"), c.text.index("Crocker") + 7)
    assert source[s:e] == "Crocker"
    s, e = c.span_to_source(c.text.index("today"), len(c.text))
    assert source[s:e] == "today"


@pytest.mark.parametrize(
    ("text", "place", "rest"),
    [
        ("WASHINGTON, June 2 - Canadian officials told reporters", "Washington", "Canadian"),
        ("BAGHDAD (Reuters) - Iraq said on Tuesday", "Baghdad", "Iraq"),
        ("NEW YORK, Oct 5 - Shares rose", "New York", "Shares"),
        ("U.S. officials said - and meant it", None, "U.S."),
    ],
)
def test_dateline(text: str, place: str | None, rest: str) -> None:
    c = clean(text)
    assert c.dateline == place
    assert c.text.startswith(rest)
    assert read_dateline(text)[0] == place
    s, _ = c.span_to_source(0, 1)
    assert text[s:].startswith(rest)


@pytest.mark.parametrize(
    ("text", "place", "rest"),
    [
        ("Springfield, May 4 - Local officials told reporters", "Springfield", "Local"),
        ("Port Harbour, Sept 12 - The ministry said", "Port Harbour", "The"),
        ("lake town, june 3 - Prices rose", "Lake Town", "Prices"),
        ("RIVERTON, JUNE 3 - Prices rose", "Riverton", "Prices"),
        ("RIVERTON, JUne 3 - Prices rose", "Riverton", "Prices"),
        ("RIVERTON, Upper Province, June 3 - Prices rose", "Riverton", "Prices"),
        ("RIVERTON, the Lowlands, June 3 - Prices rose", "Riverton", "Prices"),
        ("RIVERTON, Wy. June 3 - Prices rose", "Riverton", "Prices"),
        ("RIVERTON, June 3, Reuter - Prices rose", "Riverton", "Prices"),
        ("****RIVERTON, June 3 - Prices rose", "Riverton", "Prices"),
        ("RIVER TOWN , June 3 - Prices rose", "River Town", "Prices"),
        ("Traders said, June 3 - and meant it", None, "Traders"),
        ("RIVERTON, the officials said - and meant it", None, "RIVERTON"),
    ],
)
def test_round15_dateline_shapes(text: str, place: str | None, rest: str) -> None:
    """Round 15: Reuters-21578 datelines in mixed case, with a month in any case, a region of several words
    or without its comma, ", Reuter" or a flash mark; a clause before a date is no place."""
    test_dateline(text, place, rest)


def test_round15_double_quote_apostrophe() -> None:
    """A straight double quote standing for an apostrophe ("Norland"s") becomes one, offsets unchanged;
    real quotation marks stay."""
    source = 'Norland"s minister said "the plan"s cost is high" and they don"t agree. "So" said Kay'
    c = clean(source)
    assert c.text == 'Norland\'s minister said "the plan\'s cost is high" and they don\'t agree. "So" said Kay'
    assert [c.to_source(i) for i in range(len(c.text))] == list(range(len(c.text)))


def test_reuters_angle_brackets() -> None:
    c = clean("Shares of <Cable and Wireless Plc> rose.")
    assert c.text == "Shares of Cable and Wireless Plc rose."
    i = c.text.index("Cable")
    assert c.span_to_source(i, i + 5) == (11, 16)


def test_closing_block_only_near_the_end() -> None:
    body = "The minister said talks went well. " * 20
    c = clean(f"{body}\n\nRelated\n\nOther story about Syria\n")
    assert "Syria" not in c.text and c.text.strip().endswith("went well.")
    early = clean(f"Related\n\n{body}")  # a heading in the first third is kept: it may be a real word
    assert early.text.startswith("Related")


def test_caption_and_share_lines_dropped() -> None:
    c = clean("Iran said no.\nShare on Facebook\nPhoto: AFP\nTalks go on.")
    assert "Facebook" not in c.text and "AFP" not in c.text
    assert "Iran said no." in c.text and "Talks go on." in c.text


def test_language_of() -> None:
    assert language_of("Iran and the US held frank talks in Baghdad, officials said after the meeting.") == "en"
    assert (
        language_of("Der Kanzler hat sich mit dem Präsidenten getroffen und die Lage in der Region besprochen.") == "de"
    )
    assert language_of("Президент России встретился с министром иностранных дел Китая в Москве") == "und"
    assert language_of("Shr 10 cts vs 12 cts Net 1.2 mln vs 1.1 mln Revs 12.2 mln vs 11.4 mln") == "en"
    assert language_of("") == "en" and language_of("word") == "en"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_offset_map_is_monotonic_and_faithful(text: str) -> None:
    c = clean(text)
    mapped = [c.to_source(i) for i in range(len(c.text))]
    assert all(0 <= m < max(1, len(text)) for m in mapped)
    assert mapped == sorted(mapped)
    for i, ch in enumerate(c.text):
        src = text[mapped[i]]
        if src.isascii() and src.isalnum():  # ASCII letters and digits are never rewritten
            assert ch == src

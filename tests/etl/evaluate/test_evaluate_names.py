"""Name normalisation, name matching and quote matching of the scorer (README "Scoring rules")."""

from __future__ import annotations

import pytest

from etl.evaluate.names import (
    ALIAS,
    EQUAL,
    NO_MATCH,
    SUBSET,
    name_match,
    name_tokens,
    text_tokens,
    texts_match,
)


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Dr Rubaie", ["rubaie"]),
        ("Mowaffak al-Rubaie", ["mowaffak", "al", "rubaie"]),
        ("Hervé Gaymard", ["herve", "gaymard"]),
        ("Recep Tayyip Erdoğan", ["recep", "tayyip", "erdogan"]),
        ("Mr. Straw", ["straw"]),
        ("Prime Minister Tony Blair", ["tony", "blair"]),
        ("Foreign Secretary Jack Straw", ["jack", "straw"]),
        ("Gen. Sir Mike Jackson", ["mike", "jackson"]),
        ("Sheikh Hasina", ["hasina"]),
        ("Kim Il-sung", ["kim", "il", "sung"]),
        ("O'Brien", ["obrien"]),
        ("President", []),
    ],
)
def test_name_tokens(name: str, tokens: list[str]) -> None:
    assert name_tokens(name) == tokens


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Ryan Crocker", "Ryan Crocker", EQUAL),
        ("Ambassador Ryan Crocker", "Ryan Crocker", EQUAL),
        ("Hervé Gaymard", "Herve Gaymard", EQUAL),
        ("José Manuel Barroso", "JOSE MANUEL BARROSO", EQUAL),
        ("Kim Il-sung", "Kim Il Sung", EQUAL),
        ("Crocker", "Ryan Crocker", SUBSET),
        ("Ryan Crocker", "Crocker", SUBSET),
        ("Dr Rubaie", "Mowaffak al-Rubaie", SUBSET),
        ("al-Rubaie", "Mowaffak al-Rubaie", SUBSET),
        ("Amir-Abdollahian", "Hossein Amir-Abdollahian", SUBSET),
        ("Mr Straw", "Jack Straw", SUBSET),
        # A subset that does not end in the same token is not the same person.
        ("Saddam", "Saddam Hussein", NO_MATCH),
        ("Assad", "Assad Omar", NO_MATCH),
        ("George Bush", "George Shultz", NO_MATCH),
        ("Tony Blair", "Cherie Blair", NO_MATCH),
        # Titles alone and empty names match nothing, not even each other.
        ("President", "President Reagan", NO_MATCH),
        ("", "", NO_MATCH),
        (None, "Ryan Crocker", NO_MATCH),
    ],
)
def test_name_match(a: str | None, b: str, expected: int) -> None:
    assert name_match(a, b) == expected
    assert name_match(b, a) == expected


def test_alias_of_either_side_matches() -> None:
    assert name_match("Saddam", "Saddam Hussein", (), ["Saddam"]) == ALIAS
    assert name_match("Saddam Hussein", "Saddam", ["Saddam"], ()) == ALIAS
    assert name_match("Tehran", "Iran", (), ["Tehran", "Iranians"]) == ALIAS
    # Aliases are compared after normalisation too.
    assert name_match("IRANIANS", "Iran", (), ["Iranians"]) == ALIAS
    # An alias of the same side does not help.
    assert name_match("Saddam", "Saddam Hussein", ["Saddam"], ()) == NO_MATCH


def test_text_tokens_ignore_case_punctuation_accents_and_keep_titles() -> None:
    assert text_tokens("“Frank and serious,” said the Président.") == {
        "frank",
        "and",
        "serious",
        "said",
        "the",
        "president",
    }
    # Dashes of any kind separate words; other punctuation just disappears.
    assert text_tokens("sub-committee — talks… U.S.") == {"sub", "committee", "talks", "us"}


WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet".split()  # |G| = 10
EXTRA = "kilo lima mike november oscar papa quebec romeo sierra tango uniform".split()


def _set(words: list[str]) -> frozenset[str]:
    return text_tokens(" ".join(words))


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        (WORDS, True),
        (WORDS[:8], True),  # 8 >= 0.8 * 10 and 8 >= 0.5 * 8
        (WORDS[:7], False),  # 7 < 8
        (WORDS + EXTRA[:10], True),  # 10 >= 0.5 * 20
        (WORDS + EXTRA[:11], False),  # 10 < 0.5 * 21
        (WORDS[:8] + EXTRA[:8], True),  # 8 >= 8 and 8 >= 0.5 * 16
        (WORDS[:8] + EXTRA[:9], False),  # 8 < 0.5 * 17
        ([], False),
    ],
)
def test_quote_thresholds(pred: list[str], expected: bool) -> None:
    assert texts_match(_set(WORDS), _set(pred)) is expected


def test_quote_threshold_is_exact_for_small_quotes() -> None:
    # 0.8 * 4 = 3.2: three shared words out of four are not enough.
    assert not texts_match(_set(WORDS[:4]), _set(WORDS[:3]))
    assert texts_match(_set(WORDS[:5]), _set(WORDS[:4]))  # 4 >= 0.8 * 5
    assert not texts_match(frozenset(), frozenset())

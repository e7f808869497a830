"""Name and quote normalisation and matching, exactly as `shared/gold/README.md` scores them."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence

# Honorifics and titles a coder may or may not write before a name (README, "Names").
TITLE_TOKENS: frozenset[str] = frozenset(
    {
        "dr", "mr", "mrs", "ms", "sir", "sheikh", "ambassador", "president", "minister",
        "gen", "general", "prime", "foreign", "secretary",
    }
)  # fmt: skip

# How strongly two names match; pairing prefers the stronger match.
NO_MATCH, SUBSET, ALIAS, EQUAL = 0, 1, 2, 3


def fold_tokens(text: str) -> list[str]:
    """NFKD without accents, lower case, punctuation and symbols removed, split on spaces and hyphens.

    Every dash (hyphen, en dash, em dash) separates tokens: removing an em dash outright
    would glue the words on either side of it together.
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        category = unicodedata.category(ch)
        if category == "Mn":  # combining accents left by NFKD
            continue
        if category == "Pd":
            out.append(" ")
        elif category[0] in "PS":
            continue
        else:
            out.append(ch)
    return "".join(out).lower().split()


def name_tokens(name: str | None) -> list[str]:
    """A name's normalised tokens without honorifics and titles ("Dr Rubaie" -> ["rubaie"])."""
    if not name:
        return []
    return [t for t in fold_tokens(name) if t not in TITLE_TOKENS]


def text_tokens(text: str | None) -> frozenset[str]:
    """A quote's normalised token set (every word kept)."""
    return frozenset(fold_tokens(text)) if text else frozenset()


def name_match(a: str | None, b: str | None, a_aliases: Iterable[str] = (), b_aliases: Iterable[str] = ()) -> int:
    """`EQUAL`, `ALIAS`, `SUBSET` or `NO_MATCH` (0): how the two names match.

    Equal token lists; one equal to any alias of the other; or one's tokens a subset of
    the other's with the same last token ("Crocker" ~ "Ryan Crocker"). A name that
    normalises to nothing (empty, or only a title) matches nothing.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return NO_MATCH
    if ta == tb:
        return EQUAL
    if any(ta == name_tokens(x) for x in b_aliases) or any(tb == name_tokens(x) for x in a_aliases):
        return ALIAS
    sa, sb = set(ta), set(tb)
    if (sa <= sb or sb <= sa) and ta[-1] == tb[-1]:
        return SUBSET
    return NO_MATCH


def texts_match(gold: frozenset[str], pred: frozenset[str]) -> bool:
    """|G∩P| >= 0.8|G| and |G∩P| >= 0.5|P|, in integers so the thresholds are exact."""
    if not gold or not pred:
        return False
    common = len(gold & pred)
    return 5 * common >= 4 * len(gold) and 2 * common >= len(pred)


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """|A∩B| / |A∪B|; two empty sets are identical (1.0)."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


class AliasBook:
    """Aliases of the actors of one side (gold or prediction), to match names that refer to them.

    Meetings and statements name actors ("host": "Iraq", "speaker": "Crocker"); the actors
    list of the same side says which aliases those names have.
    """

    def __init__(self, actors: Sequence[Mapping[str, object]]) -> None:
        self._aliases: dict[str, list[str]] = {}
        self._countries: dict[str, str | None] = {}
        for actor in actors:
            name = actor.get("name")
            aliases = actor.get("aliases")
            if isinstance(name, str):
                listed = aliases if isinstance(aliases, list) else []
                self._aliases.setdefault(name, []).extend(str(a) for a in listed)
                country = actor.get("country")
                self._countries.setdefault(name, str(country).upper() if country else None)

    def aliases(self, name: str | None) -> list[str]:
        return self._aliases.get(name, []) if name else []

    def knows(self, name: str | None) -> bool:
        """Whether `name` is one of this side's actors."""
        return bool(name) and name in self._countries

    def country(self, name: str | None) -> str | None:
        """The country (upper-case ISO3) of this side's actor of that name; None when it has none or is unknown."""
        return self._countries.get(name) if name else None


def names_match(gold_name: str | None, pred_name: str | None, gold_book: AliasBook, pred_book: AliasBook) -> int:
    """`name_match` of two names, each with the aliases its own side gives it."""
    return name_match(gold_name, pred_name, gold_book.aliases(gold_name), pred_book.aliases(pred_name))

"""Government departments as organisation actors (`departments.tsv`): "the Treasury", "the State
Department", "the Iranian foreign ministry", with the country of their government."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from etl.nlp import gazetteer as gz
from etl.nlp.context import COUNTRYLIKE, ORG, Context, GazHit
from etl.nlp.roles import home_country, issuing_government, main_country

PORTFOLIO = "{portfolio}"


@dataclass(slots=True)
class Department:
    """One department mention: tokens [start, end) including a country word before it, its country."""

    start: int
    end: int
    phrase: str
    country: str | None


class Departments:
    """The phrases of `departments.tsv` (with `{portfolio}` expanded) and their matcher."""

    def __init__(self, nlp: Language, dirs: Iterable[Path] = ()) -> None:
        dirs = list(dirs)
        portfolios = [
            row[0] for path in gz.dictionary_files("portfolios.txt", dirs) for row in gz.read_tsv(path) if row
        ]
        self.country: dict[str, str | None] = {}
        for path in gz.dictionary_files("departments.tsv", dirs):
            for row in gz.read_tsv(path):
                if not row or not row[0]:
                    continue
                iso = row[1] if len(row) > 1 and row[1] else None
                forms = [row[0].replace(PORTFOLIO, p) for p in portfolios] if PORTFOLIO in row[0] else [row[0]]
                for form in forms:
                    if form not in self.country or PORTFOLIO not in row[0]:
                        self.country[form.lower()] = iso
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("DEPARTMENT", [nlp.make_doc(p) for p in self.country])

    def find(self, doc: Doc, ctx: Context) -> list[Department]:
        """Department mentions that name an actor (not part of a title, "Treasury Secretary X", nor of a
        person's name); one followed by a title is still the body ("State Department spokesman")."""
        out: list[Department] = []
        spans = sorted(((s, e) for _m, s, e in self.matcher(doc)), key=lambda se: (se[0], -(se[1] - se[0])))
        last_end = -1
        for s, e in spans:
            if s < last_end:
                continue  # a shorter phrase inside a longer one ("foreign ministry" in "Iranian foreign ministry")
            words = doc[s:e]
            if any(i in ctx.person_tokens or i in ctx.title_tokens for i in range(s, e)):
                continue
            if any(h.kind == ORG for h in ctx.hits_in(max(0, s - 8), e + 8) if h.start < e and s < h.end):
                continue  # part of a listed body's name ("Ministry of International Trade and Industry")
            before = _country_before(doc, ctx, s)
            country = before.value if before is not None and before.kind in COUNTRYLIKE else None
            if country is None and not words[0].text[:1].isupper():
                continue  # "the foreign ministry" in lower case, with no country word: too generic
            start = before.start if before is not None and country else s
            if country is None:
                country = (
                    self.country.get(words.text.lower())
                    or ctx.dateline_country
                    or issuing_government(ctx)
                    or main_country(ctx)
                    or home_country(ctx, governing=True)  # "the Home Office" in a BBC story
                )
            out.append(Department(start, e, words.text.lower(), country))
            last_end = e
        return out


def _country_before(doc: Doc, ctx: Context, start: int) -> GazHit | None:
    """The gazetteer hit right before token `start`, possibly with a possessive ("Japan's")."""
    end = start - 1 if start > 0 and doc[start - 1].text in ("'s", "'") else start
    hits = [h for h in ctx.hits_in(max(0, end - 4), end) if h.end == end]
    return hits[-1] if hits else None

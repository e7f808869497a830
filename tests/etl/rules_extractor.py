"""A deterministic rule-based extractor for the loader's and refresh's tests (the subject there is
the loader, not the NLP): a small gazetteer, "Title Name" persons, meeting verbs, quotations and
issue keywords, producing real `Extraction` records with evidence offsets into the text.

Environment knobs (tests only): RULES_EXTRACTOR_DELAY (seconds per document, to give a SIGKILL
something to interrupt), RULES_EXTRACTOR_VERSION (simulates a pipeline change). A text containing
EXTRACTOR-BOOM makes extraction fail."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from etl.records import Actor, DocumentInfo, Evidence, Extraction, Issue, Meeting, Statement
from etl.sources import Document

PLACES = {
    "Iran": "IRN",
    "Iranian": "IRN",
    "United States": "USA",
    "US": "USA",
    "American": "USA",
    "Iraq": "IRQ",
    "Iraqi": "IRQ",
    "France": "FRA",
    "French": "FRA",
    "Germany": "DEU",
    "German": "DEU",
    "Japan": "JPN",
    "Japanese": "JPN",
    "China": "CHN",
    "Chinese": "CHN",
    "Britain": "GBR",
    "British": "GBR",
    "India": "IND",
    "Indian": "IND",
    "Brazil": "BRA",
    "Brazilian": "BRA",
    "Canada": "CAN",
    "Canadian": "CAN",
    "Kenya": "KEN",
    "Kenyan": "KEN",
    "Norway": "NOR",
    "Norwegian": "NOR",
    "Chile": "CHL",
    "Chilean": "CHL",
}
STATE_NAMES = {
    "IRN": "Iran",
    "USA": "United States",
    "IRQ": "Iraq",
    "FRA": "France",
    "DEU": "Germany",
    "JPN": "Japan",
    "CHN": "China",
    "GBR": "United Kingdom",
    "IND": "India",
    "BRA": "Brazil",
    "CAN": "Canada",
    "KEN": "Kenya",
    "NOR": "Norway",
    "CHL": "Chile",
}
TITLES = {
    "Foreign Minister": "foreign_minister",
    "Prime Minister": "head_of_government",
    "President": "head_of_state",
    "Ambassador": "ambassador",
    "Trade Minister": "minister",
    "Minister": "minister",
    "envoy": "envoy",
    "ambassador": "ambassador",
}
ISSUES = {
    "nuclear": "nuclear_program",
    "trade": "trade",
    "tariff": "trade",
    "border": "border",
    "sanctions": "sanctions",
    "oil": "energy",
    "troops": "military_presence",
    "terror": "terrorism",
    "security": "security",
    "fishing": "environment",
    "water": "water",
}
MEETING_WORDS = {"visited": "visit", "summit": "summit", "talks": "talks", "met": "meeting"}
MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}

_place_re = re.compile(r"\b(" + "|".join(sorted(map(re.escape, PLACES), key=len, reverse=True)) + r")\b")
_title_re = "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))
_person_re = re.compile(
    r"(?:\b("
    + "|".join(map(re.escape, PLACES))
    + r") )?\b("
    + _title_re
    + r") ((?:[A-Z][a-z'\-]+)(?: [A-Z][a-z'\-]+)*)"
)
_quote_re = re.compile(r"[\"“]([^\"”]{3,}?)[\"”],? (?:([A-Z][a-z]+(?: [A-Z][a-z\-]+)*)|he|she) said")
_sentence_re = re.compile(r"[^.!?\n]+[.!?]?")
_date_re = re.compile(r"\bon (" + "|".join(MONTHS) + r") (\d{1,2})\b")


def _evidence(s0: int, s1: int, sentence: str, a: int, b: int) -> Evidence:
    return Evidence(s0 + a, s0 + b, sentence, s0, s1)


class RulesExtractor:
    """`extract` / `extract_many` / `pipeline_version`, like `etl.extract.Extractor`."""

    def __init__(self) -> None:
        self.pipeline_version = os.environ.get("RULES_EXTRACTOR_VERSION", "rules-1")
        self.delay = float(os.environ.get("RULES_EXTRACTOR_DELAY", "0"))

    def extract_many(self, documents: Iterable[Document], n_process: int = 1) -> Iterator[Extraction]:
        for d in documents:
            yield self.extract(d, published=d.published)

    def extract(self, document: Document, published: str | None = None) -> Extraction:
        if self.delay:
            time.sleep(self.delay)
        text = document.text
        if "EXTRACTOR-BOOM" in text:
            raise RuntimeError("rule extractor refused the document")
        ex = Extraction(
            document=DocumentInfo(
                id=document.id, title=document.title, published=published, content_hash=document.content_hash
            ),
            pipeline_version=self.pipeline_version,
        )
        state = _DocRules(ex, dt.date.fromisoformat(published[:10]) if published else None)
        for sm in _sentence_re.finditer(text):
            if sm.group().strip():
                state.sentence(sm.start(), sm.end(), sm.group())
        ex.actors = list(state.persons.values()) + [state.states[k] for k in sorted(state.states)]
        ex.meetings = [state.meetings[k] for k in sorted(state.meetings)]
        return ex


@dataclass
class _DocRules:
    """What the rules have found so far in one document, and the steps applied to each sentence."""

    ex: Extraction
    pub: dt.date | None
    persons: dict[str, Actor] = field(default_factory=dict)
    states: dict[str, Actor] = field(default_factory=dict)
    meetings: dict[tuple[str, ...], Meeting] = field(default_factory=dict)

    def sentence(self, s0: int, s1: int, sent: str) -> None:
        ev = functools.partial(_evidence, s0, s1, sent)
        countries: set[str] = set()
        people = self._people(sent, ev, countries)
        self._states(sent, ev, countries)
        self._meeting(sent, ev, countries, people)
        self._issues(sent, ev, countries)
        self._quotes(sent, ev, people)

    def _people(self, sent: str, ev: Callable[[int, int], Evidence], countries: set[str]) -> list[Actor]:
        people: list[Actor] = []
        for pm in _person_re.finditer(sent):
            name, country = pm.group(3), PLACES.get(pm.group(1) or "")
            key = next(
                (
                    k
                    for k in self.persons
                    if k.split()[-1] == name.split()[-1] and (len(name.split()) == 1 or k == name)
                ),
                None,
            )
            if key and len(name.split()) == 1:
                actor = self.persons[key]
                if name not in actor.aliases:
                    actor.aliases.append(name)
            else:
                actor = self.persons.setdefault(
                    name,
                    Actor(name=name, kind="person", country=country, role=[TITLES[pm.group(2)]], title=pm.group(0)),
                )
            actor.mentions.append(ev(pm.start(3), pm.end(3)))
            if actor.country:
                countries.add(actor.country)
            people.append(actor)
        return people

    def _states(self, sent: str, ev: Callable[[int, int], Evidence], countries: set[str]) -> None:
        for cm in _place_re.finditer(sent):
            iso = PLACES[cm.group(1)]
            countries.add(iso)
            st = self.states.setdefault(iso, Actor(name=STATE_NAMES[iso], kind="state", country=iso))
            st.mentions.append(ev(cm.start(), cm.end()))

    def _meeting(self, sent: str, ev: Callable[[int, int], Evidence], countries: set[str], people: list[Actor]) -> None:
        kind = next((k for w, k in MEETING_WORDS.items() if re.search(rf"\b{w}\b", sent)), None)
        if not kind or len(countries) < 2:
            return
        key = tuple(sorted(countries))
        if key in self.meetings:
            self.meetings[key].mentions.append(ev(0, len(sent)))
            return
        date, basis = self._date(sent)
        loc = re.search(r"\bin ([A-Z][a-z]+)", sent)
        self.meetings[key] = Meeting(
            countries=list(key),
            evidence=ev(0, len(sent.rstrip())),
            participants=[p.name for p in people],
            kind=kind,
            date=date.isoformat() if date else None,
            date_basis=basis,
            location=loc.group(1) if loc else None,
            label=kind,
        )

    def _date(self, sent: str) -> tuple[dt.date | None, str]:
        pub = self.pub
        dm = _date_re.search(sent)
        if dm and pub:
            return dt.date(pub.year, MONTHS[dm.group(1)], int(dm.group(2))), "explicit"
        if "yesterday" in sent and pub:
            return pub - dt.timedelta(days=1), "relative"
        return pub, "publication"

    def _issues(self, sent: str, ev: Callable[[int, int], Evidence], countries: set[str]) -> None:
        if len(countries) < 2:
            return
        cs = sorted(countries)
        for word, code in ISSUES.items():
            if word in sent.lower():
                at = sent.lower().index(word)
                for i, a in enumerate(cs):
                    for b in cs[i + 1 :]:
                        self.ex.issues.append(
                            Issue(countries=(a, b), issue=code, evidence=ev(at, at + len(word)), phrase=word)
                        )

    def _quotes(self, sent: str, ev: Callable[[int, int], Evidence], people: list[Actor]) -> None:
        for qm in _quote_re.finditer(sent):
            who = qm.group(2)
            speaker = None
            if who:
                speaker = next((p.name for p in self.persons.values() if p.name.split()[-1] == who.split()[-1]), None)
            elif people:
                speaker = people[-1].name
            elif self.persons:
                speaker = list(self.persons.values())[-1].name
            self.ex.statements.append(
                Statement(
                    speaker=speaker, quote=qm.group(1), direct=True, evidence=ev(qm.start(1), qm.end(1)), cue="say"
                )
            )


def make() -> RulesExtractor:
    return RulesExtractor()

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
from collections.abc import Iterable, Iterator

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
        pub = dt.date.fromisoformat(published[:10]) if published else None
        ex = Extraction(
            document=DocumentInfo(
                id=document.id, title=document.title, published=published, content_hash=document.content_hash
            ),
            pipeline_version=self.pipeline_version,
        )
        persons: dict[str, Actor] = {}
        states: dict[str, Actor] = {}
        meetings: dict[tuple[str, ...], Meeting] = {}
        for sm in _sentence_re.finditer(text):
            s0, sent = sm.start(), sm.group()
            if not sent.strip():
                continue
            ev = functools.partial(_evidence, s0, sm.end(), sent)
            countries: set[str] = set()
            people: list[Actor] = []
            for pm in _person_re.finditer(sent):
                name, country = pm.group(3), PLACES.get(pm.group(1) or "")
                key = next(
                    (k for k in persons if k.split()[-1] == name.split()[-1] and (len(name.split()) == 1 or k == name)),
                    None,
                )
                if key and len(name.split()) == 1:
                    actor = persons[key]
                    if name not in actor.aliases:
                        actor.aliases.append(name)
                else:
                    actor = persons.setdefault(
                        name,
                        Actor(name=name, kind="person", country=country, role=[TITLES[pm.group(2)]], title=pm.group(0)),
                    )
                actor.mentions.append(ev(pm.start(3), pm.end(3)))
                if actor.country:
                    countries.add(actor.country)
                people.append(actor)
            for cm in _place_re.finditer(sent):
                iso = PLACES[cm.group(1)]
                countries.add(iso)
                st = states.setdefault(iso, Actor(name=STATE_NAMES[iso], kind="state", country=iso))
                st.mentions.append(ev(cm.start(), cm.end()))
            kind = next((k for w, k in MEETING_WORDS.items() if re.search(rf"\b{w}\b", sent)), None)
            if kind and len(countries) >= 2:
                date, basis = pub, "publication"
                if "yesterday" in sent and pub:
                    date, basis = pub - dt.timedelta(days=1), "relative"
                dm = _date_re.search(sent)
                if dm and pub:
                    date, basis = dt.date(pub.year, MONTHS[dm.group(1)], int(dm.group(2))), "explicit"
                loc = re.search(r"\bin ([A-Z][a-z]+)", sent)
                key = tuple(sorted(countries))
                if key in meetings:
                    meetings[key].mentions.append(ev(0, len(sent)))
                    continue
                meetings[key] = Meeting(
                    countries=list(key),
                    evidence=ev(0, len(sent.rstrip())),
                    participants=[p.name for p in people],
                    kind=kind,
                    date=date.isoformat() if date else None,
                    date_basis=basis,
                    location=loc.group(1) if loc else None,
                    label=kind,
                )
            for word, code in ISSUES.items():
                if word in sent.lower() and len(countries) >= 2:
                    cs = sorted(countries)
                    at = sent.lower().index(word)
                    for i, a in enumerate(cs):
                        for b in cs[i + 1 :]:
                            ex.issues.append(
                                Issue(countries=(a, b), issue=code, evidence=ev(at, at + len(word)), phrase=word)
                            )
            for qm in _quote_re.finditer(sent):
                who = qm.group(2)
                speaker = None
                if who:
                    speaker = next((p.name for p in persons.values() if p.name.split()[-1] == who.split()[-1]), None)
                elif people:
                    speaker = people[-1].name
                elif persons:
                    speaker = list(persons.values())[-1].name
                ex.statements.append(
                    Statement(
                        speaker=speaker, quote=qm.group(1), direct=True, evidence=ev(qm.start(1), qm.end(1)), cue="say"
                    )
                )
        ex.actors = list(persons.values()) + [states[k] for k in sorted(states)]
        ex.meetings = [meetings[k] for k in sorted(meetings)]
        return ex


def make() -> RulesExtractor:
    return RulesExtractor()

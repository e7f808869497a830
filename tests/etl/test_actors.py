"""Actors: gazetteer lookups, persons with role and country from titles, one actor per real entity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.evaluate.names import name_match
from etl.extract import shared_extractor
from etl.nlp.gazetteer import country_name, country_of, igo_of, is_demonym, mention_kind, place_country
from etl.records import Actor
from etl.sources import Document

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def actors(text: str, published: str | None = None, dateline_text: str = "") -> list[Actor]:
    doc = Document(id="t", title=None, published=published, source=None, url=None, text=dateline_text + text)
    return shared_extractor().extract(doc).actors


def person(found: list[Actor], name: str) -> Actor:
    hits = [a for a in found if a.kind == "person" and a.name == name]
    assert len(hits) == 1, [a.name for a in found if a.kind == "person"]
    return hits[0]


# ------------------------------------------------------------------------------ gazetteer


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Iran", "IRN"),
        ("Iranian", "IRN"),
        ("Tehran", "IRN"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("UK", "GBR"),
        ("USSR", "RUS"),
        ("Soviet", "RUS"),
        ("West Germany", "DEU"),
        ("Americans", "USA"),
        ("British", "GBR"),
        ("the United States", "USA"),
        ("IRAN", "IRN"),
        ("Iran\u2019s", "IRN"),
        ("Kremlin", "RUS"),
        ("us", None),
        ("Geneva", None),
        ("Tory", None),
        ("EC", None),
    ],
)
def test_country_of(text: str, iso3: str | None) -> None:
    assert country_of(text) == iso3


def test_other_lookups() -> None:
    assert is_demonym("Iranian") and not is_demonym("Iran")
    assert igo_of("EC") == "European Community" and igo_of("IMF") == "International Monetary Fund"
    assert igo_of("Iran") is None
    assert country_name("USA") == "United States" and country_name("RUS") == "Russia"
    assert place_country("Geneva") == "CHE" and place_country("Tehran") == "IRN"
    assert mention_kind("Tehran") == "capital" and mention_kind("Tory") == "party"


# ------------------------------------------------------------------------------ the seed


def gold_persons(path: Path) -> list[dict]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return [a for a in gold["actors"] if a["kind"] == "person" and not a.get("optional")]


# The non-optional persons of ../shared/gold/seed-000.json (name, country, accepted roles), copied so that
# the test runs without ../shared; the article ships in examples/.
SEED_PERSONS = [
    ("Hassan Kazemi Qomi", "IRN", ("ambassador",)),
    ("Ryan Crocker", "USA", ("ambassador",)),
    ("Mowaffak al-Rubaie", "IRQ", ("advisor",)),
    ("Philip Reeker", "USA", ("spokesperson",)),
    ("Marcie Ries", "USA", ("diplomat", "official")),
    ("Hossein Amir-Abdollahian", "IRN", ("diplomat", "official")),
    ("Labid Abawi", "IRQ", ("deputy_minister",)),
]
SEED_RECORD = Path(__file__).resolve().parents[2] / "examples" / "articles" / "seed-000.jsonl"


def test_seed_officials() -> None:
    record = json.loads(SEED_RECORD.read_text(encoding="utf-8").splitlines()[0])
    found = actors(record["text"], "2007-08-07")
    persons = [a for a in found if a.kind == "person"]
    for name, country, roles in SEED_PERSONS:
        match = [p for p in persons if name_match(p.name, name) > 0]
        assert len(match) == 1, (name, [p.name for p in persons])
        assert match[0].country == country, name
        assert match[0].role and match[0].role[0] in roles, (name, match[0].role)
    assert not any("Assad" in a.name or a.name in ("Hezbollah", "HTS") for a in found)
    assert not any(a.country == "SYR" for a in found)
    crocker = person(found, "Ryan Crocker")
    assert "Crocker" in crocker.aliases and len(crocker.mentions) == 2
    states = {a.country: a for a in found if a.kind == "state"}
    assert set(states) >= {"IRN", "USA", "IRQ"}
    assert "Tehran" in states["IRN"].aliases


# ------------------------------------------------------------------------------ rules, on sentences of our own


def test_title_possessive_and_counterpart() -> None:
    found = actors(
        "Iran's ambassador to Iraq Karim Zand and his US counterpart Tom Hale met on Monday. "
        "Hale said the talks were useful."
    )
    zand, hale = person(found, "Karim Zand"), person(found, "Tom Hale")
    assert (zand.country, zand.role) == ("IRN", ["ambassador"])
    assert (hale.country, hale.role) == ("USA", ["ambassador"])
    assert len(hale.mentions) == 2


@pytest.mark.parametrize(
    ("sentence", "name", "country", "role"),
    [
        (
            "Iraqi Deputy Foreign Minister Zaid Karimi said the talks were good.",
            "Zaid Karimi",
            "IRQ",
            "deputy_minister",
        ),
        ("US embassy spokesman Paul Lund said the talks were good.", "Paul Lund", "USA", "spokesperson"),
        (
            "The talks were led by Anna Berg, minister-counselor for political affairs at the Swedish embassy.",
            "Anna Berg",
            "SWE",
            "diplomat",
        ),
        ("Iraqi national security advisor Omar Saleh hosted the talks.", "Omar Saleh", "IRQ", "advisor"),
        ("British Prime Minister Jane Moore arrived in Paris.", "Jane Moore", "GBR", "head_of_government"),
        ("French President Luc Martin arrived in Rome.", "Luc Martin", "FRA", "head_of_state"),
        ("EU Commission President Karl Weber spoke in Brussels.", "Karl Weber", None, "official"),
        ("Democratic Sen. Jim Ross of Ohio criticised the bill.", "Jim Ross", "USA", "legislator"),
        ("Tory foreign affairs spokesman Colin Reed said it was naive.", "Colin Reed", "GBR", "spokesperson"),
    ],
)
def test_titles(sentence: str, name: str, country: str | None, role: str) -> None:
    p = person(actors(sentence), name)
    assert (p.country, p.role) == (country, [role])


def test_all_caps_and_lower_case_titles() -> None:
    p = person(actors("Japanese foreign minister Ken Mori met reporters."), "Ken Mori")
    assert (p.country, p.role) == ("JPN", ["foreign_minister"])


def test_dateline_gives_the_government() -> None:
    p = person(
        actors("Foreign Minister Ken Mori said exports were rising.", dateline_text="TOKYO, April 7 - "), "Ken Mori"
    )
    assert (p.country, p.role) == ("JPN", ["foreign_minister"])


def test_known_actor_fills_country() -> None:
    p = person(actors("The bill was vetoed by President Reagan last year."), "Reagan")
    assert (p.country, p.role) == ("USA", ["head_of_state"])


def test_states_igos_groups() -> None:
    found = actors("Tehran denied it. The IMF and the European Community met Al-Qaeda experts in Baghdad.")
    kinds = {(a.kind, a.name) for a in found}
    assert ("state", "Iran") in kinds
    assert ("igo", "International Monetary Fund") in kinds and ("igo", "European Community") in kinds
    assert ("group", "Al-Qaeda") in kinds
    assert ("state", "Iraq") not in kinds  # "in Baghdad" is a place, not the Iraqi state acting
    assert not any(a.kind == "person" for a in found)


@pytest.mark.shared
def test_dev_gold_persons() -> None:
    """Every non-optional person of the dev gold is found once, with an accepted role and country."""
    dev = SHARED / "gold" / "dev"
    from etl.evaluate.gold import load_document, read_gold

    total = right = 0
    for path in sorted(dev.glob("*.json")):
        gold = read_gold(path)
        document = load_document(gold, path)
        found = [a for a in shared_extractor().extract(document, document.published).actors if a.kind == "person"]
        for g in gold_persons(path):
            total += 1
            match = [p for p in found if name_match(p.name, g["name"]) > 0]
            if len(match) == 1 and match[0].country == g["country"] and match[0].role[0] in g["role"]:
                right += 1
    assert right / total >= 0.9


@pytest.mark.parametrize(
    ("sentence", "name", "country", "role"),
    [
        ("Tory leader Mark Hollis attacked the plan.", "Mark Hollis", "GBR", "party_leader"),
        ("Former Conservative leader Mark Hollis spoke first.", "Mark Hollis", "GBR", "party_leader"),
        ("Deputy U.S. Trade Representative Mark Hollis will lead the talks.", "Mark Hollis", "USA", "deputy_minister"),
        (
            "Mark Hollis, president and chief operating officer, said the company would bid.",
            "Mark Hollis",
            None,
            "official",
        ),
        (
            "French Maize Producers Association president Mark Hollis said prices fell.",
            "Mark Hollis",
            "FRA",
            "official",
        ),
    ],
)
def test_party_company_and_deputy_titles(sentence: str, name: str, country: str | None, role: str) -> None:
    p = person(actors(sentence), name)
    assert (p.country, p.role) == (country, [role])


def test_title_of_someone_else_in_an_apposition() -> None:
    found = actors("Tory leader Mark Hollis was there. Ms Ann Cole, a friend of the Tory leader, said so.")
    assert person(found, "Ann Cole").role != ["party_leader"]


def test_chancellor_override_applies_to_a_known_country() -> None:
    p = person(actors("Chancellor Gordon Brown said the deal was agreed."), "Gordon Brown")
    assert (p.country, p.role) == ("GBR", ["minister"])


def test_titled_surname_before_a_namesake_is_another_person() -> None:
    found = actors("President Reagan will visit Rome. Reagan and Nancy Reagan will be guests of the Pope.")
    people = {a.name: a for a in found if a.kind == "person"}
    assert people["Reagan"].role == ["head_of_state"] and people["Reagan"].country == "USA"
    assert "Nancy Reagan" in people


# ------------------------------------------------------------------------------ government departments


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Treasury said on Monday that the deficit had narrowed.", "Treasury", None),
        ("WASHINGTON, May 4 - The Treasury said the deficit had narrowed.", "Treasury", "USA"),
        ("A State Department spokesman said Washington was concerned.", "State Department", "USA"),
        ("The Pentagon denied the report on Tuesday.", "Pentagon", "USA"),
        ("The Foreign Office said it was seeking consular access.", "Foreign Office", "GBR"),
        ("The Iranian foreign ministry said the talks were useful.", "Iranian foreign ministry", "IRN"),
        ("Japan's Finance Ministry said it would not intervene.", "Japan's Finance Ministry", "JPN"),
    ],
)
def test_government_departments_are_organisations_with_their_country(text: str, name: str, country: str | None) -> None:
    found = [a for a in actors(text) if a.kind == "organization" and a.name == name]
    assert len(found) == 1, [(a.name, a.kind) for a in actors(text)]
    assert found[0].country == country


def test_department_inside_a_title_is_not_an_actor() -> None:
    found = actors("Treasury Secretary James Baker said the dollar was stable.")
    assert not [a for a in found if a.kind == "organization" and "Treasury" in a.name]
    assert person(found, "James Baker").role == ["minister"]


def test_lower_case_ministry_without_a_country_is_not_an_actor() -> None:
    assert not [a for a in actors("He said the ministry would study the plan.") if a.kind == "organization"]


# ------------------------------------------------------------------------------ titles (regressions)


def test_sentence_adverb_is_not_part_of_the_title() -> None:
    found = actors("Earlier Foreign Secretary Paul Whitcombe said the embassy would stay open.")
    assert person(found, "Paul Whitcombe").title == "Foreign Secretary"


def test_crown_prince_is_a_title_not_part_of_the_name() -> None:
    found = actors(
        "Jordanian Crown Prince Hassan bin Talal arrived in Rome on Monday. The Crown Prince met the Italian "
        "prime minister. Hassan said the visit was useful."
    )
    persons = [a for a in found if a.kind == "person"]
    assert [a.name for a in persons] == ["Hassan bin Talal"]
    assert (persons[0].country, persons[0].role) == ("JOR", ["other"])


def test_angle_bracket_is_not_part_of_a_name() -> None:
    """Regression ("Teck Corp>"): a bracket of Reuters' company markup left next to an entity."""
    from etl.nlp.pipeline import build_pipeline

    doc = build_pipeline()("Norrland Mining Corp> said profits rose. <Norrland Mining Corp> said it agreed.")
    assert all("<" not in a.name and ">" not in a.name for a in doc._.parley_actors)


def test_post_nominal_letters_are_not_part_of_the_name() -> None:
    found = actors("Treasury minister Harold Pemberton MP said the budget was fair. Pemberton spoke in London.")
    assert [a.name for a in found if a.kind == "person"] == ["Harold Pemberton"]

"""Actors: gazetteer lookups, persons with role and country from titles, one actor per real entity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from etl.evaluate.names import name_match
from etl.extract import shared_extractor
from etl.nlp.gazetteer import country_name, country_of, igo_of, is_demonym, mention_kind, place_country
from etl.records import Actor, Extraction
from etl.sources import Document

SHARED = Path(__file__).resolve().parents[3].parent / "shared"


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
        ("ROK", "KOR"),  # issue 12, round 7: a round 5 blind readout's "ROK National Security Office Director X"
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
SEED_RECORD = Path(__file__).resolve().parents[3] / "examples" / "articles" / "seed-000.jsonl"


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
            "Mark Hollis, president and chief operating officer, told analysts the group would bid.",
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
    found = actors("Treasury Secretary James Baker told reporters the dollar was stable.")
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


# ------------------------------------------------------------------------------ issue 12, class 3: kind and country


def test_hyphenated_name_after_mr_is_a_person_not_an_organisation() -> None:
    """Regression (issue 12): NER tagged "Kilroy-Silk" ORG in every sentence; "Mr" before it says person."""
    found = actors(
        "Former talk show host Robert Kilroy-Silk quit the party. Mr Kilroy-Silk said it was a joke. "
        "Mr Kilroy-Silk told the BBC he would launch a new party."
    )
    assert not [a for a in found if a.kind == "organization" and "Kilroy" in a.name]
    p = person(found, "Robert Kilroy-Silk")
    assert "Kilroy-Silk" in p.aliases and len(p.mentions) == 3


def test_lone_surname_after_mr_is_a_person() -> None:
    found = actors("Mr Tanguay said the association would choose another candidate.")
    assert [a.name for a in found if a.kind == "person"] == ["Tanguay"]


def test_a_full_name_that_speaks_stays_a_person_whatever_ner_says_elsewhere() -> None:
    """Regression (issue 12): a name NER labels ORG more often than PERSON was dropped even when it speaks;
    speaking (the subject of a speech verb) is evidence of a person that outweighs those votes."""
    from etl.nlp.persons import _speaks
    from etl.nlp.pipeline import build_pipeline
    from etl.nlp.roles import Mention

    nlp = build_pipeline()
    said = nlp("Tom Blake said the plan would fail.")
    visited = nlp("The minister visited Tom Blake on Monday.")
    assert _speaks(said, Mention(0, 2, "Tom Blake", ("tom", "blake")))
    assert not _speaks(visited, Mention(3, 5, "Tom Blake", ("tom", "blake")))


def test_hyphenated_place_modifier_is_no_affiliation() -> None:
    """Regression (issue 12): a minister coded ESP from "Madrid-style bombing"."""
    found = actors("Police feared a Madrid-style bombing. Interior Minister Jon Vale said security was tight.")
    assert person(found, "Jon Vale").country is None


def test_pro_country_stance_is_no_affiliation() -> None:
    """Regression (issue 12): a Labour MP described as "pro-Iraq war" coded IRQ."""
    found = actors("A Respect candidate will run in May against pro-Iraq war Labour MP Anna Kingsley.")
    assert person(found, "Anna Kingsley").country == "GBR"


def test_party_mentions_outweigh_a_foreign_country_the_story_is_about() -> None:
    """Regression (issue 12): UKIP MEPs coded DEU in a story about their remarks on Germany."""
    text = (
        "A UKIP MEP said Germany treated the EU as its empire. He denied accusing Germany of anything. "
        "The film showed a row between MEP Tom Blake and party leader Roger Dunn. UKIP officials said "
        "Germany was not the issue. UKIP said the MEP had been misquoted. The Tories and Labour said nothing."
    )
    found = actors(text)
    assert person(found, "Tom Blake").country == "GBR"
    assert (person(found, "Roger Dunn").country, person(found, "Roger Dunn").role) == ("GBR", ["party_leader"])


@pytest.mark.parametrize(
    ("sentence", "name", "country", "role"),
    [
        ("Lib Dem president Simon Hale branded the claim arrogant.", "Simon Hale", "GBR", "party_leader"),
        ("Liberal Democrat chairman Mark Tyler said it was extraordinary.", "Mark Tyler", "GBR", "party_leader"),
        ("Labour election campaign coordinator Alan Mills said so.", "Alan Mills", "GBR", "party_leader"),
        ("Former welfare minister Frank Fell MP said the minister should go.", "Frank Fell", None, "legislator"),
        ("Former Cabinet minister Clara Shore criticised the coalition.", "Clara Shore", None, "other"),
        ("Bundesbank President Karl Brandt said rates would stay.", "Karl Brandt", "DEU", "official"),
        ("Bank of Japan Governor Satoshi Mori said he agreed.", "Satoshi Mori", "JPN", "official"),
        (
            "Brazilian Central Banker Paulo Gomes met creditor bankers in New York last night to begin talks.",
            "Paulo Gomes",
            "BRA",
            "official",
        ),
        (
            "U.S. Undersecretary of State for Economic Affairs Allan Wall said Japan must act.",
            "Allan Wall",
            "USA",
            "deputy_minister",
        ),
    ],
)
def test_party_figures_former_ministers_and_national_bodies(
    sentence: str, name: str, country: str | None, role: str
) -> None:
    """Issue 12: party officers lead parties, not states; a former minister holds no office; a national
    body's officer has its country."""
    p = person(actors(sentence), name)
    assert (p.country, p.role) == (country, [role])


def test_country_in_the_speakers_own_quote_is_not_his() -> None:
    """Regression (issue 12): a banker coded JPN from "Japanese banks" in the words he said."""
    found = actors(
        '"The instrument is a cheap source of funds for Japanese banks," said Bob Shaw, executive vice '
        "president with Lehman Commercial Paper Inc."
    )
    assert person(found, "Bob Shaw").country is None


def test_known_actor_role_follows_the_year() -> None:
    """Michael Howard: minister in the 1980s and 1990s, Conservative leader in 2003-2005."""
    old = actors("Mr Michael Howard will visit Tokyo.", published="1987-04-02")
    new = actors("Mr Michael Howard will visit Tokyo.", published="2005-02-01")
    undated = actors("Mr Michael Howard will visit Tokyo.")
    assert person(old, "Michael Howard").role == ["minister"]
    assert person(new, "Michael Howard").role == ["party_leader"]
    assert person(undated, "Michael Howard").role == ["party_leader"]


def test_known_actor_table_periods() -> None:
    from etl.nlp.titles import KnownActors

    table = KnownActors.load()
    assert table.lookup("Jacques Chirac", 1987) == ("FRA", "head_of_government")
    assert table.lookup("Jacques Chirac", 2004) == ("FRA", "head_of_state")
    assert table.lookup("Chirac", 1987) == ("FRA", "head_of_government")
    assert table.get("George H.W. Bush") is not None  # the other names stay with the person


def test_a_name_split_by_a_reporters_bracket_is_one_person() -> None:
    found = actors('"We got further than we did when (Prime Minister Yasuhiro) Nakasone visited," an aide said.')
    p = person(found, "Yasuhiro Nakasone")
    assert (p.country, p.role) == ("JPN", ["head_of_government"])


def test_also_known_as_joins_two_names_of_one_person() -> None:
    found = actors(
        "Donors in Paris praised Mahmoud Abbas, also known as Abu Mazen, on Monday. Mr Abbas thanked Britain."
    )
    assert [a.name for a in found if a.kind == "person"] == ["Mahmoud Abbas"]
    assert "Abu Mazen" in person(found, "Mahmoud Abbas").aliases


def test_first_name_alone_is_another_person_when_the_surname_is_used() -> None:
    """Regression (issue 12): "Mr Howard" (the party leader) was merged into "Howard Flight"."""
    found = actors("Sacked MP Hugh Flint said he would fight. Mr Flint said so. Mr Hugh suspended the association.")
    flint = person(found, "Hugh Flint")
    assert "Hugh" not in flint.aliases and len(flint.mentions) == 2


def test_crown_prince_title_is_trimmed_and_the_first_name_joins() -> None:
    found = actors(
        "The vice president met Saudi Crown Prince Abdullah bin Abdul Aziz on Friday. Prince Abdullah said so."
    )
    assert [a.name for a in found if a.kind == "person"] == ["Abdullah bin Abdul Aziz"]


def test_country_and_portfolio_before_a_ministers_title_is_no_organisation() -> None:
    found = actors("British Corporate Affairs minister Alan Reed will visit Japan next month.")
    assert not [a for a in found if a.kind == "organization"]


def test_bracketed_acronym_is_the_same_body() -> None:
    found = actors("The Department of Trade and Industry (DTI) issued rules on Monday. The DTI will review them.")
    orgs = [a for a in found if a.kind == "organization"]
    assert [(o.name, o.country) for o in orgs] == [("Department of Trade and Industry", "GBR")]
    assert len(orgs[0].mentions) == 3


def test_ministers_take_the_country_of_their_people_named_later_in_the_sentence() -> None:
    """Issue 12: Argentine ministers coded USA from a Washington dateline; the sentence says "the Argentine
    officials". The subject who met them keeps the dateline's country."""
    found = actors(
        "Deputy trade representative Mark Stone held talks with Agriculture minister Ramon Vidal and Economy "
        "minister Luis Prado last week, and the Argentine officials said no deal was near.",
        dateline_text="WASHINGTON, Oct 2 - ",
    )
    assert person(found, "Mark Stone").country == "USA"
    assert person(found, "Ramon Vidal").country == "ARG" and person(found, "Luis Prado").country == "ARG"


def test_officer_of_a_government_ministry_serves_the_dateline_state() -> None:
    found = actors(
        '"Tariffs will fall," said Aiko Mori, Director of the Second Economic Cooperation Division '
        "of the Foreign Ministry.",
        dateline_text="TOKYO, March 3 - ",
    )
    assert (person(found, "Aiko Mori").country, person(found, "Aiko Mori").role) == ("JPN", ["official"])


def test_listed_bank_inside_a_longer_company_name_is_the_company() -> None:
    found = actors("The bank said Chase Manhattan Bank of Canada would issue notes in Toronto next week.")
    orgs = [(a.name, a.country) for a in found if a.kind == "organization"]
    assert orgs == [("Chase Manhattan Bank of Canada", "CAN")]


def test_full_name_tagged_org_joins_the_person_called_mr_surname() -> None:
    found = actors(
        "Lib Dem Treasury spokesman Vincent Cable said the figures were wrong. Mr Cable said the Chancellor "
        "had fiddled them. Labour and the Tories disagreed."
    )
    p = person(found, "Vincent Cable")
    # round 21: the known tables' name for him ("Vince Cable") is among his aliases
    assert (p.country, p.role, p.aliases) == ("GBR", ["spokesperson"], ["Cable", "Vince Cable"])
    assert not [a for a in found if a.kind == "organization" and "Cable" in a.name]


@pytest.mark.parametrize(
    ("sentence", "name", "country", "role"),
    [
        (
            "The warning came as Dave Prior, the leader of Britain's largest union Unison, spoke to a newspaper.",
            "Dave Prior",
            "GBR",
            "official",
        ),
        ("Shadow leader of the Commons Owen Hale said the plan was costly.", "Owen Hale", None, "legislator"),
        ("Shadow local government secretary Ed Dale said the scheme helped.", "Ed Dale", None, "legislator"),
        (
            "Constitutional Affairs Select Committee chairman Alan Brith said it was flawed.",
            "Alan Brith",
            None,
            "legislator",
        ),
        ("Marine Cpl Arnold Brace was held in Virginia on Tuesday.", "Arnold Brace", None, "military"),
    ],
)
def test_union_leaders_shadow_posts_committees_and_ranks(
    sentence: str, name: str, country: str | None, role: str
) -> None:
    """Issue 12 (unseen BBC/Reuters): a union's leader coded head of state, a shadow post coded party leader,
    a select committee chairman coded official, "Marine Cpl" kept as part of a name."""
    p = person(actors(sentence), name)
    assert (p.country, p.role) == (country, [role])


def test_pentagon_spokesman_serves_the_dateline_state() -> None:
    found = actors(
        "Pentagon spokesman Bob Simms told reporters a third Marine was charged.",
        dateline_text="WASHINGTON, April 2 - ",
    )
    assert person(found, "Bob Simms").country == "USA"


def test_department_of_a_portfolio_takes_the_storys_state_not_always_the_us() -> None:
    """Regression (issue 12): the (British) Department of Health coded USA in a BBC story."""
    found = actors(
        "Prof Al Grant worked as a paediatric adviser in the Department of Health. Britain and "
        "the British government agreed."
    )
    assert [(a.name, a.country) for a in found if a.kind == "organization"] == [("Department of Health", "GBR")]
    washington = actors("The Department of Commerce said exports rose.", dateline_text="WASHINGTON, May 4 - ")
    assert [(a.name, a.country) for a in washington if a.kind == "organization"] == [("Department of Commerce", "USA")]


def test_title_ending_a_clause_before_a_comma_is_not_the_next_subjects() -> None:
    """Regression (issue 12): a clause ending "as US President," before "Tony Blair has said" coded the
    British prime minister USA and head of state."""
    found = actors(
        "George W Bush will listen more now that he starts a new spell as US President, Tony Blair told MPs."
    )
    p = person(found, "Tony Blair")
    assert (p.country, p.role) == ("GBR", ["head_of_government"])


def test_the_comma_title_before_a_name_still_counts() -> None:
    found = actors("The Iranian chief delegate, Reza Amini, said the talks were useful.")
    assert (person(found, "Reza Amini").country, person(found, "Reza Amini").role) == ("IRN", ["diplomat"])


@pytest.mark.parametrize(
    ("sentence", "name", "country", "role", "published"),
    [
        (
            "President Obama spoke today with Prime Minister Cameron of the United Kingdom.",
            "Cameron",
            "GBR",
            "head_of_government",
            "2014-07-18",
        ),
        (
            "Secretary Michael R. Pompeo met today in Washington with the Secretary-General.",
            "Michael R. Pompeo",
            "USA",
            "foreign_minister",
            "2019-03-13",
        ),
        (
            "Secretary of State Antony J. Blinken met today with the Slovak foreign minister.",
            "Antony J. Blinken",
            "USA",
            "foreign_minister",
            "2022-11-29",
        ),
        (
            "The deal was signed with French businessman Jean-Paul Doumont last month.",
            "Jean-Paul Doumont",
            "FRA",
            "other",
            None,
        ),
        ("The vote was 6,000 short of Labour's Lorna Fitz. The Tories were third.", "Lorna Fitz", "GBR", "other", None),
    ],
)
def test_readouts_middle_initials_businessmen_and_party_possessives(
    sentence: str, name: str, country: str, role: str, published: str | None
) -> None:
    p = person(actors(sentence, published=published), name)
    assert (p.country, p.role) == (country, [role])


def test_conjunction_inside_a_ministers_title_and_the_specific_office_wins() -> None:
    found = actors(
        "Secretary Blinken met today with Slovak Minister of Foreign and European Affairs Rastislav Kacer in "
        "Bucharest. Secretary Blinken thanked Foreign Minister Kacer for his support.",
        published="2022-11-29",
    )
    p = person(found, "Rastislav Kacer")
    assert (p.country, p.role) == ("SVK", ["foreign_minister"])


def test_known_actor_undated_row_is_the_marked_one() -> None:
    from etl.nlp.titles import KnownActors

    table = KnownActors.load()
    assert table.lookup("Gordon Brown") == ("GBR", "minister")  # BBC 2004-5, undated
    assert table.lookup("Gordon Brown", 2009) == ("GBR", "head_of_government")
    assert table.lookup("Michael Howard") == ("GBR", "party_leader")


def test_spokesman_of_a_body_named_by_its_initials_takes_its_country() -> None:
    """Issue 12: spokesmen of British bodies ("MAB spokesman") had no country."""
    found = actors(
        "Muslim groups will meet on Tuesday. The Muslim Association of Britain (MAB) organised it. "
        '"It is anti-policy," MAB spokesman Dr Azim Tamer said. The Muslim Council of Britain '
        "(MCB) will also attend. The chairman of the MCB's media committee, Sher Kahn, said it would matter."
    )
    assert person(found, "Azim Tamer").country == "GBR" and person(found, "Sher Kahn").country == "GBR"
    britain = next(a for a in found if a.kind == "state")
    assert "MAB" not in britain.aliases
    assert [a.name for a in found if a.kind == "organization"] == [
        "Muslim Association of Britain",
        "Muslim Council of Britain",
    ]


def test_conjunction_before_a_name_or_a_title_ends_the_window() -> None:
    """Regressions seen while fixing "Minister of Foreign and European Affairs": "former ... Sen. and Reagan
    confidant X" made Reagan a senator; "Pope and Talbot Inc" made a head of state."""
    found = actors(
        "President Ronald Reagan met aides. 'He is a victim,' said former Utah Sen. and Reagan confidant "
        "Paul Laxton. Shares of Pope and Talbot Inc <POP> rose 1/2 to 36.",
        published="1987-03-02",
    )
    assert person(found, "Ronald Reagan").role == ["head_of_state"]
    assert not [a for a in found if a.kind == "person" and "Talbot" in a.name]


def test_title_word_opening_a_longer_organisation_gives_no_person() -> None:
    found = actors("The Association of Chief Police Officers said the law was unclear.")
    assert not [a for a in found if a.kind == "person"]


def test_mr_justice_is_a_judges_title() -> None:
    found = actors("Mr Justice Eaden said he was obliged to compensate the MP.")
    assert [a.name for a in found if a.kind == "person"] == ["Eaden"]


# ------------------------------------------------------------------------ the publisher's own people


def actors_from(text: str, source: str | None, dateline_text: str = "") -> list[Actor]:
    doc = Document(id="t", title=None, published="2021-06-01", source=source, url=None, text=dateline_text + text)
    return shared_extractor().extract(doc).actors


WHITE_HOUSE = "The White House, Office of the Press Secretary"
STATE = "U.S. Department of State, Office of the Spokesperson"
BBC = "BBC News (a broadcaster's archive)"


@pytest.mark.parametrize(
    ("text", "source", "name", "country"),
    [
        # a government's own release names its officials bare: the issuing government's people
        (
            "The following is attributable to Spokesperson Jane Okafor:\n\nThe Secretary met Foreign Minister "
            "Lars Vinterberg of Denmark today in Copenhagen.",
            STATE,
            "Jane Okafor",
            "USA",
        ),
        (
            "Press Secretary Tom Wexley said the President spoke with the leaders of Chile and Peru.",
            WHITE_HOUSE,
            "Tom Wexley",
            "USA",
        ),
        # any titled person of a government's release, not only its ministers and spokespeople
        (
            "The Vice President spoke with President Oduya of Kenya. National Security Advisor Dana Welk joined "
            "the call.",
            WHITE_HOUSE,
            "Dana Welk",
            "USA",
        ),
        # a bare head of government in a release about another state is that state's, not the issuer's
        (
            "The President spoke today with Prime Minister-designate Haidar al-Nouri to congratulate him. The "
            "President said the United States would support Iraq. The two leaders discussed Iraq's security "
            "and the need for Iraqi unity.",
            WHITE_HOUSE,
            "Haidar al-Nouri",
            "IRQ",
        ),
        (
            "Secretary Harlan Voss met today with Foreign Minister Lukas Brenner in Vienna. The Secretary and "
            "Foreign Minister Brenner discussed Austria's support for Ukraine and Austria's energy needs. "
            "Austria will host the next meeting.",
            STATE,
            "Lukas Brenner",
            "AUT",
        ),
        # explicit evidence wins over the issuer: "of Denmark", "of Kenya", a demonym
        (
            "The Vice President spoke with President Oduya of Kenya. National Security Advisor Dana Welk joined "
            "the call.",
            WHITE_HOUSE,
            "Oduya",
            "KEN",
        ),
        (
            "The following is attributable to Spokesperson Jane Okafor:\n\nThe Secretary met Foreign Minister "
            "Lars Vinterberg of Denmark today in Copenhagen.",
            STATE,
            "Lars Vinterberg",
            "DNK",
        ),
        (
            "Press Secretary Tom Wexley said the President called Chilean President Rosa Antal.",
            WHITE_HOUSE,
            "Rosa Antal",
            "CHL",
        ),
        # a national outlet names its own ministers bare when no other state dominates the story
        ("Schools Minister Peter Dunmore said pupils would vote in a mock election.", BBC, "Peter Dunmore", "GBR"),
        # and its own commentators and campaigners
        (
            "Keith Arbery, of the Institute for Budget Studies, said the plan was sound. Labour backed it.",
            BBC,
            "Keith Arbery",
            "GBR",
        ),
    ],
)
def test_publisher_gives_its_own_people_their_country(text: str, source: str, name: str, country: str) -> None:
    assert person(actors_from(text, source), name).country == country


def test_without_a_listed_publisher_nothing_changes() -> None:
    """Regression (issue 12, readouts): the issuer's country comes from `sources.tsv`, not from any source."""
    text = "Schools Minister Peter Dunmore said pupils would vote in a mock election."
    assert person(actors_from(text, None), "Peter Dunmore").country is None
    assert person(actors_from(text, "Reuters (a wire archive)"), "Peter Dunmore").country is None


def test_outlet_country_in_a_story_about_another_state_that_names_the_outlets_own() -> None:
    """A BBC story about Portugal that names Britain often enough: bare names are still the outlet's people;
    an organisation's officer there is his organisation's; a story naming Britain seldom gives nobody GBR."""
    text = (
        "Portugal refused entry to asylum seekers. Portugal said the checks were lawful. Britain said little, "
        "and British lawyers objected. Professor Hugo Lenn said Portugal had been warned. Nora Ekwe, a "
        "spokeswoman for the charity Refuge Watch, said the checks were unfair."
    )
    found = actors_from(text, BBC)
    assert person(found, "Hugo Lenn").country == "GBR"
    assert person(found, "Nora Ekwe").country is None
    text = (
        "French media group Vantel cut its losses. France welcomed the sale, and French unions agreed. Its "
        "shares rose in Paris and London. Chief executive Hugo Lenn said the worst was over."
    )
    assert person(actors_from(text, BBC), "Hugo Lenn").country is None
    # a story naming no state at all is a domestic one when it names a place of the outlet's country
    text = "The union called a strike over pensions in Wales. Its leader, Hugo Lenn, said members were angry."
    assert person(actors_from(text, BBC), "Hugo Lenn").country == "GBR"


def test_a_story_naming_no_state_and_no_home_place_gives_its_executives_no_country() -> None:
    """Regression (issue 12, BBC business): a story about a foreign firm that names no state made its
    executives British (an airline's Irish deputy chief executive, an online auction firm's American
    chief executive); in 40 unseen BBC politics stories the rule never needed a story without a party or a
    British place."""
    text = "Auction site Bidwell said profits rose 40%. Its chief executive, Dana Morrow, called 2004 a success."
    assert person(actors_from(text, BBC), "Dana Morrow").country is None
    text = "The Tories said the scheme would fail. Shadow minister Dana Morrow called it a shambles."
    assert person(actors_from(text, BBC), "Dana Morrow").country == "GBR"


def test_northern_ireland_is_british() -> None:
    """Regression (issue 12, BBC): "Northern Ireland minister" was read as the Irish state's minister."""
    text = "Northern Ireland Minister Colm Rafferty said the talks in Belfast would go on. London and Dublin agreed."
    assert person(actors(text), "Colm Rafferty").country != "IRL"
    assert person(actors_from(text, BBC), "Colm Rafferty").country == "GBR"
    assert country_of("Northern Ireland") is None  # a place, not a state actor


def test_dateline_beats_the_outlet_and_an_igo_officer_stays_stateless() -> None:
    text = "Finance Minister Ana Ribeiro said talks went well. UN Secretary-General Piet Maalo agreed."
    found = actors_from(text, BBC, dateline_text="LISBON, May 3 - ")
    assert person(found, "Ana Ribeiro").country == "PRT"
    assert person(found, "Piet Maalo").country is None


def test_publisher_table_reads_the_longest_phrase() -> None:
    from etl.nlp.gazetteer import Publishers

    table = Publishers.load()
    assert table.of("Federal Foreign Office, Berlin").country == "DEU"  # type: ignore[union-attr]
    assert table.of("Foreign Office press release").country == "GBR"  # type: ignore[union-attr]
    assert table.of("THE WHITE HOUSE").kind == "government"  # type: ignore[union-attr]
    assert table.of("BBC News").kind == "press"  # type: ignore[union-attr]
    assert table.of("Reuters") is None
    assert table.of("Whitehouse Press") is None  # whole words only
    assert table.of(None) is None


# ------------------------------------------------------------------------- wire titles (Reuters 1987)


def test_portfolio_joined_to_a_title_is_not_part_of_the_name() -> None:
    """Regression (issue 12, Reuters): "Minister of Mines and Energy Subroto" gave a person "Energy Subroto"
    with no title and no country."""
    found = actors("Prices will hold, Indonesian Minister of Mines and Energy Subrata told Reuters.")
    p = person(found, "Subrata")
    assert (p.country, p.role) == ("IDN", ["minister"])


def test_portfolio_after_a_title_is_no_organisation() -> None:
    """Regression (issue 12, Reuters): NER's ORG "Commerce for Economic Affairs" made the undersecretary an
    officer of a body (no country) and an organisation actor of its own."""
    found = actors(
        "Yesterday Walter Brandt, Undersecretary of Commerce for Economic Affairs, said the yen was undervalued.",
        dateline_text="WASHINGTON, March 6 - ",
    )
    assert person(found, "Walter Brandt").country == "USA"
    assert not [a for a in found if a.kind == "organization" and "Commerce" in a.name]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a national central bank is the state's: the dateline's state
        ("Creditors must be patient, central bank president Tomas Alvo said.", "Tomas Alvo", "BRA"),
        # the European Central Bank is an international body's
        ("Rates will stay, European Central Bank president Jean Vallier said.", "Jean Vallier", None),
    ],
)
def test_central_bank_officers(text: str, name: str, country: str | None) -> None:
    assert person(actors(text, dateline_text="BRASILIA, April 2 - "), name).country == country


@pytest.mark.parametrize(
    ("text", "dateline", "name", "country"),
    [
        # a party word of another state's politics does not overrule the dateline's story
        (
            "Conservative opposition leader Stavros Karelis said the government should accept mediation. "
            "Greece and Turkey have argued over oil rights.",
            "ATHENS, March 29 - ",
            "Stavros Karelis",
            "GRC",
        ),
        # ... but does when the text names the party's state
        (
            "Conservative leader Hugh Maddox said Britain must stay firm.",
            "ATHENS, March 29 - ",
            "Hugh Maddox",
            "GBR",
        ),
        # a wire story's businessman is of the dateline's country when the text is about it
        (
            "The fund, created last year, is led by banker and businessman Ramon Dizon. The Philippines "
            "welcomed the loan.",
            "MANILA, April 2 - ",
            "Ramon Dizon",
            "PHL",
        ),
        # a desk's dateline says nothing of people in a story about another state
        (
            "Libyan leader Faris Hamid said the war in Chad would go on. Libya denied sending troops. Libyan "
            "radio said the fighting went on. Reporters were not allowed in, said spokesman Omar Tarik.",
            "LONDON, March 29 - ",
            "Omar Tarik",
            "LBY",
        ),
    ],
)
def test_dateline_and_party_words(text: str, dateline: str, name: str, country: str | None) -> None:
    assert person(actors(text, dateline_text=dateline), name).country == country


def test_a_persons_own_aide_takes_his_country() -> None:
    """Regression (issue 12, Reuters): "President Reagan's chief of staff, X" had no country."""
    found = actors(
        "President Reagan's chief of staff, Harold Winch told reporters he saw no change. Reagan's National "
        'Security Adviser, Carl Dobbs added, "It looks very difficult."'
    )
    assert person(found, "Harold Winch").country == "USA"
    assert person(found, "Carl Dobbs").country == "USA"


def test_a_ministry_known_by_its_initials_is_its_states() -> None:
    """Regression (issue 12, Reuters): "MITI vice minister X" had no country; the full name also gave a
    second, cut-off department actor ("Ministry of International Trade")."""
    found = actors("The talks will be led by MITI vice minister Kenji Arakawa, officials said.")
    assert person(found, "Kenji Arakawa").country == "JPN"
    found = actors(
        "Exports fell, Ministry of International Trade and Industry (MITI) figures showed.",
        dateline_text="TOKYO, April 1 - ",
    )
    bodies = [(a.name, a.country) for a in found if a.kind == "organization"]
    assert bodies == [("Ministry of International Trade and Industry", "JPN")]


@pytest.mark.parametrize(
    ("text", "name", "country", "role"),
    [
        # a title in the sentence before, whose holder the next sentence names as its subject
        (
            "It came after Norway's Ambassador to Britain said some migrants should integrate more. Dr Ingrid "
            "Solvang said people could not expect to be heard if they kept apart.",
            "Ingrid Solvang",
            "NOR",
            ["ambassador"],
        ),
        # ... never a party's title, and never for a known actor
        (
            "The Tory leader said he would hold a news conference every morning. Tony Blair has said he too "
            "will meet voters.",
            "Tony Blair",
            "GBR",
            ["head_of_government"],
        ),
    ],
)
def test_title_of_the_sentence_before(text: str, name: str, country: str, role: list[str]) -> None:
    p = person(actors_from(text, BBC), name)
    assert (p.country, p.role) == (country, role)


def test_its_ambassador_points_back_to_the_state_opening_a_long_clause() -> None:
    """Regression (issue 12, Reuters): the state was more than 16 words before "its ambassador"."""
    text = (
        "The Soviet Union backs free passage for shipping through the Gulf and opposes any step that could "
        "inflame tensions across the area, its ambassador to Kuwait, Yuri Zorin, said on Monday."
    )
    p = person(actors(text, dateline_text="BAHRAIN, March 24 - "), "Yuri Zorin")
    assert (p.country, p.role) == ("RUS", ["ambassador"])


@pytest.mark.parametrize(
    ("text", "name", "country", "role"),
    [
        # "backbencher" is a legislator's title, so the party before it gives the country even off the BBC
        (
            "Labour backbencher Gwyneth Morrow said it would reduce the incentive.",
            "Gwyneth Morrow",
            "GBR",
            ["legislator"],
        ),
        # a law officer is a minister, not a general
        (
            "The answer was prepared with Solicitor General Harriet Morland and two officials.",
            "Harriet Morland",
            None,
            ["minister"],
        ),
        # a police rank is a title, not part of the name
        (
            "But Assistant Chief Constable David Warrick said the talks had gone smoothly.",
            "David Warrick",
            None,
            ["official"],
        ),
    ],
)
def test_british_public_offices(text: str, name: str, country: str | None, role: list[str]) -> None:
    p = person(actors(text), name)
    assert (p.country, p.role) == (country, role)


def test_a_list_of_states_is_no_affiliation() -> None:
    """Regression (issue 12, BBC): a "Romanian and Bulgarian visas" affair that forced out immigration
    minister X made X Bulgarian."""
    text = (
        "MPs debated the Romanian and Bulgarian visas affair that forced out immigration minister "
        "Bella Hurst. Britain tightened its rules."
    )
    assert person(actors_from(text, BBC), "Bella Hurst").country == "GBR"
    assert person(actors(text), "Bella Hurst").country != "BGR"


def test_a_bodys_officer_in_a_wire_story_about_the_datelines_state() -> None:
    """A wire story's lobby president takes the dateline's state when the text is mostly about it; an
    IGO's officer never does."""
    text = (
        "U.S. wheat growers will meet the Secretary of State on farm trade. NAWG President Jim Mallory said "
        "U.S. exports mattered to American farmers. World Bank President Tom Arden agreed."
    )
    found = actors(text, dateline_text="WASHINGTON, March 3 - ")
    assert person(found, "Jim Mallory").country == "USA"
    assert person(found, "Tom Arden").country is None


@pytest.mark.parametrize(
    "text",
    [
        "The boats were intercepted in the Kharan Bassam waterway which separates Kuwait and Iraq.",
        "The refiner signed a deal with Abu Dhabi to buy 250,000 tonnes of Upper Zamrat crude.",
        "Loud blasts were heard in Canary Wharf, just left of my office window.",
        "Tankers will now shuttle between Kuwait and Khor Fakkan in the Emirates.",
    ],
)
def test_a_name_that_only_stands_where_places_do_is_no_person(text: str) -> None:
    """Regression (issue 12, class 3: a place typed as a person)."""
    assert [a.name for a in actors(text) if a.kind == "person"] == []


def test_a_person_after_a_preposition_of_place_elsewhere_stays_a_person() -> None:
    found = actors("The minister met John Hargreaves in London. He later wrote to John Hargreaves.")
    assert person(found, "John Hargreaves")
    found = actors("In John Hargreaves's view the plan failed.")
    assert [a.name for a in found if a.kind == "person"] == ["John Hargreaves"]


def test_a_department_in_a_national_outlets_story_is_its_countrys() -> None:
    """ "The Department of Health" is British and American usage alike: the outlet's country decides when the
    text names no other state (departments.tsv leaves the country to the dateline or the story)."""
    text = "The Department of Health said waiting lists had fallen. Labour welcomed the figures."
    body = lambda found: next(a for a in found if a.kind == "organization")  # noqa: E731
    assert body(actors_from(text, BBC)).country == "GBR"
    assert body(actors_from(text, None)).country is None


def test_leaders_of_the_past_keep_their_country_in_a_national_outlets_story() -> None:
    """Regression (issue 12, BBC letters): with the outlet's country, Hitler and Stalin became British."""
    text = (
        "The terrorists who threaten Britain today know that Adolf Hitler and Josef Stalin failed. Thomas "
        "Jefferson warned against trading liberty for safety, as Labour now does."
    )
    found = actors_from(text, BBC)
    assert [person(found, n).country for n in ("Adolf Hitler", "Josef Stalin", "Thomas Jefferson")] == [
        "DEU",
        "RUS",
        "USA",
    ]


# ------------------------------------------- issue 12, second round: explicit states, monarchs, issuers


def test_a_state_joined_to_the_title_by_of_is_the_holders() -> None:
    """Regression (issue 12, readouts): "the Foreign Minister of the Kingdom of X, Y" made Y the issuer's."""
    text = (
        "Secretary Harlan Voss spoke today with the Foreign Minister of the Kingdom of Saudi Arabia, Turki "
        "bin Nasser Al Saud. They discussed the ceasefire in Gaza and support for Israel."
    )
    assert person(actors_from(text, STATE), "Turki bin Nasser Al Saud").country == "SAU"
    text = "The President of France, Jacques Morel, opened the summit with Germany and Italy."
    assert person(actors(text), "Jacques Morel").country == "FRA"


def test_of_the_country_after_a_name_beats_the_issuer() -> None:
    """Regression (issue 12, readouts): "called Prime Minister X of the Netherlands" in a White House text
    was American (the country's name opens with "the")."""
    text = (
        "President Harlow called Prime Minister Joost Verkade of the Netherlands to discuss Ukraine. The "
        "President and the Prime Minister agreed on sanctions against Russia and support for Ukraine."
    )
    assert person(actors_from(text, WHITE_HOUSE), "Joost Verkade").country == "NLD"


def test_a_monarch_in_a_republics_release_is_of_the_monarchy_named() -> None:
    """Regression (issue 12, readouts): "His Majesty King X" in White House remarks was American (and NER's
    "Majesty King" a person)."""
    text = (
        "I want to welcome His Majesty King Talal to the White House. We spoke about the friendship between "
        "the United States and Saudi Arabia, and about the United States and its partners. His Majesty's "
        "father, King Hamad, met Franklin Roosevelt."
    )
    found = actors_from(text, WHITE_HOUSE)
    assert person(found, "Talal").country == "SAU"  # and "His Majesty" is no part of his name
    assert person(found, "Hamad").country == "SAU"
    # a republic named alone leaves no monarchy to choose: nothing changes
    text = "King Faris met the President in Paris. France and Germany agreed, French officials said."
    assert person(actors(text), "Faris").country != "USA"


def test_a_government_body_naming_its_state_is_a_release_of_that_state() -> None:
    """Regression (issue 12, readouts): an embassy's release (source not in sources.tsv) made the issuer's
    own ministers American, because its text names the United States often."""
    from etl.nlp.gazetteer import configure, government_body_publisher

    gaz = configure()
    assert government_body_publisher("Embassy of the Kingdom of Saudi Arabia", gaz).country == "SAU"  # type: ignore[union-attr]
    assert government_body_publisher("Ministry of Foreign Affairs of Japan", gaz).country == "JPN"  # type: ignore[union-attr]
    assert government_body_publisher("Indian Embassy, Washington", gaz).country == "IND"  # type: ignore[union-attr]
    assert government_body_publisher("Ministry of Foreign Affairs", gaz) is None  # no state named
    assert government_body_publisher("Reuters", gaz) is None  # no government body
    assert government_body_publisher("Japan Times", gaz) is None
    text = (
        "King Faris met US President Carl Harlow at the White House. The United States and the kingdom "
        "discussed Yemen. The King was accompanied by Minister of Finance Omar Al-Rashed."
    )
    assert person(actors_from(text, "Embassy of the Kingdom of Saudi Arabia"), "Omar Al-Rashed").country == "SAU"


def test_a_summits_city_does_not_make_a_release_about_another_state() -> None:
    """Regression (issue 12, readouts): "Prime Minister X talked with President Y about the London Summit" in
    a Canadian release made X British: a capital is where talks are held, not the state a release is about."""
    text = (
        "Prime Minister Hollis talked today with President Garner about the London Summit. The two leaders "
        "discussed the prospects for the summit in London."
    )
    assert person(actors_from(text, "Office of the Prime Minister of Canada"), "Hollis").country == "CAN"


def test_a_peer_with_no_other_evidence_is_british() -> None:
    """Regression (issue 12, BBC): "Chairman Lord X" in a story naming only the U.S. had no country."""
    text = "Chairman Lord Penbury said debates were in the public interest, as US voters saw this year."
    assert person(actors_from(text, BBC), "Penbury").country == "GBR"
    text = "Lords Leader Baroness Carrow welcomed him."
    found = actors_from(text, BBC)
    assert person(found, "Carrow").role == ["minister"]


def test_a_name_ending_in_a_particle_takes_the_surname_after_it() -> None:
    """Regression (issue 12, readouts): NER cut "Jean-Yves Le" off "Jean-Yves Le Drian", and "Le Drian" became a
    second, American person; "Miguel de la Madrid" made a Spanish state actor of his surname."""
    text = (
        "Secretary Harlan Voss spoke with French Foreign Minister Jean-Luc Le Bihan today. Secretary Voss and "
        "Foreign Minister Le Bihan discussed Libya."
    )
    found = actors_from(text, STATE)
    assert [(a.name, a.country) for a in found if a.kind == "person" and "Bihan" in a.name] == [
        ("Jean-Luc Le Bihan", "FRA")
    ]
    text = "Mexican President Miguel de la Madrid said talks would go on. De la Madrid spoke in Mexico City."
    found = actors(text)
    assert "ESP" not in {a.country for a in found}
    assert person(found, "Miguel de la Madrid").country == "MEX"


def test_a_firm_of_brothers_and_a_place_with_a_geographic_head_are_no_persons() -> None:
    """Regression (issue 12, Reuters and BBC): NER called a law firm ("X Brothers") and a desert valley
    ("Wadi X") persons."""
    text = (
        "Japanese buyers spent more on U.S. property than on U.S. stocks last year, Ben Harlow of "
        "Bernard Brothers, a Chicago law firm, said on Monday."
    )
    names = [a.name for a in actors(text) if a.kind == "person"]
    assert "Ben Harlow" in names and "Bernard Brothers" not in names, names
    text = (
        "The register says the Jordanian king met the cost of his return flight from Egypt and of a trip to Wadi Rum."
    )
    assert [a.name for a in actors_from(text, BBC) if a.kind == "person"] == []


def test_the_publishers_own_staff_and_a_knight_are_british() -> None:
    """Regression (issue 12, BBC): "BBC political correspondent X" and "Sir Y" had no country in a story naming
    the Philippines more often than Britain."""
    text = (
        "The inquiry is led by Sir Alan Penfold. The nanny came from the Philippines, and the Philippines "
        "embassy said so. BBC political correspondent Carole Danvers said the timing was bad."
    )
    found = actors_from(text, BBC)
    assert person(found, "Alan Penfold").country == "GBR"
    assert person(found, "Carole Danvers").country == "GBR"


def test_a_title_the_issuer_does_not_have_is_never_the_issuers() -> None:
    """Regression (issue 12, readouts): a bare "Prime Minister X" in a White House release naming many states
    was American, and in a Pakistani release naming the U.S. most; "Foreign Secretary Y" in a State
    Department text was American (absent_titles.tsv: the U.S. has no prime minister or foreign secretary)."""
    text = (
        "President Harlow met with Chancellor Greta Vogt of Germany in Warsaw, Poland, with Canada and Sweden.\n\n"
        "President Harlow met today with Prime Minister Nikos Alevras on the margins of the summit in Warsaw. "
        "The President recognized the progress Greece has made. He encouraged Greece to continue reforms and "
        "praised Greece's cooperation with Turkey."
    )
    assert person(actors_from(text, WHITE_HOUSE), "Nikos Alevras").country == "GRC"
    text = (
        "Prime Minister Kamal Durrani received a telephone call from US Vice President Dale Ingram. Speaking "
        "for the US Government, he thanked Pakistan for the recovery of a US national. The US side will share "
        "intelligence, and the US Secretary of State also called."
    )
    found = actors_from(text, "Prime Minister's Office, Government of Pakistan")
    assert person(found, "Kamal Durrani").country == "PAK"
    text = "Secretary Voss welcomed Foreign Secretary Ruiz here so that they can continue the dialogue."
    assert person(actors_from(text, STATE), "Ruiz").country != "USA"


def test_an_acronym_in_brackets_and_an_ordinal_belong_to_the_title_window() -> None:
    """Regression (issue 12, readouts): "Republic of Korea (ROK) First Vice Foreign Minister X" was American:
    the parser ended a sentence at the bracket and "First" closed the window like a number."""
    text = (
        "Deputy Secretary Harlan Voss met today in Seoul with Republic of Korea (ROK) First Vice Foreign "
        "Minister Choi Jong-kun and discussed the alliance."
    )
    assert person(actors_from(text, STATE), "Choi Jong-kun").country == "KOR"


def test_a_listed_companys_officer_takes_the_exchanges_country() -> None:
    """Regression (issue 12, Reuters): "Sony Corp <SNE.T> chairman X" and "Y AG <...F> ... Y managing board
    chairman Z" had no country (exchanges.tsv: T Tokyo, F Frankfurt); on 80 unseen Reuters stories with
    tickers the rule changed 3 persons, all rightly."""
    text = "Kanto Corp <KNTO.T> chairman Hideo Sato played down the U.S.-Japanese trade conflict."
    assert person(actors(text), "Hideo Sato").country == "JPN"
    text = (
        "Brennwerk AG <BRWG.F> plans to buy a stake in a U.S. firm. Brennwerk managing board chairman Werner "
        "Dieter told a weekly that the U.S. market mattered."
    )
    assert person(actors(text), "Werner Dieter").country == "DEU"
    # no ticker: nothing changes
    text = "Brennwerk managing board chairman Werner Dieter told a weekly that the U.S. market mattered."
    assert person(actors(text), "Werner Dieter").country is None


@pytest.mark.parametrize(
    "text",
    [
        '"The bid is too low," said Martin Kessler, an analyst with J.F. Harrow, noting the premium.',
        '"The market will hold," added J.F. Harrow Group analyst Martin Kessler.',
        '"Sales will slow," said Martin Kessler, an analyst with R.J. Corbett.',
    ],
)
def test_a_firms_initials_are_no_exchange_ticker(text: str) -> None:
    """Round 15 (fresh Reuters text: four stories of 250, each an "E.F. Hutton" analyst quoted): a firm's
    initials ("J.F. Harrow") read as a ticker "J.F" of exchange F (Frankfurt) made its analyst German, and "R.J."
    one of J (Johannesburg) South African. One letter, a dot, letters and a dot are initials, no ticker; the
    text names no state, so the analyst keeps none."""
    assert person(actors(text), "Martin Kessler").country is None


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ('Norway lost on Saturday. "We were poor," said Norway coach Erik Hallgren.', "Erik Hallgren", "NOR"),
        ("Peru drew with Chile. The Peruvian coach, Tomas Ortega, blamed the pitch.", "Tomas Ortega", "PER"),
        ('"It was a fair result," said Rovers coach Erik Hallgren.', "Erik Hallgren", None),
        # a side of two states (the title's window and the body's name start after "and"): neither's
        ('"It was hard," said British and Irish Lions coach Erik Hallgren.', "Erik Hallgren", None),
    ],
)
def test_a_national_sides_coach_takes_the_state_before_the_title(text: str, name: str, iso3: str | None) -> None:
    """Round 15 (fresh BBC stories: "Spain coach X", "Italy coach Y", "France coach Z", "Australia coach W" in
    four of 150): "coach" was no title, so the state before it, which a title's window reads ("Spain captain
    X"), gave none; the speaker had no country. A club's coach still has none, and the coach of a side of two
    states ("British and Irish Lions") neither's (the title made the body's "Irish" his)."""
    assert person(actors(text), name).country == iso3


# ------------------------------------------------------------------------ issue 12, round 3 (actors3)


def test_a_subordinating_word_ends_the_title_window() -> None:
    """Regression (issue 12, Reuters): "to visit Japan since President X announced" gave X the title "Japan
    since President" and Japan's country: "since" (tagged SCONJ, not ADP) did not close the window."""
    text = "No cabinet member had toured Brazil since President Reagan imposed the duties."
    reagan = person(actors(text), "Reagan")
    assert (reagan.title, reagan.country) == ("President", "USA")


def test_of_and_for_after_a_title_or_a_bodys_noun_belong_to_the_title() -> None:
    """Regression (issue 12, BBC and Reuters): "Spain's director general for Europe, X" and "the president of
    the bank of Mexico, Y" had no title (the window stopped at "for"/"of"), and a story opening with
    "Undersecretary of State Z" (the title at the sentence's start) gave Z no role."""
    text = "Lisbon sent Portugal's director general for Africa, Rui Tavares Mendes, to the forum."
    mendes = person(actors(text), "Rui Tavares Mendes")
    assert (mendes.country, mendes.role) == ("PRT", ["official"])
    text = "On Friday the envoys saw the president of the bank of Chile, Tomas Aravena Pino."
    assert person(actors(text), "Tomas Aravena Pino").country == "CHL"
    text = "Undersecretary of State Harold Brennan flies to Seoul on Monday to discuss steel quotas."
    assert person(actors(text), "Harold Brennan").role == ["deputy_minister"]


def test_the_title_before_to_the_president_is_the_holders() -> None:
    """Regression (issue 12, readouts): "Advisor to the President X" made X a head of state (the closest
    title, "President", won)."""
    text = "Senior Advisor to the President Clara Whitfield will lead the delegation to the Games."
    assert person(actors_from(text, WHITE_HOUSE), "Clara Whitfield").role == ["advisor"]


def test_a_korean_given_name_keeps_its_hyphenated_syllable() -> None:
    """Regression (issue 12, readouts): NER ended "Moon Jae-in" at "Jae" (the lower-case syllable after the
    hyphen); "-led" after a name is still no part of it."""
    text = "President Harlan Voss spoke today with President Kim Dae-in of the Republic of Korea."
    park = person(actors_from(text, WHITE_HOUSE), "Kim Dae-in")
    assert park.country == "KOR"
    text = "The Harlan Voss-led delegation arrived in Seoul, said Harlan Voss."
    assert "Harlan Voss" in [a.name for a in actors(text) if a.kind == "person"]


def test_a_guessed_country_yields_to_the_national_body_in_the_title() -> None:
    """Regression (issue 12, Reuters): "State Department spokesman X" in a Moscow story was Soviet (the
    dateline's guess), and "USDA undersecretary Y" had no country (organisations.tsv now lists national
    agencies)."""
    text = (
        "The two delegations and Soviet experts worked through the night on the arms text. State Department "
        "spokesman Carl Redfern called the session useful."
    )
    assert person(actors(text, dateline_text="MOSCOW, April 13 - "), "Carl Redfern").country == "USA"
    text = "A grain accord with Moscow looks distant, USDA undersecretary Dale Amsel told a farm group."
    assert person(actors(text), "Dale Amsel").country == "USA"


def test_an_adviser_to_a_person_takes_that_persons_country() -> None:
    """Regression (issue 12, BBC): "X, an adviser on a policy to President Bush," was British (the
    outlet's guess): the person he serves is American."""
    text = (
        "MPs argued over emissions in the Commons. Yet Myles Ebbert, an adviser on energy policy to President "
        "George Bush, insisted Washington would keep its course."
    )
    assert person(actors_from(text, BBC), "Myles Ebbert").country == "USA"


def test_the_storys_state_without_the_office_is_not_a_bare_titles() -> None:
    """Regression (issue 12, BBC): "Environment Secretary X" in a BBC story naming the U.S. most was
    American; the U.S. has no Environment Secretary (absent_titles.tsv)."""
    text = (
        "Environment Secretary Marian Becket expects the US to move on emissions after the US snub of the "
        "treaty. The US line is firm, US officials say. Britain "
        "will talk again, as Britain hopes."
    )
    assert person(actors_from(text, BBC), "Marian Becket").country == "GBR"


def test_other_officials_of_a_state_name_the_titled_persons_state() -> None:
    """Regression (issue 12, Reuters): "talks with Deputy Foreign Minister X and other senior Japanese
    officials" in a Washington story made X American."""
    text = (
        "Meetings with Deputy Foreign Minister Kenji Morita and other senior Japanese officials are to cover "
        "fisheries, a U.S. spokeswoman announced."
    )
    assert person(actors(text, dateline_text="WASHINGTON, March 31 - "), "Kenji Morita").country == "JPN"


def test_a_later_definite_description_gives_the_state() -> None:
    """Regression (issue 12, BBC): "Archbishop X ... The South African archbishop said" left X British (the
    outlet's guess); an object ("met the Iranian archbishop") is someone else."""
    text = (
        "Archbishop Thabo Ndlovu urged London to free the men it holds without charge. "
        "The South African archbishop said such detention shamed any democracy."
    )
    assert person(actors_from(text, BBC), "Thabo Ndlovu").country == "ZAF"
    text = (
        "Archbishop Thabo Ndlovu urged London to free the men it holds without charge. "
        "He later met the South African archbishop in London."
    )
    assert person(actors_from(text, BBC), "Thabo Ndlovu").country != "ZAF"


def test_a_title_after_as_names_an_untitled_person() -> None:
    """Regression (issue 12, readouts): "called Dr. X to congratulate him on his appointment as the Iraqi
    Prime Minister-designate" left X with no country and no role."""
    text = (
        "President Harlan Voss phoned Dr. Karim al-Saadi on Sunday to congratulate him on his nomination as the "
        "Iraqi Prime Minister-designate. They agreed to speak again soon."
    )
    saadi = person(actors_from(text, WHITE_HOUSE), "Karim al-Saadi")
    assert (saadi.country, saadi.role) == ("IRQ", ["head_of_government"])


def test_a_place_qualifying_a_noun_and_group_names_are_no_persons() -> None:
    """Regression (issue 12, BBC): a county before "house" ("the secretary's Kent house") made Kent a foreign
    minister; "Minister for Children, Young People and Families" made Young People a person, and
    "Association of Chief Police Officers" Police Officers."""
    text = "Delegates gathered at the foreign secretary's official Surrey house for two days of talks."
    assert [a.name for a in actors_from(text, BBC) if a.kind == "person"] == []
    text = "Minister for Children, Young People and Families Beverley Hollis backed the carers' plan."
    assert "Young People" not in [a.name for a in actors_from(text, BBC) if a.kind == "person"]
    text = "Association of Chief Police Officers president Chris Fenwick wants tougher closure powers."
    names = [a.name for a in actors_from(text, BBC) if a.kind == "person"]
    assert names == ["Chris Fenwick"], names


def test_a_chief_minister_heads_a_government() -> None:
    """Regression (issue 12, BBC): "Gibraltar's Chief Minister X" was coded a minister."""
    text = "Gibraltar's Chief Minister Paul Carreras joined the forum for the first time."
    assert person(actors_from(text, BBC), "Paul Carreras").role == ["head_of_government"]


def test_a_long_name_split_by_ner_and_a_spaced_dash() -> None:
    """Regression (issue 12, readouts and BBC): NER cut "Bilawal Bhutto Zardari" into a person and an ORG
    "Zardari"; "X - son of the late Y -" made "X - son" a name."""
    text = "On Tuesday Secretary Voss received Pakistani Foreign Minister Bilawal Bhutto Zardari in New York City."
    assert person(actors_from(text, STATE), "Bilawal Bhutto Zardari").country == "PAK"
    text = "Dominic Carrick - son of the late barrister George Carrick - reached the last round of the show."
    names = [a.name for a in actors_from(text, BBC) if a.kind == "person"]
    assert "Dominic Carrick" in names and not any("son" in n.split() for n in names), names


def test_an_office_before_a_comma_and_a_rank_is_the_persons() -> None:
    """Regression (issue 12, readouts): "the Foreign Minister of the Kingdom of Saudi Arabia, Prince X" gave
    X only the prince's rank."""
    text = (
        "Secretary Voss spoke today with the Foreign Minister of the Kingdom of Saudi Arabia, Prince Khalid "
        "bin Nasser Al Saud, about the truce in Yemen."
    )
    khalid = person(actors_from(text, STATE), "Khalid bin Nasser Al Saud")
    assert (khalid.country, khalid.role) == ("SAU", ["foreign_minister"])


def test_a_name_after_a_title_and_a_preposition_is_the_body_not_the_holder() -> None:
    """Regression (issue 12, BBC): "The MP for Sittingbourne and Sheppey said" made Sittingbourne a
    legislator, and "a spokesman for Yukos' lawyers" Yukos a spokesperson."""
    text = "The MP for Sittingbourne and Sheppey praised Prime Minister Tony Blair for his campaign."
    names = [a.name for a in actors_from(text, BBC) if a.kind == "person"]
    assert "Sittingbourne" not in names and "Tony Blair" in names, names


def test_the_president_of_a_chamber_is_its_officer() -> None:
    """Regression (issue 12, BBC): "X, president of the Indian Merchants Chamber" was a head of state
    ("chamber" was no organisation noun)."""
    text = '"He has won this round," said Ravi Mehta, president of the Indian Merchants Chamber.'
    mehta = person(actors_from(text, BBC), "Ravi Mehta")
    assert (mehta.country, mehta.role) == ("IND", ["official"])


def test_a_ships_name_is_no_person() -> None:
    """Regression (issue 12, Reuters): "the U.S. aircraft carrier Kitty Hawk" was an American person."""
    text = (
        "The U.S. aircraft carrier Kitty Hawk sailed into the Arabian Sea on Monday, U.S. "
        "officials said. Pentagon spokesman Fred Hollis called it a routine patrol."
    )
    names = [a.name for a in actors(text) if a.kind == "person"]
    assert names == ["Fred Hollis"], names


def test_state_media_take_their_states_country() -> None:
    """Regression (issue 12, Reuters): "the official newspaper El X said" in a Lima story and "Iran's official
    news agency Y" had no country, so their statements had no speaker country; a firm described by its state
    ("German investment bank Z") stays without one (a firm is no party to its state's relations)."""
    text = "Peru and Mexico will coordinate their silver sales, the official newspaper El Diario Andino reported."
    found = actors(text, dateline_text="LIMA, April 23 - ")
    assert [a.country for a in found if a.name == "El Diario Andino"] == ["PER"]
    text = "Iran's official news agency PARSNA said the talks had failed. German investment bank Kessler Bank agreed."
    countries = {a.name: a.country for a in actors(text) if a.kind == "organization"}
    assert countries.get("PARSNA") == "IRN" and countries.get("Kessler Bank") is None, countries


def test_a_bare_commissioner_in_a_community_story_is_of_no_state() -> None:
    """Regression (issue 12, Reuters): "farm commissioner X" in a Luxembourg-datelined story about the EC's
    farm ministers was coded Luxembourg's (the dateline's guess); a high commissioner is still a state's."""
    text = (
        "European Community farm ministers failed to agree on the EC Commission's price package. Farm "
        "commissioner Frans Aldering may soften parts of it, Commission sources said."
    )
    found = actors(text, dateline_text="LUXEMBOURG, April 29 - ")
    assert person(found, "Frans Aldering").country is None


def test_a_former_premier_in_a_release_is_not_the_issuers() -> None:
    """Regression (issue 12, readouts): "The Secretary expressed his condolences on the passing of former
    Premier X" in a State Department readout about China made X American (the U.S. has no premier)."""
    text = (
        "Secretary Voss met with Chinese Foreign Minister Wang Lei. The Secretary raised China's support for "
        "Russia and China's trade practices.\n\nThe Secretary expressed his condolences on the passing of "
        "former Premier Zhao Ming."
    )
    assert person(actors_from(text, STATE), "Zhao Ming").country == "CHN"


def test_an_organisation_of_a_state_keeps_the_state_in_its_name() -> None:
    """Regression (issue 12, BBC): NER cut "the Muslim Council of Britain" to "Muslim Council" (with no
    country), so its statement had the wrong speaker and no speaker country."""
    text = "The Muslim Forum of Britain asked for the freed men to be given medical care."
    orgs = {a.name: a.country for a in actors_from(text, BBC) if a.kind == "organization"}
    assert orgs == {"Muslim Forum of Britain": "GBR"}, orgs


def test_a_portfolio_named_like_a_party_is_no_party() -> None:
    """Regression (issue 12, BBC): "Economy and Labour Minister X" in a story about Germany was British
    ("Labour", a portfolio of the title, was read as the British party)."""
    text = (
        "German business confidence fell in February. Economy and Labour Minister Wolfgang Kessler played "
        "down the drop in Germany's index."
    )
    assert person(actors_from(text, BBC), "Wolfgang Kessler").country == "DEU"


def test_a_portfolio_after_for_belongs_to_the_title() -> None:
    """Regression (issue 12, BBC): "the minister for civil aviation X" in a story about India had no title
    (the window stopped at "for") and so no role and no country."""
    text = (
        "India's airlines are growing fast and India's market is open. 'Flying is for everyone now,' "
        "the minister for civil aviation Pran Mehta said."
    )
    mehta = person(actors_from(text, BBC), "Pran Mehta")
    assert (mehta.country, mehta.role) == ("IND", ["minister"])


def test_the_leader_of_a_states_delegation_is_of_that_state() -> None:
    """Regression (issue 12, Reuters): "Cabinet chief X will lead the French delegation" in a New Zealand
    story had no country."""
    text = (
        "The minister stayed home, New Zealand sources said. Cabinet chief Bernard Pruvot will lead the French "
        "delegation."
    )
    assert person(actors(text), "Bernard Pruvot").country == "FRA"


def test_a_bodys_officer_takes_the_state_of_the_bodys_seat() -> None:
    """Regression (issue 12, Reuters): "X, president of a dealers' association in Washington," in a
    Singapore story was Singaporean (the dateline's guess)."""
    text = (
        "The Singapore exchange wants a trading link. Gordon Mackay, president of the American Council of "
        "Bond Traders in Washington, expects a deal by May."
    )
    assert person(actors(text, dateline_text="SINGAPORE, March 3 - "), "Gordon Mackay").country == "USA"


def test_a_name_before_a_company_suffix_is_a_firm() -> None:
    """Regression (issue 12, Reuters): "J.P. Morgan and Co Inc, parent of ..., said" made J.P. Morgan an
    American person."""
    text = "J.R. Hollister and Co Inc said it had stopped accruing interest on its loans to Brazil."
    assert [a.name for a in actors(text) if a.kind == "person"] == []


def test_a_known_actor_undated_is_in_his_bbc_era_role() -> None:
    """Regression (issue 12, BBC): John Kerry, named bare in an undated 2004 BBC story, was coded a foreign
    minister (his role from 2013); known_actors.tsv now gives him, and others whose office changed, the role
    of the undated BBC stories (the row marked "*") and the right one by date."""
    text = "Mr Blair will meet whichever candidate wins, George Bush or John Kerry, after the vote."
    # undated, as the BBC's stories are (`actors_from` dates its documents 2021, when Kerry was an envoy)
    undated = Document(id="t", title=None, published=None, source=BBC, url=None, text=text)
    assert person(shared_extractor().extract(undated).actors, "John Kerry").role == ["legislator"]
    doc = Document(id="t", title=None, published="2015-05-01", source=None, url=None, text=text)
    found = shared_extractor().extract(doc).actors
    assert person(found, "John Kerry").role == ["foreign_minister"]
    later = Document(id="t", title=None, published="2021-06-01", source=None, url=None, text=text)
    assert person(shared_extractor().extract(later).actors, "John Kerry").role == ["envoy"]


def test_a_counterpart_with_a_bare_minister_courtesy_holds_the_counterparts_office() -> None:
    """Regression (issue 12, BBC): "Foreign Secretary X will meet Chinese counterpart Minister Y" made Y a
    minister (the bare courtesy "Minister" was the closest title) instead of a foreign minister."""
    text = (
        "Foreign Secretary Jack Straw flew to Beijing on Monday. He will see Chinese counterpart Minister Zhou "
        "Wenhai about trade and Hong Kong."
    )
    zhou = person(actors_from(text, BBC), "Zhou Wenhai")
    assert (zhou.country, zhou.role) == ("CHN", ["foreign_minister"])


def test_a_list_of_titled_people_is_no_apposition_and_a_split_after_a_title_is_mended() -> None:
    """Regression (issue 12, readouts): in "Secretary X, South Korean Minister Y and Japanese Minister of
    Defense Z convened ..." X took Japan's country from the list after his name (read as his apposition),
    and Z had no title: the parser opened a sentence between "Defense" and his name."""
    text = (
        "Secretary of Defense Harlan J. Voss III, South Korean Minister of National Defense Lee Jong-sup and "
        "Japanese Minister of Defense Sato Kenta convened a Trilateral Ministerial Meeting."
    )
    found = actors_from(text, "U.S. Department of Defense")
    assert person(found, "Harlan J. Voss III").country == "USA"
    assert (person(found, "Sato Kenta").country, person(found, "Sato Kenta").role) == ("JPN", ["minister"])
    text = "Secretary Kerry and Japanese Foreign Minister Fumio Kishida talked about fisheries in Brunei."
    doc = Document(id="t", title=None, published="2013-07-01", source=STATE, url=None, text=text)
    assert person(shared_extractor().extract(doc).actors, "Kerry").role == ["foreign_minister"]


def test_a_capital_opening_a_bodys_name_and_a_sea_are_not_the_state() -> None:
    """Regression (issue 12, BBC): "the Indian Ocean" counted as India and a newspaper like "the Washington
    Post" as the U.S., so the story's state (Indonesia) no longer dominated and "Welfare Minister X" had no
    country."""
    text = (
        "The Washington Post said the deal was done. The Washington Post and the Washington Times reported "
        "that Indonesia agreed. Indonesia and the Indian Ocean states met. Welfare Minister Alwan Shihab said "
        "the aid was well spent."
    )
    assert person(actors_from(text, BBC), "Alwan Shihab").country == "IDN"


def test_a_states_office_agency_and_administration_are_government_bodies() -> None:
    """Regression (issue 12, BBC): "labour office chief X" in a story about Germany and "X, a spokesman for
    the State Tobacco Administration quoted in China Daily" in one about China had no country (and the
    participle "quoted" cancelled the apposition)."""
    text = (
        "Germany's jobless total rose again. German unemployment is near its 1990 level in Germany. The rise "
        '"was due to winter", labour office chief Frank Weisser said.'
    )
    assert person(actors_from(text, BBC), "Frank Weisser").country == "DEU"
    text = (
        "No new plants will be licensed, said Xing Wanli, a spokesman for the State Tobacco Administration "
        "quoted in China Daily. China has 350 million smokers, and China's output is rising."
    )
    xing = person(actors_from(text, BBC), "Xing Wanli")
    assert (xing.country, xing.role) == ("CHN", ["spokesperson"])


def test_firms_named_like_people_are_no_persons() -> None:
    """Regression (issue 12, BBC business): "electronics chain Best Buy", "Costco Wholesale, which ...",
    "Jeweller Zale" (opening a sentence) and "Air Deccan" were persons."""
    text = (
        "Sales rose at Costco Wholesale, which beat forecasts again. Leading electronics chain Best Buy fell "
        "short. Jeweller Zale had a poor month. Air Deccan plans new routes. Analyst Ken Perkins expects a "
        "mixed year."
    )
    names = [a.name for a in actors_from(text, BBC) if a.kind == "person"]
    assert names == ["Ken Perkins"], names


def test_a_title_of_a_place_gives_the_places_state() -> None:
    """Regression (issue 12, Reuters): "The governor of Sao Paulo state X" in a Washington story had no
    country ("of" a state's place, not only "of" a state, gives the holder's state)."""
    text = "The governor of Sao Paulo state Orestes Quental and two other governors asked the President for help."
    assert person(actors(text, dateline_text="WASHINGTON, April 9 - "), "Orestes Quental").country == "BRA"


def test_a_name_ner_joins_to_the_body_of_the_title_is_a_person() -> None:
    """Regression (issue 12, readouts): "Iraqi Speaker of the Council of Representatives X" was one ORG
    entity, so X was missed; the name after the body's last word is the titled person."""
    text = "On Monday Secretary Voss hosted Iraqi Speaker of the Council of Representatives Khalid al-Dulaimi."
    speaker = person(actors_from(text, STATE), "Khalid al-Dulaimi")
    assert (speaker.country, speaker.role) == ("IRQ", ["legislator"])


# ------------------------------------------------------------------------------ round 4 (issue 12)


def test_a_possessive_state_after_a_posting_preposition_is_the_holders() -> None:
    """Regression (issue 12, round 4, Reuters): "made clear to Turkey's ambassador X" in an Athens story
    was Greek: "to" before a state usually posts an envoy there, but "to Turkey's" names his own state."""
    text = "Italy's position was made clear to Egypt's ambassador Karim Halawi when he met Italian officials."
    assert person(actors(text, dateline_text="ROME, May 2 - "), "Karim Halawi").country == "EGY"


def test_an_apposition_opened_by_a_conjunction_is_the_next_item_of_a_list() -> None:
    """Regression (issue 12, round 4, Reuters): "Ambassador X, and the director-general of a foreign
    ministry, Y" made X Israeli: after ", and" comes another person, not X's title."""
    text = (
        "Present were Japan's U.N. envoy, Ambassador Kenji Morita, and the director-general of Israel's "
        "Foreign Ministry, David Levin."
    )
    assert person(actors(text), "Kenji Morita").country == "JPN"


def test_a_capital_in_a_hyphenated_modifier_is_no_sentence_state() -> None:
    """Regression (issue 12, round 4, BBC): "Moscow-backed candidate and Prime Minister X" in a story about
    Ukraine made X Russian."""
    text = (
        "Ukraine's new president took office. He defeated the Moscow-backed candidate and Prime Minister Ivan "
        "Petrenko at the polls. Ukraine wants closer ties with the EU, and Ukraine's reforms are under way."
    )
    assert person(actors_from(text, BBC), "Ivan Petrenko").country == "UKR"


def test_a_state_without_the_office_is_no_bare_holders_state() -> None:
    """Regression (issue 12, round 4, Reuters): "WASHINGTON - ... as Prime minister X said Greece was ready"
    made X American (the dateline, a capital in the sentence); the U.S. has no prime minister, and of the
    states that have one the story names Greece most."""
    text = (
        "The United States urged calm in the Aegean. Washington was still trying to learn the facts, as "
        "Prime minister Nikos Andreou said Greece was ready to defend itself. The U.S. spoke to Greece and "
        "Turkey."
    )
    assert person(actors(text, dateline_text="WASHINGTON, March 27 - "), "Nikos Andreou").country == "GRC"


def test_absent_titles_match_whole_words() -> None:
    """Regression (issue 12, round 4): "Agriculture Secretary X" counted as the British "culture secretary"
    the U.S. lacks, so a BBC story about the U.S. gave him no country."""
    text = (
        "The US wants Japan to buy more beef. Agriculture Secretary Tom Harlan will visit Tokyo, the US said. "
        "US farmers back the plan."
    )
    assert person(actors_from(text, BBC), "Tom Harlan").country == "USA"


def test_the_2025_us_leaders_are_known() -> None:
    """Regression (issue 12, round 4, readouts): "Secretary of State Marco Rubio met China's Foreign Minister"
    in a 2026 State Department release made Rubio Chinese (no known actor covered 2025 on)."""
    text = "Secretary of State Marco Rubio met with China's Foreign Minister Wang Yi. China and the two sides spoke."
    doc = Document(id="t", title=None, published="2026-02-14", source=STATE, url=None, text=text)
    found = shared_extractor().extract(doc).actors
    rubio = person(found, "Marco Rubio")
    assert (rubio.country, rubio.role) == ("USA", ["foreign_minister"])


def test_a_state_oil_companys_officer_is_of_its_state() -> None:
    """Regression (issue 12, round 4, BBC): "Gazprom chairman X" and "ONGC's Mr Y" had no country; a state-owned
    national oil company (organisations.tsv) is its state's."""
    text = (
        "India and Russia discussed energy. Gazprom chairman Pavel Sokolov met Indian officials, and ONGC "
        "chairman Arun Mehta said the firms would bid together in Russia and India."
    )
    found = actors_from(text, BBC)
    assert person(found, "Pavel Sokolov").country == "RUS"
    assert person(found, "Arun Mehta").country == "IND"


def test_a_noun_before_a_state_is_no_person() -> None:
    """Regression (issue 12, round 4, readouts): NER tagged "Ally Turkey" of "our NATO Ally Turkey" and
    "Mission Turkey" of "U.S. Mission Turkey local staff" as persons (set here by hand: NER's choice)."""
    from spacy.tokens import Span

    nlp = shared_extractor().nlp
    doc = nlp("He thanked our NATO Ally Turkey. He raised the case of the Mission Turkey staff with Ahmet Yilmaz.")
    words = [t.text for t in doc]
    ally, mission, name = words.index("Ally"), words.index("Mission"), words.index("Ahmet")
    doc.ents = [Span(doc, i, i + 2, label="PERSON") for i in (ally, mission, name)]
    doc = nlp.get_pipe("parley_actors")(doc)
    names = [a.name for a in doc._.parley_actors if a.kind == "person"]
    assert names == ["Ahmet Yilmaz"], names


def test_a_companion_is_of_the_accompanied_persons_state() -> None:
    """Regression (issue 12, round 4, Reuters): "X, accompanied by central bank president Y," in a London
    story made Y British; he is of X's delegation."""
    text = (
        "Chile's Finance Minister Hernan Diaz, accompanied by central bank president Pablo Ruiz, met British "
        "officials on a tour to explain Chile's debt policy. Chile owes 20 billion dlrs."
    )
    assert person(actors(text, dateline_text="LONDON, March 2 - "), "Pablo Ruiz").country == "CHL"


def test_a_lone_surname_takes_the_role_of_its_bearer_in_office() -> None:
    """Regression (issue 12, round 4, readouts): "Assad's chemical weapons" in a 2013 release had no role:
    two known Assads, but only one in office that year."""
    text = "The Secretary and the Foreign Minister discussed destroying Assad's chemical weapons stockpile."
    doc = Document(id="t", title=None, published="2013-09-11", source=STATE, url=None, text=text)
    assad = person(shared_extractor().extract(doc).actors, "Assad")
    assert (assad.country, assad.role) == ("SYR", ["head_of_state"])


def test_a_spokesman_for_a_titled_person_is_a_spokesperson() -> None:
    """Regression (issue 12, round 4, BBC): "X, a spokesman for EU trade commissioner Y" gave X no role (the
    titled name after "for" read as a list of people)."""
    text = '"We support the talks," said Anne Dupont, a spokesman for EU trade commissioner Karl Weber.'
    assert person(actors_from(text, BBC), "Anne Dupont").role == ["spokesperson"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Vice-Prime Minister Oleg Marchenko called on the EU to act.", "Oleg Marchenko", "minister"),
        (
            "Minister of Foreign Affairs and Trade Park Ji-won met Japanese officials.",
            "Park Ji-won",
            "foreign_minister",
        ),
        ("Director of the National Economic Council Gary Lowell spoke on trade.", "Gary Lowell", "advisor"),
    ],
)
def test_round_four_titles(text: str, name: str, role: str) -> None:
    """Regression (issue 12, round 4): a vice prime minister was a head of government; the Korean style of
    foreign minister and the U.S. economic adviser's office had no role."""
    assert person(actors(text), name).role == [role]


def test_a_second_surname_ner_leaves_out_belongs_to_the_name() -> None:
    """Regression (issue 12, round 4, Reuters): NER tagged "Fernando Santos" of "Ecuador's deputy energy
    minister Fernando Santos Alvite" and later "Santos Alvite": two persons, the second untitled and of the
    dateline's state. The split is NER's, so it is set here by hand on an invented text."""
    from spacy.tokens import Span

    nlp = shared_extractor().nlp
    doc = nlp("Peru's deputy trade minister Jorge Ramos Velarde arrived for talks. Later Ramos Velarde met officials.")
    words = [t.text for t in doc]
    first, second = words.index("Jorge"), words.index("Later") + 1
    doc.ents = [Span(doc, first, first + 2, label="PERSON"), Span(doc, second, second + 2, label="PERSON")]
    doc = nlp.get_pipe("parley_actors")(doc)
    names = [a.name for a in doc._.parley_actors if a.kind == "person"]
    assert names == ["Jorge Ramos Velarde"], names


def _with_entities(text: str, ents: list[tuple[str, str]]) -> list[str]:
    """Persons found in `text` after NER's entities are set by hand to `ents` ((words, label) pairs): the
    rules below read NER's mistakes, which a model does not make on demand."""
    from spacy.tokens import Span

    nlp = shared_extractor().nlp
    doc = nlp(text)
    spans = []
    for words, label in ents:
        n = len(nlp.tokenizer(words))
        start = next(i for i in range(len(doc)) if doc[i : i + n].text == words)
        spans.append(Span(doc, start, start + n, label=label))
    doc.ents = spans
    doc = nlp.get_pipe("parley_actors")(doc)
    return [a.name for a in doc._.parley_actors if a.kind == "person"]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Carlos de Mora, the IMF's managing director, told reporters the loan would help.",
            [("Carlos de Mora", "ORG"), ("IMF", "ORG")],
            ["Carlos de Mora"],
        ),
        (
            "The plant went to a consortium including Pavel Orlov, son-in-law of the former leader, and "
            "Ivan Sokolov, the country's richest man, for $800m.",
            [("Pavel Orlov", "ORG"), ("Ivan Sokolov", "ORG")],
            ["Pavel Orlov", "Ivan Sokolov"],
        ),
        (
            "Prime Ministers Li Wenbo of China and Jorge Mendes Pinto of Portugal signed the accord.",
            [("Li Wenbo", "PERSON"), ("China", "GPE"), ("Jorge Mendes Pinto", "ORG"), ("Portugal", "GPE")],
            ["Li Wenbo", "Jorge Mendes Pinto"],
        ),
        (
            "Merrill Lynch, the investment bank, said the loan would help the economy.",
            [("Merrill Lynch", "ORG")],
            [],
        ),
        (
            "Talks between President Li Wenbo and Morgan Stanley ended on Tuesday.",
            [("Li Wenbo", "PERSON"), ("Morgan Stanley", "ORG")],
            ["Li Wenbo"],
        ),
    ],
)
def test_a_name_ner_calls_an_organisation_is_a_person_by_grammar(
    text: str, ents: list[tuple[str, str]], expected: list[str]
) -> None:
    """Regression (issue 12, round 5, BBC and Reuters): NER tagged ORG the names of an IMF managing director
    who spoke ("X, the IMF's managing director, said"), of two businessmen described as a son-in-law and
    "the country's richest man", and of a prime minister listed with another under "Prime Ministers": all
    were lost. An apposition that is a title or a noun only a person is, or a conjunct of a person under a
    plural title, makes the name a person's; a firm's apposition ("the investment bank") or a bare
    conjunct does not."""
    assert _with_entities(text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "But Parliamentary Speaker Hojatoleslam Ali Reza Karimi said the strait would stay open.",
            [("Hojatoleslam Ali", "PERSON"), ("Reza Karimi", "PERSON")],
            ["Ali Reza Karimi"],
        ),
        (
            "President Biden spoke with Prime Minister Ahmed Abd' al-Karimi of Iraq on Friday.",
            [("Biden", "PERSON"), ("Ahmed Abd'", "PERSON"), ("al-Karimi", "PERSON"), ("Iraq", "GPE")],
            ["Biden", "Ahmed Abd' al-Karimi"],
        ),
        (
            "He said General Samir Jabbar had replaced Major General Tala' Khalil al-Rawi in the south.",
            [("Samir Jabbar", "PERSON"), ("Tala", "PERSON"), ("Khalil al-Rawi", "PERSON")],
            ["Samir Jabbar", "Tala' Khalil al-Rawi"],
        ),
        (
            "Because of that, Elders' O'Neill said, buyers held back.",
            [("Elders'", "PERSON"), ("O'Neill", "PERSON")],
            [],
        ),
        (
            "The letter was signed by Ali Reza, Hassan Karimi and others.",
            [("Ali Reza", "PERSON"), ("Hassan Karimi", "PERSON")],
            ["Ali Reza", "Hassan Karimi"],
        ),
    ],
)
def test_a_name_ner_splits_in_two_touching_entities_is_one(
    text: str, ents: list[tuple[str, str]], expected: list[str]
) -> None:
    """Regression (issue 12, round 5, Reuters and a White House readout): NER split "Hojatoleslam Akbar" +
    "Hashemi Rafsanjani" and "Mohammed Shia'" + "al-Sudani" into two persons each. Two PERSON entities that
    touch with only a space between are one name (the clerical rank is an honorific); a comma keeps two
    people apart."""
    assert _with_entities(text, ents) == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Gazprom chairman Ivan Petrov met India's oil minister on Tuesday.", "Ivan Petrov", "other"),
        (
            '"We are deeply concerned," said Jane Corder, director of civil rights group Freedom Now.',
            "Jane Corder",
            "other",
        ),
        (
            '"Demand will fall," said John Harwood, managing director of oil industry analysts Harwood Partners.',
            "John Harwood",
            "other",
        ),
        ("Bundesbank President Karl Otto Pohl met French officials on Tuesday.", "Karl Otto Pohl", "official"),
        ("Westfield Corp vice chairman Joseph Carter said the company would cut prices.", "Joseph Carter", "other"),
        ("Amnesty International director Kate Brennan said the men should be freed.", "Kate Brennan", "other"),
        (
            '"He cannot win," said Neil Walsh, director of anti-treaty group Vote Against.',
            "Neil Walsh",
            "other",
        ),
    ],
)
def test_a_firm_or_an_ngo_officer_holds_no_public_office(text: str, name: str, role: str) -> None:
    """Regression (issue 12, round 5, BBC): the chairmen of Gazprom and of India's state oil firm, an oil
    analysts' managing director and a civil rights group's director were `official`, a public office; the
    gold (and the role vocabulary) codes firms' and NGOs' officers `other`; on fresh Reuters text "X Corp
    chairman" and "Y AG's vice president" were official too. A central bank's stays official."""
    assert person(actors(text), name).role == [role]


def test_a_firm_introduced_by_its_trade_is_no_person() -> None:
    """Regression (issue 12, round 5, BBC): "according to oil industry analysts Douglas-Westwood" made the
    firm a person, which then took the quotations of its director "Mr Westwood"."""
    text = (
        "Output is flat, according to oil industry analysts Harwood-Blake. "
        '"Demand will fall," said John Blake, managing director of Harwood-Blake. "Prices will rise," Mr Blake said.'
    )
    names = [a.name for a in actors(text) if a.kind == "person"]
    assert "Harwood-Blake" not in names, names


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (
            "The stock of the airline's largest investor, Patrick Corporation - which holds 38% of it - slid.",
            [("Patrick Corporation", "PERSON")],
            "Patrick Corporation",
        ),
        (
            "One firm that might bid was Anglo-Dutch household products group Reckitt Benckiser.",
            [("Reckitt Benckiser", "PERSON")],
            "Reckitt Benckiser",
        ),
    ],
)
def test_a_firm_ner_calls_a_person_is_none(text: str, ents: list[tuple[str, str]], name: str) -> None:
    """Regression (issue 12, round 5, fresh BBC business text): NER tagged PERSON a firm whose name ends in
    "Corporation" and one introduced as a "group": both became persons."""
    assert name not in _with_entities(text, ents)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Honeywell chairman Tom Ellery said the company would cut 400 jobs.", "other"),
        ('"Costs must fall," said Tom Ellery, chairman and president of Fleetwood Financial.', "other"),
        ("Securities and Exchange Commission chairman Tom Ellery said the rules would change.", "official"),
        ("Ofsted chief Tom Ellery said schools must do more.", "official"),
        ('"No," said Tom Ellery, director of Global Economics at the Federal Reserve.', "official"),
    ],
)
def test_a_title_qualified_by_a_firm_name_is_no_public_office(text: str, role: str) -> None:
    """Regression (issue 12, round 5, fresh Reuters and BBC text): "Opel chairman X", "chairman of Fleet
    Financial Y", "Wembley chairman Z" were `official`. An ORG entity with no public body's word, no place
    and no acronym qualifying a chairman's or director's title names a firm; a commission's chairman and a
    bare "chief" (public bodies as often as firms) stay official."""
    assert person(actors(text), "Tom Ellery").role == [role]


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (
            "The bond was arranged by Helsinki bank Kansallis Pankki last week.",
            [("Kansallis Pankki", "PERSON")],
            "Kansallis Pankki",
        ),
        ("The suspect ran off towards Wilmslow Road after the attack.", [("Wilmslow Road", "PERSON")], "Wilmslow Road"),
        (
            "Delegates will gather in the southern city of Porto Alegre in January.",
            [("Porto Alegre", "PERSON")],
            "Porto Alegre",
        ),
        # issue 12, round 7 (a round 6 blind BBC file, fresh Reuters text): "resort of", "district of"
        (
            "Campaigners flew to the seaside resort of Punta Verde for their own forum.",
            [("Punta Verde", "PERSON")],
            "Punta Verde",
        ),
        (
            "Police sealed off the district of Kota Lama after the shooting.",
            [("Kota Lama", "PERSON")],
            "Kota Lama",
        ),
    ],
)
def test_a_bank_a_road_or_a_city_ner_calls_a_person_is_none(text: str, ents: list[tuple[str, str]], name: str) -> None:
    """Regression (issue 12, round 5, fresh Reuters and BBC text): NER's PERSON for a bank introduced by its
    trade, a road and a city introduced by "the city of" made persons."""
    assert name not in _with_entities(text, ents)


def test_a_surname_that_is_a_word_of_places_stays_a_person() -> None:
    """ "Senator John Tower" and a "broker George Fox" are persons: "Tower" is a surname as often as a
    building's word, and a broker is a person, not a firm."""
    names = [
        a.name for a in actors("Senator John Tower said the report was fair. Broker George Fox said he was scared.")
    ]
    assert "John Tower" in names, names


@pytest.mark.parametrize(("published", "role"), [("1987-03-09", "other"), ("2018-03-09", "head_of_state")])
def test_a_known_actor_has_no_role_before_his_first_office(published: str, role: str) -> None:
    """Regression (issue 12, round 5, fresh Reuters text): a 1987 story's "real estate developer Donald Trump"
    was a head of state: the known-actors table gave the role of its first row for a year before it began."""
    text = "Real estate developer Donald Trump said he would bid for the casino group."
    assert person(actors(text, published=published), "Donald Trump").role == [role]


def test_a_military_title_opening_a_firm_and_its_ticker_is_no_person() -> None:
    """Regression (issue 12, round 5, fresh Reuters text): "a subsidiary of General Electric <GE>" (the ticker
    left as "GE" in the ORG entity) made a general named "Electric GE"."""
    text = "NEW YORK, May 8 - The broker Kidder Peabody, a unit of General Electric <GE>, said profits rose."
    assert [a.name for a in actors(text) if a.kind == "person"] == []


def test_a_surname_clustered_with_a_firm_goes_to_its_bearer() -> None:
    """Regression (issue 12, round 5, BBC): once "analysts Douglas-Westwood" was no person, the "Mr Westwood
    said" mentions clustered with it were lost, and with them three of John Westwood's statements."""
    text = (
        "Output is flat, according to oil industry analysts Harwood-Blake. "
        '"Demand will fall," said John Blake, managing director of oil industry analysts Harwood-Blake. '
        '"We forecast that prices will rise," Mr Blake said.'
    )
    doc = Document(id="t", title=None, published=None, source=None, url=None, text=text)
    statements = shared_extractor().extract(doc).statements
    assert [s.speaker for s in statements if "prices will rise" in s.quote] == ["John Blake"]


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("BELGRADE, March 14 - Steel output will rise, the official Tanjug news agency said.", "Tanjug", "SRB"),
        ("LONDON, March 14 - The Soviet Union will buy grain, the official Tass news agency said.", "Tass", "RUS"),
    ],
)
def test_a_state_news_agency_is_its_states(text: str, name: str, iso3: str) -> None:
    """Regression (issue 12, round 5, Reuters): state news agencies had no country, or the LONDON desk's."""
    found = [a for a in actors(text) if a.name == name]
    assert [a.country for a in found] == [iso3]


def test_an_official_newspaper_named_before_its_description_is_the_datelines() -> None:
    """Regression (issue 12, round 3 retired gold, Reuters): "The official International Business newspaper"
    in a PEKING story had no country (only "the official newspaper X" took the dateline's), so its three
    quotations had no speaker country."""
    text = "PEKING, March 3 - The official Economic Daily newspaper said China wants the U.S. to open its markets."
    found = [a for a in actors(text) if a.name == "Economic Daily"]
    assert [a.country for a in found] == ["CHN"]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "The plant is a joint venture of Westco and Nan Yu Plastics, a corporation of the Formosa group.",
            [("Nan Yu Plastics", "PERSON")],
            [],
        ),
        (
            "Prices will rise, Steve Richmond, a supply manager with Gas Supply Systems, a Houston firm, said.",
            [("Steve Richmond", "PERSON"), ("Gas Supply Systems", "ORG")],
            ["Steve Richmond"],
        ),
    ],
)
def test_a_name_with_a_firm_in_apposition_is_no_person(
    text: str, ents: list[tuple[str, str]], expected: list[str]
) -> None:
    """Regression (issue 12, round 5, fresh Reuters text): "X, a corporation of Y", "Z, a manufacturer of
    copper" were persons. A name that speaks stays a person whatever the parser hangs on it."""
    assert _with_entities(text, ents) == expected


@pytest.mark.parametrize(
    "text",
    [
        # NER tags the surname DATE here, and nothing at all in the second text (a spot check of unseen BBC
        # politics found a shadow minister and all her quotations lost, or given to the person quoted before).
        "Labour has promised new rules on childcare. Theresa May, shadow secretary for the family, said on "
        "Sunday that the plans were weak.",
        "Ministers met in Paris. Theresa May said the deal was poor.",
    ],
)
def test_a_month_for_surname_is_a_person_when_the_name_speaks(text: str) -> None:
    assert person(actors(text), "Theresa May").kind == "person"


def test_a_month_after_a_capitalised_word_stays_a_date() -> None:
    found = actors("The talks will resume in May, officials said. Early May is the likeliest date.")
    assert not [a.name for a in found if a.kind == "person"]


def test_mr_surname_is_not_the_knight_of_that_surname() -> None:
    # A knight is "Sir Ian" or "Sir Ian Blair", never "Mr Blair": with another Blair named, "Mr Blair" is
    # him (a spot check of unseen BBC politics gave the prime minister's words to the police chief).
    found = actors(
        "Sir Ian Blair said the threat was real. Tony Blair defended the plans on Monday. Asked about Sir Ian's "
        'remarks, the minister said nothing. But Mr Blair insisted: "Security comes first."'
    )
    names = [a.name for a in found if a.kind == "person"]
    assert sorted(names) == ["Ian Blair", "Tony Blair"], names
    assert "Blair" in (person(found, "Tony Blair").aliases or [])
    assert "Ian" in (person(found, "Ian Blair").aliases or [])


def test_sir_and_given_name_stays_with_the_knight() -> None:
    # "Mr Howard" after "Howard Flight ... Mr Flight" is another man, but "Sir Edward" after "Sir Edward
    # Heath ... Mr Heath" is the same one.
    found = actors(
        "Sir Edward Heath met the Liberal leader. Mr Heath offered him a post in the cabinet. Sir Edward said later "
        "that the talks had failed."
    )
    assert [a.name for a in found if a.kind == "person"] == ["Edward Heath"]


# ------------------------------------------------------------------------------ issue 12, round 7


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "South African President Jomo Tembe reached the forum late.",
            [("South African", "NORP"), ("Jomo Tembe", "GPE")],
        ),
        ("The minister met his Austrian counterpart Ulrich Kessler in Vienna.", [("Ulrich Kessler", "FAC")]),
    ],
)
def test_a_titled_name_ner_calls_a_place_is_a_person(text: str, ents: list[tuple[str, str]]) -> None:
    """Regression (issue 12, round 7; round 6 and round 5 blind BBC files): NER typed a president's full name
    GPE after his title and the person was lost (with his statement given to his country). A name after a
    title that is no gazetteer place is a person whatever place label NER gives it."""
    names = _with_entities(text, ents)
    assert [n for n in names if n in ("Jomo Tembe", "Ulrich Kessler")], names


def test_a_lone_word_ner_calls_a_place_after_a_title_stays_no_person() -> None:
    # one word after a title is trusted only for a known bearer, whatever NER's label
    assert "Tembe" not in _with_entities("President Tembe reached the forum late.", [("Tembe", "GPE")])


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        (
            "LISBON, March 23 - Portugal will not copy Greece by halting payments on its debt, Prime Minister "
            "Joao Matos was quoted as saying.",
            "Joao Matos",
            "PRT",
        ),
        (
            "Lisbon stopped paying Athens in 1990 when then-president Rui Sousa broke with it.",
            "Rui Sousa",
            "PRT",
        ),
    ],
)
def test_a_state_the_clause_acts_on_is_not_the_speakers(text: str, name: str, iso3: str) -> None:
    """Regression (issue 12, round 7; a round 6 blind Reuters file, a round 5 blind readout, fresh Reuters
    text): a prime minister was coded with the state his own country "will not follow", a president with the
    one his capital "stopped paying". A state that is a verb's direct object is what the clause acts on, not
    the person's affiliation: the next evidence (the clause's subject, the dateline) decides."""
    assert person(actors(text), name).country == iso3


def test_a_state_after_a_city_in_a_place_phrase_is_not_the_persons() -> None:
    """Regression (issue 12, round 7; a round 5 blind readout): "in Tokyo Japan, National Security Advisor X
    met ..." in a White House readout coded the U.S. adviser Japanese: a state that is the object of a
    place's preposition, with a city between, is where it happened."""
    doc = Document(
        id="t",
        title="Readout of a trilateral meeting",
        published="2023-06-15",
        source="The White House",
        url=None,
        text="On June 15, 2023 in Lisbon Portugal, National Security Advisor Tom Reed met with his counterparts "
        "for a trilateral meeting.",
    )
    found = shared_extractor().extract(doc).actors
    assert person(found, "Tom Reed").country == "USA"


def test_an_organisation_ner_runs_into_its_bracketed_acronym_is_named_before_the_bracket() -> None:
    """Regression (issue 12, round 7; a round 6 blind BBC file, 15 fresh BBC and Reuters stories): NER's ORG
    entity ran on into the bracket ("X Organisation (XO"), and the organisation and its statements were named
    with a dangling bracket. The name is what stands before the bracket; the word in it is an alias."""
    from spacy.tokens import Span

    text = "The Institute for Policy Research (IPR) said taxes must rise. The IPR expects slower growth."
    nlp = shared_extractor().nlp
    doc = nlp(text)
    words = "Institute for Policy Research (IPR"
    n = len(nlp.tokenizer(words))
    start = next(i for i in range(len(doc)) if doc[i : i + n].text == words)
    doc.ents = [Span(doc, start, start + n, label="ORG")]
    doc = nlp.get_pipe("parley_actors")(doc)
    orgs = {a.name: a for a in doc._.parley_actors if a.kind == "organization"}
    assert "Institute for Policy Research" in orgs, list(orgs)
    assert "IPR" in orgs["Institute for Policy Research"].aliases
    assert not [name for name in orgs if "(" in name]


def test_a_full_name_ner_calls_a_place_is_a_person_when_its_surname_is_one() -> None:
    """Regression (issue 12, round 7; a round 6 blind Reuters file, fresh BBC text): NER typed a minister's
    full name FAC and the lone surname PERSON later; the person was lost and his words went to the other
    minister of the paragraph. A person-shaped full name tagged as a place whose surname alone the text
    tags PERSON is a person (the weight of the name's other mentions)."""
    from spacy.tokens import Span

    text = "The plan was opposed by several ministers, led by Ulrich Kessler. Kessler said it was dead."
    nlp = shared_extractor().nlp
    doc = nlp(text)
    full = next(i for i in range(len(doc)) if doc[i].text == "Ulrich")
    lone = next(i for i in range(full + 2, len(doc)) if doc[i].text == "Kessler")
    doc.ents = [Span(doc, full, full + 2, label="FAC"), Span(doc, lone, lone + 1, label="PERSON")]
    doc = nlp.get_pipe("parley_actors")(doc)
    assert [a.name for a in doc._.parley_actors if a.kind == "person"] == ["Ulrich Kessler"]


# ------------------------------------------------------------------------------ round 8 (issue 12)

WHITE_HOUSE = "The White House, Office of the Press Secretary"


def extraction(text: str, source: str | None, published: str | None) -> Extraction:
    doc = Document(id="t", title=None, published=published, source=source, url=None, text=text)
    return shared_extractor().extract(doc)


def test_unnamed_principal_of_a_release_is_a_person_of_the_issuing_state() -> None:
    """Regression (issue 12, round 7's statements7): a White House readout that names its principal only as
    "The President" gave his statements a speaker name but no actor, so no speaker country."""
    text = (
        "The President spoke by phone today with Prime Minister Erna Solberg of Norway. "
        "The President welcomed the close partnership between the two countries on Arctic research."
    )
    ex = extraction(text, WHITE_HOUSE, "2015-06-02")
    obama = person(ex.actors, "Barack Obama")
    assert (obama.country, obama.role) == ("USA", ["head_of_state"])
    # his mentions are the bare titles of sentences naming nobody else: not the call's, whose participant the
    # gold README says a principal never named is not
    assert [m.start for m in obama.mentions] == [text.index("The President welcomed")]
    assert ex.meetings and all("Barack Obama" not in m.participants for m in ex.meetings)
    spoken = [s for s in ex.statements if s.speaker == "Barack Obama"]
    assert spoken, [(s.speaker, s.quote) for s in ex.statements]


def test_no_principal_without_a_bare_title_or_when_named() -> None:
    # a Vice President's release: "The Vice President" is no bare "President"
    text = "The Vice President met today with President Ivan Duque of Colombia to discuss trade."
    ex = extraction(text, "The White House, Office of the Vice President", "2019-05-02")
    assert "Donald Trump" not in [a.name for a in ex.actors if a.kind == "person"]
    # named in the body: one person, not a second made from the table
    text = "President Obama spoke today with Prime Minister Erna Solberg of Norway. The President thanked her."
    ex = extraction(text, WHITE_HOUSE, "2015-06-02")
    assert [a.name for a in ex.actors if a.kind == "person" and "Obama" in a.name] == ["Obama"]
    # no release date: no holder is made up
    text = "The President spoke by phone today with Prime Minister Erna Solberg of Norway."
    ex = extraction(text, WHITE_HOUSE, None)
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Erna Solberg"]


def test_national_regulators_carry_their_state() -> None:
    """Regression (issue 12, round 7 bbc-business-036): "the SEC's chief accountant" had no country."""
    found = actors(
        "Talks between Japan and Britain on accounting rules went on. Mary Stone, the SEC's chief accountant, "
        "said the delay was sensible. The U.S. Food and Drug Administration approved the device."
    )
    stone = person(found, "Mary Stone")
    assert (stone.country, stone.role) == ("USA", ["official"])
    orgs = {a.name: a.country for a in found if a.kind == "organization"}
    assert orgs.get("Securities and Exchange Commission") == "USA"
    assert orgs.get("Food and Drug Administration") == "USA"


def test_vice_presidents_are_known_actors() -> None:
    found = actors("Mike Pence said on Sunday that the talks with Brazil had gone well.", published="2018-04-14")
    pence = person(found, "Mike Pence")
    assert (pence.country, pence.role) == ("USA", ["official"])
    found = actors("Kamala Harris said on Sunday that the talks with Brazil had gone well.", published="2022-04-14")
    harris = person(found, "Kamala Harris")
    assert (harris.country, harris.role) == ("USA", ["official"])


def test_a_region_named_with_a_demonym_is_no_state() -> None:
    """Regression (issue 12, round 7 bbc-business-200): "head of strategy for Latin American markets" made an
    analyst American, and "North American sales" listed the United States as an actor."""
    found = actors(
        'Cuba raised its tax on dollars. "It is a way to raise cash," said Jose Alvarado, head of research for '
        "Latin American emerging markets at a London bank. North American sales of the group rose."
    )
    assert person(found, "Jose Alvarado").country != "USA"
    assert "USA" not in {a.country for a in found if a.kind == "state"}
    assert country_of("Latin American") is None and country_of("American") == "USA"


# ------------------------------------------------------------------------------ round 9 (issue 12)


def test_a_title_keeps_its_compound_portfolio() -> None:
    """Regression (issue 12, round 9: fresh sample, 4 stories): a lower-case portfolio of two fields ("minister
    of energy and mines") or of a field of affairs ("vice-minister of finance for international affairs") ended
    the title window at "and" / "for": the holder lost his title and his state, and the dateline's won."""
    found = actors(
        "Britain hosts a bank rules meeting this week. Chilean minister of energy and mines, Tomas Varga, "
        "arrived on Tuesday. Japanese vice-minister of finance for international affairs Kenji Otomo arrives "
        "on Monday for two days of meetings.",
        published="1987-03-13",
        dateline_text="LONDON, March 13 - ",
    )
    varga = person(found, "Tomas Varga")
    assert (varga.country, varga.role) == ("CHL", ["minister"])
    otomo = person(found, "Kenji Otomo")
    assert (otomo.country, otomo.role) == ("JPN", ["deputy_minister"])


# ------------------------------------------------------------------------------ round 11 (issue 12)


def test_a_describing_noun_phrase_gives_its_demonym() -> None:
    """Regression (issue 12, round 11: fresh sample, 3 stories): a state's adjective in a noun phrase that
    describes a person but holds no title ("Australian billionaire X", "X, an Iraqi Kurd living in ...", "his
    Mexican counterpart, minister of mines, X") was ignored: the person had no country, or the dateline's or
    the story's."""
    found = actors(
        "Britain's media group was bought by Australian billionaire Robert Ashcombe. Police in Britain said the "
        "march followed the death of Kalan Demir, an Iraqi Kurd living in Leeds.",
        published="1987-03-13",
        dateline_text="LONDON, March 13 - ",
    )
    assert person(found, "Robert Ashcombe").country == "AUS"
    assert person(found, "Kalan Demir").country == "IRQ"
    found = actors(
        "Peru will keep its freeze on silver sales, energy minister Juan Torres said. Peru wants a fair price. "
        "Torres said his Mexican counterpart, minister of mines, energy and state industry, Carlos Mendoza Rivas, "
        "should be in Lima soon.",
        published="1987-04-24",
        dateline_text="LIMA, April 24 - ",
    )
    assert person(found, "Juan Torres").country == "PER"
    assert person(found, "Carlos Mendoza Rivas").country == "MEX"


def test_a_describing_phrase_is_no_stance_or_list() -> None:
    """The round 11 rule reads only a demonym that qualifies the describing noun: a hyphenated modifier
    ("a Madrid-style bombing") and a verb between the phrase and the name leave the country to the others."""
    found = actors(
        "LONDON, March 13 - Home Secretary Ann Carter, after a Madrid-style attack, said the British "
        "police had acted. The French inquiry began, said Mark Ellison, a police officer.",
        published="2005-03-13",
    )
    assert person(found, "Ann Carter").country == "GBR"
    assert person(found, "Mark Ellison").country != "FRA"


def test_a_speaker_named_as_an_organisation_by_ner_is_a_person_by_his_title() -> None:
    """Regression (issue 12, round 11: fresh sample, 2 of 3 stories with a speaker NER tagged ORG): a name in
    apposition to a title before it ("the deputy planning minister, X, who said") and a name opening with
    initials ("V.I. X, Deputy Trade Minister at the Soviet mission, said") were left organisations: the
    statement's speaker had no country."""
    found = actors(
        "The plan was backed by Mexico's deputy planning minister, Luis Aspe Armella, who said the delay hurt.",
        published="1987-03-19",
        dateline_text="MEXICO CITY, March 19 - ",
    )
    assert (person(found, "Luis Aspe Armella").country, person(found, "Luis Aspe Armella").role) == (
        "MEX",
        ["deputy_minister"],
    )
    found = actors(
        "V.I. Petrashko, Deputy Trade Minister at the Soviet mission, said on Monday that talks went well.",
        published="1987-03-03",
        dateline_text="MANILA, March 3 - ",
    )
    assert person(found, "V.I. Petrashko").country == "RUS"


def test_a_clause_before_a_speaker_is_no_apposition() -> None:
    """Regression (issue 12, round 11, second fresh sample): "... pending a Mexican loan, X said" gave the U.S.
    official X Mexico: a demonym before a comma describes the speaker only when his name is in apposition."""
    found = actors(
        "Assistant Treasury Secretary Tom Harlan said banks were making progress. Banks were slow to lend "
        "until the completion of a Mexican package, Harlan said.",
        published="1987-03-03",
        dateline_text="WASHINGTON, March 3 - ",
    )
    assert person(found, "Tom Harlan").country == "USA"


# ------------------------------------------------------------------------------ round 12 (issue 12)


def test_a_titled_colleague_joined_by_and_shares_the_first_ones_state() -> None:
    """Regression (issue 12, round 12: fresh sample, 2 stories; 2 tunable gold files): of two titled persons
    joined by "and" under different offices, one with no country of his own took the dateline's state ("the
    Kenyan team, headed by Finance Minister A and Central Bank Governor B" in a LONDON story made B British; a
    TOKYO story's "Agriculture Secretary C and Trade Representative Clayton Yeutter" made C Japanese)."""
    found = actors(
        "Kenya opened talks with Britain on its official debts to the U.K., bankers said. If the talks go well, "
        "the Kenyan team, headed by Finance Minister Peter Otieno and Central Bank Governor Samuel Kariuki, "
        "will hold talks in Paris, the sources said.",
        published="1987-03-23",
        dateline_text="LONDON, March 23 - ",
    )
    assert person(found, "Samuel Kariuki").country == "KEN"
    found = actors(
        "Japan will resist demands to open its beef market, Japanese officials said. Agriculture Secretary "
        "Ralph Dunning and Trade Representative Clayton Yeutter took a hard line in talks here last week. "
        "Japan has been given time to reform its farm support, Dunning said.",
        published="1987-04-28",
        dateline_text="TOKYO, April 28 - ",
    )
    assert person(found, "Ralph Dunning").country == "USA"


def test_titled_persons_joined_by_and_keep_their_own_evidence() -> None:
    """The round 12 rule leaves two sides ("talks between A and B"), an organisation's officer ("IMF head X")
    and the same office on both sides (counterparts) to the other evidence."""
    found = actors(
        "Japan and the U.S. ended two days of talks between Trade Representative Clayton Yeutter and Trade "
        "Minister Kenji Sato, Japanese officials said.",
        published="1987-04-28",
        dateline_text="TOKYO, April 28 - ",
    )
    assert person(found, "Kenji Sato").country == "JPN"
    found = actors(
        "Argentina's negotiator held talks in New York with Treasury Secretary James Baker and International "
        "Monetary Fund head Michel Camdessus.",
        published="1987-03-02",
        dateline_text="BUENOS AIRES, March 2 - ",
    )
    assert person(found, "Michel Camdessus").country is None


def test_an_officer_of_a_named_body_joined_by_and_keeps_his_own_evidence() -> None:
    """Regression (issue 12, coordinator's spot check after round 12): the two who sign an accord are its two
    sides: "signed by Kenyan Finance Minister A and the X Office's chief executive B" in a LONDON story gave B
    Kenya through the round 12 rule; an officer of a body named by a possessive does not take his colleague's
    state by "and" alone."""
    for title in ("the Export Insurance Office's (EIO) chief executive", "the Export Insurance Office's chairman"):
        found = actors(
            "Kenya and Britain signed an agreement to reschedule Kenya's official debts, officials said. The accord "
            f"was signed by Kenyan Finance Minister Peter Otieno and {title} John Hart.",
            published="1987-03-23",
            dateline_text="LONDON, March 23 - ",
        )
        assert person(found, "Peter Otieno").country == "KEN"
        assert person(found, "John Hart").country != "KEN"


# ------------------------------------------------------------------------------ round 13 (issue 12)


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        # a state's adjective, a firm noun and the name; the officer's title names the firm
        (
            'Shares in Australian winemaker Vintara rose 5% on Monday. "We are very pleased," said Vintara chief '
            "executive Tom Kerrigan.",
            "Tom Kerrigan",
            "AUS",
        ),
        # a state's possessive; the officer's name follows the firm's possessive
        (
            "Ireland's state-owned airline Aer Celtic plans to cut 1,000 jobs. Aer Celtic's Mark Doyle said the "
            'cuts were needed. "We have no choice," he said.',
            "Mark Doyle",
            "IRL",
        ),
        # "NAME of STATE"
        (
            'Telvora of South Korea will launch the service in May. "Demand is strong," said Jin-Ho Park, chief '
            "executive of Telvora.",
            "Jin-Ho Park",
            "KOR",
        ),
        # a market named after its city, referred to by its bracketed acronym
        (
            'The Lahore Stock Exchange (LHSE) rose 4%. "That is no bubble," LHSE chairman Ali Raza told reporters.',
            "Ali Raza",
            "PAK",
        ),
        # "the company's" officer, the text having introduced one firm by its state
        (
            "Finnish company Norvanta reported a loss. The company's chief executive, Pekka Laine, said sales "
            "would recover.",
            "Pekka Laine",
            "FIN",
        ),
    ],
)
def test_a_firms_officer_takes_the_state_the_text_introduces_the_firm_by(text: str, name: str, iso3: str) -> None:
    """Regression (issue 12, rounds 11-13: 3 stories of round 13's first fresh sample, 2 of round 12's, tunable
    bbc-business-428): officers of a firm the text introduces by its state had no country, so their statements
    had no speaker country. Read by grammar: the tagger often labels such a firm a product or a person."""
    assert person(actors(text, published="2005-01-10"), name).country == iso3


def test_a_firm_of_no_stated_state_gives_its_officer_none() -> None:
    """The round 13 rule needs the state in the firm's description: a state word elsewhere ("Pakistani investors
    ... the XSE") or a firm named bare leave the officer to the other evidence."""
    found = actors(
        'Pakistani investors expect the XSE to rise. "We are pleased," said XSE chairman Ali Raza. Shares in '
        'Vintara fell. "It was a bad year," said Vintara chief executive Tom Kerrigan.',
        published="2005-01-10",
    )
    assert person(found, "Tom Kerrigan").country is None
    assert person(found, "Ali Raza").country is None
    # the firm's name ending a quotation right before the speaker is no title of his
    found = actors(
        'Australian winemaker Vintara sold its rival. "It was a fair price for Vintara," Ann Cole, a regulator, said.',
        published="2005-01-10",
    )
    assert person(found, "Ann Cole").country is None


def test_a_firms_officer_named_by_its_legal_form_keeps_no_public_office() -> None:
    """Round 13 regression: a second list of firm nouns named like the older one (`FIRM_NOUNS`, the legal forms
    and words a firm's name may end with, "... Bank and Trust") replaced it and made such a firm's director an
    `official`."""
    found = actors(
        '"Markets want a weaker dollar," said Tom Reed, director of research at Hollis Bank and Trust.',
        published="2005-01-10",
    )
    assert person(found, "Tom Reed").role == ["other"]


# ------------------------------------------------------------------------------ round 14 (issue 12)


def _bbc_actors(text: str) -> list[Actor]:
    doc = Document(id="t", title=None, published="2005-01-20", source="BBC News", url=None, text=text)
    return shared_extractor().extract(doc).actors


def test_a_firms_seat_and_introduction_come_before_the_outlets_guess() -> None:
    """Regression (issue 12, round 14: fresh-sample story whose foreign firm's chief was coded British): in a BBC
    story that names Britain most, the chief of a firm the text introduces as "<city>-based" took the outlet's
    country, because the outlet's guess was read before the firm's state; and "<firm> chief" (a title word the
    tagger gives no title) did not tie him to the firm."""
    found = _bbc_actors(
        "The London Stock Exchange has rejected a bid from a rival. Britain's markets watchdog is studying the "
        "offer.\n\nParis-based Bourseco is also interested, and Bourseco chief Jean Dupont met LSE chief Clara "
        "Furse on Friday. Mr Dupont said the offer was fair. British ministers have not commented on the bid for "
        "the London exchange, the UK's biggest."
    )
    assert person(found, "Jean Dupont").country == "FRA"
    assert person(found, "Clara Furse").country == "GBR"
    # a firm named bare keeps the outlet's guess
    found = _bbc_actors(
        "The London Stock Exchange has rejected a bid from a rival. Britain's markets watchdog is studying the "
        "offer.\n\nBourseco is also interested, and Bourseco chief Jean Dupont met LSE chief Clara Furse on "
        "Friday. British ministers have not commented."
    )
    assert person(found, "Jean Dupont").country == "GBR"


def test_an_appositions_employer_seat_gives_the_country() -> None:
    """Regression (issue 12, round 14: a fresh-sample story and 6 more of 35 unseen stories with the shape): "X,
    economist with F in London, said" in a story filed in Bonn about West German rates took the dateline's state
    (or the clause's, or none); the city his employer sits in is his. Not for a body abroad ("the Embassy in
    W") and not for a firm named by a state ("Swiss ...")."""
    text = (
        "BONN, Oct 20 - The Bundesbank trimmed West German interest rates on Tuesday.\n\n"
        "Tom Reed, economist with Hollis Brothers Ltd in London said the cut was welcome.\n\n"
        "Ann Cole, a counsellor at the Embassy in Washington, said the move was expected.\n\n"
        "Bob Hart, an analyst at Swiss Hollis in New York, said it was small."
    )
    found = actors(text, published="1987-10-20")
    assert person(found, "Tom Reed").country == "GBR"
    assert person(found, "Ann Cole").country != "USA"
    assert person(found, "Bob Hart").country != "USA"


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, April 2 - Harold Whitby <HWBY.L> said its profits rose 12 pct in 1986.",
        "MILAN, March 9 - Giorgio Fontana SpA <GFON.MI> has acquired a 70 pct stake in a laboratory, the company said.",
    ],
)
def test_a_name_with_an_exchange_ticker_is_a_firm_not_a_person(text: str) -> None:
    """Regression (issue 12, round 14: false persons in 3 fresh-sample stories and 7 of 500 unseen stories with
    tickers): cleaning removes the angle brackets of Reuters' "<XYZ.L>", so the check for a "<" after a name never
    fired; the tagger's PERSON with a ticker after it (or taken into it) was a person. It is the listed company."""
    found = actors(text, published="1987-04-02")
    assert not [a.name for a in found if a.kind == "person"]
    assert any(a.kind == "organization" and "." not in a.name.split()[-1] for a in found)


# ------------------------------------------------------------------------------ round 14b (issue 12)


def _doc_with_labels(text: str, labels: list[tuple[int, int, str]]) -> Doc:
    """The pipeline's Doc of `text`, with the entities NER gives the listed token ranges replaced by the given
    labels: the tagger's mistakes are not reproducible on short synthetic text, so the test makes them."""
    nlp = shared_extractor().nlp
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            taken = {i for s, e, _ in labels for i in range(s, e)}
            kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
            spans = [Span(doc, s, e, label=lab) for s, e, lab in labels if lab]  # "": no entity there
            doc.ents = sorted(kept + spans, key=lambda x: x.start)
    return doc


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Farmers protested in Paris on Monday. "The money does not match the promises," Jean-Luc Barnetiere, '
            "from the FNPA farmers' union, told the Associated Press news agency.",
            "Jean-Luc Barnetiere",
        ),
        (
            "Deaths at work rose last year, a study found.\n\nRory O' Donnell, editor of union-backed Safety First "
            'magazine, which carried out the study, said: "Giving union safety reps more rights would save lives."',
            "Rory O' Donnell",
        ),
        ('"The figures are a scandal," Kieran O\' Mahony of the Safety Trust said.', "Kieran O' Mahony"),
    ],
)
def test_a_full_name_that_speaks_is_a_person_whatever_the_tagger_says(text: str, name: str) -> None:
    """Regression (issue 12, round 14b: speakers in 4 of 245 fresh stories never became persons, so their quotes
    had no speaker): a full name the tagger missed or typed as a work of art, split at the apostrophe of "O'" or
    at a hyphen, is the subject of "said"/"told": a name that speaks is a person's."""
    found = _bbc_actors(text)
    assert person(found, name).kind == "person"


@pytest.mark.parametrize(
    ("text", "untagged"),
    [
        ("Crude prices will firm, Petrol Intelligence Weekly, an influential trade journal, said.", (5, 8)),
        (
            "Drivers are angry. Fairbridge Coach Action, representing 80 drivers who lost jobs, say they will sue.",
            (4, 7),
        ),
        ("Kestrel International, a currency and metals firm, announced the purchase of Omber Ltd.", (0, 2)),
        ("Tarnbank Nederland said in its latest bulletin that rates would fall.", (0, 2)),
        ("Foreign Ministers of the Pacific Forum said they expect closer ties.", (0, 2)),
    ],
)
def test_a_speaking_body_or_a_plural_is_no_person(text: str, untagged: tuple[int, int]) -> None:
    """Round 14b: the speaking-name rule leaves a name whose apposition is a body's or a publication's noun, the
    subject of a plural verb ("X Action ... say"), a name with nothing of a person's but speaking (firms speak as
    often: "X Nederland said in its bulletin"), and a plural title: all were false persons on fresh samples or on
    a tunable gold file while the rule was built (the tagger leaving the name untagged, as it did there)."""
    doc = _doc_with_labels(text, [(*untagged, "")])
    assert not [a.name for a in doc._.parley_actors if a.kind == "person"]


def test_a_name_followed_by_a_personal_post_nominal_is_a_person() -> None:
    """Regression (issue 12, round 14b: a fresh-sample barrister, tagged ORG with his "QC", was an organisation
    with the speaker's quotes): "QC", "OBE" and the like follow only a person's name."""
    found = _bbc_actors(
        "The chairman of the Law Society, Hugh Pellworth QC warned there was a real risk the plan would fail."
    )
    assert person(found, "Hugh Pellworth").kind == "person"
    assert not [a for a in found if a.kind == "organization" and "Pellworth" in a.name]


def test_an_org_tagged_full_name_whose_surname_is_a_person_elsewhere_is_a_person() -> None:
    """Regression (issue 12, round 14b: two fresh-sample stories, "A B of C Securities said ... B said" with A B
    tagged ORG and B PERSON): the full name was an organisation and its lone surname dropped as a bare word."""
    text = "Japanese buying rose, Kenji Oyamada of Nomura Securities said.\n\nOyamada said the trend would go on."
    doc = _doc_with_labels(text, [(4, 6, "ORG"), (12, 13, "PERSON")])
    refs = [(a.name, a.kind) for a in doc._.parley_actors]
    assert ("Kenji Oyamada", "person") in refs, refs
    assert len(next(a for a in doc._.parley_actors if a.name == "Kenji Oyamada").mentions) == 2


def test_a_lone_surname_tagged_as_a_product_is_the_persons() -> None:
    """Regression (issue 12, round 14b: lone surnames tagged PRODUCT or EVENT in 4 fresh stories were no mention of
    the person named in full before): "Harcourt said" is Donald Harcourt's."""
    text = (
        "Oil supplies will tighten, Donald Harcourt, a senior vice president of the company, told a conference. "
        '"Prices will firm," Harcourt said.'
    )
    doc = _doc_with_labels(text, [(5, 7, "PERSON"), (26, 27, "PRODUCT")])
    harcourt = next(a for a in doc._.parley_actors if a.name == "Donald Harcourt")
    assert len(harcourt.mentions) == 2


# ------------------------------------------------------------------------------ round 14c (issue 12)


@pytest.mark.parametrize(
    "text",
    [
        # inside the markup: the firm "<X, Y and Co>" whose first partner's name NER types a person
        "NEW YORK, March 3 - Smith Barney Inc has bought <Walter Damm, Martin Frank and Co>, a small dealer at the "
        "exchange.",
        # the markup (a ticker) after the name: the firm's name, the brackets dropped by cleaning
        "STOCKHOLM, March 3 - The group paid Harald Bergstrom <HBST ST>, in which it holds a stake, 20 pct over the "
        "market price.",
        # the ticker taken into the name
        "STOCKHOLM, March 3 - The family bought two companies, Lars Nordin <LNRD ST> and Olle Berg <OBRG ST>.",
    ],
)
def test_a_name_in_or_before_reuters_company_markup_is_no_person(text: str) -> None:
    """Regression (issue 12, round 14c: 6 false persons in 3 of 120 fresh stories): Reuters marks a company's
    name or ticker "<...>"; cleaning drops the brackets, so a firm named after people ("<X, Y and Co>") or
    followed by a ticker with a space ("<XYZ ST>", which the exchange-ticker rule cannot see) was a person.
    The Doc now carries its CleanText and the person stage reads the markup in the source."""
    found = actors(text, published="1987-03-03")
    assert not [a.name for a in found if a.kind == "person"]


def test_a_person_named_outside_the_markup_of_his_firm_stays_a_person() -> None:
    """The markup rule's bound: a person named beside his firm's markup, not inside it, is still a person."""
    text = "LONDON, March 3 - Walter Damm, chairman of <Damm Holdings Ltd>, said profits rose 12 pct in 1986."
    assert person(actors(text, published="1987-03-03"), "Walter Damm").kind == "person"


def test_mr_surname_before_the_full_name_is_that_person() -> None:
    # Round 15: the BBC calls a known man "Mr X" before it writes his full name; with one person of that
    # surname and no "Mrs X" as well, the early "Mr X" and every later one are his, not a second person "X".
    found = actors(
        "Mr Hollingsworth said the plan would cost jobs. Later, the Liberal leader Peter Hollingsworth told "
        'reporters the figures were wrong. Mr Hollingsworth added: "We will fight this."'
    )
    assert [a.name for a in found if a.kind == "person"] == ["Peter Hollingsworth"]
    assert "Hollingsworth" in (person(found, "Peter Hollingsworth").aliases or [])


def test_mr_and_mrs_before_a_full_name_stay_apart() -> None:
    # The guard: a surname styled both "Mr" and "Mrs" names two people (a couple); the early "Mr" is not the
    # woman named in full.
    found = actors(
        "Mr Hollingsworth said the plan would cost jobs. His wife, Ann Hollingsworth, said it would not. "
        "Mrs Hollingsworth is a councillor."
    )
    names = sorted(a.name for a in found if a.kind == "person")
    assert names == ["Ann Hollingsworth", "Hollingsworth"], names


def test_surname_alone_is_the_person_whose_name_ends_in_jr() -> None:
    # Round 15b: "Jr"/"Sr" after a surname is no surname; the lone "Pemberton" is the chairman, not nobody.
    found = actors(
        "Chairman Walter K. Pemberton Jr. told analysts that profits would rise. Pemberton said the company "
        "had no plans to sell its printing unit."
    )
    assert [a.name for a in found if a.kind == "person"] == ["Walter K. Pemberton Jr."]
    assert "Pemberton" in (person(found, "Walter K. Pemberton Jr.").aliases or [])


@pytest.mark.parametrize(
    ("text", "name", "given"),
    [
        (
            "Trade Minister Girma Wolde told reporters that coffee exports would fall this year. Girma said the "
            "government would seek new loans from Western banks.",
            "Girma Wolde",
            "Girma",
        ),
        (
            "Bank president Somsak Charoen told reporters the bank lost money in 1986. Somsak said the bank was "
            "trying to recall its loans.",
            "Somsak Charoen",
            "Somsak",
        ),
    ],
)
def test_a_given_name_tagged_org_is_the_person_who_bears_it(text: str, name: str, given: str) -> None:
    # Round 15c: a text that calls a person by his given name ("X Y said ... X said", NER: ORG "X") gives his
    # statements to him, not to an organisation "X".
    found = actors(text)
    assert given in (person(found, name).aliases or [])
    assert not [a for a in found if a.kind != "person" and a.name == given]


def test_a_given_name_that_opens_a_firm_name_stays_apart() -> None:
    # Round 15c guard: "Somsak Holdings" shows the word names a firm of the text too.
    found = actors(
        "Bank president Somsak Charoen told reporters the bank lost money in 1986. Somsak Holdings said it "
        "would sell its shares. Somsak said the bank was trying to recall its loans."
    )
    assert "Somsak" not in (person(found, "Somsak Charoen").aliases or [])


# ------------------------------------------------------------------------------ round 15d (issue 12)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "CHICAGO, March 4 - Halvorsen Group said it agreed to sell its Morton Hadley Tooling Co unit to Baxter "
            "Industries Inc.\n\nIt said Morton Hadley had 1986 sales of 12 mln dlrs and employs 80 people.",
            "Morton Hadley",
        ),
        (
            "NEW YORK, March 4 - Parsec Labs Inc said it sold 300,000 units through underwriters Gilbert Farrow and "
            "Lane Inc.\n\nEach unit consists of two shares and one warrant.",
            "Gilbert Farrow",
        ),
        (
            "SINGAPORE, April 1 - A local bank agreed to lend 16 mln dlrs to <Lim Hock and Co (Pte) Ltd>, a banker "
            "said.\n\nLim Hock's creditor banks will extend the company's repayment period.",
            "Lim Hock",
        ),
    ],
)
def test_the_opening_words_of_a_firms_name_are_no_person(text: str, short: str) -> None:
    """Regression (issue 12, round 15d: false persons in 3 of 120 fresh Reuters stories): a firm named in full
    with its legal form ("X Y Tooling Co", "X Y and Z Inc", "<X Y and Co (Pte) Ltd>") and again, or only in part,
    by its opening words, which NER tags PERSON. Those words are the firm's short name, no person's."""
    found = actors(text, published="1987-03-04")
    assert short not in [a.name for a in found if a.kind == "person"]


def test_a_person_whose_name_opens_a_firms_name_stays_a_person() -> None:
    # Round 15d guard: a title (or a "Mr", or a speech verb) keeps the founder of "Morton Hadley Tooling Co".
    found = actors(
        "CHICAGO, March 4 - Halvorsen Group said it agreed to buy Morton Hadley Tooling Co from its founder, "
        "chairman Morton Hadley.\n\nThe price was not disclosed.",
        published="1987-03-04",
    )
    assert person(found, "Morton Hadley")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Harlan Bancorp said Allan Brewer, head of its retail division, has resigned.", "Harlan Bancorp"),
        (
            "Hesse is raising 800 mln marks through a domestic bond, lead manager Bayerische Landesbank "
            "Girozentrale said.",
            "Bayerische Landesbank Girozentrale",
        ),
        (
            "Greece will buy 30,000 tonnes of corn, a spokesman for Compania Agricola de Comercio S.A. said.",
            "Compania Agricola de Comercio S.A.",
        ),
        ("Kemira Oy said it won an order for two paper machines.", "Kemira Oy"),
    ],
)
def test_a_name_holding_a_banks_word_or_a_dotted_legal_form_is_no_person(text: str, firm: str) -> None:
    """Regression (issue 12, round 15d: false persons in 3 fresh Reuters stories of 520): NER's PERSON holding
    "Bancorp", "Landesbank" or "Girozentrale", or ending in a legal form written with dots ("S.A.", which the
    check of the last word read "s.a") or the Finnish "Oy", is a firm's name (NER's label is forced here)."""
    span = shared_extractor().nlp.make_doc(text).char_span(text.index(firm), text.index(firm) + len(firm))
    assert span is not None
    doc = _doc_with_labels(text, [(span.start, span.end, "PERSON")])
    assert firm not in [a.name for a in doc._.parley_actors if a.kind == "person"]

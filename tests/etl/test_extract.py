"""Extraction: gold-shaped records whose evidence points into the source text, odd inputs, workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.extract import Extractor, shared_extractor, split_chunks
from etl.nlp.pipeline import COMPONENTS, compute_version
from etl.records import FORMAT
from etl.sources import Document

# The seed article ships in examples/ (the record of ../shared/corpus/seed/seed-000.jsonl).
SEED_RECORD = Path(__file__).resolve().parents[2] / "examples" / "articles" / "seed-000.jsonl"


def seed_record() -> dict[str, str]:
    return json.loads(SEED_RECORD.read_text(encoding="utf-8").splitlines()[0])


def doc(text: str, id: str = "t", published: str | None = None) -> Document:
    return Document(id=id, title=None, published=published, source=None, url=None, text=text)


def seed() -> Document:
    record = seed_record()
    return Document(
        id="seed-000", title=record["title"], published="2007-08-07", source=None, url=None, text=record["text"]
    )


def test_pipeline_has_every_component_in_order() -> None:
    names = shared_extractor().nlp.pipe_names
    assert [n for n in names if n in COMPONENTS] == list(COMPONENTS)
    # The paragraph rule must run before the parser to give it sentence boundaries.
    assert names.index("parley_paragraphs") < names.index("parser") < names.index("parley_actors")


def test_seed_extraction_is_gold_shaped_with_source_offsets() -> None:
    d = seed()
    x = shared_extractor().extract(d)
    out = json.loads(json.dumps(x.to_json()))
    assert out["format"] == FORMAT and out["document"]["id"] == "seed-000"
    assert out["document"]["published"] == "2007-08-07" and "extract=" in out["pipeline_version"]
    assert {"actors", "meetings", "statements", "issues"} <= set(out)
    for actor in x.actors:
        for m in actor.mentions:
            surface = d.text[m.start : m.end].replace("\u2019", "'")
            assert surface == actor.name or surface in actor.aliases, (actor.name, surface)
            assert d.text[m.sentence_start : m.sentence_end] == m.sentence
            assert m.sentence_start <= m.start and m.end <= m.sentence_end
    for s in x.statements:
        ev = s.evidence
        assert 0 <= ev.start < ev.end <= len(d.text)
        assert d.text[ev.sentence_start : ev.sentence_end] == ev.sentence
    assert not any("Assad" in a.name for a in x.actors)


def test_published_override() -> None:
    x = shared_extractor().extract(
        doc("Iran and Iraq held talks on Monday.", published="2001-01-01T10:00:00"), published="2007-08-07"
    )
    assert x.document.published == "2007-08-07"


@pytest.mark.parametrize("text", ["", " ", "\n\n", "Iran", "\u200b\u200b", "!!!", "12345"])
def test_empty_and_tiny_texts(text: str) -> None:
    x = shared_extractor().extract(doc(text))
    assert x.document.skipped is None
    assert x.statements == [] and x.meetings == [] and x.issues == []
    json.dumps(x.to_json())


def test_non_english_is_marked_and_left_without_records() -> None:
    x = shared_extractor().extract(
        doc(
            "Le ministre des affaires étrangères a rencontré son homologue iranien "
            "à Paris pour discuter de la sécurité dans la région et des sanctions."
        )
    )
    assert x.document.skipped == "non-English" and x.document.language == "fr"
    assert x.actors == [] and x.statements == []


@pytest.mark.slow
def test_text_over_spacy_limit() -> None:
    """Past 1,000,000 characters (spaCy's limit): chunked, merged, offsets still into the whole text."""
    first = "Iran's ambassador Hassan Kazemi Qomi met US envoy Ryan Crocker in Baghdad on Tuesday.\n\n"
    filler = ("Lorem" * 40 + " ") * 50 + "\n\n"  # long tokens keep the model's work small
    last = "Iraqi Deputy Foreign Minister Labid Abawi said the talks were positive.\n"
    text = first + filler * (1_050_000 // len(filler)) + last
    assert len(text) > 1_000_000
    x = shared_extractor().extract(doc(text))
    people = {a.name: a for a in x.actors if a.kind == "person"}
    assert {"Hassan Kazemi Qomi", "Ryan Crocker", "Labid Abawi"} <= set(people)
    m = people["Labid Abawi"].mentions[0]
    assert m.start > 1_000_000 and text[m.start : m.end] == "Labid Abawi"


def test_split_chunks_round_trip() -> None:
    text = ("word " * 50 + "\n\n") * 40
    pieces = list(split_chunks(text, 300))
    assert "".join(pieces) == text and all(len(p) <= 300 for p in pieces)
    assert "".join(split_chunks("x" * 1000, 300)) == "x" * 1000


def test_extract_many_keeps_order_and_matches_extract() -> None:
    texts = [
        "Iraqi Deputy Foreign Minister Zaid Karimi met US envoy Tom Hale.",
        "",
        "Tehran denied it.",
        "Der Minister hat sich mit dem Botschafter getroffen und die Lage in der Region besprochen.",
    ]
    docs = [doc(t, id=str(i)) for i, t in enumerate(texts)]
    x = shared_extractor()
    many = list(x.extract_many(docs, batch_size=2))
    assert [e.document.id for e in many] == ["0", "1", "2", "3"]
    assert [e.to_json() for e in many] == [x.extract(d).to_json() for d in docs]


@pytest.mark.slow
def test_two_worker_processes_give_the_same_output() -> None:
    docs = [
        doc(f"Iraqi Deputy Foreign Minister Zaid Karimi{i} met US envoy Tom Hale in Baghdad.", id=str(i))
        for i in range(12)
    ]
    x = shared_extractor()
    one = [e.to_json() for e in x.extract_many(docs, batch_size=3)]
    two = [e.to_json() for e in x.extract_many(docs, n_process=2, batch_size=3)]
    assert one == two


def test_user_dictionaries_add_entries_and_change_the_version(tmp_path: Path) -> None:
    (tmp_path / "titles.tsv").write_text("# group: test\ngrand vizier\tadvisor\n", encoding="utf-8")
    (tmp_path / "known_actors.tsv").write_text("Omar Zell\tEGY\tminister\t2000-\n", encoding="utf-8")
    x = Extractor(dictionaries=[tmp_path])
    found = {a.name: a for a in x.extract(doc("Grand Vizier Karl Anders met Omar Zell.")).actors}
    assert found["Karl Anders"].role == ["advisor"]
    assert (found["Omar Zell"].country, found["Omar Zell"].role) == ("EGY", ["minister"])
    assert x.pipeline_version != shared_extractor().pipeline_version
    assert compute_version(x.nlp, [str(tmp_path)]) == x.pipeline_version


def test_a_users_party_words_reach_speaker_attribution(tmp_path: Path) -> None:
    """A party in the user's own parties.tsv is a party word for every stage, the quote attribution's party
    descriptions included ("the Greenleaf peer" is the Greenleaf MP named before); the built-in tables alone
    leave that quotation to no one."""
    (tmp_path / "parties.tsv").write_text("# group: test\nGBR\tGreenleaf|Greenleaf Party\n", encoding="utf-8")
    text = (
        "Greenleaf MP Tom Hart raised the matter in the house on Monday. "
        '"We will not accept this plan," the Greenleaf peer said.'
    )
    assert [s.speaker for s in shared_extractor().extract(doc(text)).statements] == []
    found = Extractor(dictionaries=[tmp_path]).extract(doc(text))
    assert [s.speaker for s in found.statements] == ["Tom Hart"]
    assert [(a.name, a.country) for a in found.actors] == [("Tom Hart", "GBR")]


def test_a_dateline_place_the_tables_do_not_know_takes_the_region_after_it() -> None:
    """Round 15: the cleaner cuts "ABHA, Saudi Arabia, March 1 -" from the text; Abha is in no table, so the
    dateline's state is the region's (a minister named without his state is Saudi), as it was when the region
    stayed in the text."""
    text = "ABHA, Saudi Arabia, March 16 - Planning Minister Omar Haddad said the kingdom would cut spending."
    found = shared_extractor().extract(doc(text, published="1987-03-16"))
    assert [(a.name, a.country) for a in found.actors] == [("Omar Haddad", "SAU")]
    assert found.document.dateline == "Abha"


def test_missing_dictionary_directory_is_a_config_error(tmp_path: Path) -> None:
    from schema.errors import ConfigError

    with pytest.raises(ConfigError):
        Extractor(dictionaries=[tmp_path / "nope"])


def test_every_component_takes_dictionaries_as_a_list() -> None:
    """All parley factories declare `dictionaries` the same way: a list of user directories, in order."""
    from spacy.language import Language

    from etl.nlp.pipeline import COMPONENTS, import_components

    import_components()
    for name in COMPONENTS:
        config = Language.get_factory_meta(name).default_config or {}
        if "dictionaries" in config:
            assert config["dictionaries"] == [], name

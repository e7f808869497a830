"""The loader on both backends: one document per transaction, order-independent results, actor
resolution across articles, meeting merge, re-extraction and removal."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest
from etl_helpers import digests, extractor, integrity_problems, table_rows, write_corpus
from sqlalchemy import Engine, func, select

from etl.ids import document_id
from etl.load import LoadContext, link_ref, load_document, remove_document
from etl.sources import Document, iter_inputs
from schema.models import Actor, ActorAlias, DocumentRef, Meeting, MeetingReport, Statement
from schema.models import Document as DocumentRow
from schema.store import get_engine, writing


def load(engine: Engine, docs: list[Document]) -> None:
    ex = extractor()
    for d in docs:
        with writing(engine) as conn:
            ctx = LoadContext.read(conn, ex.pipeline_version)
            load_document(conn, ctx, d, ex.extract(d, published=d.published))
            link_ref(conn, ctx, document_id(d.content_hash), d.origin or "", d.id, d.path)


def doc(text: str, id: str = "d", published: str = "2026-03-05", origin: str = "test") -> Document:
    return Document(id=id, title=None, published=published, source="Test Wire", url=None, text=text, origin=origin)


def count(engine: Engine, column: object, *where: object) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count(column)).where(*where)).scalar_one()  # type: ignore[arg-type]


def test_same_corpus_in_any_order_gives_identical_tables(store_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", n=30)
    docs = [d for d in iter_inputs([tmp_path / "c"]) if isinstance(d, Document)]
    engine = get_engine(store_url)
    load(engine, docs)
    first = table_rows(engine)
    assert not integrity_problems(engine)
    assert first["meeting_report"] and len(first["meeting"]) < len(first["meeting_report"])  # some merged
    for seed in (1, 2):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        with writing(engine) as conn:  # empty the extracted data, keep reference tables
            for d in {document_id(x.content_hash) for x in docs}:
                remove_document(conn, LoadContext.read(conn, "rules-1"), d)
        assert count(engine, Actor.id) == 0 and count(engine, Meeting.id) == 0
        load(engine, shuffled)
        assert table_rows(engine) == first, f"load order (seed {seed}) changed the tables"


def test_surname_alone_resolves_to_the_unique_full_name_whatever_the_order(store_url: str) -> None:
    engine = get_engine(store_url)
    short = doc(
        'American Ambassador Crocker met Iranian Ambassador Hassan Qomi in Baghdad. "Good talks," Crocker said.',
        id="short",
    )
    full = doc("American Ambassador Ryan Crocker visited Iraq.", id="full")
    load(engine, [short, full])
    with engine.connect() as conn:
        persons = dict(conn.execute(select(Actor.name, Actor.id).where(Actor.kind == "person")).all())
        assert set(persons) == {"Ryan Crocker", "Hassan Qomi"}
        aliases = {
            a for (a,) in conn.execute(select(ActorAlias.alias).where(ActorAlias.actor_id == persons["Ryan Crocker"]))
        }
        assert aliases == {"Crocker", "Ryan Crocker"}
        speaker = conn.execute(select(Statement.speaker_actor_id)).scalar_one()
        assert speaker == persons["Ryan Crocker"]
    one_order = digests(engine)
    with writing(engine) as conn:
        for d in (short, full):
            remove_document(conn, LoadContext.read(conn, "rules-1"), document_id(d.content_hash))
    load(engine, [full, short])
    assert digests(engine) == one_order


def test_ambiguous_surname_stays_separate(store_url: str) -> None:
    engine = get_engine(store_url)
    load(
        engine,
        [
            doc("American Ambassador Ryan Crocker visited Iraq.", id="a"),
            doc("American Ambassador Crocker visited Iran.", id="b"),
            doc("American Ambassador Jane Crocker visited Chile.", id="c"),
        ],
    )
    with engine.connect() as conn:
        names = sorted(n for (n,) in conn.execute(select(Actor.name).where(Actor.kind == "person")))
    assert names == ["Crocker", "Jane Crocker", "Ryan Crocker"]
    assert not integrity_problems(engine)


def test_two_articles_on_one_meeting_give_one_meeting_with_two_reports(store_url: str) -> None:
    engine = get_engine(store_url)
    a = doc(
        "Norwegian Foreign Minister Ingrid Solberg met Kenyan Foreign Minister Daniel Mwangi in Nairobi on Tuesday.",
        id="a",
        published="2026-03-04",
    )
    b = doc(
        "Kenyan Foreign Minister Daniel Mwangi held talks with Norwegian Foreign Minister Ingrid Solberg "
        "in Nairobi yesterday.",
        id="b",
        published="2026-03-05",
    )
    other = doc(
        "Norwegian Foreign Minister Ingrid Solberg met Kenyan Foreign Minister Daniel Mwangi in Oslo.",
        id="c",
        published="2026-03-20",
    )
    load(engine, [a, b, other])
    assert count(engine, Meeting.id) == 2
    assert count(engine, MeetingReport.id) == 3
    # re-extracting a changed article replaces its report; the meeting it left is removed if empty
    with writing(engine) as conn:
        remove_document(conn, LoadContext.read(conn, "rules-1"), document_id(other.content_hash))
    assert count(engine, Meeting.id) == 1 and count(engine, MeetingReport.id) == 2
    with writing(engine) as conn:
        remove_document(conn, LoadContext.read(conn, "rules-1"), document_id(a.content_hash))
    assert count(engine, Meeting.id) == 1 and count(engine, MeetingReport.id) == 1
    assert not integrity_problems(engine)


def test_meeting_a_day_apart_chains_but_two_days_do_not(store_url: str) -> None:
    engine = get_engine(store_url)
    text = "Norwegian Foreign Minister Ingrid Solberg met Kenyan Foreign Minister Daniel Mwangi in Nairobi."
    load(
        engine,
        [
            doc(text, id="1", published="2026-03-01"),
            doc(text + " ", id="2", published="2026-03-02"),
            doc(text + "  x", id="3", published="2026-03-04"),
        ],
    )
    assert count(engine, Meeting.id) == 2


def test_same_text_under_two_ids_is_one_document_with_two_refs(store_url: str) -> None:
    engine = get_engine(store_url)
    d = doc("Japanese Trade Minister Kenji Arakawa met Brazilian Trade Minister Lucia Ferraz in Tokyo.", id="x1")
    load(engine, [d, dataclasses.replace(d, id="x2")])
    assert count(engine, DocumentRow.id) == 1
    assert count(engine, DocumentRef.id) == 2


def test_an_id_that_now_names_new_text_moves_and_the_old_text_goes(store_url: str) -> None:
    engine = get_engine(store_url)
    old = doc("Japanese Trade Minister Kenji Arakawa met Brazilian Trade Minister Lucia Ferraz in Tokyo.", id="x")
    new = dataclasses.replace(old, text=old.text.replace("Tokyo", "Brasilia"))
    load(engine, [old, new])
    with engine.connect() as conn:
        assert [r for (r,) in conn.execute(select(DocumentRow.id))] == [document_id(new.content_hash)]
        assert conn.execute(select(Meeting.location)).scalar_one() == "Brasilia"
    assert not integrity_problems(engine)


@pytest.mark.parametrize("field", ["title", "source", "text"])
def test_nul_and_overlong_values_never_reach_the_store(store_url: str, field: str) -> None:
    engine = get_engine(store_url)
    d = doc("French President Claire Dubois met German Foreign Minister Markus Brandt in Paris.", id="n")
    value = "bad\x00value " + "x" * 400
    if field == "text":
        d = dataclasses.replace(d, text=d.text + " \x00")
    else:
        d = dataclasses.replace(d, **{field: value})
    load(engine, [d])  # PostgreSQL would refuse NUL or a 400-character source name outright
    with engine.connect() as conn:
        stored = conn.execute(select(DocumentRow.title, DocumentRow.text)).one()
    assert "\x00" not in (stored.title or "") and "\x00" not in stored.text


def test_known_people_dictionary_joins_name_variants(store_url: str) -> None:
    engine = get_engine(store_url)
    load(
        engine,
        [
            doc("American President Reagan met French President Claire Dubois in Paris.", id="r1"),
            doc("American President Ronald Reagan visited Japan.", id="r2"),
        ],
    )
    with engine.connect() as conn:
        names = sorted(n for (n,) in conn.execute(select(Actor.name).where(Actor.kind == "person")))
    assert names == ["Claire Dubois", "Ronald Reagan"]


def test_within_article_name_forms_become_aliases_regression_lost_aliases(store_url: str) -> None:
    """The extraction's aliases of an actor ("Crocker" for "Ryan Crocker") reach actor_alias
    (migration 0003); before, only each mention's canonical name was kept."""
    from etl import records as rec

    engine = get_engine(store_url)
    d = doc("Ryan Crocker met officials. Crocker said little.", id="alias-doc")
    ev = rec.Evidence(0, 12, "Ryan Crocker met officials.")
    extraction = rec.Extraction(
        document=rec.DocumentInfo(id=d.id, published=d.published),
        actors=[
            rec.Actor(
                name="Ryan Crocker",
                kind="person",
                country="USA",
                role=["ambassador"],
                aliases=["Crocker", "Ryan Crocker", " "],
                mentions=[ev],
            )
        ],
    )
    with writing(engine) as conn:
        ctx = LoadContext.read(conn, "test-1")
        load_document(conn, ctx, d, extraction)
    with engine.connect() as conn:
        got = set(
            conn.execute(
                select(ActorAlias.alias)
                .join(Actor, Actor.id == ActorAlias.actor_id)
                .where(Actor.name == "Ryan Crocker")
            ).scalars()
        )
    assert got == {"Ryan Crocker", "Crocker"}

"""Actor resolution across the store by the weight of mentions (issue 12, class 3): a person's country is
the one most of his mentions give, not the first article's, and a name NER typed an organisation in one
article is the person when more mentions call it one. Results must not depend on the load order."""

from __future__ import annotations

import itertools

from etl_helpers import digests, integrity_problems
from sqlalchemy import Engine, select

from etl import records as rec
from etl.ids import document_id
from etl.load import LoadContext, link_ref, load_document, remove_document
from etl.resolve import group_of
from etl.sources import Document
from schema.models import Actor, ActorMention
from schema.store import get_engine, writing


def article(
    n: int, name: str, country: str | None, kind: str = "person", times: int = 1
) -> tuple[Document, rec.Extraction]:
    text = f"Article {n}: " + " ".join(f"{name} spoke." for _ in range(times))
    d = Document(id=f"a{n}", title=None, published=f"2005-01-0{n + 1}", source="Test", url=None, text=text)
    start = len(f"Article {n}: ")
    mentions = [
        rec.Evidence(start + i * (len(name) + 8), start + i * (len(name) + 8) + len(name), text) for i in range(times)
    ]
    actor = rec.Actor(
        name=name,
        kind=kind,
        country=country,
        role=["head_of_government"] if kind == "person" else [],
        mentions=mentions,
    )  # type: ignore[arg-type]
    return d, rec.Extraction(document=rec.DocumentInfo(id=d.id, published=d.published), actors=[actor])


def load(engine: Engine, items: list[tuple[Document, rec.Extraction]]) -> None:
    for d, extraction in items:
        with writing(engine) as conn:
            ctx = LoadContext.read(conn, "test-1")
            load_document(conn, ctx, d, extraction)
            link_ref(conn, ctx, document_id(d.content_hash), d.origin or "", d.id, d.path)


def unload(engine: Engine, items: list[tuple[Document, rec.Extraction]]) -> None:
    with writing(engine) as conn:
        for d, _ in items:
            remove_document(conn, LoadContext.read(conn, "test-1"), document_id(d.content_hash))


def actors(engine: Engine) -> list[tuple[str, str, str | None, int]]:
    """(name, kind, country, mentions) of every actor."""
    with engine.connect() as conn:
        rows = conn.execute(select(Actor.id, Actor.name, Actor.kind, Actor.country)).all()
        counts = {
            r.id: len(conn.execute(select(ActorMention.id).where(ActorMention.actor_id == r.id)).all()) for r in rows
        }
    return sorted((r.name, r.kind, r.country, counts[r.id]) for r in rows)


def test_group_of_covers_persons_without_a_country_and_person_like_organisations() -> None:
    assert group_of("person", "Tony Blair", None) == ("", "blair")
    assert group_of("person", "Tony Blair", "GBR") == ("GBR", "blair")
    assert group_of("organization", "Kilroy-Silk", None) == ("", "silk")
    assert group_of("organization", "International Monetary Fund of Asia", None) is None
    assert group_of("state", "France", "FRA") is None


def test_a_persons_country_follows_the_weight_of_his_mentions_in_any_load_order(store_url: str) -> None:
    """Regression (issue 12): a British politician coded USA in one article became a second, American
    actor of the same name; and the first article loaded decided the country."""
    engine = get_engine(store_url)
    items = [
        article(0, "Tom Harlow", "USA"),
        article(1, "Tom Harlow", "GBR", times=2),
        article(2, "Tom Harlow", "GBR"),
        article(3, "Tom Harlow", None),
    ]
    seen = set()
    for order in itertools.islice(itertools.permutations(items), 0, 24, 5):
        load(engine, list(order))
        assert actors(engine) == [("Tom Harlow", "person", "GBR", 4)]
        assert not integrity_problems(engine)
        seen.add(tuple(sorted(digests(engine).items())))
        unload(engine, list(order))
    assert len(seen) == 1


def test_removing_the_weight_moves_the_mentions_back(store_url: str) -> None:
    engine = get_engine(store_url)
    usa, gbr = article(0, "Tom Harlow", "USA", times=3), article(1, "Tom Harlow", "GBR")
    load(engine, [usa, gbr])
    assert actors(engine) == [("Tom Harlow", "person", "USA", 2)]
    unload(engine, [usa])
    assert actors(engine) == [("Tom Harlow", "person", "GBR", 1)]


def test_a_known_person_named_without_a_country_is_stored_with_his_country(store_url: str) -> None:
    """Regression: the actor row of a known person named with no country kept country NULL under a GBR key."""
    engine = get_engine(store_url)
    load(engine, [article(0, "Tony Blair", None)])
    assert actors(engine) == [("Tony Blair", "person", "GBR", 1)]


def test_a_tie_keeps_each_mentions_own_country(store_url: str) -> None:
    engine = get_engine(store_url)
    load(engine, [article(0, "John Smith", "USA"), article(1, "John Smith", "GBR")])
    assert actors(engine) == [("John Smith", "person", "GBR", 1), ("John Smith", "person", "USA", 1)]


def test_a_name_typed_organisation_in_one_article_is_the_person_of_the_others(store_url: str) -> None:
    engine = get_engine(store_url)
    items = [article(0, "Kilroy Silk", None, kind="organization"), article(1, "Kilroy Silk", "GBR", times=2)]
    for order in (items, items[::-1]):
        load(engine, order)
        assert actors(engine) == [("Kilroy Silk", "person", "GBR", 2)]
        unload(engine, order)


def test_an_organisation_more_often_named_as_one_stays_one(store_url: str) -> None:
    engine = get_engine(store_url)
    load(
        engine,
        [
            article(0, "Morgan Stanley", None, kind="organization", times=3),
            article(1, "Morgan Stanley", None, kind="organization"),
            article(2, "Morgan Stanley", "USA"),
        ],
    )
    assert actors(engine) == [("Morgan Stanley", "organization", None, 2), ("Morgan Stanley", "person", "USA", 1)]

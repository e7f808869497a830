"""Meeting status through the store (issue 12, class 1), on both backends: the loader keeps each
article's status and its evidence; reports of one meeting merged across articles are held when any
says so (a held report wins over planned ones), cancelled when one cancels a plan; the CHECK holds."""

from __future__ import annotations

import pytest
from etl_helpers import extractor, integrity_problems
from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError

from etl.ids import document_id
from etl.load import LoadContext, link_ref, load_document, remove_document
from etl.records import Evidence
from etl.sources import Document
from schema.models import Meeting, MeetingReport
from schema.store import get_engine, writing

TEXT = "Norwegian Foreign Minister Ingrid Solberg met Kenyan Foreign Minister Daniel Mwangi in Nairobi."
# Another article on the same meeting (a text of its own: an equal text is the same document)
OTHER = "Kenyan Foreign Minister Daniel Mwangi met Norwegian Foreign Minister Ingrid Solberg in Nairobi."


def doc(id: str, published: str, text: str = TEXT) -> Document:
    return Document(id=id, title=None, published=published, source="Test Wire", url=None, text=text, origin="test")


def load(engine: Engine, d: Document, status: str) -> None:
    """Load `d` with every meeting the rules extractor finds set to `status` (the extractor under test
    elsewhere; here the subject is the loader)."""
    ex = extractor()
    x = ex.extract(d, published=d.published)
    assert x.meetings
    for m in x.meetings:
        m.status = status  # type: ignore[assignment]
        m.status_evidence = None if status == "held" else Evidence(0, 9, d.text, 0, len(d.text))
    with writing(engine) as conn:
        ctx = LoadContext.read(conn, ex.pipeline_version)
        load_document(conn, ctx, d, x)
        link_ref(conn, ctx, document_id(d.content_hash), d.origin or "", d.id, d.path)


def statuses(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return [s for (s,) in conn.execute(select(Meeting.status).order_by(Meeting.id))]


def test_a_held_report_wins_over_a_planned_one_and_the_plan_comes_back_when_it_goes(store_url: str) -> None:
    engine = get_engine(store_url)
    planned, held = doc("p", "2026-03-01"), doc("h", "2026-03-02", OTHER)
    load(engine, planned, "planned")
    assert statuses(engine) == ["planned"]
    with engine.connect() as conn:
        (reported,) = conn.execute(select(MeetingReport.reported)).scalars()
    assert reported["status"] == "planned"
    assert reported["status_evidence"]["start"] == 0 and reported["status_evidence"]["end"] == 9
    load(engine, held, "held")
    assert statuses(engine) == ["held"]  # one meeting, reported by two articles
    with writing(engine) as conn:
        remove_document(conn, LoadContext.read(conn, "rules-1"), document_id(held.content_hash))
    assert statuses(engine) == ["planned"]
    assert not integrity_problems(engine)


def test_a_cancellation_wins_over_a_plan(store_url: str) -> None:
    engine = get_engine(store_url)
    load(engine, doc("p", "2026-03-01"), "planned")
    load(engine, doc("c", "2026-03-02", OTHER), "cancelled")
    assert statuses(engine) == ["cancelled"]


def test_the_status_check_constraint_refuses_other_values(store_url: str) -> None:
    engine = get_engine(store_url)
    load(engine, doc("h", "2026-03-01"), "held")
    with pytest.raises(IntegrityError), writing(engine) as conn:
        conn.execute(update(Meeting).values(status="rumoured"))
    assert statuses(engine) == ["held"]

"""How a statement's speaker was found (`statement.speaker_via`, an input of its confidence): from
hand-built records, and through the real spaCy pipeline into the store."""

from __future__ import annotations

from sqlalchemy import select

from etl import records as rec
from etl.extract import Extractor
from etl.ids import document_id
from etl.load import LoadContext, load_document, speaker_via
from etl.sources import Document
from schema.models import Statement
from schema.store import get_engine, writing

SENTENCE = "The minister said he would go. Mottaki said talks would go on."
SECOND = SENTENCE.index("Mottaki")  # the second sentence starts at the surname
HE = SENTENCE.index(" he ") + 1


def statement(speaker: str | None, start: int, end: int, sentence_start: int | None = 0) -> rec.Statement:
    words = rec.Evidence(HE + 3, SECOND - 2, SENTENCE[: SECOND - 1], 0, SECOND - 1)  # "would go"
    who = (
        rec.Evidence(start, end, SENTENCE[sentence_start or 0 :], sentence_start, len(SENTENCE))
        if sentence_start is not None
        else None
    )
    return rec.Statement(speaker=speaker, quote="go", direct=False, evidence=words, speaker_evidence=who)


def test_speaker_paths_from_the_speakers_words() -> None:
    assert speaker_via(statement("Manouchehr Mottaki", 0, 12)) == "title"  # "The minister"
    assert speaker_via(statement("Manouchehr Mottaki", HE, HE + 2)) == "pronoun"  # "he"
    assert (
        speaker_via(statement("Manouchehr Mottaki", SECOND, SECOND + 7, sentence_start=SECOND)) == "nearby"
    )  # another sentence
    named = rec.Statement(
        speaker="Manouchehr Mottaki",
        quote="talks would go on",
        direct=False,
        evidence=rec.Evidence(SECOND + 13, len(SENTENCE) - 1, SENTENCE[SECOND:], SECOND, len(SENTENCE)),
        speaker_evidence=rec.Evidence(SECOND, SECOND + 7, SENTENCE[SECOND:], SECOND, len(SENTENCE)),
    )
    assert speaker_via(named) == "name"  # "Mottaki"
    assert speaker_via(statement(None, 0, 12)) is None
    assert speaker_via(statement("Manouchehr Mottaki", 0, 0, sentence_start=None)) is None


TEXT = (
    "BAGHDAD, Aug 6 - Iranian Foreign Minister Manouchehr Mottaki said on Monday that the talks with the "
    "United States would continue.\n\n"
    '"We are ready for a third round," he told reporters in Tehran.'
)


def test_speaker_via_is_stored_at_load(store_url: str) -> None:
    ex = Extractor()
    doc = Document(id="via", title="t", published="2007-08-06", source="Test", url=None, text=TEXT, origin="test")
    engine = get_engine(store_url)
    with writing(engine) as conn:
        load_document(conn, LoadContext.read(conn, ex.pipeline_version), doc, ex.extract(doc, published=doc.published))
    with engine.connect() as conn:
        rows = conn.execute(
            select(Statement.quote, Statement.speaker_via, Statement.speaker_actor_id)
            .where(Statement.document_id == document_id(doc.content_hash))
            .order_by(Statement.start_char)
        ).all()
    assert [(r.speaker_via, r.speaker_actor_id is not None) for r in rows] == [("name", True), ("pronoun", True)]

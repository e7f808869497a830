"""The committed codebook is what the SQL headers and schema comments generate (no drift), and every
column a dataset exports is documented."""

from __future__ import annotations

from queries import codebook, registry
from queries.codes import EVENT_CODES, event_code_table


def test_committed_codebook_has_not_drifted() -> None:
    assert codebook.main(["--check"]) == 0, "docs/codebook.md is stale: run python -m queries.codebook"


def test_codebook_documents_every_column() -> None:
    text = codebook.DOCS_CODEBOOK.read_text(encoding="utf-8")
    for res in codebook.empty_resources():
        assert f"## {res.spec.name}" in text
        for name in res.schema.names:
            assert f"| `{name}` |" in text


def test_schema_comments_resolve_in_headers() -> None:
    spec = registry.get("meetings")
    desc = {c.name: c.description for c in spec.columns}
    assert desc["date"] == registry.schema_comment("meeting.date")


def test_stata_labels_fit() -> None:
    for spec in registry.specs().values():
        assert all(len(v) <= 80 for v in codebook.stata_labels(spec).values())


def test_event_codes_are_strings_with_leading_zeros() -> None:
    table = event_code_table()
    assert table.num_rows == len(EVENT_CODES)
    assert all(len(c) == 3 and c.isdigit() for c in table["cameo_code"].to_pylist())
    assert len(set(table["event_key"].to_pylist())) == table.num_rows

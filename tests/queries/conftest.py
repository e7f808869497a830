"""Fixtures for the query layer: synthetic stores on both backends, and a comparison of tables."""

from __future__ import annotations

from collections.abc import Callable

import pyarrow as pa
import pytest
from sqlalchemy import func, select

from queries import synthetic
from schema.base import metadata
from schema.store import get_engine

SMALL = synthetic.Spec(seed=7, documents=120, actors=40, meetings=50, statements=200, issues=120, days=400)


@pytest.fixture
def synth(store_url: str) -> tuple[str, dict[str, pa.Table]]:
    """A store at the head revision filled with a small synthetic dataset: (url, rows inserted)."""
    tables = synthetic.build(get_engine(store_url), SMALL)
    return store_url, tables


def snapshot(url: str) -> dict[str, tuple[int, int]]:
    """Row count and a content checksum of every table, to show that the store did not change."""
    engine = get_engine(url)
    out = {}
    with engine.connect() as conn:
        for name, table in metadata.tables.items():
            rows = conn.execute(select(table)).all()
            out[name] = (
                conn.execute(select(func.count()).select_from(table)).scalar_one(),
                hash(tuple(sorted(map(repr, rows)))),
            )
    return out


@pytest.fixture
def store_snapshot() -> Callable[[str], dict[str, tuple[int, int]]]:
    return snapshot


def assert_same_table(got: pa.Table, want: pa.Table) -> None:
    """Equal values and equal types (schema metadata aside)."""
    assert got.schema.remove_metadata() == want.schema.remove_metadata(), (got.schema, want.schema)
    assert got.num_rows == want.num_rows
    assert got.equals(want), "values differ"


@pytest.fixture
def same_table() -> Callable[[pa.Table, pa.Table], None]:
    return assert_same_table

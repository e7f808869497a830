"""The public Python API (`import parley`): the same kind of frame from `sql` and `dataset`, and
unknown names refused with the valid ones (issue 13)."""

from __future__ import annotations

import polars as pl
import pytest

import parley
from queries import synthetic
from queries.errors import QueryError, UnknownDataset
from schema.store import get_engine


@pytest.fixture
def url(store_url: str) -> str:
    synthetic.build(get_engine(store_url), synthetic.Spec(seed=3, documents=40, meetings=20, statements=60, issues=30))
    return store_url


def test_sql_and_dataset_return_polars_frames(url: str) -> None:
    by_sql = parley.sql("SELECT * FROM dyad_month ORDER BY country_a, country_b, month_start", database=url)
    by_name = parley.dataset("dyad_month", database=url)
    assert isinstance(by_sql, pl.DataFrame) and isinstance(by_name, pl.DataFrame)
    assert by_sql.equals(by_name.sort("country_a", "country_b", "month_start"))


def test_countries_are_the_dyads_among_them(url: str) -> None:
    panel = parley.dataset("dyad_month", countries=["USA", "IRN"], database=url)
    assert set(zip(panel["country_a"], panel["country_b"], strict=True)) == {("IRN", "USA")}


def test_unknown_dataset_and_country_are_refused_with_the_valid_ones(url: str) -> None:
    with pytest.raises(UnknownDataset, match=r"no dataset 'dyad_months'; datasets: .*dyad_month"):
        parley.dataset("dyad_months", database=url)
    with pytest.raises(QueryError, match=r"unknown country code GBX; valid ISO3 codes: .*GBR"):
        parley.dataset("events", countries=["GBX"], database=url)
    with pytest.raises(QueryError, match=r"not ISO3 country codes: UK \(three letters"):
        parley.dataset("events", countries=["UK"], database=url)
    with pytest.raises(UnknownDataset, match="datasets: "):
        parley.export("event", "csv", "out", database=url)

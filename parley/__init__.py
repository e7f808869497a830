"""parley: news articles about international politics -> a relational event dataset.

The small public API is the same functions the commands call:

>>> import parley                                                    # doctest: +SKIP
>>> parley.refresh(["examples/"])                                    # doctest: +SKIP
>>> parley.dataset("dyad_month", start="1987-01-01", countries=["USA", "JPN"])  # doctest: +SKIP
>>> parley.export("all", "parquet", "out/")                          # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

__all__ = ["Extractor", "dataset", "datasets", "export", "refresh", "sql"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `parley --help` should not pay for spaCy, DuckDB and Polars.
    if name in ("dataset", "datasets", "export", "sql"):
        from parley import api

        return getattr(api, name)
    if name == "refresh":
        from etl.refresh import refresh

        return refresh
    if name == "Extractor":
        from etl.extract import Extractor

        return Extractor
    raise AttributeError(f"module 'parley' has no attribute {name!r}")

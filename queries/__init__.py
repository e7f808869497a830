"""Research datasets: store -> Arrow (ADBC) -> DuckDB SQL in `queries/sql/` -> Polars and exports."""

from __future__ import annotations

from queries.errors import QueryError, UnknownDataset, UnsafeSQL

__all__ = ["QueryError", "UnknownDataset", "UnsafeSQL"]

"""Stata .dta (format 118: Stata 14+, Unicode) through pyreadstat, with Stata's types: no booleans,
no missing strings, 32-bit integers or doubles."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyreadstat

DTA_VERSION = 14  # pyreadstat's Stata version 14 writes format 118 (15 would write 119)
STATA_LONG_MIN, STATA_LONG_MAX = -2_147_483_647, 2_147_483_620  # larger values are Stata's missing codes


def _fits_long(col: pa.ChunkedArray) -> bool:
    if col.null_count == len(col):
        return True
    lo, hi = pc.min_max(col).values()
    return STATA_LONG_MIN <= lo.as_py() and hi.as_py() <= STATA_LONG_MAX


def stata_frame(table: pa.Table) -> pd.DataFrame:
    """The table as Stata will hold it: strings with "" for missing, booleans as 0/1 bytes, integers
    as 32-bit longs when they fit (else doubles), dates as dates."""
    data: dict[str, object] = {}
    for name in table.column_names:
        col = table.column(name)
        t = col.type
        if pa.types.is_string(t) or pa.types.is_large_string(t):
            data[name] = pd.Series(pc.fill_null(col, "").to_pylist(), dtype=object)
        elif pa.types.is_boolean(t):
            data[name] = pd.array([None if v is None else int(v) for v in col.to_pylist()], dtype="Int8")
        elif pa.types.is_integer(t):
            values = col.to_pylist()
            data[name] = (
                pd.array(values, dtype="Int32")
                if _fits_long(col)
                else np.array([np.nan if v is None else float(v) for v in values])
            )
        elif pa.types.is_floating(t):
            data[name] = col.to_numpy(zero_copy_only=False).astype("float64")
        elif pa.types.is_date(t):
            data[name] = pd.Series(col.to_pylist(), dtype=object)
        elif pa.types.is_timestamp(t):
            data[name] = pd.Series(pc.cast(col, pa.timestamp("us")).to_pylist(), dtype="datetime64[us]")
        else:
            raise TypeError(f"column {name}: no Stata type for {t}")
    return pd.DataFrame(data, columns=table.column_names)


def write_dta(table: pa.Table, path: Path, labels: dict[str, str], file_label: str = "") -> None:
    """Write `table` to `path` as .dta 118 with variable labels."""
    pyreadstat.write_dta(
        stata_frame(table),
        str(path),
        file_label=file_label[:80],
        column_labels={k: v for k, v in labels.items() if k in table.column_names},
        version=DTA_VERSION,
    )

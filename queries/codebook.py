"""The codebook and `datapackage.json` (Frictionless tabular data package), generated from the SQL
headers of `queries/sql/` and the schema's column comments. `python -m queries.codebook` regenerates
the committed `docs/codebook.md`; `--check` fails when it has drifted."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from queries import registry
from queries.registry import DatasetSpec

DOCS_CODEBOOK = Path(__file__).resolve().parent.parent / "docs" / "codebook.md"
PANELS_NOTE = Path(__file__).resolve().parent / "panels.md"  # the panels' options, sources and examples
STATA_LABEL_MAX = 80  # Stata's limit for variable labels
# CSV has no types: pandas, Polars and R take a column of digit strings for numbers and drop the leading
# zero of CAMEO codes ("040" -> 40, and "010" becomes the root "10"). In CSV files these code columns
# carry a letter prefix ("C040"), which every reader keeps as text; Parquet, Stata and DuckDB exports
# are typed and hold the bare code. (COW codes are integers in every format: none has a leading zero.)
CSV_CODE_PREFIX = {"cameo_code": "C", "cameo_root": "C"}


@dataclass
class Resource:
    """One exported dataset: its spec, Arrow schema, row count and files (relative to the export)."""

    spec: DatasetSpec
    schema: pa.Schema
    rows: int | None = None
    paths: list[str] = field(default_factory=list)
    format: str = ""


def frictionless_type(t: pa.DataType) -> str:
    """The Frictionless Table Schema type of an Arrow type."""
    if pa.types.is_boolean(t):
        return "boolean"
    if pa.types.is_integer(t):
        return "integer"
    if pa.types.is_floating(t) or pa.types.is_decimal(t):
        return "number"
    if pa.types.is_date(t):
        return "date"
    if pa.types.is_timestamp(t):
        return "datetime"
    return "string"


def descriptions(spec: DatasetSpec, fmt: str = "") -> dict[str, str]:
    """Every column the dataset can have (a panel's state-number keys included) with its description;
    for `fmt` "csv", how the CSV writes the code columns."""
    out = {c.name: c.description for c in (*spec.columns, *spec.system_columns)}
    if fmt == "csv":
        for name, prefix in CSV_CODE_PREFIX.items():
            if name in out:
                out[name] += (
                    f' (in CSV prefixed with "{prefix}", e.g. {prefix}040, so that readers keep it text:'
                    f" strip the first character for the bare code)"
                )
    return out


def described(res: Resource) -> list[tuple[str, str]]:
    """The columns of an exported dataset, in its order, with their descriptions."""
    desc = descriptions(res.spec, res.format)
    return [(name, desc.get(name, "")) for name in res.schema.names]


def stata_labels(spec: DatasetSpec) -> dict[str, str]:
    """Variable labels for Stata: the column descriptions, cut to 80 characters."""
    out = {}
    for name, desc in descriptions(spec).items():
        out[name] = desc if len(desc) <= STATA_LABEL_MAX else desc[: STATA_LABEL_MAX - 3].rstrip() + "..."
    return out


def table_schema(res: Resource) -> dict[str, Any]:
    desc = descriptions(res.spec, res.format)
    return {
        "fields": [
            {"name": f.name, "type": frictionless_type(f.type), "description": desc.get(f.name, "")} for f in res.schema
        ]
    }


def datapackage(resources: list[Resource], meta: dict[str, Any]) -> dict[str, Any]:
    """A Frictionless tabular data package descriptor for an export."""
    formats = {
        "parquet": ("parquet", "application/vnd.apache.parquet"),
        "csv": ("csv", "text/csv"),
        "dta": ("dta", "application/x-stata-dta"),
        "duckdb": ("duckdb", "application/vnd.duckdb"),
    }
    out: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": "parley-events",
        "title": "parley: meetings, statements and bilateral issues between countries",
        "version": meta["dataset_version"],
        "created": meta["created_at"],
        "parley": {k: v for k, v in meta.items() if k not in ("dataset_version", "created_at")},
        "resources": [],
    }
    for res in resources:
        fmt, media = formats.get(res.format, (res.format, "application/octet-stream"))
        item: dict[str, Any] = {
            "name": res.spec.name,
            "title": res.spec.title,
            "description": res.spec.description,
            "grain": res.spec.grain,
            "profile": "tabular-data-resource",
            "path": res.paths[0] if len(res.paths) == 1 else res.paths,
            "format": fmt,
            "mediatype": media,
            "encoding": "utf-8",
            "rows": res.rows,
            "schema": table_schema(res),
        }
        if res.format == "duckdb":
            item["table"] = res.spec.name
        out["resources"].append(item)
    return out


def undated_phrase(counts: dict[str, int]) -> str:
    """'3 meetings, 1 statement between two states', and how to date them."""
    parts = ", ".join(f"{n:,} {kind if n != 1 else kind.rstrip('s')}" for kind, n in counts.items())
    return (
        f"{parts} between two states (undated articles: give them a date with "
        "`parley refresh PATH --published DATE` or `--published-from`)"
    )


def markdown(resources: list[Resource], meta: dict[str, Any] | None = None) -> str:
    """The codebook as Markdown: one section per dataset with its grain, filter and columns."""
    lines = ["# parley codebook", ""]
    if meta:
        lines += [
            f"Dataset version {meta['dataset_version']}, created {meta['created_at']}"
            f" by parley {meta.get('parley_version')} (store run {meta.get('run_id')}).",
            "",
            f"Cite as: {meta['citation']}",
            "",
        ]
    else:
        lines += [
            "Generated by `python -m queries.codebook` from the SQL headers in `queries/sql/` and the",
            "column comments of `schema/models.py`; do not edit by hand. Exports carry their own copy",
            "with row counts.",
            "",
        ]
    if meta:
        lines += precision_lines(meta.get("precision"))
    lines += ["| dataset | grain | rows |", "|---|---|---|"]
    lines += [
        f"| [{r.spec.name}](#{r.spec.name}) | {r.spec.grain} | {'' if r.rows is None else f'{r.rows:,}'} |"
        for r in resources
    ]
    for res in resources:
        s = res.spec
        lines += [
            "",
            f"## {s.name}",
            "",
            f"**{s.title}.** {s.description}",
            "",
            f"- Grain: {s.grain}",
            f"- Filters: {s.filter}",
        ]
        if res.rows is not None:
            lines.append(f"- Rows: {res.rows:,}")
        if s.panel and meta and meta.get("left_out_undated"):
            lines.append(f"- Left out for lack of a date: {undated_phrase(meta['left_out_undated'])}")
        if res.paths:
            lines.append(f"- Files: {', '.join(f'`{p}`' for p in res.paths)}")
        lines += ["", "| column | type | description |", "|---|---|---|"]
        desc = descriptions(s, res.format)
        for f in res.schema:
            text = desc.get(f.name, "").replace("|", "\\|")
            lines.append(f"| `{f.name}` | {frictionless_type(f.type)} | {text} |")
        if s.system_columns and res.schema.names == [c.name for c in s.columns]:
            lines += ["", "With `--system cow` or `gw` the ISO3 columns give way to the state numbers:", ""]
            lines += [f"- `{c.name}`: {c.description}" for c in s.system_columns]
    if any(r.spec.options for r in resources):
        lines += ["", PANELS_NOTE.read_text(encoding="utf-8").rstrip("\n")]
    return "\n".join(lines) + "\n"


def _interval(p: dict[str, Any]) -> str:
    if not p.get("n"):
        return "| 0 | |"
    return f"| {p['precision']:.2f} ({p['correct']}/{p['n']}) | {p['low']:.2f}-{p['high']:.2f} |"


def precision_lines(precision: dict[str, Any] | None) -> list[str]:
    """The codebook's statement of measured precision (`parley validate`, docs/validate.md)."""
    lines = ["## Measured precision", ""]
    if not precision:
        return lines + [
            "Not measured on this store yet: no audit has been judged (`parley validate`, docs/validate.md).",
            "",
        ]
    older = (
        " **Measured on an older pipeline version** than the latest refresh"
        f" ({precision.get('current_pipeline_version')}): the figures describe that version."
        if precision.get("outdated")
        else ""
    )
    lines += [
        f"Audit {precision['audit']}: {precision['records']['n']} records judged against their evidence by "
        f"{len(precision['coders'])} coder(s), measured {str(precision['measured_at'])[:10]} on pipeline "
        f"{precision['pipeline_version']}.{older} Precision is the share of records whose judged fields are all "
        "correct, with its Wilson 95% interval; `confidence` is each record's own score (docs/validate.md).",
        "",
        "| records | precision (correct/n) | 95% interval |",
        "|---|---|---|",
        f"| all {_interval(precision['records'])}",
    ]
    lines += [f"| {kind} {_interval(p)}" for kind, p in precision["kinds"].items()]
    lines += [f"| {name} {_interval(p)}" for name, p in precision["fields"].items()]
    lines += [f"| confidence {band} {_interval(p)}" for band, p in precision["confidence_bands"].items()]
    return [*lines, ""]


def empty_resources() -> list[Resource]:
    """Every dataset with the Arrow schema it has on an empty store (no database needed)."""
    from queries.engine import Session
    from queries.read import empty_tables

    with Session(empty_tables()) as session:
        return [Resource(spec, session.arrow(spec.name).schema) for spec in registry.specs().values()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if docs/codebook.md is out of date")
    args = parser.parse_args(argv)
    text = markdown(empty_resources())
    if args.check:
        current = DOCS_CODEBOOK.read_text(encoding="utf-8") if DOCS_CODEBOOK.exists() else ""
        if current != text:
            print(f"{DOCS_CODEBOOK} is out of date: run python -m queries.codebook", file=sys.stderr)
            return 1
        return 0
    DOCS_CODEBOOK.parent.mkdir(parents=True, exist_ok=True)
    DOCS_CODEBOOK.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The dataset registry: one SQL file per dataset in `queries/sql/`, described by its comment header
(title, grain, description, filter, columns), and what each needs from the store."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb

import schema.models  # noqa: F401  (registers the tables on the metadata)
from queries.errors import UnknownDataset
from queries.read import READS
from schema.base import metadata

SQL_DIR = Path(__file__).resolve().parent / "sql"
# Build order: a dataset may use the ones before it (events uses meetings and statements).
ORDER = (
    "state_codes",
    "meetings",
    "meeting_participants",
    "statements",
    "bilateral_issues",
    "events",
    "dyad_year",
    "dyad_month",
    "issue_salience",
    "actor_network",
)
CODE_TABLES = ("event_code",)  # registered from queries/codes.py, not read from the store

_KEY = re.compile(r"^--\s(\w+):\s*(.*)$")
_COLUMN = re.compile(r"^--\s{3,}(\w+)\s+(.+)$")
_CONTINUATION = re.compile(r"^--\s{3,}(.+)$")


@dataclass(frozen=True)
class Column:
    name: str
    description: str


@dataclass(frozen=True)
class DatasetSpec:
    """A dataset as its SQL file declares it."""

    name: str
    title: str
    grain: str
    description: str
    filter: str
    country_columns: tuple[str, ...]
    country_list: str | None  # a column listing a record's countries ("IRN;USA"), for the country filter
    partition: str | None  # "year": exported in one Parquet file per year when large
    columns: tuple[Column, ...]
    sql: str
    uses: frozenset[str]  # store tables, code tables and datasets the SQL reads
    options: tuple[str, ...] = ()  # panel options it takes (queries/panels.py): system, directed, universe
    system_columns: tuple[Column, ...] = ()  # key columns that replace the ISO3 ones with system cow or gw

    @property
    def panel(self) -> bool:
        """A balanced panel: its months come from the variables parley_start and parley_end."""
        return "getvariable('parley_start')" in self.sql

    @property
    def depends_on(self) -> tuple[str, ...]:
        return tuple(d for d in ORDER if d in self.uses)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.uses & READS.keys())


def schema_comment(ref: str) -> str:
    """The comment of `table.column` in the schema (a header column may say `=meeting.date`)."""
    table, _, column = ref.partition(".")
    comment = metadata.tables[table].c[column].comment
    if not comment:
        raise ValueError(f"{ref} has no comment in the schema")
    return comment


def parse(path: Path) -> DatasetSpec:
    """Read a dataset's SQL file and its comment header."""
    text = path.read_text(encoding="utf-8")
    keys: dict[str, str] = {}
    lists: dict[str, list[Column]] = {"columns": [], "system_columns": []}
    current: str | None = None
    for line in text.splitlines():
        if not line.startswith("--"):
            break
        if (m := _KEY.match(line)) and not line.startswith("--   "):
            current = m.group(1)
            keys[current] = m.group(2).strip()
        elif current in lists and (c := _COLUMN.match(line)):
            desc = c.group(2).strip()
            lists[current].append(Column(c.group(1), schema_comment(desc[1:]) if desc.startswith("=") else desc))
        elif current and (c := _CONTINUATION.match(line)):
            keys[current] = f"{keys[current]} {c.group(1).strip()}"
    name = keys.get("dataset", path.stem)
    return DatasetSpec(
        name=name,
        title=keys.get("title", name),
        grain=keys.get("grain", ""),
        description=keys.get("description", ""),
        filter=keys.get("filter", ""),
        country_columns=tuple(c.strip() for c in keys.get("country_columns", "").split(",") if c.strip()),
        country_list=keys.get("country_list") or None,
        partition=keys.get("partition") or None,
        columns=tuple(lists["columns"]),
        sql=text,
        uses=frozenset(duckdb.get_table_names(text)),
        options=tuple(o.strip() for o in keys.get("options", "").split(",") if o.strip()),
        system_columns=tuple(lists["system_columns"]),
    )


@cache
def specs() -> dict[str, DatasetSpec]:
    """Every dataset, in build order."""
    found = {p.stem: parse(p) for p in sorted(SQL_DIR.glob("*.sql"))}
    missing = set(ORDER) ^ set(found)
    if missing:
        raise RuntimeError(f"queries/sql and registry.ORDER disagree on: {', '.join(sorted(missing))}")
    return {name: found[name] for name in ORDER}


def get(name: str) -> DatasetSpec:
    try:
        return specs()[name]
    except KeyError:
        raise UnknownDataset(f"no dataset {name!r}; datasets: {', '.join(ORDER)}") from None


def closure(names: list[str]) -> list[str]:
    """The datasets needed to build `names`, in build order."""
    need: set[str] = set()
    todo = list(names)
    while todo:
        spec = get(todo.pop())
        if spec.name not in need:
            need.add(spec.name)
            todo.extend(spec.depends_on)
    return [n for n in ORDER if n in need]


def tables_for(names: list[str]) -> list[str]:
    """The store tables the datasets read (their dependencies' included)."""
    tables: set[str] = set()
    for n in closure(names):
        tables |= specs()[n].tables
    return [t for t in READS if t in tables]

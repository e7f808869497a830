"""The options of the panel datasets (dyad_year, dyad_month): which state system keys them, whether
dyads are directed, and which dyads they hold. The SQL reads them as DuckDB variables; the key
columns are renamed here, as peacesciencer names them (ccode1/ccode2, gwcode1/gwcode2)."""

from __future__ import annotations

from dataclasses import dataclass

from queries.errors import QueryError
from queries.registry import DatasetSpec

SYSTEMS = ("iso3", "cow", "gw")
UNIVERSES = ("interacting", "all")
# the columns of the ISO3 panels that the state numbers replace with system cow or gw
ISO3_KEYS = ("country_a", "country_b", "cow_a", "cow_b")
KEYS = {"cow": ("ccode1", "ccode2"), "gw": ("gwcode1", "gwcode2")}


@dataclass(frozen=True)
class PanelOptions:
    """system: iso3 (ISO3 codes, no membership), cow or gw (state numbers at the date, members only);
    directed: (A,B) and (B,A) as rows of their own; universe: interacting (dyads that interact) or
    all (every pair of system members, cow and gw only)."""

    system: str = "iso3"
    directed: bool = False
    universe: str = "interacting"

    @classmethod
    def make(cls, system: str | None = None, directed: bool | None = None, universe: str | None = None) -> PanelOptions:
        """Validated options from user input (None: the default)."""
        system = (system or "iso3").lower()
        universe = (universe or "interacting").lower()
        if system not in SYSTEMS:
            raise QueryError(f"unknown system {system!r}; systems: {', '.join(SYSTEMS)}")
        if universe not in UNIVERSES:
            raise QueryError(f"unknown universe {universe!r}; universes: {', '.join(UNIVERSES)}")
        if universe == "all" and system == "iso3":
            raise QueryError("universe all needs a state system: use system cow or gw")
        return cls(system, bool(directed), universe)

    @property
    def default(self) -> bool:
        return self == PanelOptions()

    def variables(self) -> dict[str, object]:
        """The DuckDB variables the panels' SQL reads."""
        return {"parley_system": self.system, "parley_directed": self.directed, "parley_universe": self.universe}

    def key_columns(self, spec: DatasetSpec) -> tuple[str, ...]:
        """The columns that identify a dyad of `spec` under these options."""
        if not spec.options:
            return ()
        return ISO3_KEYS[:2] if self.system == "iso3" else KEYS[self.system]

    def projection(self, spec: DatasetSpec) -> str:
        """The SELECT list that gives a panel its columns under these options (`spec`'s SQL yields the
        ISO3 columns and the state numbers code_a, code_b)."""
        names = [c.name for c in spec.columns]
        if self.system == "iso3":
            return ", ".join(f'"{n}"' for n in names)
        first, second = KEYS[self.system]
        rest = [f'"{n}"' for n in names if n not in ISO3_KEYS]
        return ", ".join([f'code_a AS "{first}"', f'code_b AS "{second}"', *rest])


def check_export(specs: list[DatasetSpec], options: PanelOptions) -> None:
    """An export applies the options to the panels it holds; one that holds none refuses them."""
    if not any(s.options for s in specs):
        for spec in specs:
            check(spec, options)


def check(spec: DatasetSpec, options: PanelOptions) -> None:
    """Panel options for a dataset that takes none are an error, not silently ignored."""
    if not options.default and not spec.options:
        raise QueryError(f"{spec.name} is not a panel: system, directed and universe apply to dyad_year and dyad_month")

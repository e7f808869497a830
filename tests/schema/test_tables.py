"""schema.tables names every table of the typed models, in their order (`parley status` counts
them without importing the models)."""

from __future__ import annotations

from schema.models import metadata
from schema.tables import TABLES


def test_the_light_table_list_is_the_models_tables_in_order() -> None:
    assert TABLES == tuple(metadata.tables)

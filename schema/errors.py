"""parley's one exception tree. The CLI turns these into a one-line message and an exit code."""

from __future__ import annotations


class ParleyError(Exception):
    """Base of every error parley reports to a user. `transient` tells a scheduler it may retry."""

    transient: bool = False
    exit_code: int = 2


class ConfigError(ParleyError):
    """A setting is missing or malformed (database URL, model name, dictionary directory)."""


class StoreError(ParleyError):
    """The store cannot be used as it is."""


class StoreUnreachable(StoreError):
    """The database server or file cannot be reached; retrying later may help."""

    transient = True


class SchemaBehind(StoreError):
    """The database is at an older revision than the code."""


class SchemaAhead(StoreError):
    """The database is at a revision this code does not know (newer code migrated it)."""


class LockHeld(StoreError):
    """Another refresh holds the store's lock."""

    transient = True


class SourceError(ParleyError):
    """An input file or record cannot be read as an article."""


class ExtractionError(ParleyError):
    """The NLP pipeline failed on a document."""

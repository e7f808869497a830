"""Errors of the query layer; the CLI turns them into one line and an exit code."""

from __future__ import annotations

from schema.errors import ParleyError


class QueryError(ParleyError):
    """A dataset, filter, SQL query or export cannot be served as asked."""


class UnknownDataset(QueryError):
    """The name is not one of the registered datasets."""


class UnsafeSQL(QueryError):
    """`parley sql` refused a statement that could write, read files or change settings."""


class QueryTimeout(QueryError):
    """A query ran past its time limit and was interrupted."""

    transient = True

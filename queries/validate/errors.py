"""The error of `parley validate`: a sheet or an option that cannot be used as given."""

from __future__ import annotations

from queries.errors import QueryError


class ValidateError(QueryError):
    """An audit cannot be drawn, imported or reported as asked (e.g. records changed since sampling)."""

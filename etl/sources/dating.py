"""Where an article's publication date comes from when its input has none (`parley refresh
--published DATE`, `--published-from field:NAME | name | name:REGEX`).

An article's own date (the `published` field, CSV column or HTML metadata) always wins. Then, in
this order: `--published-from` (a metadata field of JSON records or a CSV column; or a date in the
file name), then `--published` (one date for every article still undated)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from etl.sources.model import Document
from schema.errors import SourceError

# A date in a file name: 2007-08-07, 2007_08_07, 2007.08.07 or 20070807, not inside a longer number.
NAME_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.]?(?P<m>0[1-9]|1[0-2])[-_.]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
USAGE = "use field:NAME (a JSON field or CSV column), name (a date in the file name) or name:REGEX"


@dataclass(frozen=True)
class Dating:
    """How undated articles get a publication date."""

    field: str = "published"  # the JSON field or CSV column read as the date
    name_pattern: re.Pattern[str] | None = None  # a date in the file name
    default: str | None = None  # ISO date for articles still without one

    @classmethod
    def parse(cls, published: str | None = None, published_from: str | None = None) -> Dating:
        """From the command's options; a bad value raises `SourceError` with what to write."""
        default = None
        if published is not None:
            try:
                default = dt.date.fromisoformat(published.strip()).isoformat()
            except ValueError:
                raise SourceError(f"--published {published!r} is not an ISO date (YYYY-MM-DD)") from None
        if not published_from:
            return cls(default=default)
        kind, _, arg = published_from.partition(":")
        if kind == "field" and arg.strip():
            return cls(field=arg.strip(), default=default)
        if kind == "name" and not arg:
            return cls(name_pattern=NAME_DATE, default=default)
        if kind == "name":
            try:
                pattern = re.compile(arg)
            except re.error as exc:
                raise SourceError(f"--published-from {published_from!r}: bad regular expression ({exc})") from None
            if not {"y", "m", "d"} <= set(pattern.groupindex) and pattern.groups != 1:
                raise SourceError(
                    f"--published-from {published_from!r}: the expression needs groups (?P<y>..)(?P<m>..)(?P<d>..)"
                    " or one group holding an ISO date"
                )
            return cls(name_pattern=pattern, default=default)
        raise SourceError(f"--published-from {published_from!r}: {USAGE}")

    @property
    def active(self) -> bool:
        return self.field != "published" or self.name_pattern is not None or self.default is not None

    def date_from_name(self, path: str | None) -> str | None:
        if self.name_pattern is None or not path:
            return None
        m = self.name_pattern.search(Path(path).name)
        if m is None:
            return None
        try:
            if {"y", "m", "d"} <= set(m.groupdict()):
                return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            return dt.date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return None

    def apply(self, doc: Document) -> Document:
        """The document with a date from its file name or the default, when it has none of its own."""
        if doc.published or not self.active:
            return doc
        found = self.date_from_name(doc.path) or self.default
        return dataclasses.replace(doc, published=found) if found else doc

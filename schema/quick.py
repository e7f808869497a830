"""What parley can know about the store without SQLAlchemy (a seventh of a second to import): the
default URL, the code's revision read from the migration files, and whether a plain SQLite file
store is at that revision (sqlite3 alone). Commands that must start fast (`parley sql "select 1"`,
issue 13) check the store this way first and fall back to `schema.store.open_store`, whose errors
are the ones users see, whenever the quick answer is not a plain yes."""

from __future__ import annotations

import os
import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

DEFAULT_URL = "sqlite:///data/parley.sqlite"
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

_REVISION = re.compile(r"^revision(?:\s*:[^=]*)?\s*=\s*[\"']([^\"']+)[\"']", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]*)?\s*=\s*(?:None|[\"']([^\"']+)[\"'])\s*$", re.M)
# sqlite:///relative/path or sqlite:////absolute/path, with no query string, fragment or escapes
_PLAIN_SQLITE = re.compile(r"^sqlite:///([^?#%]+)$")


@lru_cache(maxsize=1)
def revision_graph() -> dict[str, str | None] | None:
    """revision -> down revision, read from the migration files' headers without importing Alembic
    (a tenth of a second or more at the start of every store command); None when a header is not the
    plain one-line form (a merge revision), and Alembic decides."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev is None or down is None:
            return None
        graph[rev.group(1)] = down.group(1)
    return graph or None


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest revision this code knows."""
    graph = revision_graph()
    if graph is not None:
        heads = set(graph) - set(graph.values())
        if len(heads) == 1:
            return heads.pop()
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    graph = revision_graph()
    if graph is not None:
        return frozenset(graph)
    from alembic.script import ScriptDirectory

    return frozenset({rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()})


def read_only_uri(path: str, immutable: bool = False) -> str:
    """The SQLite URI that opens the file at `path` read-only (`immutable`: nobody may change it
    either, so SQLite need not create the WAL's shared-memory file beside it)."""
    return f"file:{quote(os.path.abspath(path))}?mode=ro" + ("&immutable=1" if immutable else "")


def sqlite_at_head(url: str | None) -> bool:
    """True when `url` (else PARLEY_DATABASE_URL, else the default) is a plain SQLite file URL whose
    file is a store at the code's revision. False for anything else, an error included: the caller
    then checks with `open_store`, which says what is wrong."""
    raw = url or os.environ.get("PARLEY_DATABASE_URL") or DEFAULT_URL
    match = _PLAIN_SQLITE.match(raw)
    if match is None or not Path(match.group(1)).is_file():
        return False
    try:
        con = sqlite3.connect(read_only_uri(match.group(1)), uri=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == head_revision()

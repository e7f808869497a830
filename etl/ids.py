"""Content-derived identifiers: the same article, span and kind always give the same id, so an
unchanged article keeps its ids across refreshes and coders' corrections stay attached."""

from __future__ import annotations

import hashlib

from etl.evaluate.names import name_tokens

ID_LENGTH = 32  # hex digits: the width of every id column (schema.models.ID)


def digest(*parts: object) -> str:
    """sha256 of the parts joined by a separator that cannot occur in them, as ID_LENGTH hex digits."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:ID_LENGTH]


def document_id(content_hash: str) -> str:
    """A document's id: the first 32 hex digits of its content hash."""
    return content_hash[:ID_LENGTH]


def record_id(kind: str, content_hash: str, start: int, end: int, *extra: object) -> str:
    """Id of an extracted record: its kind, the document's hash and its evidence span (+ extras such
    as the dyad and issue code, for records that may share a span)."""
    return digest(kind, content_hash, start, end, *extra)


def norm_name(name: str) -> str:
    """A name folded for matching: accents, case, punctuation and titles removed ("Dr Rubaie" -> "rubaie")."""
    tokens = name_tokens(name)
    return " ".join(tokens) if tokens else " ".join(name.lower().split())


def actor_key(kind: str, name: str, country: str | None) -> str:
    """An actor's natural key: kind, normalised name and country (ISO3 or empty)."""
    return f"{kind}|{norm_name(name)}|{country or ''}"


def actor_id(key: str) -> str:
    """An actor's stable id, derived from its key."""
    return digest("actor", key)

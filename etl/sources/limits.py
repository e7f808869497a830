"""Size limits on inputs, so that one huge or hostile file is quarantined with its reason instead
of exhausting memory: read from the environment at each read (see docs/refresh.md)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from schema.errors import ConfigError

RECORD_ENV = "PARLEY_MAX_RECORD_BYTES"
FILE_ENV = "PARLEY_MAX_FILE_BYTES"
DEFAULT_RECORD_BYTES = 16 * 2**20  # one article: a .txt or .html file, one JSON Lines line
DEFAULT_FILE_BYTES = 1 * 2**30  # a whole .json or .csv file, and anything a .gz file unpacks to
_SIZE = re.compile(r"^\s*(\d+)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 2**10, "m": 2**20, "g": 2**30}


@dataclass(frozen=True, slots=True)
class Limits:
    record_bytes: int
    """Largest single article in bytes: a .txt or .html file, one line of a .jsonl file."""
    file_bytes: int
    """Largest .json or .csv file, and the most any .gz file may decompress to."""


def limits() -> Limits:
    """The limits now in force: PARLEY_MAX_RECORD_BYTES and PARLEY_MAX_FILE_BYTES (a number of
    bytes, or with K, M or G: `64M`), else the defaults (16 MiB, 1 GiB)."""
    return Limits(_size(RECORD_ENV, DEFAULT_RECORD_BYTES), _size(FILE_ENV, DEFAULT_FILE_BYTES))


def _size(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    if not raw.strip():
        return default
    m = _SIZE.match(raw)
    if not m or int(m[1]) < 1:
        raise ConfigError(f"{name}={raw!r}: expected a size in bytes, e.g. 16000000 or 16M")
    return int(m[1]) * _UNITS[(m[2] or "")[:1].lower()]


def too_large(size: int, limit: int, env: str, what: str = "input") -> str:
    """The quarantine reason for an input over a limit, naming the limit and how to change it."""
    return f"{what} too large: {size:,} bytes, over the limit of {limit:,} ({env})"

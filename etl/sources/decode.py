"""Bytes to text: gzip, byte-order marks, UTF-8, then charset-normalizer; binary and undecodable
inputs are refused with a reason a coder can act on."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import os
import zlib
from pathlib import Path

from charset_normalizer import from_bytes

from etl.sources.limits import RECORD_ENV, limits, too_large
from schema.errors import SourceError

GZIP_MAGIC = b"\x1f\x8b"
# A text whose share of control characters is above this is not prose (binary read as text).
MAX_CONTROL_SHARE = 0.02
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def raw_hash(data: bytes) -> str:
    """sha256 of raw bytes: the identity of an input that could not be read as an article."""
    return hashlib.sha256(data).hexdigest()


def read_bytes(path: Path, limit: int | None = None, env: str = RECORD_ENV) -> bytes:
    """A file's bytes, gunzipped when it is gzip-compressed (by magic number, whatever its name).

    A file over `limit` bytes (default: the record limit), or a gzip file that unpacks to more than
    that (a gzip bomb is stopped there, not unpacked), is a `SourceError` naming the limit."""
    limit = limit if limit is not None else limits().record_bytes
    try:
        with path.open("rb") as fh:
            head = fh.read(2)
            if head != GZIP_MAGIC:
                size = os.fstat(fh.fileno()).st_size
                if size > limit:
                    raise SourceError(too_large(size, limit, env, "file"))
                return head + fh.read()
    except OSError as exc:
        raise SourceError(f"cannot read the file ({exc.strerror or exc})") from exc
    try:
        with gzip.open(path, "rb") as gz:
            data = gz.read(limit + 1)
    except EOFError:
        raise SourceError("truncated gzip file (compressed stream ends early)") from None
    except (OSError, zlib.error) as exc:
        raise SourceError(f"corrupt gzip file ({exc})") from None
    if len(data) > limit:
        raise SourceError(f"gzip file unpacks to more than {limit:,} bytes, the limit ({env})")
    return data


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of `data` names, if any."""
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def decode(data: bytes) -> str:
    """Text from bytes: a BOM decides, else UTF-8, else the encoding charset-normalizer finds.

    Raises `SourceError` for binary data (NUL bytes, control characters) and for bytes no
    encoding explains."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(f"undecodable text: {encoding} byte-order mark but {exc.reason}") from None
            return check_text_like(text)
    if b"\x00" in data:
        raise SourceError("binary file (NUL bytes), not text")
    try:
        return check_text_like(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise SourceError("undecodable text: not UTF-8 and no character encoding fits")
    return check_text_like(str(best))


def check_text_like(text: str) -> str:
    """The text, unless it is mostly control characters (binary data that happened to decode)."""
    if "\x00" in text:
        raise SourceError("binary file (NUL characters), not text")
    sample = text[:20_000]
    if sample:
        controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
        if controls / len(sample) > MAX_CONTROL_SHARE:
            raise SourceError(f"binary file ({controls} control characters in {len(sample)}), not text")
    return text

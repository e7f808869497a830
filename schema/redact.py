"""Passwords out of everything parley prints or stores: messages, log lines, `etl_run.command`.
(No SQLAlchemy here: the command line imports this before it needs a database.)"""

from __future__ import annotations

import re

__all__ = ["mask_password"]

_USERINFO_PASSWORD = re.compile(r"(?P<head>://[^:/@\s]*:)[^/\s]*@")
_QUERY_PASSWORD = re.compile(r"(?P<head>[?&](?:password|passwd|pwd)=)[^&\s]*", re.IGNORECASE)


def mask_password(text: str) -> str:
    """`text` with every password of a database URL in it shown as ***, in both forms:
    `scheme://user:PASSWORD@host/...` and `...?password=PASSWORD` (libpq keywords)."""
    text = _USERINFO_PASSWORD.sub(lambda m: f"{m['head']}***@", text)
    return _QUERY_PASSWORD.sub(lambda m: f"{m['head']}***", text)

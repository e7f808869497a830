"""parley's settings, resolved once and passed down: where the store is, which spaCy model and
dictionaries extract, and where extraction runs.

Each field is resolved in this order: the explicit argument (a command-line option or a keyword
of `Settings.resolve`), then the environment variable named in its docstring, then the default.
A malformed value is a one-line `ConfigError`, raised by `resolve` before any work starts.

>>> Settings.resolve(database="sqlite:///data/parley.sqlite", workers=4).workers
4
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from schema.errors import ConfigError
from schema.store import database_url, shown

EXECUTORS = ("local", "dask")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run of parley is configured with (see the module docstring for the order)."""

    database: str
    """Store URL with its password, normalised (`postgresql://` becomes `postgresql+psycopg://`).
    Env: PARLEY_DATABASE_URL; default sqlite:///data/parley.sqlite. Show it with `database_shown`."""

    model: str | None = None
    """spaCy model name or path. Env: PARLEY_SPACY_MODEL; default: en_core_web_sm if installed."""

    dictionaries: tuple[Path, ...] = ()
    """Folders of the user's own dictionary files, applied over the shipped ones.
    Env: PARLEY_DICTIONARIES (folders separated by the OS path separator, ':' on Unix)."""

    workers: int = 1
    """Extraction processes on this machine (local executor). Env: PARLEY_WORKERS."""

    executor: str = "local"
    """Where extraction runs: local (this machine) or dask (a Dask cluster). Env: PARLEY_EXECUTOR."""

    scheduler: str | None = None
    """Dask scheduler address, e.g. tcp://head:8786 (executor dask). Env: PARLEY_DASK_SCHEDULER;
    default: a local cluster started for the run."""

    local_workers: int | None = None
    """Worker processes of the local Dask cluster when no scheduler is given. Env: PARLEY_LOCAL_WORKERS;
    default 2."""

    extractor: str | None = None
    """`module:callable` or `file.py:callable` building the extractor instead of spaCy's (tests and
    benchmarks). Env: PARLEY_EXTRACTOR."""

    @property
    def database_shown(self) -> str:
        """The store URL with its password masked, for messages and logs."""
        return shown(database_url(self.database))

    @classmethod
    def resolve(
        cls,
        database: str | None = None,
        model: str | None = None,
        dictionaries: Sequence[str | Path] | None = None,
        workers: int | None = None,
        executor: str | None = None,
        scheduler: str | None = None,
        local_workers: int | None = None,
        extractor: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Settings:
        """Settings from the arguments, then the environment (`env`, default `os.environ`), then defaults."""
        env = os.environ if env is None else env
        if database is None and env.get("PARLEY_DATABASE_URL"):
            database = env["PARLEY_DATABASE_URL"]
        url = database_url(database).render_as_string(hide_password=False)
        if dictionaries is None:
            raw = env.get("PARLEY_DICTIONARIES", "")
            dictionaries = [p for p in raw.split(os.pathsep) if p]
        chosen_executor = executor or env.get("PARLEY_EXECUTOR") or "local"
        if chosen_executor not in EXECUTORS:
            raise ConfigError(f"unknown executor {chosen_executor!r}: use {' or '.join(EXECUTORS)}")
        return cls(
            database=url,
            model=model or env.get("PARLEY_SPACY_MODEL") or None,
            dictionaries=tuple(Path(d) for d in dictionaries),
            workers=_positive("workers", workers, env.get("PARLEY_WORKERS"), 1) or 1,
            executor=chosen_executor,
            scheduler=scheduler or env.get("PARLEY_DASK_SCHEDULER") or None,
            local_workers=_positive("local workers", local_workers, env.get("PARLEY_LOCAL_WORKERS"), None),
            extractor=extractor or env.get("PARLEY_EXTRACTOR") or None,
        )


def _positive(name: str, given: int | None, raw: str | None, default: int | None) -> int | None:
    """An integer setting of at least 1: the argument, else the environment's text, else the default."""
    if given is None and raw:
        try:
            given = int(raw)
        except ValueError:
            raise ConfigError(f"{name}: expected a whole number, got {raw!r}") from None
    if given is None:
        return default
    if given < 1:
        raise ConfigError(f"{name}: expected at least 1, got {given}")
    return given

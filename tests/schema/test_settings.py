"""`Settings.resolve`: the argument, then PARLEY_* in the environment, then the default (issue 11 item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from schema.errors import ConfigError
from schema.settings import Settings


def test_defaults_when_nothing_is_set() -> None:
    s = Settings.resolve(env={})
    assert s.database == "sqlite:///data/parley.sqlite"
    assert (s.model, s.dictionaries, s.workers, s.executor, s.scheduler, s.local_workers) == (
        None,
        (),
        1,
        "local",
        None,
        None,
    )


def test_environment_over_defaults_and_arguments_over_environment() -> None:
    env = {
        "PARLEY_DATABASE_URL": "postgresql://u:pw@h/db",
        "PARLEY_SPACY_MODEL": "en_core_web_md",
        "PARLEY_DICTIONARIES": "/a:/b",
        "PARLEY_WORKERS": "3",
        "PARLEY_EXECUTOR": "dask",
        "PARLEY_DASK_SCHEDULER": "tcp://head:8786",
        "PARLEY_LOCAL_WORKERS": "5",
    }
    s = Settings.resolve(env=env)
    assert s.database == "postgresql+psycopg://u:pw@h/db"  # normalised to the one driver parley uses
    assert s.database_shown == "postgresql+psycopg://u:***@h/db"
    assert (s.model, s.dictionaries, s.workers, s.executor) == ("en_core_web_md", (Path("/a"), Path("/b")), 3, "dask")
    assert (s.scheduler, s.local_workers) == ("tcp://head:8786", 5)
    given = Settings.resolve(
        database="sqlite:///x.sqlite", model="m", dictionaries=["d"], workers=2, executor="local", env=env
    )
    assert (given.database, given.model, given.dictionaries, given.workers, given.executor) == (
        "sqlite:///x.sqlite",
        "m",
        (Path("d"),),
        2,
        "local",
    )


@pytest.mark.parametrize(
    ("kwargs", "env", "message"),
    [
        ({"executor": "spark"}, {}, "unknown executor 'spark'"),
        ({}, {"PARLEY_WORKERS": "many"}, "workers: expected a whole number, got 'many'"),
        ({"workers": 0}, {}, "workers: expected at least 1, got 0"),
        ({"database": ""}, {}, "the database URL is empty"),
        ({"database": "postgresql://u@h:notaport/db"}, {}, "the port is not a number"),
    ],
)
def test_malformed_settings_are_config_errors(kwargs: dict[str, object], env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.resolve(env=env, **kwargs)  # type: ignore[arg-type]

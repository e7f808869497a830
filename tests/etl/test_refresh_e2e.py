"""End to end with the real extraction pipeline (slow: loads the spaCy model)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from etl_helpers import digests, integrity_problems

from etl.refresh import load_extractor, refresh, summary
from schema.store import get_engine

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("etl.extract") is None, reason="etl.extract not built yet"),
]


@pytest.fixture(scope="module")
def real_extractor() -> object:
    try:
        return load_extractor()
    except OSError as exc:  # no spaCy model installed
        pytest.skip(f"extraction pipeline unavailable: {exc}")


def test_examples_with_the_real_pipeline(store_url: str, real_extractor: object) -> None:
    first = refresh([EXAMPLES], url=store_url, extractor=real_extractor)  # type: ignore[arg-type]
    assert first.exit_code == 0 and first.n_extracted == 10
    engine = get_engine(store_url)
    s = summary(engine)
    assert s.documents == 10 and s.n_meetings >= 5 and s.n_statements >= 10
    assert any(len(m.countries) >= 2 and m.reports >= 2 for m in s.meetings), "no meeting merged across articles"
    before = digests(engine)
    second = refresh([EXAMPLES], url=store_url, extractor=real_extractor)  # type: ignore[arg-type]
    assert second.n_extracted == 0 and digests(engine) == before
    assert not integrity_problems(engine)

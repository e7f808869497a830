"""The Dask extractor's bookkeeping without a cluster: input order kept, pending work bounded
(back-pressure), failures isolated to the document that fails."""

from __future__ import annotations

from typing import Any

from etl_helpers import extractor

from etl.executors import DaskExtractor, ExtractionFailed
from etl.sources import Document


class FakeFuture:
    def __init__(self, client: FakeClient, fn: Any, args: tuple[Any, ...]) -> None:
        self.client, self.fn, self.args = client, fn, args

    def result(self) -> Any:
        self.client.outstanding -= 1
        docs = self.args[-1] if isinstance(self.args[-1], list) else []
        if self.client.fail_when and any(self.client.fail_when in d.text for d in docs):
            raise RuntimeError("worker died")
        return self.fn(*self.args)


class FakeClient:
    """Runs tasks in-process when their result is asked for; counts tasks not yet collected."""

    def __init__(self, fail_when: str | None = None) -> None:
        self.outstanding = self.peak = 0
        self.fail_when = fail_when

    def scheduler_info(self) -> dict[str, Any]:
        return {"workers": {"a": {}, "b": {}}}

    def submit(self, fn: Any, *args: Any, **kw: Any) -> FakeFuture:
        self.outstanding += 1
        self.peak = max(self.peak, self.outstanding)
        return FakeFuture(self, fn, args)


def _docs(n: int) -> list[Document]:
    return [
        Document(
            id=f"d{i}",
            title=None,
            published="2026-03-01",
            source=None,
            url=None,
            text=f"Japanese Trade Minister Kenji Arakawa met Brazilian Trade Minister Lucia Ferraz {i}.",
        )
        for i in range(n)
    ]


def test_order_and_back_pressure(monkeypatch: Any) -> None:
    monkeypatch.setattr("etl.executors._worker_extractor", lambda spec: extractor())
    client = FakeClient()
    dx = DaskExtractor(client, partition_size=4)
    docs = _docs(50)
    out = list(dx.extract_many(iter(docs)))
    assert [e.document.id for e in out] == [d.id for d in docs]  # type: ignore[union-attr]
    assert client.peak <= dx.max_pending == 4  # 2 partitions per worker, never the whole corpus


def test_a_partition_that_always_fails_is_retried_document_by_document(monkeypatch: Any) -> None:
    monkeypatch.setattr("etl.executors._worker_extractor", lambda spec: extractor())
    docs = _docs(8)
    poisoned = docs[5].text
    client = FakeClient(fail_when=poisoned)
    out = list(DaskExtractor(client, partition_size=4).extract_many(docs))
    assert len(out) == 8
    assert [type(x).__name__ for x in out].count("ExtractionFailed") == 1
    assert isinstance(out[5], ExtractionFailed) and "every try" in out[5].reason

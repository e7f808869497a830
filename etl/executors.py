"""Where extraction runs. In-process (the extractor's own `extract_many`, with `n_process`
workers on this machine) or on a Dask cluster (`DaskExtractor`): documents go out in partitions,
each worker builds the pipeline once, and results come back in input order to the one process
that loads the store — so locking, idempotency, quarantine and corrections are the same."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from etl import records as rec
from etl.sources import Document
from schema.errors import ConfigError

# A worker keeps one extractor per (spec, model, dictionaries) for its lifetime: loading spaCy costs seconds.
_WORKER_EXTRACTORS: dict[WorkerSpec, Any] = {}


class ExtractionBackend(Protocol):
    """What refresh needs from whatever extracts (`etl.extract.Extractor` fits; so do `DaskExtractor` and the
    test suite's rules-based extractor). Named apart from `etl.extract.Extractor`, the spaCy pipeline itself."""

    pipeline_version: str

    def extract(self, document: Document, published: str | None = None) -> rec.Extraction: ...
    def extract_many(
        self, documents: Iterable[Document], n_process: int = 1
    ) -> Iterator[rec.Extraction | ExtractionFailed]: ...


def load_extractor(
    spec: str | None = None, model: str | None = None, dictionaries: Sequence[str | Path] = ()
) -> ExtractionBackend:
    """The extractor: `etl.extract.Extractor(model, dictionaries)` by default, or the one
    `module:callable` / `file.py:callable` builds (called without arguments)."""
    if spec is None:
        if importlib.util.find_spec("etl.extract") is None:
            raise ConfigError("the extraction pipeline (etl.extract) is not installed in this build")
        from etl.extract import Extractor as Real  # type: ignore[import-not-found,unused-ignore]

        return Real(model=model, dictionaries=[str(d) for d in dictionaries] or None)  # type: ignore[no-any-return]
    target, _, attr = spec.partition(":")
    if not attr:
        raise ConfigError(f"extractor {spec!r}: expected module:callable or path.py:callable")
    if target.endswith(".py"):
        mod_spec = importlib.util.spec_from_file_location(Path(target).stem, target)
        if mod_spec is None or mod_spec.loader is None:
            raise ConfigError(f"extractor {spec!r}: cannot load {target}")
        module = importlib.util.module_from_spec(mod_spec)
        sys.modules[mod_spec.name] = module
        mod_spec.loader.exec_module(module)
    else:
        module = importlib.import_module(target)
    return getattr(module, attr)()  # type: ignore[no-any-return]


def pipeline_version_of(extractor: ExtractionBackend) -> str:
    version = getattr(extractor, "pipeline_version", None)
    if not version:
        raise ConfigError("the extractor exposes no pipeline_version")
    return str(version)


@dataclass(frozen=True, slots=True)
class ExtractionFailed:
    """A document the pipeline failed on (it goes to quarantine with this reason)."""

    reason: str


@dataclass(frozen=True, slots=True)
class WorkerSpec:
    """What a worker builds its extractor from. A class, not a tuple: Dask reads tuples in task
    arguments as tasks of their own."""

    extractor: str | None = None
    model: str | None = None
    dictionaries: tuple[str, ...] = ()


def _worker_extractor(spec: WorkerSpec) -> Any:
    if spec not in _WORKER_EXTRACTORS:
        _WORKER_EXTRACTORS[spec] = load_extractor(spec.extractor, spec.model, spec.dictionaries)
    return _WORKER_EXTRACTORS[spec]


def worker_version(spec: WorkerSpec) -> str:
    """The pipeline version, computed on a worker (the coordinator need not load the model)."""
    return str(_worker_extractor(spec).pipeline_version)


def extract_partition(spec: WorkerSpec, documents: list[Document]) -> list[rec.Extraction | ExtractionFailed]:
    """Extract one partition on a worker; a document that raises becomes an `ExtractionFailed`."""
    ex = _worker_extractor(spec)
    try:
        return list(ex.extract_many(documents))
    except Exception:  # isolate the bad document: one by one
        out: list[rec.Extraction | ExtractionFailed] = []
        for d in documents:
            try:
                out.append(ex.extract(d, published=d.published))
            except Exception as exc:
                out.append(ExtractionFailed(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"))
        return out


class DaskExtractor:
    """An extractor that runs on a Dask cluster, with bounded pending work (back-pressure)."""

    def __init__(
        self,
        client: Any,
        spec: str | None = None,
        model: str | None = None,
        dictionaries: Sequence[str | Path] = (),
        partition_size: int = 32,
        max_pending: int | None = None,
        retries: int = 3,
    ) -> None:
        self.client, self.retries = client, retries
        self.spec = WorkerSpec(spec, model, tuple(str(d) for d in dictionaries))
        self.partition_size = max(1, partition_size)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        self.max_pending = max_pending or 2 * workers
        self.pipeline_version = client.submit(worker_version, self.spec, pure=False, retries=retries).result()

    def extract(self, document: Document, published: str | None = None) -> rec.Extraction:
        (out,) = self.client.submit(extract_partition, self.spec, [document], pure=False, retries=self.retries).result()
        if isinstance(out, ExtractionFailed):
            raise RuntimeError(out.reason)
        return out  # type: ignore[no-any-return]

    def extract_many(
        self, documents: Iterable[Document], n_process: int = 1
    ) -> Iterator[rec.Extraction | ExtractionFailed]:
        """Extractions in input order; at most `max_pending` partitions are out at once."""
        pending: deque[tuple[list[Document], Any]] = deque()
        it = iter(documents)
        while True:
            while len(pending) < self.max_pending:
                part = [d for _, d in zip(range(self.partition_size), it, strict=False)]
                if not part:
                    break
                pending.append(
                    (part, self.client.submit(extract_partition, self.spec, part, pure=False, retries=self.retries))
                )
            if not pending:
                return
            part, future = pending.popleft()
            yield from self._result(part, future)

    def _result(self, part: list[Document], future: Any) -> Iterator[rec.Extraction | ExtractionFailed]:
        try:
            yield from future.result()
        except Exception as exc:  # the task failed on every try (e.g. a worker died each time)
            if len(part) == 1:
                yield ExtractionFailed(f"failed on every try on the cluster: {type(exc).__name__}: {exc}")
                return
            for d in part:  # find the document that kills workers; the others still load
                single = self.client.submit(extract_partition, self.spec, [d], pure=False, retries=self.retries)
                yield from self._result([d], single)


def dask_client(scheduler: str | None = None, local_workers: int | None = None) -> Any:
    """A client of the cluster at `scheduler`, or of a local cluster of `local_workers` processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("the Dask executor needs the optional extra: pip install 'parley-events[dask]'") from None
    if scheduler:
        return Client(scheduler)
    # silence_logs: the nanny's shutdown chatter ("still alive after 4.0 seconds") is not news to a user
    cluster = LocalCluster(
        n_workers=local_workers or 2,
        threads_per_worker=1,
        processes=True,
        silence_logs=logging.ERROR,
        dashboard_address=":0",
    )  # any free port: never clash with a running dashboard
    return Client(cluster)

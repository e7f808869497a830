"""`refresh`: find new or changed documents (content hash + pipeline version), extract them (in
parallel), load them in transactions of whole documents, put bad input in quarantine, re-apply
coders' corrections, and record an `etl_run` — holding the store's lock throughout."""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import DBAPIError, OperationalError

from etl import records as rec
from etl.corrections import apply_corrections
from etl.executors import (
    DaskExtractor,
    ExtractionBackend,
    ExtractionFailed,
    dask_client,
    load_extractor,
    pipeline_version_of,
)
from etl.ids import document_id
from etl.load import (
    LoadContext,
    Metadata,
    link_ref,
    load_document,
    merge_metadata,
    quarantine,
    quarantine_document,
    update_metadata,
)
from etl.locking import refresh_lock
from etl.progress import NullProgress, Progress
from etl.sources import CsvColumns, Document, Rejected, expand_paths, read_file
from etl.summary import StoreSummary, summary
from schema.base import width
from schema.errors import ConfigError, ParleyError, SourceError, StoreUnreachable
from schema.models import Document as DocumentRow
from schema.models import DocumentRef, EtlRun, Source
from schema.redact import mask_password
from schema.settings import Settings
from schema.store import open_store, require_current, writing

__all__ = ["ExtractionBackend", "RefreshFailed", "RunResult", "StoreSummary", "load_extractor", "refresh", "summary"]

BATCH_DOCUMENTS = 25  # documents per load transaction: whole documents only, so no crash splits one
BATCH_SECONDS = 2.0  # ...or fewer, so readers and the progress bar see work arrive


class RefreshFailed(ParleyError):
    """The refresh stopped before the end; documents loaded so far are whole and stay."""

    exit_code = 2


@dataclass(slots=True)
class RunResult:
    """What one refresh did: the counts recorded in its `etl_run` row."""

    run_id: int | None
    status: str
    n_seen: int = 0
    n_extracted: int = 0
    n_unchanged: int = 0
    n_quarantined: int = 0
    n_records: int = 0
    n_skipped_files: int = 0
    n_corrections: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    quarantined: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0: all loaded; 1: some input quarantined; 2: failed."""
        return {"succeeded": 0, "partial": 1}.get(self.status, 2)

    @property
    def docs_per_second(self) -> float:
        return self.n_extracted / self.seconds if self.seconds else 0.0


def refresh(
    paths: Sequence[str | Path],
    settings: Settings | None = None,
    *,
    url: str | None = None,
    extractor: ExtractionBackend | None = None,
    full: bool = False,
    dry_run: bool = False,
    limit: int | None = None,
    wait: bool = False,
    lock_timeout: float | None = None,
    progress: Progress | None = None,
    csv_columns: CsvColumns | None = None,
    command: str | None = None,
) -> RunResult:
    """Bring the store up to date with the articles under `paths` (see the module docstring).

    `settings` says where the store is and how to extract (model, dictionaries, workers, executor);
    by default they are resolved from the environment (`Settings.resolve`), and `url` is a shorthand
    for `Settings.resolve(database=url)`. `extractor`, if given, replaces the one the settings
    would build. The other keywords shape this run: `full` re-extracts everything, `dry_run` only
    counts, `limit` reads at most that many inputs, `wait`/`lock_timeout` wait for another refresh's
    lock, `progress` reports, `csv_columns` maps CSV columns, `command` is recorded in `etl_run`.

    With `settings.executor == "dask"` extraction runs on the Dask cluster at `settings.scheduler`
    (or on a local cluster of `settings.local_workers` processes); this process still does all the
    loading."""
    if settings is None:
        settings = Settings.resolve(database=url)
    elif url is not None:
        raise ConfigError("give the store either in settings or as url, not both")
    engine = open_store(settings.database)
    require_current(engine)
    progress = progress or NullProgress()
    inputs = expand_paths(paths)
    if inputs.missing:
        raise SourceError(f"no such file or directory: {', '.join(inputs.missing)}")
    client = None
    try:
        if settings.executor == "dask":
            client = dask_client(settings.scheduler, settings.local_workers)
            extractor = DaskExtractor(client, settings.extractor, settings.model, settings.dictionaries)
        extractor = extractor or load_extractor(settings.extractor, settings.model, settings.dictionaries)
        version = pipeline_version_of(extractor)
        if dry_run:
            return _plan_only(engine, inputs.files, version, full, limit, csv_columns, len(inputs.skipped))
        with refresh_lock(engine, wait=wait, timeout=lock_timeout):
            return _Run(engine, extractor, version, progress, settings.workers, command).execute(
                inputs.files, full, limit, csv_columns, len(inputs.skipped)
            )
    finally:
        if client is not None:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None and settings.scheduler is None:
                cluster.close()


def _read(
    files: list[Path], limit: int | None, csv_columns: CsvColumns | None
) -> tuple[dict[str, list[Document]], list[Rejected], int]:
    """Inputs grouped by content hash (one text under several ids is extracted once)."""
    by_hash: dict[str, list[Document]] = {}
    rejected: list[Rejected] = []
    ids: dict[tuple[str, str], str] = {}  # (input, id) -> content hash: an id names one text per input
    seen = 0
    for path in files:
        for item in read_file(path, csv_columns):
            if limit is not None and seen >= limit:
                return by_hash, rejected, seen
            seen += 1
            if isinstance(item, Rejected):
                rejected.append(item)
                continue
            h = item.content_hash
            first = ids.setdefault((item.origin or "", item.id), h)
            if first != h:  # loading both would let the later text silently replace the earlier one
                rejected.append(
                    Rejected(
                        origin=item.origin or "",
                        locator=f"id {item.id}",
                        external_id=None,
                        reason=f"duplicate id {item.id!r} in this input with a different text",
                        raw_hash=h,
                        path=item.path,
                    )
                )
                continue
            by_hash.setdefault(h, []).append(item)
    return by_hash, rejected, seen


def _stored(engine: Engine, hashes: list[str]) -> dict[str, tuple[str, str | None]]:
    """content hash -> (status, pipeline version) of the documents already in the store."""
    out: dict[str, tuple[str, str | None]] = {}
    with engine.connect() as conn:
        for i in range(0, len(hashes), 500):
            for r in conn.execute(
                select(DocumentRow.content_hash, DocumentRow.status, DocumentRow.pipeline_version).where(
                    DocumentRow.content_hash.in_(hashes[i : i + 500])
                )
            ):
                out[r.content_hash] = (r.status, r.pipeline_version)
    return out


@dataclass(slots=True)
class _Merged:
    """Metadata merged across an article's copies (`etl.load.merge_metadata`)."""

    notes: dict[str, str | None] = field(default_factory=dict)  # content hash -> how it was chosen
    restamp: dict[str, Metadata] = field(default_factory=dict)  # unchanged articles whose row needs it


def _stored_metadata(engine: Engine, hashes: list[str]) -> dict[str, Metadata]:
    """content hash -> metadata of the loaded articles among `hashes` (what earlier copies gave)."""
    out: dict[str, Metadata] = {}
    with engine.connect() as conn:
        for i in range(0, len(hashes), 500):
            q = (
                select(DocumentRow.content_hash, DocumentRow.title, DocumentRow.published, DocumentRow.url, Source.name)
                .outerjoin(Source, Source.id == DocumentRow.source_id)
                .where(DocumentRow.content_hash.in_(hashes[i : i + 500]), DocumentRow.status == "loaded")
            )
            for r in conn.execute(q):
                day = r.published.isoformat() if r.published else None
                out[r.content_hash] = Metadata(r.title or None, day, r.url or None, r.name or None)
    return out


def _merge_copies(engine: Engine, by_hash: dict[str, list[Document]]) -> tuple[_Merged, set[str]]:
    """Give each article's first copy the metadata merged over all its copies, this run's and the
    store's (every reference is kept; `document.metadata_note` records the choice). Returns the
    notes, and the unchanged articles whose date changed (re-extracted: meeting dates follow it)."""
    merged, redate = _Merged(), set()
    stored = _stored_metadata(engine, sorted(by_hash))
    for h, docs in by_hash.items():
        docs.sort(key=lambda d: (d.origin or d.path or "", d.id))  # the copy loaded: not the first read
        copies = [(f"{Path(d.origin or d.path or '').name}:{d.id}", Metadata.of(d)) for d in docs]
        if h in stored:
            copies.append(("an earlier copy", stored[h]))
        if len(copies) < 2:
            continue
        meta, note = merge_metadata(copies)
        docs[0] = replace(docs[0], title=meta.title, published=meta.published, url=meta.url, source=meta.source)
        merged.notes[h] = note
        if h in stored and meta != stored[h]:
            if meta.published != stored[h].published:
                redate.add(h)
            else:
                merged.restamp[h] = meta
    return merged, redate


def _plan(
    engine: Engine, files: list[Path], version: str, full: bool, limit: int | None, csv_columns: CsvColumns | None
) -> tuple[dict[str, list[Document]], list[str], list[Rejected], int, dict[str, tuple[str, str | None]], _Merged]:
    by_hash, rejected, seen = _read(files, limit, csv_columns)
    stored = _stored(engine, sorted(by_hash) + sorted(r.content_hash for r in rejected))
    merged, redate = _merge_copies(engine, by_hash)
    todo = sorted(h for h in by_hash if full or stored.get(h, ("", None))[1] != version or h in redate)
    for h in todo:
        merged.restamp.pop(h, None)
    return by_hash, todo, rejected, seen, stored, merged


def _known_refs(engine: Engine, origins: set[str]) -> dict[tuple[str, str], str]:
    """(origin, external id) -> document id for every ref of these inputs."""
    out: dict[tuple[str, str], str] = {}
    names = sorted(origins)
    with engine.connect() as conn:
        for i in range(0, len(names), 200):
            for r in conn.execute(
                select(DocumentRef.origin, DocumentRef.external_id, DocumentRef.document_id).where(
                    DocumentRef.origin.in_(names[i : i + 200])
                )
            ):
                out[(r.origin, r.external_id)] = r.document_id
    return out


def _plan_only(
    engine: Engine,
    files: list[Path],
    version: str,
    full: bool,
    limit: int | None,
    csv_columns: CsvColumns | None,
    skipped: int,
) -> RunResult:
    by_hash, todo, rejected, seen, _, _ = _plan(engine, files, version, full, limit, csv_columns)
    return RunResult(
        run_id=None,
        status="partial" if rejected else "succeeded",
        n_seen=seen,
        n_extracted=len(todo),
        n_unchanged=len(by_hash) - len(todo),
        n_quarantined=len(rejected),
        n_skipped_files=skipped,
        dry_run=True,
        quarantined=[_describe(r) for r in rejected],
    )


class _Run:
    """One refresh under the lock."""

    def __init__(
        self,
        engine: Engine,
        extractor: ExtractionBackend,
        version: str,
        progress: Progress,
        workers: int,
        command: str | None,
    ) -> None:
        self.engine, self.extractor, self.version = engine, extractor, version
        self.progress, self.workers = progress, max(1, workers)
        # the command line may hold a database URL: its password never reaches the store
        self.command = mask_password(command or " ".join(sys.argv)[:2000])
        self.result = RunResult(run_id=None, status="running")
        self._context: LoadContext | None = None
        self._merged = _Merged()

    def execute(
        self, files: list[Path], full: bool, limit: int | None, csv_columns: CsvColumns | None, skipped: int
    ) -> RunResult:
        t0 = time.monotonic()
        self._start()
        try:
            by_hash, todo, rejected, seen, stored, merged = _plan(
                self.engine, files, self.version, full, limit, csv_columns
            )
            self._merged = merged
            r = self.result
            r.n_seen, r.n_skipped_files = seen, skipped
            r.n_unchanged = len(by_hash) - len(todo)
            self._link_unchanged(by_hash, set(todo), rejected, stored)
            self._quarantine_inputs([x for x in rejected if x.content_hash not in stored])
            self.progress.start(len(todo))
            self._extract_and_load(by_hash, todo)
            self.progress.finish()
            self._finish("partial" if r.n_quarantined else "succeeded", None, time.monotonic() - t0)
        except ParleyError as exc:
            self._finish("failed", str(exc), time.monotonic() - t0)
            raise
        except OperationalError as exc:
            self._finish("failed", str(exc.orig or exc), time.monotonic() - t0)
            raise StoreUnreachable(f"refresh stopped, database error: {_first_line(exc)}") from exc
        except Exception as exc:
            self._finish("failed", f"{type(exc).__name__}: {exc}", time.monotonic() - t0)
            raise RefreshFailed(f"refresh failed: {type(exc).__name__}: {_first_line(exc)}") from exc
        return self.result

    def _start(self) -> None:
        with writing(self.engine) as conn:
            # We hold the lock, so a run still marked running was killed: say so in the run log.
            conn.execute(
                update(EtlRun)
                .where(EtlRun.status == "running")
                .values(status="failed", error="interrupted: the process ended before finishing")
            )
            meta = {k: getattr(self.extractor, k, None) for k in ("model_name", "model_version", "dictionary_hash")}
            self.result.run_id = conn.execute(
                insert(EtlRun)
                .values(
                    status="running",
                    pipeline_version=self.version[: width(EtlRun.pipeline_version)],
                    command=self.command,
                    parley_version=_parley_version(),
                    started_at=dt.datetime.now(dt.UTC),
                    **{k: (str(v) if v is not None else None) for k, v in meta.items()},
                )
                .returning(EtlRun.id)
            ).scalar_one()

    def _ctx(self, conn: Any) -> LoadContext:
        """Reference data, read once per run (the lock keeps it from changing under us)."""
        if self._context is None:
            self._context = LoadContext.read(conn, self.version, self.result.run_id)
        return self._context

    def _link_unchanged(
        self,
        by_hash: dict[str, list[Document]],
        todo: set[str],
        rejected: list[Rejected],
        stored: dict[str, tuple[str, str | None]],
    ) -> None:
        """Make sure every id an unchanged article (or a known bad input) arrived under points at it:
        one read of the refs, and writes only for what moved or is new."""
        wanted: list[tuple[str, str, str, str | None]] = []  # (document id, origin, external id, path)
        for h in sorted(by_hash):
            if h in todo:
                continue
            if stored[h][0] == "quarantined":
                self.result.n_quarantined += 1
            wanted += [(document_id(h), d.origin or d.path or "", d.id, d.path) for d in by_hash[h]]
        for x in rejected:
            if x.content_hash in stored:
                self.result.n_quarantined += 1
                self.result.quarantined.append(_describe(x))
                wanted.append((document_id(x.content_hash), x.origin, x.ref_id, x.path))
        self._restamp()
        known = _known_refs(self.engine, {w[1] for w in wanted})
        cut_origin, cut_id = width(DocumentRef.origin), width(DocumentRef.external_id)
        moved = [w for w in wanted if known.get((w[1][:cut_origin], w[2][:cut_id])) != w[0]]
        for i in range(0, len(moved), 500):
            with writing(self.engine) as conn:
                ctx = self._ctx(conn)
                for did, origin, external_id, path in moved[i : i + 500]:
                    link_ref(conn, ctx, did, origin, external_id, path)

    def _restamp(self) -> None:
        """Unchanged articles get the title, URL and source merged with their new copies."""
        items = sorted(self._merged.restamp.items())
        for i in range(0, len(items), 500):
            with writing(self.engine) as conn:
                ctx = self._ctx(conn)
                for h, meta in items[i : i + 500]:
                    update_metadata(conn, ctx, document_id(h), meta, self._merged.notes.get(h))

    def _quarantine_inputs(self, rejected: list[Rejected]) -> None:
        for i in range(0, len(rejected), 200):
            with writing(self.engine) as conn:
                ctx = self._ctx(conn)
                for item in rejected[i : i + 200]:
                    quarantine(conn, ctx, item)
                    self.result.quarantined.append(_describe(item))
                    self.progress.log("quarantined", path=item.path, where=item.locator or "-", reason=item.reason)
        self.result.n_quarantined += len(rejected)

    def _extract_and_load(self, by_hash: dict[str, list[Document]], todo: list[str]) -> None:
        batch: list[tuple[list[Document], rec.Extraction | str]] = []
        last = time.monotonic()
        for docs, outcome in self._extractions([by_hash[h] for h in todo]):
            batch.append((docs, outcome))
            if len(batch) >= BATCH_DOCUMENTS or time.monotonic() - last >= BATCH_SECONDS:
                self._load_batch(batch)
                batch, last = [], time.monotonic()
        if batch:
            self._load_batch(batch)
        if not todo:  # corrections may be new since the last run: re-apply them anyway
            with writing(self.engine) as conn:
                self.result.n_corrections = apply_corrections(conn, self.result.run_id).applied

    def _extractions(self, groups: list[list[Document]]) -> Iterator[tuple[list[Document], rec.Extraction | str]]:
        """(documents, extraction or failure reason), in input order; a document the pipeline
        fails on is isolated and the rest go on."""
        start = 0
        while start < len(groups):
            docs = (g[0] for g in groups[start:])
            try:
                for ex in self.extractor.extract_many(docs, n_process=self.workers):
                    if isinstance(ex, ExtractionFailed):
                        yield groups[start], f"extraction failed: {ex.reason}"
                    else:
                        yield groups[start], ex
                    start += 1
                return
            except ParleyError as exc:
                reason = str(exc)
            except Exception as exc:  # the pipeline's bug must not stop the other documents
                reason = f"{type(exc).__name__}: {_first_line(exc)}"
            yield groups[start], f"extraction failed: {reason}"
            start += 1

    def _load_batch(self, batch: list[tuple[list[Document], rec.Extraction | str]]) -> None:
        """Load whole documents in one transaction; if the store refuses one, load them one by one
        and quarantine the refused document with the store's reason."""
        try:
            with writing(self.engine) as conn:
                done = [self._load_one(conn, docs, outcome) for docs, outcome in batch]
                n_corr = apply_corrections(conn, self.result.run_id).applied
        except OperationalError:
            raise
        except (DBAPIError, ValueError, TypeError, KeyError) as exc:
            self._context = None  # caches may hold rows of the rolled-back transaction
            if len(batch) > 1:
                for item in batch:
                    self._load_batch([item])
                return
            docs, outcome = batch[0]
            if isinstance(outcome, str):
                raise
            self._load_batch([(docs, f"load failed: {_first_line(exc)}")])
            return
        r = self.result
        r.n_corrections = n_corr
        for (docs, outcome), n in zip(batch, done, strict=True):
            r.n_records += n
            if isinstance(outcome, str):
                r.n_quarantined += 1
                r.quarantined.append(f"{docs[0].path} {docs[0].id}: {outcome}")
                self.progress.log("quarantined", path=docs[0].path, id=docs[0].id, reason=outcome)
            else:
                r.n_extracted += 1
        self.progress.advance(len(batch), sum(done))

    def _load_one(self, conn: Any, docs: list[Document], outcome: rec.Extraction | str) -> int:
        ctx = self._ctx(conn)
        first = docs[0]
        if isinstance(outcome, str):
            quarantine_document(conn, ctx, first, outcome)
            return 0
        n = load_document(conn, ctx, first, outcome, metadata_note=self._merged.notes.get(first.content_hash))
        for d in docs:
            link_ref(conn, ctx, document_id(first.content_hash), d.origin or d.path or "", d.id, d.path)
        return n

    def _finish(self, status: str, error: str | None, seconds: float) -> None:
        r = self.result
        r.status, r.seconds = status, seconds
        if r.run_id is None:
            return
        try:
            with writing(self.engine) as conn:
                conn.execute(
                    update(EtlRun)
                    .where(EtlRun.id == r.run_id)
                    .values(
                        status=status,
                        error=error,
                        finished_at=dt.datetime.now(dt.UTC),
                        n_seen=r.n_seen,
                        n_extracted=r.n_extracted,
                        n_unchanged=r.n_unchanged,
                        n_quarantined=r.n_quarantined,
                        n_records=r.n_records,
                    )
                )
        except DBAPIError:
            if status != "failed":
                raise


def _describe(item: Rejected) -> str:
    where = f"{item.path} {item.locator}" if item.locator else str(item.path)
    return f"{where}: {item.reason}"


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _parley_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("parley-events")
    except Exception:
        return None

"""Turn documents into `Extraction` records: clean, run the spaCy pipeline, map offsets back to the source.

`Extractor(model, dictionaries)` loads the pipeline once; `.extract(document)` handles one article and
`.extract_many(documents, n_process=...)` many, in input order. Every evidence span in the output is an
offset into `Document.text` as given (before cleaning). Nothing here raises on odd text: empty and
one-word texts give an empty extraction, non-English texts are marked `skipped`, very long texts (past
spaCy's length limit too) are processed in paragraph chunks.

Several processes: spaCy's own `nlp.pipe(n_process=...)` ships Docs back with msgpack, which cannot carry
the Python objects parley's components store on `Doc._` (measured: "can not serialize 'ActorRef'
object"), so each worker process runs its own pipeline and returns finished `Extraction` records.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from etl.clean import CleanText, clean, language_of
from etl.nlp.doc_ext import register_extensions
from etl.nlp.pipeline import build_pipeline, pipeline_version
from etl.records import Actor, DocumentInfo, Evidence, Extraction
from etl.sources import Document, Rejected, published_date

# The version of this stage's output, recorded in the pipeline version of every extraction. Bump it
# when what the stage produces changes (tests/etl/nlp/test_component_versions.py fails otherwise); never for
# refactoring, formatting or comments, which must leave the output as it was.
VERSION = "1"

# Texts longer than LONG_TEXT characters run through the pipeline in paragraph chunks of about CHUNK_CHARS:
# spaCy refuses texts past 1,000,000 characters (docs/facts.md), and rule components that compare mentions
# pairwise get slow on whole books. Each chunk is extracted on its own and the records are merged.
LONG_TEXT = 60_000
CHUNK_CHARS = 20_000


@dataclass(slots=True)
class _Prepared:
    """A document after cleaning, before the pipeline: what is needed to build its Extraction."""

    document: Document
    info: DocumentInfo
    cleaned: CleanText
    run: bool  # False: skipped or empty, no NLP


class Extractor:
    """Extraction with one loaded pipeline (see the module docstring)."""

    def __init__(
        self, model: str | None = None, dictionaries: Sequence[str | Path] | None = None, nlp: Language | None = None
    ) -> None:
        register_extensions()
        self.model = model
        self.dictionaries = [str(d) for d in dictionaries or ()]
        self.nlp = nlp if nlp is not None else build_pipeline(model, self.dictionaries)
        self.pipeline_version = pipeline_version(self.nlp)

    # ------------------------------------------------------------------ public API

    def extract(self, document: Document, published: str | None = None) -> Extraction:
        """The extraction of one document; `published` (ISO date) overrides the document's own date."""
        prepared = self._prepare(document, published)
        if not prepared.run:
            return self._empty(prepared)
        if len(prepared.cleaned.text) > LONG_TEXT:
            return self._extract_long(prepared)
        return self._assemble(prepared, [(self.nlp(self._make_doc(prepared)), 0)])

    def extract_many(
        self, documents: Iterable[Document], n_process: int = 1, batch_size: int = 32, published: str | None = None
    ) -> Iterator[Extraction]:
        """Extractions of `documents`, in input order; `n_process > 1` runs worker processes."""
        if n_process > 1:
            yield from self._extract_parallel(documents, n_process, batch_size, published)
            return
        for batch in _batches(documents, batch_size):
            yield from self._extract_batch(batch, batch_size, published)

    # ------------------------------------------------------------------ steps

    def _prepare(self, document: Document, published: str | None) -> _Prepared:
        cleaned = clean(document.text, self.dictionaries)
        pub = published_date(published or document.published)
        info = DocumentInfo(
            id=document.id,
            title=document.title,
            published=pub.isoformat() if pub else None,
            path=document.path,
            source=document.source,
            url=document.url,
            content_hash=document.content_hash,
            dateline=cleaned.dateline,
        )
        language = language_of(cleaned.text)
        if language != "en":
            info.language = language
            info.skipped = "non-English"
            return _Prepared(document, info, cleaned, run=False)
        return _Prepared(document, info, cleaned, run=bool(cleaned.text.strip()))

    def _make_doc(self, prepared: _Prepared, text: str | None = None) -> Doc:
        doc = self.nlp.make_doc(prepared.cleaned.text if text is None else text)
        doc._.parley_published = prepared.info.published
        doc._.parley_dateline = prepared.cleaned.dateline
        doc._.parley_dateline_region = prepared.cleaned.dateline_region
        doc._.parley_source = prepared.info.source
        if text is None:  # a long text's chunk has its own offsets: no map back to the source
            doc._.parley_cleaned = prepared.cleaned
        return doc

    def _extract_batch(self, batch: list[Document], batch_size: int, published: str | None) -> Iterator[Extraction]:
        prepared = [self._prepare(d, published) for d in batch]
        normal = [p for p in prepared if p.run and len(p.cleaned.text) <= LONG_TEXT]
        docs = iter(self.nlp.pipe((self._make_doc(p) for p in normal), batch_size=batch_size))
        for p in prepared:
            if not p.run:
                yield self._empty(p)
            elif len(p.cleaned.text) <= LONG_TEXT:
                yield self._assemble(p, [(next(docs), 0)])
            else:
                yield self._extract_long(p)

    def _extract_long(self, prepared: _Prepared) -> Extraction:
        """A very long text: the pipeline on each paragraph chunk, the records merged."""
        chunks = list(split_chunks(prepared.cleaned.text, CHUNK_CHARS))
        offsets = [0]
        for c in chunks[:-1]:
            offsets.append(offsets[-1] + len(c))
        docs = self.nlp.pipe((self._make_doc(prepared, c) for c in chunks), batch_size=8)
        return self._assemble(prepared, list(zip(docs, offsets, strict=True)))

    def _empty(self, prepared: _Prepared) -> Extraction:
        return Extraction(document=prepared.info, pipeline_version=self.pipeline_version)

    def _assemble(self, prepared: _Prepared, parts: list[tuple[Doc, int]]) -> Extraction:
        """Records of the Doc(s) of one document (chunk Docs start at the given cleaned-text offsets),
        every evidence span mapped back to the source text."""
        actors: dict[tuple[str, str], Actor] = {}
        x = Extraction(document=prepared.info, pipeline_version=self.pipeline_version)
        seen_issues: set[tuple[tuple[str, str], str]] = set()
        for doc, offset in parts:
            remap = _Remapper(prepared.cleaned, doc, offset)
            for a in doc._.parley_actors or ():
                mentions = [remap.span(s, e) for s, e in a.mentions]
                known = actors.get((a.kind, a.name))
                if known is None:
                    actors[(a.kind, a.name)] = Actor(
                        name=a.name,
                        kind=a.kind,
                        country=a.country,  # type: ignore[arg-type]
                        role=list(a.role),
                        aliases=list(a.aliases),
                        title=a.title,
                        mentions=mentions,
                    )
                else:  # the same actor in another chunk
                    known.mentions.extend(mentions)
                    known.aliases.extend(x for x in a.aliases if x not in known.aliases)
                    known.country = known.country or a.country
                    known.role = known.role or list(a.role)
            x.statements += [
                replace(
                    s,
                    evidence=remap.evidence(s.evidence),
                    speaker_evidence=remap.evidence(s.speaker_evidence) if s.speaker_evidence else None,
                )
                for s in doc._.parley_statements or ()
            ]
            x.meetings += [
                replace(
                    m,
                    evidence=remap.evidence(m.evidence),
                    mentions=[remap.evidence(e) for e in m.mentions],
                    status_evidence=remap.evidence(m.status_evidence) if m.status_evidence else None,
                )
                for m in doc._.parley_meetings or ()
            ]
            for i in doc._.parley_issues or ():
                if (tuple(i.countries), i.issue) not in seen_issues:  # type: ignore[comparison-overlap]
                    seen_issues.add((tuple(i.countries), i.issue))  # type: ignore[arg-type]
                    x.issues.append(replace(i, evidence=remap.evidence(i.evidence)))
        x.actors = list(actors.values())
        return x

    # ------------------------------------------------------------------ processes

    def _extract_parallel(
        self, documents: Iterable[Document], n_process: int, batch_size: int, published: str | None
    ) -> Iterator[Extraction]:
        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        ctx = mp.get_context(method)
        init_args = (self.model, self.dictionaries, self if method == "fork" else None)
        with ctx.Pool(n_process, initializer=_worker_init, initargs=init_args) as pool:
            tasks = ((batch, batch_size, published) for batch in _batches(documents, batch_size))
            for results in pool.imap(_worker_run, tasks):
                yield from results


@lru_cache(maxsize=4)
def shared_extractor(model: str | None = None, dictionaries: tuple[str, ...] = ()) -> Extractor:
    """One `Extractor` per (model, dictionaries) in this process: loading spaCy costs seconds."""
    return Extractor(model, list(dictionaries))


_WORKER: dict[str, Extractor] = {}


def _worker_init(model: str | None, dictionaries: list[str], inherited: Extractor | None) -> None:
    # With fork the parent's loaded pipeline is inherited as is; with spawn each worker loads its own.
    _WORKER["x"] = inherited if inherited is not None else Extractor(model, dictionaries)


def _worker_run(task: tuple[list[Document], int, str | None]) -> list[Extraction]:
    batch, batch_size, published = task
    return list(_WORKER["x"]._extract_batch(batch, batch_size, published))


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, max(1, size))):
        yield batch


def split_chunks(text: str, limit: int) -> Iterator[str]:
    """Consecutive pieces of `text` of at most `limit` characters whose concatenation is `text`, cut after
    a paragraph break when possible, else after a line break or a space, else anywhere."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + limit)
        if end < n:
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut > limit // 4:
                    end = start + cut + len(sep)
                    break
        yield text[start:end]
        start = end


class _Remapper:
    """Maps cleaned-text spans to source-text `Evidence` with the source sentence."""

    def __init__(self, cleaned: CleanText, doc: Doc, offset: int = 0) -> None:
        self.cleaned = cleaned
        self.doc = doc
        self.offset = offset  # where the Doc's text starts in the cleaned text
        self.source = cleaned.source

    def _to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.cleaned.span_to_source(start + self.offset, end + self.offset)

    def span(self, start: int, end: int) -> Evidence:
        s, e = self._to_source(start, end)
        ss, se = self._sentence(start, end)
        return Evidence(start=s, end=e, sentence=self.source[ss:se], sentence_start=ss, sentence_end=se)

    def evidence(self, ev: Evidence) -> Evidence:
        s, e = self._to_source(ev.start, ev.end)
        if ev.sentence_start is not None and ev.sentence_end is not None:
            ss, se = self._to_source(ev.sentence_start, ev.sentence_end)
        else:
            ss, se = self._sentence(ev.start, ev.end)
        return Evidence(start=s, end=e, sentence=self.source[ss:se], sentence_start=ss, sentence_end=se)

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        span = self.doc.char_span(start, max(start + 1, end), alignment_mode="expand")
        if span is None or not len(span):
            return self._to_source(start, end)
        sent = span[0].sent
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))  # no paragraph breaks around it
        end = sent.start_char + len(text.rstrip())
        return self._to_source(start, max(start, end))


def extract_files(
    paths: Sequence[str | Path],
    model: str | None = None,
    dictionaries: Sequence[str | Path] | None = None,
    published: str | None = None,
    n_process: int = 1,
    on_rejected: Callable[[Rejected], None] | None = None,
) -> Iterator[Extraction]:
    """Extractions of every article in `paths` (`.txt`, `.jsonl`, ... via `etl.sources`), in input order.

    An input that is not an article (a bad JSON line, an empty text) is passed to `on_rejected` and
    the next one read, as `refresh` quarantines it; without `on_rejected` it raises `SourceError`.
    Raises `SourceError` when the paths hold nothing readable and `ConfigError` for a missing model,
    a missing dictionaries directory or a `published` value that is not an ISO date."""
    from etl.sources import date_problem, iter_documents, iter_inputs
    from schema.errors import ConfigError

    if published is not None and published_date(published) is None:
        raise ConfigError(f"--published: {date_problem(published) or 'not an ISO date'} (YYYY-MM-DD)")
    extractor = Extractor(model, dictionaries)
    files = [Path(p) for p in paths]
    if on_rejected is None:
        documents: Iterable[Document] = iter_documents(files)
    else:
        report = on_rejected

        def readable() -> Iterator[Document]:
            for item in iter_inputs(files):
                if isinstance(item, Document):
                    yield item
                else:
                    report(item)

        documents = readable()
    yield from extractor.extract_many(documents, n_process=n_process, published=published)

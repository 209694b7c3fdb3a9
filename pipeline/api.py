"""Documents in, records out: the product's Python API.

    >>> import pipeline
    >>> nlp = pipeline.load()                                   # doctest: +SKIP
    >>> docs = [pipeline.Document("a1", "Nvidia a levé 2 Md$ hier.", {"published": "2025-11-22"})]
    >>> list(pipeline.extract_records(docs, nlp))               # doctest: +SKIP
    [{'id': 'a1', 'text': ..., 'meta': {...}, 'spans': [...]}]
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from .io.readers import Document

NAME_LABELS = ("ORG", "PRODUCT", "PER", "LOC")


OFFSET_MAP_KEY = "_pipeline_offset_map"


def doc_to_spans(doc, text: str) -> list[dict]:
    """The record-format spans of a processed Doc, offsets into ``text`` (the original,
    when the pipeline ran on its normalised copy: see ``pipeline.io.webtext``)."""
    from .components._serial import get_span_norm, get_span_source
    from .io.webtext import to_original

    offset_map = doc.user_data.get(OFFSET_MAP_KEY)
    spans = []
    for ent in doc.ents:
        norm = get_span_norm(ent)
        start, end = to_original(offset_map, ent.start_char, ent.end_char)
        if ent.label_ in ("MONEY", "DATE"):
            # "15 M€." is one token; the full stop is not part of the amount.
            while end > start + 1 and text[end - 1] in ".":
                end -= 1
        if norm is None and ent.label_ in NAME_LABELS:
            norm = {"id": ent.text}
        span = {"start": start, "end": end, "label": ent.label_, "text": text[start:end], "norm": norm}
        source = get_span_source(ent)
        if source is not None:
            span["source"] = source
        spans.append(span)
    return spans


def to_record(document: Document, doc) -> dict:
    """One output record (ANNOTATION.md §1) for a document and its processed Doc."""
    return {"id": document.id, "text": document.text, "meta": dict(document.meta),
            "spans": doc_to_spans(doc, document.text)}


def _make_doc(nlp, document: Document):
    from .io.safe_doc import make_doc
    from .io.webtext import normalise

    text, offset_map = normalise(document.nlp_text)
    doc = make_doc(nlp, text)
    if offset_map is not None:
        doc.user_data[OFFSET_MAP_KEY] = offset_map
    doc._.published = document.meta.get("published")
    return doc


def check_published(published) -> str | None:
    """``published`` as an ISO date string, or None; raises ArgumentError for anything else
    (a relative date would be resolved against the machine's clock)."""
    import datetime as dt

    from .errors import ArgumentError

    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date().isoformat()
    if isinstance(published, dt.date):
        return published.isoformat()
    if isinstance(published, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        try:
            return dt.date.fromisoformat(published).isoformat()
        except ValueError:
            pass
    raise ArgumentError("published", f"{published!r} is not a date in YYYY-MM-DD form")


def extract_records(documents: Iterable[Document], nlp=None, *, n_process: int = 1,
                    batch_size: int = 16, published: str | None = None) -> Iterator[dict]:
    """Run the pipeline over documents; RETURNS records in input order.

    documents (Iterable[Document]): what the readers produce.
    nlp (Language | None): a loaded pipeline (default: ``pipeline.load()``).
    n_process (int): worker processes; above 1, forked workers each run the whole
        extraction on batches and return records (spaCy's ``n_process`` where fork is missing).
    published (str | None): ISO date that overrides every document's publication date.
    """
    published = check_published(published)
    if nlp is None:
        from .assemble import load

        nlp = load()

    def with_override(docs):
        for d in docs:
            if published:
                d.meta["published"] = published
            yield d

    if n_process > 1:
        yield from _extract_parallel(list(with_override(documents)), nlp, n_process, batch_size)
        return
    pending: list[Document] = []

    def docs_stream():
        for d in with_override(documents):
            pending.append(d)
            yield _make_doc(nlp, d)

    for doc in nlp.pipe(docs_stream(), n_process=1, batch_size=batch_size):
        document = pending.pop(0)
        yield to_record(document, doc)


_WORKER_NLP = None


def _records_of_batch(batch: list[Document]) -> list[dict]:
    return [to_record(d, doc) for d, doc in zip(batch, _WORKER_NLP.pipe(_make_doc(_WORKER_NLP, d) for d in batch))]


def _extract_parallel(documents: list[Document], nlp, n_process: int, batch_size: int) -> Iterator[dict]:
    """N forked workers, each running the whole extraction on its batches and
    sending back records: small dicts, where a Doc would be large to send and
    slow to rebuild in the main process (spaCy's own n_process does that, and
    on 2 cores its main process becomes the bottleneck: 1.53x for 2 workers)."""
    import multiprocessing as mp

    global _WORKER_NLP
    if "fork" not in mp.get_all_start_methods():
        # No fork (not Linux): spaCy's n_process, which sends Docs.
        for d, doc in zip(documents, nlp.pipe((_make_doc(nlp, d) for d in documents),
                                              n_process=n_process, batch_size=batch_size)):
            yield to_record(d, doc)
        return
    # Small inputs are spread over every worker rather than sent as one batch.
    size = max(1, min(batch_size, -(-len(documents) // n_process)))
    batches = [documents[i:i + size] for i in range(0, len(documents), size)]
    _WORKER_NLP = nlp  # inherited by the forked workers, not pickled
    try:
        with mp.get_context("fork").Pool(n_process) as pool:
            for records in pool.imap(_records_of_batch, batches):
                yield from records
    finally:
        _WORKER_NLP = None


def extract_text(text: str, nlp=None, *, published: str | None = None, doc_id: str = "text") -> dict:
    """Convenience: one text in, one record out (markup masked as for files)."""
    from .io.readers import read_text_file

    published = check_published(published)
    document = read_text_file(text, doc_id, "<text>")
    if published:
        document.meta["published"] = published
    return next(extract_records([document], nlp))

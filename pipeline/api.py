"""Documents in, records out: the product's Python API.

    >>> import pipeline
    >>> nlp = pipeline.load()                                   # doctest: +SKIP
    >>> docs = [pipeline.Document("a1", "Nvidia a levé 2 Md$ hier.", {"published": "2025-11-22"})]
    >>> list(pipeline.extract_records(docs, nlp))               # doctest: +SKIP
    [{'id': 'a1', 'text': ..., 'meta': {...}, 'spans': [...]}]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from .io.readers import Document
from .io.webtext import to_original

NAME_LABELS = ("ORG", "PRODUCT", "PER", "LOC")


OFFSET_MAP_KEY = "_pipeline_offset_map"


def doc_to_parts(doc, text: str) -> tuple[list[dict], list[dict]]:
    """(spans, events) of a processed Doc, offsets into ``text``; each event role points at
    the offsets of a span of the same record."""
    from .components._serial import doc_text, resolved_ents

    offset_map = doc.user_data.get(OFFSET_MAP_KEY)
    norms, sources = doc._.norms or {}, doc._.sources or {}
    spans = []
    moved: dict[tuple[int, int], list[int]] = {}
    for s0, e0, label in resolved_ents(doc):
        key = f"{s0}:{e0}:{label}"
        norm = norms.get(key)
        start, end = record_span(offset_map, text, s0, e0, label)
        if norm is None and label in NAME_LABELS:
            norm = {"id": doc_text(doc)[s0:e0]}
        span = {"start": start, "end": end, "label": label, "text": text[start:end], "norm": norm}
        source = sources.get(key)
        if source is not None:
            span["source"] = source
        spans.append(span)
        moved[(s0, e0)] = [start, end]
    events = [{"type": ev["type"], "trigger": list(to_original(offset_map, *ev["trigger"])),
               "roles": _map_roles(ev["roles"], lambda ref: moved.get(tuple(ref)))}
              for ev in doc._.deals or ()]
    return spans, events


def record_span(offset_map, text: str, s0: int, e0: int, label: str) -> tuple[int, int]:
    """The offsets in the record's ``text`` of the Doc's span (s0, e0)."""
    start, end = to_original(offset_map, s0, e0)
    if label in ("MONEY", "DATE"):
        # "15 M€." is one token; the full stop is not part of the amount.
        while end > start + 1 and text[end - 1] in ".":
            end -= 1
    return start, end


def _map_roles(roles: dict, move) -> dict:
    """An event's roles with each [start, end] passed through ``move`` (a list of them, for
    investors, loses those ``move`` drops by returning None); words are kept as they are."""
    out = {}
    for role, value in roles.items():
        if isinstance(value, list) and value and isinstance(value[0], list):
            out[role] = [m for m in map(move, value) if m is not None]
        elif isinstance(value, list) and len(value) == 2 and isinstance(value[0], int):
            out[role] = move(value)
        else:
            out[role] = value
    return out



def _make_doc(nlp, document: Document):
    from .io.safe_doc import make_doc
    from .io.webtext import normalise

    from .components._serial import DOC_TEXT

    text, offset_map = normalise(document.nlp_text)
    doc = make_doc(nlp, text)
    doc.user_data[DOC_TEXT] = text
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


DEFAULT_MAX_CHARS = 5_000_000
# A document longer than this runs in pieces (paragraphs, offsets kept): spaCy refuses
# texts over nlp.max_length, and memory grows with the length of one Doc.
PIECE_CHARS = 100_000


@dataclass
class Failure:
    """One document that could not be processed: where it came from and why."""
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def _where(document: Document) -> str:
    source = str(document.meta.get("source") or document.id)
    return f"{source}:{document.id}" if source.endswith(".jsonl") or source == "<stdin>" else source


def _pieces(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of pieces of at most ``size`` characters (default ``PIECE_CHARS``),
    cut after a blank line, else a line break, else a space, else anywhere."""
    size = size or PIECE_CHARS
    out, start, n = [], 0, len(text)
    while n - start > size:
        window = text[start:start + size]
        for sep in ("\n\n", "\n", ". ", " "):   # the latest paragraph end, else line, sentence, word
            at = window.rfind(sep)
            if at > size // 2:
                cut = start + at + len(sep)
                break
        else:
            cut = start + size
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def _run_batch(nlp, batch: list[Document], max_chars: int) -> list:
    """Records (or Failures) for a batch, in order; raises if the batch as a whole fails."""
    results: list = [None] * len(batch)
    jobs: list[tuple[int, int, int]] = []
    for i, d in enumerate(batch):
        if len(d.text) > max_chars:
            results[i] = Failure(_where(d), f"{len(d.text):,} characters, over the limit of {max_chars:,} "
                                            "(--max-chars)")
            continue
        jobs += [(i, start, end) for start, end in _pieces(d.text)]

    def docs_in():
        for i, start, end in jobs:
            d = batch[i]
            whole = start == 0 and end == len(d.text)
            yield _make_doc(nlp, d if whole else Document(d.id, d.text[start:end], d.meta, d.nlp_text[start:end]))

    # Pieces of a long document go one at a time: memory stays that of one piece.
    size = 1 if len(jobs) > len(batch) else max(1, len(jobs))
    spans: dict[int, list] = {}
    events: dict[int, list] = {}
    for (i, start, end), doc in zip(jobs, nlp.pipe(docs_in(), batch_size=size)):
        text = batch[i].text
        piece_spans, piece_events = doc_to_parts(doc, text if start == 0 and end == len(text) else text[start:end])
        if start:
            for sp in piece_spans:
                sp["start"] += start
                sp["end"] += start
            piece_events = [_shift_event(ev, start) for ev in piece_events]
        spans.setdefault(i, []).extend(piece_spans)
        events.setdefault(i, []).extend(piece_events)
    for i, d in enumerate(batch):
        if results[i] is None:
            results[i] = {"id": d.id, "text": d.text, "meta": dict(d.meta), "spans": spans.get(i, []),
                          "events": events.get(i, [])}
    return results


def _shift_event(ev: dict, by: int) -> dict:
    def shift(ref):
        return [ref[0] + by, ref[1] + by]

    return {"type": ev["type"], "trigger": shift(ev["trigger"]), "roles": _map_roles(ev["roles"], shift)}


def _process_batch(nlp, batch: list[Document], max_chars: int) -> list:
    """``_run_batch``, and where the batch fails, each document alone: one bad document
    becomes one Failure, the others come out."""
    try:
        return _run_batch(nlp, batch, max_chars)
    except Exception as e:  # noqa: BLE001 (one document's failure is reported, never fatal)
        if len(batch) == 1:
            return [Failure(_where(batch[0]), f"processing failed: {type(e).__name__}: {e}"[:500])]
        return [r for d in batch for r in _process_batch(nlp, [d], max_chars)]


def _batches(documents: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for d in documents:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_records(documents: Iterable[Document], nlp=None, *, n_process: int = 1,
                    batch_size: int = 16, published: str | None = None, on_error=None,
                    max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[dict]:
    """Run the pipeline over documents; RETURNS records in input order, as they come
    (the documents are read lazily, a batch at a time).

    documents (Iterable[Document]): what the readers produce.
    nlp (Language | None): a loaded pipeline (default: ``pipeline.load()``).
    n_process (int): worker processes; above 1, forked workers each run the whole
        extraction on batches and return records (spaCy's ``n_process`` where fork is missing).
    published (str | None): ISO date that overrides every document's publication date.
    on_error (Callable[[Failure], None] | None): called for a document that cannot be
        processed, and the others go on; None raises ``InputError`` on the first one.
    max_chars (int): a longer document is a Failure; shorter ones over 100,000 characters
        run in pieces (paragraphs), offsets kept.
    """
    from .errors import ArgumentError, InputError

    published = check_published(published)
    if isinstance(documents, (str, bytes)) or not isinstance(documents, Iterable):
        raise ArgumentError("documents", f"expected Document objects, got {type(documents).__name__}")
    if nlp is None:
        from .assemble import load

        nlp = load()

    def checked(docs):
        for d in docs:
            if not isinstance(d, Document):
                raise ArgumentError("documents", f"expected Document objects, got {type(d).__name__}")
            if published:
                d.meta["published"] = published
            yield d

    def emit(results):
        for r in results:
            if isinstance(r, Failure):
                if on_error is None:
                    raise InputError(r.where, r.reason)
                on_error(r)
            else:
                yield r

    batches = _batches(checked(documents), batch_size)
    if n_process > 1:
        for results in _extract_parallel(batches, nlp, n_process, max_chars):
            yield from emit(results)
        return
    for batch in batches:
        yield from emit(_process_batch(nlp, batch, max_chars))


_WORKER: dict = {}


def _worker_init() -> None:
    """Workers leave signals to the parent: it ends them (``Pool.terminate``) on SIGINT/SIGTERM."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _records_of_batch(batch: list[Document]) -> list:
    return _process_batch(_WORKER["nlp"], batch, _WORKER["max_chars"])


def _extract_parallel(batches: Iterator[list], nlp, n_process: int, max_chars: int) -> Iterator[list]:
    """N forked workers, each running the whole extraction on its batches and
    sending back records: small dicts, where a Doc would be large to send and
    slow to rebuild in the main process (spaCy's own n_process does that, and
    on 2 cores its main process becomes the bottleneck: 1.53x for 2 workers).
    The parent holds a window of 4 batches per worker, never the whole input."""
    import itertools
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():
        # No fork (not Linux): one process.
        for batch in batches:
            yield _process_batch(nlp, batch, max_chars)
        return
    _WORKER.update(nlp=nlp, max_chars=max_chars)  # inherited by the forked workers, not pickled
    try:
        with mp.get_context("fork").Pool(n_process, initializer=_worker_init) as pool:
            while True:
                window = list(itertools.islice(batches, 4 * n_process))
                if not window:
                    break
                yield from pool.imap(_records_of_batch, window)
    finally:
        _WORKER.clear()


def extract_text(text: str, nlp=None, *, published: str | None = None, doc_id: str = "text") -> dict:
    """Convenience: one text in, one record out (markup masked as for files)."""
    from .errors import ArgumentError
    from .io.readers import read_text_file

    if not isinstance(text, str):
        raise ArgumentError("text", f"expected a str, got {type(text).__name__}"
                                    + (" (decode bytes first)" if isinstance(text, (bytes, bytearray)) else ""))
    published = check_published(published)
    document = read_text_file(text, doc_id, "<text>")
    if published:
        document.meta["published"] = published
    return next(extract_records([document], nlp))

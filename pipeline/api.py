"""Documents in, records out: the product's Python API.

    >>> import pipeline
    >>> nlp = pipeline.load()                                   # doctest: +SKIP
    >>> docs = [pipeline.Document("a1", "Nvidia a levé 2 Md$ hier.", {"published": "2025-11-22"})]
    >>> list(pipeline.extract_records(docs, nlp))               # doctest: +SKIP
    [{'id': 'a1', 'text': ..., 'meta': {...}, 'spans': [...]}]
"""

from __future__ import annotations

from typing import Iterable, Iterator

from .io.readers import Document

NAME_LABELS = ("ORG", "PRODUCT", "PER", "LOC")


def doc_to_spans(doc, text: str) -> list[dict]:
    """The record-format spans of a processed Doc, offsets into ``text``."""
    from .components._serial import get_span_norm

    spans = []
    for ent in doc.ents:
        norm = get_span_norm(ent)
        end = ent.end_char
        if ent.label_ in ("MONEY", "DATE"):
            # "15 M€." is one token; the full stop is not part of the amount.
            while end > ent.start_char + 1 and text[end - 1] in ".":
                end -= 1
        if norm is None and ent.label_ in NAME_LABELS:
            norm = {"id": text[ent.start_char:ent.end_char]}
        spans.append({"start": ent.start_char, "end": end, "label": ent.label_,
                      "text": text[ent.start_char:end], "norm": norm})
    return spans


def to_record(document: Document, doc) -> dict:
    """One output record (ANNOTATION.md §1) for a document and its processed Doc."""
    return {"id": document.id, "text": document.text, "meta": dict(document.meta),
            "spans": doc_to_spans(doc, document.text)}


def _make_doc(nlp, document: Document):
    from .io.safe_doc import make_doc

    doc = make_doc(nlp, document.nlp_text)
    doc._.published = document.meta.get("published")
    return doc


def extract_records(documents: Iterable[Document], nlp=None, *, n_process: int = 1,
                    batch_size: int = 16, published: str | None = None) -> Iterator[dict]:
    """Run the pipeline over documents; RETURNS records in input order.

    documents (Iterable[Document]): what the readers produce.
    nlp (Language | None): a loaded pipeline (default: ``pipeline.load()``).
    n_process (int): worker processes (spaCy ``n_process``).
    published (str | None): ISO date that overrides every document's publication date.
    """
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


def _extract_parallel(documents: list[Document], nlp, n_process: int, batch_size: int) -> Iterator[dict]:
    """Workers get plain texts (cheap to send; they tokenise in parallel) and find
    each publication date in a table they inherit when spaCy forks them."""
    from .components._serial import PUBLISHED_BY_TEXT
    from .io.safe_doc import _LONG_RUN

    texts = [d.nlp_text for d in documents]
    keys: dict[int, str | None] = {}
    for d, t in zip(documents, texts):
        keys.setdefault(hash(t), d.meta.get("published"))
    same_text_other_date = any(keys[hash(t)] != d.meta.get("published") for d, t in zip(documents, texts))
    if same_text_other_date or any(_LONG_RUN.search(t) for t in texts):
        # Rare: fall back to sending Docs, which carry their own date and safe tokens.
        stream = (_make_doc(nlp, d) for d in documents)
    else:
        PUBLISHED_BY_TEXT.clear()
        PUBLISHED_BY_TEXT.update({k: v for k, v in keys.items() if v})
        stream = iter(texts)
    try:
        for document, doc in zip(documents, nlp.pipe(stream, n_process=n_process, batch_size=batch_size)):
            yield to_record(document, doc)
    finally:
        PUBLISHED_BY_TEXT.clear()


def extract_text(text: str, nlp=None, *, published: str | None = None, doc_id: str = "text") -> dict:
    """Convenience: one text in, one record out (markup masked as for files)."""
    from .io.readers import read_text_file

    document = read_text_file(text, doc_id, "<text>")
    if published:
        document.meta["published"] = published
    return next(extract_records([document], nlp))

"""Shared plumbing of the components: the lexicon they carry, and span norms."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import srsly
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..normalise.lexicon import Lexicon, load_lexicon

if not Doc.has_extension("norms"):
    # (start_char, end_char, label) -> norm; a Doc extension survives
    # nlp.pipe(n_process=N), where span extensions of new spans would not.
    Doc.set_extension("norms", default=None)
if not Doc.has_extension("sources"):
    # Same keys: where each ORG/PRODUCT came from ("org.jsonl:12", "model", "rule:appositions").
    Doc.set_extension("sources", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
if not Span.has_extension("norm"):
    Span.set_extension("norm", getter=lambda span: get_span_norm(span))


# doc.user_data key: the resolved entities as (start_char, end_char, label), in order.
RESOLVED_ENTS = "pipeline_resolved_ents"
# doc.user_data key: the text the Doc was made from (the doc.text getter joins every token).
DOC_TEXT = "pipeline_text"


def resolved_ents(doc: Doc) -> list[tuple[int, int, str]]:
    """The entities as (start_char, end_char, label): the resolver's own list when it left
    one (the doc.ents getter walks every token), else read from doc.ents."""
    known = doc.user_data.get(RESOLVED_ENTS)
    return known if known is not None else [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(DOC_TEXT)
    if text is None:
        text = doc.user_data[DOC_TEXT] = doc.text
    return text


def set_span_norm(doc: Doc, span: Span, norm: dict) -> None:
    if doc._.norms is None:
        doc._.norms = {}
    doc._.norms[f"{span.start_char}:{span.end_char}:{span.label_}"] = norm


def add_sequence(index: dict, words, payload) -> None:
    """Add a sequence of words to a ``match_sequences`` index, under its first word's hash."""
    hashes = tuple(get_string_id(w) for w in words)
    index.setdefault(hashes[0], []).append((hashes, payload))


def match_sequences(orths: list[int], index: dict) -> Iterator[tuple[int, int, object]]:
    """Where sequences of token hashes occur: ``index`` maps a first hash to
    ``(hashes, payload)`` pairs; RETURNS (start, end, payload) for every match. Hashes
    (``doc.to_array(ORTH)``) spare a Token object per token."""
    for i, h in enumerate(orths):
        for hashes, payload in index.get(h, ()):
            n = len(hashes)
            if n == 1 or tuple(orths[i:i + n]) == hashes:
                yield i, i + n, payload


SENT_BOUNDS_KEY = "_pipeline_sent_bounds"


def sent_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) token indices of the sentence holding token ``i``; computed once per
    document (``span.sent`` walks the sentence on every call: quadratic with many
    dates or amounts in one long sentence)."""
    starts, ends = sentence_arrays(doc)
    return starts[i], ends[i]


def sentence_arrays(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token, the start and the end (token indices) of its sentence; see ``sent_bounds``."""
    bounds = doc.user_data.get(SENT_BOUNDS_KEY)
    if bounds is None or len(bounds[0]) != len(doc):
        n = len(doc)
        starts, ends = [0] * n, [n] * n
        if doc.has_annotation("SENT_START"):
            from spacy.attrs import SENT_START

            first = 0
            for k, flag in enumerate(doc.to_array(SENT_START).tolist()):  # ints: no Token objects
                if k > 0 and flag == 1:
                    ends[first:k] = [k] * (k - first)
                    first = k
                starts[k] = first
        bounds = (starts, ends)
        doc.user_data[SENT_BOUNDS_KEY] = bounds
    return bounds


def set_span_source(doc: Doc, span: Span, source: str) -> None:
    if doc._.sources is None:
        doc._.sources = {}
    doc._.sources[f"{span.start_char}:{span.end_char}:{span.label_}"] = source


def get_span_source(span: Span) -> str | None:
    return (span.doc._.sources or {}).get(f"{span.start_char}:{span.end_char}:{span.label_}")


def get_span_norm(span: Span) -> dict | None:
    norms = span.doc._.norms or {}
    return norms.get(f"{span.start_char}:{span.end_char}:{span.label_}")


class LexiconState:
    """A component that carries a lexicon and saves it with the pipeline.

    The lexicon file is read on first use, so ``spacy.load`` of a saved
    pipeline takes the copy saved beside the component and never needs the
    project's ``patterns/`` folder.
    """

    def __init__(self, lexicon_path: str | None = None, lexicon: Lexicon | None = None):
        self._lexicon_path = lexicon_path
        self._lexicon = lexicon

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon(self._lexicon_path)
        return self._lexicon

    def to_disk(self, path, exclude=()):
        Path(path).mkdir(parents=True, exist_ok=True)
        srsly.write_json(Path(path) / "lexicon.json", self.lexicon.to_dict())

    def from_disk(self, path, exclude=()):
        self._lexicon = Lexicon.from_dict(srsly.read_json(Path(path) / "lexicon.json"), str(path))
        return self

"""Curated names matched on token text, without building a Doc per name.

spaCy's ``SpanRuler`` turns every phrase pattern into a Doc at load, which
creates a lexeme (with its ~20 lexical attributes) for each new word: 0.24 s
for the 6,400 names of ``patterns/``, a quarter of a cold start, and growing
with every name a newsroom adds. Matching needs only the sequence of token
texts, so this component tokenises each name once with a tokenizer that
shares the pipeline's rules but not its vocabulary (plain pieces of letters
are split on spaces directly), keeps the 64-bit hashes of the token texts
(the values of ``Token.orth``) and looks every token of a document up in a
dict. Same spans as the ruler's phrase matcher (``tests/test_phrases.py``),
in ``doc.spans[spans_key]`` beside the token patterns' spans, each with its
label and its id (``span.id_``).
"""

from __future__ import annotations

from pathlib import Path

import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ._serial import add_sequence, match_sequences


class PhraseNames:
    """Curated names (phrase patterns ``{"label", "pattern": str, "id"}``) found in documents.

    nlp (Language): the pipeline, whose tokenizer rules split the names.
    spans_key (str): the ``doc.spans`` group the spans are added to.
    """

    def __init__(self, nlp: Language, name: str = "names", spans_key: str = "rules"):
        self.name = name
        self.spans_key = spans_key
        self._tokenizer = nlp.tokenizer
        self._vocab = nlp.vocab
        self._split_tokenizer = None
        self.patterns: list[dict] = []
        self._index: dict[int, list[tuple[tuple[int, ...], tuple[str, str]]]] = {}

    def _splitter(self) -> Tokenizer:
        if self._split_tokenizer is None:
            tok = self._tokenizer
            # A bare Vocab computes no lexical attributes for the words it meets.
            self._split_tokenizer = Tokenizer(Vocab(), rules=tok.rules, prefix_search=tok.prefix_search,
                                              suffix_search=tok.suffix_search, infix_finditer=tok.infix_finditer,
                                              token_match=tok.token_match, url_match=tok.url_match)
        return self._split_tokenizer

    def split(self, text: str) -> list[str]:
        """The token texts of ``text`` as the pipeline's tokenizer splits it."""
        pieces = text.split(" ")
        if all(p.isalpha() for p in pieces):
            return pieces  # words of letters only: no prefix, suffix, infix or exception splits them
        return [t.text for t in self._splitter()(text)]

    def add_patterns(self, patterns: list[dict]) -> None:
        for p in patterns:
            text = p.get("pattern")
            if not isinstance(text, str):
                raise ValueError(f"{self.name}: only phrase patterns (a string 'pattern'), got {p!r}")
            words = self.split(text)
            if not words:
                continue
            label, pid = p["label"], p.get("id") or ""
            self._vocab.strings.add(label)
            if pid:
                self._vocab.strings.add(pid)
            add_sequence(self._index, words, (label, pid))
            self.patterns.append(p)

    def __call__(self, doc: Doc) -> Doc:
        found = [Span(doc, start, end, label=label, span_id=pid)
                 for start, end, (label, pid) in match_sequences(doc.to_array(ORTH).tolist(), self._index)]
        if found:
            group = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
            doc.spans[self.spans_key] = group + found
        return doc

    def to_disk(self, path, exclude=()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "patterns.jsonl", self.patterns)

    def from_disk(self, path, exclude=()):
        self.patterns, self._index = [], {}
        self.add_patterns(list(srsly.read_jsonl(Path(path) / "patterns.jsonl")))
        return self


@Language.factory("phrase_names", assigns=["doc.spans"], default_config={"spans_key": "rules"})
def make_phrase_names(nlp: Language, name: str, spans_key: str) -> PhraseNames:
    """Curated names (phrase patterns) into ``doc.spans[spans_key]``; patterns come from
    ``add_patterns`` (``pipeline.load`` reads ``patterns/*.jsonl``) or a saved pipeline."""
    return PhraseNames(nlp, name, spans_key)

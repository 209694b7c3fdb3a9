"""Tokenise text without the French tokenizer's quadratic cases.

spaCy's French tokenizer strips prefixes and suffixes one character at a
time, re-running its regular expressions on what is left: a 20,000-character
run of apostrophes takes about 30 s, twice as long takes four times as much
(measured here; see spaCy issue #1078). No real word is that long, so a run
of non-space characters longer than ``MAX_WORD`` is cut into plain tokens of
that size and the rest of the text goes through the stock tokenizer. Text
without such a run, which is every real article, is tokenised exactly as
``nlp.make_doc`` would.
"""

from __future__ import annotations

import re

MAX_WORD = 1000
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_WORD + 1))


def make_doc(nlp, text: str):
    """``nlp.make_doc(text)``, safe on pathological input; same text, same offsets."""
    if not _LONG_RUN.search(text):
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for m in _LONG_RUN.finditer(text):
        _add_stretch(nlp, text[pos:m.start()], words, spaces)
        run = m.group(0)
        for i in range(0, len(run), MAX_WORD):
            words.append(run[i:i + MAX_WORD])
            spaces.append(False)
        pos = m.end()
    _add_stretch(nlp, text[pos:], words, spaces)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert doc.text == text
    return doc


def _add_stretch(nlp, stretch: str, words: list[str], spaces: list[bool]) -> None:
    if not stretch:
        return
    if stretch[0] == " " and words and not spaces[-1]:
        # One plain space after the previous token is that token's trailing space.
        spaces[-1] = True
        stretch = stretch[1:]
        if not stretch:
            return
    for tok in nlp.make_doc(stretch):
        words.append(tok.text)
        spaces.append(bool(tok.whitespace_))

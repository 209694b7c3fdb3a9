"""Sentence boundaries by rule: a full stop, a question or exclamation mark, or a line break.

The model's ``senter`` took 5 % of the pipeline's time to place boundaries the
rules only use as limits (a headline, a sentence's verb, the subject of a
deal). News text marks them plainly: a sentence ends at ``.``, ``!``, ``?`` or
``…`` when the next word is not in lower case (closing quotes and brackets
after it stay in it: ``Yahoo! parmi`` goes on), and a line break ends
a headline, a bullet or a paragraph whatever its last character. Abbreviations
with a full stop (``M.``, ``etc.``) are single tokens of the French tokenizer,
so they end nothing.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

_ENDS = frozenset([".", "!", "?", "…", "...", "!?", "?!", "!!", "??"])
# punctuation that closes what came before: it stays in the sentence it ends
_CLOSING = frozenset(["»", "”", "’", ")", "]", "}", '"', "'", ".", "!", "?", "…", "*", "**"])


class RuleSentences:
    """Sets ``token.is_sent_start`` on every token (see the module's docstring)."""

    def __init__(self, name: str = "sentences"):
        self.name = name
        self._ends = numpy.array(sorted(get_string_id(w) for w in _ENDS), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        # The loop runs over the few tokens that can end a sentence, not over every token:
        # a Token object per word cost as much as the model's senter.
        orth = doc.to_array(ORTH)
        spaces = numpy.flatnonzero(doc.to_array(IS_SPACE))
        breaks = [int(i) for i in spaces if "\n" in doc[int(i)].text]
        ends = numpy.flatnonzero(numpy.isin(orth, self._ends)).tolist()
        is_space = set(spaces.tolist())
        flags = numpy.full(n, -1, dtype="int64")
        flags[0] = 1
        for i in breaks:                      # whatever follows a line break starts a sentence
            j = i + 1
            while j < n and j in is_space:
                j += 1
            if j < n:
                flags[j] = 1
        for i in ends:                        # a full stop or a mark: unless lower case follows
            j = i + 1
            while j < n and (j in is_space or (doc[j].text in _CLOSING and j - 1 not in is_space)):
                if j in is_space and "\n" in doc[j].text:
                    break                     # the line break already started the next one
                j += 1
            if j < n and j not in is_space and not doc[j].text[:1].islower():
                flags[j] = 1
        doc.from_array([SENT_START], flags.view("uint64").reshape(n, 1))   # -1: not a start
        return doc


@Language.factory("rule_sentences", assigns=["token.is_sent_start"])
def make_rule_sentences(nlp: Language, name: str) -> RuleSentences:
    return RuleSentences(name)

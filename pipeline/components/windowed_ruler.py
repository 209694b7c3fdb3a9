"""spaCy's SpanRuler, with its class-anchored token patterns matched only near tokens that
have a class.

spaCy's Matcher tries every pattern at every token, so its cost grows with the
number of patterns whatever the text (about 0.15 us a token a pattern: the 81
token patterns were 15 % of the pipeline's time). Every DATE and MONEY pattern
needs a token that ``token_classes`` gave a class (a year, a month, a number, a
currency...), and such tokens are rare in prose. Those patterns run on windows
around them, wide enough to hold any match (as many tokens before and after an anchor
as a match can hold there, at most ``MARGIN``), each
around its rarest required class (a window around "dernier" runs only the
patterns that need such a word); the others (name forms with open-ended
repetitions) run on the whole Doc as before.
The matches, and so the spans, are exactly the same
(``tests/test_windowed_ruler.py`` checks every evaluation and training text).

A test on the word alone (``{"LOWER": {"IN": [...]}}``, a regex on the text) is a Python
predicate the Matcher calls per token; each is also made a lexeme flag (45 bits are free),
which the Matcher reads in C: the patterns run on the whole Doc take the bits first. The
pattern files keep their readable form; only the matchers here see the flags.
"""

from __future__ import annotations

import re
import warnings
from typing import Callable, Iterable, Optional

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline.span_ruler import SpanRuler
from spacy.tokens import Doc, Span

# Longer than the longest pattern (13 tokens) plus a run of optional tokens.
MARGIN = 16
_REPEATS = ("*", "+")


# Words too common to anchor a window (it would cover the whole text).
_COMMON = frozenset("le la l' l’ les de du des d' d’ à au aux en et un une ce cet cette ces il y a plus".split())


def _max_len(op: str) -> int | None:
    """Most tokens one pattern token can take, None when unbounded."""
    if op in _REPEATS:
        return None
    if op == "!":
        return 0
    bounds = re.fullmatch(r"\{(\d*)(?:,(\d*))?\}", op)
    if bounds:
        if bounds.group(2) == "":
            return None
        return int(bounds.group(2) if bounds.group(2) is not None else bounds.group(1))
    return 1


def _required(op: str) -> bool:
    bounds = re.fullmatch(r"\{(\d*)(?:,\d*)?\}", op)
    return op in ("1", "+") or bool(bounds and int(bounds.group(1) or 0) >= 1)


def _literal_words(token: dict) -> frozenset | None:
    value = token.get("LOWER")
    words = value.get("IN") if isinstance(value, dict) else [value] if isinstance(value, str) else None
    if not words or any(w in _COMMON for w in words):
        return None
    return frozenset(words)


# How common a token class is in prose, rarest first: a pattern is anchored on its rarest
# required class, so a window around a frequent word ("dernier", "mois", a number) runs only
# the patterns that need one.
_CLASS_RANK = {c: r for r, group in enumerate([
    ("CUR", "CURSYM", "SCALECUR", "MONEYTOK", "CURX"), ("NUMDATE", "QTOKEN", "MIDTOK", "SEASON"),
    ("MONTH", "WEEKDAY", "SCALE"), ("YEAR", "ANAPH", "RELDAY"), ("PART",), ("ORD",), ("UNIT", "DIR"),
    ("DAYNUM", "NN")]) for c in group}


def _commonness(values: list[str]) -> int:
    """The rank of the most common class a LEMMA spec accepts ("|D", a bare number: the most)."""
    return max(_CLASS_RANK.get(v.split("|")[0], len(_CLASS_RANK)) for v in values) if values else len(_CLASS_RANK)


def _single_classes(pattern: list[dict], ops: list[str]) -> list[int]:
    """The places of a pattern that hold exactly one token of a listed class (``LEMMA: {IN: ...}``)."""
    return [i for i, (t, op) in enumerate(zip(pattern, ops)) if op == "1" and isinstance(t.get("LEMMA"), dict)
            and t["LEMMA"].get("IN") and set(t["LEMMA"]) == {"IN"}]


def _rarest(pattern: list[dict], places: list[int]) -> int:
    """The place among ``places`` whose classes are the rarest: the pattern's anchoring token."""
    return min(places, key=lambda i: _commonness(pattern[i]["LEMMA"]["IN"]))


def anchor_of(pattern: list[dict]) -> tuple[str, frozenset, int] | None:
    """How a (native) token pattern's matches can be found in windows: ("token", values,
    reach) when each match holds one token whose class is one of ``values`` (the rarest
    required one; every other token of the pattern is its reach), ("class", {}, reach)
    when each holds a token with a class (the other tokens it can hold are its reach),
    ("words", words, reach) when each holds one of a few words; None when it must run on
    the whole Doc (no such token, or other tokens repeated without bound)."""
    ops = [token.get("OP") or "1" for token in pattern]
    lengths = [_max_len(op) for op in ops]
    single = _single_classes(pattern, ops)
    if single and None not in [n for j, n in enumerate(lengths) if j != single[0]]:
        best = _rarest(pattern, single)
        reach = sum(n for j, n in enumerate(lengths) if j != best)
        if reach <= MARGIN:
            return "token", frozenset(pattern[best]["LEMMA"]["IN"]), reach
        # too long a reach around one class ("10, 20, 30 et 40 millions d'euros"): its classed
        # tokens anchor it as a chain, below
    if any("LEMMA" in t and _required(op) for t, op in zip(pattern, ops)):
        reach = 0
        for t, op in zip(pattern, ops):
            if "LEMMA" in t:
                continue             # classed tokens are anchors themselves, however many
            n = _max_len(op)
            if n is None:
                return None          # an open-ended repeat of other tokens could run past any window
            reach += n
        return "class", frozenset(), reach
    for i, (t, op) in enumerate(zip(pattern, ops)):
        words = _literal_words(t) if op == "1" else None
        if words is None:
            continue
        lengths = [_max_len(o) for j, o in enumerate(ops) if j != i]
        if None in lengths:
            return None
        return "words", words, sum(lengths)
    return None


def _lemma_values(spec) -> list[str]:
    """The lemmas (token classes) a LEMMA test accepts; every class for a test of another kind."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return list(spec["IN"])
    from .token_classes import NUMS, TCLASSES

    return [f"{t}|{n}" for t in TCLASSES for n in NUMS if t or n]


def anchor_sides(pattern: list[dict], anchor: tuple[str, frozenset, int]) -> tuple[int, int]:
    """How many tokens a match can hold before its anchor and after it: the pattern's tokens
    before and after the anchoring token for a class or a word at one place of the pattern
    (``anchor_of``); for classed tokens that can stand anywhere ("class"), the tokens before the
    first one and as many after each as a match can hold beyond it or between two of them.
    Windows this wide around every anchor hold every match (``tests/test_windowed_ruler.py``).
    """
    kind, values, reach = anchor
    ops = [token.get("OP") or "1" for token in pattern]
    if kind == "class":
        # Every token a match holds before its first classed token is matched by an unclassed
        # pattern token before the first required classed one, and after its last classed token
        # by one after the last required classed one; the gaps between its classed tokens hold
        # at most ``reach`` tokens in all, so windows that reach ``reach`` between two anchors
        # join over them.
        required = [i for i, (t, op) in enumerate(zip(pattern, ops)) if "LEMMA" in t and _required(op)]
        other = [0 if "LEMMA" in t else _max_len(op) for t, op in zip(pattern, ops)]
        lead = sum(other[:required[0]])
        return lead, max(sum(other[required[-1] + 1:]), reach - lead)
    if kind == "token":
        at = _rarest(pattern, _single_classes(pattern, ops))
    else:
        at = next(i for i, (t, op) in enumerate(zip(pattern, ops)) if op == "1" and _literal_words(t) is not None)
    lengths = [_max_len(op) for op in ops]
    return sum(lengths[:at]), sum(lengths[at + 1:])


def anchored(pattern: list[dict]) -> bool:
    """Whether a pattern runs in windows (see ``anchor_of``)."""
    a = anchor_of(pattern)
    return a is not None and a[2] <= MARGIN


FIRST_FLAG = 19   # spaCy's own flags end at 18 (IS_CURRENCY)


def _word_test(attr: str, test) -> bool:
    """Whether a pattern token's test depends on the word alone (its text or lower form)."""
    return (attr in ("LOWER", "ORTH", "TEXT") and isinstance(test, dict) and len(test) == 1
            and next(iter(test)) in ("IN", "NOT_IN", "REGEX"))


class LexemeTest:
    """A set or regex test of a pattern token that depends on the word alone, as a lexeme flag:
    spaCy's Matcher reads flags in C, where it calls a Python predicate per token."""

    def __init__(self, attr: str, op: str, value):
        self.lower, self.op = attr == "LOWER", op
        self.value = re.compile(value) if op == "REGEX" else frozenset(value)

    def __call__(self, orth: str) -> bool:
        text = orth.lower() if self.lower else orth
        if self.op == "REGEX":
            return bool(self.value.search(text))
        return (text in self.value) == (self.op == "IN")


class WindowedSpanRuler(SpanRuler):
    def _matcher(self) -> Matcher:
        # (no validation: SpanRuler's own matcher has checked each pattern as written, and
        # the flags that stand for word tests here are not in the schema)
        return Matcher(self.nlp.vocab, validate=False, fuzzy_compare=self.matcher_fuzzy_compare)

    def clear(self) -> None:
        super().clear()
        # (kept through a clear: the vocab keeps its flags, and bits are few)
        self._flags: dict[tuple, int] = getattr(self, "_flags", {})
        # (kind of anchor, tokens before it, tokens after it) -> the matcher of such windows
        self._windowed: dict[tuple, Matcher] = {}
        self._by_kind: dict = {}    # kind -> [(reach, lead, trail, key, pattern)], to rebuild its matchers
        self._anchor_words: set[str] = set()
        self._anchor_hashes = numpy.zeros(0, dtype="uint64")
        self._class_hashes: dict[frozenset, frozenset] = {}
        self._chain_classes: set[int] = set()   # the classes the "class" patterns test, as hashes
        self._whole = self._matcher()

    def add_patterns(self, patterns) -> None:
        patterns = list(patterns)        # from_disk hands a generator, read twice here
        super().add_patterns(patterns)
        token_patterns = [e["pattern"] for e in patterns if isinstance(e["pattern"], list)]
        # Flags are few (45 bits): a pattern's first token is tried at every token it runs on,
        # the others only after it, and the patterns run on the whole Doc see every token.
        tests = [(j > 0, windowed, attr, test) for p in token_patterns for windowed in [anchored(p)]
                 for j, spec in enumerate(p) for attr, test in spec.items() if _word_test(attr, test)]
        for *_, attr, test in sorted(tests, key=lambda t: t[:2]):
            self._flag(attr, test)
        touched = set()
        for entry in patterns:
            if isinstance(entry["pattern"], list):
                key = repr((entry["label"], entry.get("id", "")))
                anchor = anchor_of(entry["pattern"])
                if anchor is None or anchor[2] > MARGIN:
                    self._whole.add(key, [self._flagged(entry["pattern"])])
                    continue
                kind, words, reach = anchor
                if kind == "token":
                    kind = words       # the token's accepted classes key its own windows
                    if words not in self._class_hashes:
                        self._class_hashes[words] = frozenset(self.nlp.vocab.strings.add(v) for v in words)
                elif kind == "class":
                    # (a token a class test of the pattern accepts anchors it: any other token of a
                    # match is one of its unclassed tokens, which ``anchor_sides`` counts)
                    self._chain_classes |= {self.nlp.vocab.strings.add(v) for t in entry["pattern"] if "LEMMA" in t
                                            for v in _lemma_values(t["LEMMA"])}
                else:
                    self._anchor_words |= words
                lead, trail = anchor_sides(entry["pattern"], anchor)
                self._by_kind.setdefault(kind, []).append((reach, lead, trail, key, self._flagged(entry["pattern"])))
                touched.add(kind)
        # One matcher per class of anchor, its windows as wide as its widest pattern needs: a
        # pattern that needs less still finds exactly its matches in a wider window (each holds
        # an anchor, and a window holds everything within reach of each of its anchors), while
        # every matcher called on a window builds a Token per token, twice, in Python (one
        # matcher per reach and kind scanned the tokens near a month four times). A window
        # reaches before its anchor only as far as a match can start before it ("mars 2024"
        # starts at its month): a symmetric margin scanned up to twice the tokens.
        # Not so for the patterns anchored on words: their word tests are Python predicates that
        # a wider window runs on more tokens (measured: 0.10 -> 0.12 s on the bench corpus).
        for kind in touched:
            for old in [k for k in self._windowed if k[0] == kind]:
                del self._windowed[old]
            groups: dict[int, list] = {}
            for entry in self._by_kind[kind]:
                groups.setdefault(next(m for m in (2, 4, 8, MARGIN) if entry[0] <= m) if kind == "words" else 0,
                                  []).append(entry)
            for entries in groups.values():
                sides = (max(e[1] for e in entries), max(e[2] for e in entries))
                matcher = self._windowed.setdefault((kind, *sides), self._matcher())
                for *_, key, flagged in entries:
                    matcher.add(key, [flagged])
        self._anchor_hashes = numpy.array(sorted(self.nlp.vocab.strings.add(w) for w in self._anchor_words),
                                          dtype="uint64")

    def _flag(self, attr: str, test: dict) -> int | None:
        """The lexeme flag that stands for a word test, made on first use; None when none is free."""
        op, value = next(iter(test.items()))
        key = (attr, op, tuple(value) if isinstance(value, list) else value)
        if key not in self._flags:
            taken = set(self.nlp.vocab.lex_attr_getters)
            free = next((b for b in range(FIRST_FLAG, 64) if b not in taken), None)
            if free is None:
                return None
            self._flags[key] = self.nlp.vocab.add_flag(LexemeTest(attr, op, value), flag_id=free)
        return self._flags[key]

    def _flagged(self, pattern: list[dict]) -> list[dict]:
        """The pattern with its word tests read from lexeme flags where a flag is free."""
        out = []
        for spec in pattern:
            new = {}
            for attr, test in spec.items():
                flag = self._flag(attr, test) if _word_test(attr, test) else None
                if flag is None:
                    new[attr] = test
                else:
                    new[flag] = True
            out.append(new)
        return out

    @staticmethod
    def windows(anchors: list[int], n: int, lead: int, trail: int | None = None) -> list[tuple[int, int]]:
        """The windows [a, b) around sorted anchors, ``lead`` tokens before each and ``trail``
        after it (default: ``lead``), those that overlap or touch joined."""
        trail = lead if trail is None else trail
        out: list[tuple[int, int]] = []
        for i in anchors:
            a, b = max(0, i - lead), min(n, i + trail + 1)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out

    def match(self, doc: Doc):
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = list(self._whole(doc)) + list(self.phrase_matcher(doc))
            if self._windowed:
                arrays = doc.to_array([LEMMA, LOWER])     # (ids: names cost a lookup of spaCy's enum per call)
                classed = arrays[:, 0] != 0
                where = numpy.flatnonzero(classed).tolist()
                lemmas = arrays[classed, 0].tolist()
                chain = self._chain_classes
                anchors = {"class": [i for i, lemma in zip(where, lemmas) if lemma in chain],
                           "words": numpy.flatnonzero(numpy.isin(arrays[:, 1], self._anchor_hashes)).tolist()}
                for (kind, lead, trail), matcher in self._windowed.items():
                    if kind not in anchors:
                        accepted = self._class_hashes[kind]
                        anchors[kind] = [i for i, lemma in zip(where, lemmas) if lemma in accepted]
                    for a, b in self.windows(anchors[kind], len(doc), lead, trail):
                        matches += [(m, s + a, e + a) for m, s, e in matcher(doc[a:b])]
        spans = {
            Span(doc, start, end, label=self._match_label_id_map[m_id]["label"],
                 span_id=self._match_label_id_map[m_id]["id"])
            for m_id, start, end in matches if start != end
        }
        return sorted(spans)


@Language.factory(
    "windowed_span_ruler",
    assigns=["doc.spans"],
    default_config={"spans_key": "rules", "spans_filter": None, "annotate_ents": False, "ents_filter": {
        "@misc": "spacy.first_longest_spans_filter.v1"}, "phrase_matcher_attr": None, "matcher_fuzzy_compare": {
        "@misc": "spacy.levenshtein_compare.v1"}, "validate": False, "overwrite": True, "scorer": {
        "@scorers": "spacy.overlapping_labeled_spans_scorer.v1", "spans_key": "rules"}},
)
def make_windowed_span_ruler(nlp: Language, name: str, spans_key: Optional[str],
                             spans_filter: Optional[Callable[[Iterable[Span], Iterable[Span]], Iterable[Span]]],
                             annotate_ents: bool, ents_filter: Callable, phrase_matcher_attr, matcher_fuzzy_compare,
                             validate: bool, overwrite: bool, scorer) -> WindowedSpanRuler:
    return WindowedSpanRuler(nlp, name, spans_key=spans_key, spans_filter=spans_filter, annotate_ents=annotate_ents,
                             ents_filter=ents_filter, phrase_matcher_attr=phrase_matcher_attr,
                             matcher_fuzzy_compare=matcher_fuzzy_compare, validate=validate, overwrite=overwrite,
                             scorer=scorer)

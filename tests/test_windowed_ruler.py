"""The windowed ruler finds exactly the spans spaCy's SpanRuler finds over the whole Doc."""

from __future__ import annotations

import json

import pytest
from spacy.pipeline.span_ruler import SpanRuler

from pipeline.components.windowed_ruler import anchor_of, anchored

from .conftest import ROOT

SETS = ["gold", "dev", "holdout", "holdout_events"]


def _texts(name: str) -> list[str]:
    path = ROOT / "evaluation" / name / f"{name}.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", SETS)
def test_same_spans_as_the_whole_doc_matcher(nlp, name):
    from pipeline.assemble import RULER_NAME

    ruler = nlp.get_pipe(RULER_NAME)
    upto = nlp.pipe_names[: nlp.pipe_names.index(RULER_NAME)]
    with nlp.select_pipes(enable=upto):
        docs = list(nlp.pipe(_texts(name)))
    assert docs
    for doc in docs:
        windowed = [(s.start, s.end, s.label_, s.id_) for s in ruler.match(doc)]
        whole = [(s.start, s.end, s.label_, s.id_) for s in SpanRuler.match(ruler, doc)]
        assert windowed == whole


@pytest.mark.parametrize("pattern, expected", [
    ([{"LOWER": {"IN": ["le", "la"]}}, {"LOWER": {"IN": ["semaine", "mois"]}}, {"LOWER": "dernière"}], True),
    ([{"LOWER": {"IN": ["le", "la"]}}, {"LOWER": "même"}, {"LOWER": {"IN": ["de", "du"]}, "OP": "*"}], False),
    ([{"LEMMA": {"IN": ["YEAR|"]}}], True),
    ([{"LOWER": {"IN": ["le", "la"]}}, {"LEMMA": {"IN": ["YEAR|"]}, "OP": "?"}], False),  # nothing rare required
    ([{"LOWER": "de"}, {"LEMMA": {"IN": ["NUM|G"]}, "OP": "*"}, {"LEMMA": {"IN": ["CUR|"]}}], True),
    ([{"TEXT": {"REGEX": "^[A-Z]"}, "OP": "*"}, {"LEMMA": {"IN": ["YEAR|"]}}], False),  # open-ended other tokens
    ([{"LOWER": "de"}, {"LEMMA": {"IN": ["NUM|G"]}, "OP": "{1,3}"}], True),
])
def test_which_patterns_run_in_windows(pattern, expected):
    assert anchored(pattern) is expected


@pytest.mark.parametrize("pattern, expected", [
    # anchored on its rarest required class: a month, not the frequent "dernier"
    ([{"LEMMA": {"IN": ["MONTH|"]}}, {"LEMMA": {"IN": ["DIR|"]}}], ("token", frozenset({"MONTH|"}), 1)),
    ([{"LEMMA": {"IN": ["DIR|"]}}, {"LOWER": "de", "OP": "?"}, {"LEMMA": {"IN": ["CUR|", "CUR|D"]}}],
     ("token", frozenset({"CUR|", "CUR|D"}), 2)),
    # a repeated token elsewhere: no single token can bound the match, every class anchors it
    ([{"LEMMA": {"IN": ["NUM|G"]}, "OP": "+"}, {"LEMMA": {"IN": ["CUR|"]}}], ("class", frozenset(), 0)),
    # a list of amounts reaches too far from its currency for one window; its classed tokens
    # chain it ("10, 20, 30 et 40 millions d'euros", every amount a class)
    ([{"LEMMA": {"IN": ["|D"]}}, *[{"LEMMA": {"IN": ["|G"]}, "OP": "{0,3}"}] * 6, {"LOWER": "et"},
      {"LEMMA": {"IN": ["CUR|"]}}], ("class", frozenset(), 1)),
])
def test_the_rarest_class_anchors_a_pattern(pattern, expected):
    assert anchor_of(pattern) == expected


# Word tests (a set of words, a regex on the text) are read from lexeme flags, in C; a
# pattern's matches must not change, whatever words the flag's test first saw.
WORD_TESTS = [
    ([{"LOWER": {"IN": ["startup", "société"]}}, {"TEXT": {"REGEX": "^[A-Z][a-z]+$"}, "OP": "+"}],
     "La startup Mistral lève des fonds, la Société Générale aussi."),
    ([{"ORTH": {"IN": ["iPhone", "Galaxy"]}}, {"TEXT": {"REGEX": r"^\d+$"}}],
     "Apple vend l'iPhone 17 et Samsung le Galaxy 25, pas l'IPHONE 16."),
    ([{"LOWER": {"REGEX": "^(?:série|serie)s?$"}}, {"TEXT": {"IN": ["A", "B", "C"]}}],
     "Une Série B de Qonto après la série A, pas une série Z."),
    ([{"LOWER": "le"}, {"LOWER": {"NOT_IN": ["groupe", "fonds"]}}, {"TEXT": {"REGEX": "^[A-Z]"}}],
     "Le groupe Orange et le fonds Eurazeo suivent le géant Google et le Kraken."),
]


@pytest.mark.parametrize("pattern, text", WORD_TESTS)
def test_word_tests_read_from_flags_match_as_written(pattern, text):
    import spacy

    import pipeline.components  # noqa: F401  (the factory)

    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("windowed_span_ruler")
    ruler.add_patterns([{"label": "X", "pattern": pattern}])
    assert ruler._flags, "the word tests have flags"
    doc = nlp(text)                      # words the flags never saw: their lexemes are new
    windowed = [(s.start, s.end) for s in ruler.match(doc)]
    assert windowed == [(s.start, s.end) for s in SpanRuler.match(ruler, doc)]
    assert windowed


def test_word_tests_past_the_last_flag_still_match():
    import spacy

    import pipeline.components  # noqa: F401

    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("windowed_span_ruler")
    # more distinct word tests than a lexeme has free flag bits
    ruler.add_patterns([{"label": "X", "pattern": [{"LOWER": {"IN": [f"mot{i}", "commun"]}},
                                                    {"TEXT": {"REGEX": "^[A-Z]"}, "OP": "+"}]}
                        for i in range(60)])
    assert 0 < len(ruler._flags) < 61
    doc = nlp("Le mot3 Alpha, le mot59 Beta et le commun Gamma Delta.")
    windowed = [(s.start, s.end) for s in ruler.match(doc)]
    assert windowed == [(s.start, s.end) for s in SpanRuler.match(ruler, doc)]
    assert {doc[a:b].text for a, b in windowed} == {"mot3 Alpha", "mot59 Beta", "commun Gamma",
                                                     "commun Gamma Delta"}


@pytest.mark.parametrize("pattern, expected", [
    # a month then a year: a match starts at its month, and ends one token after it at most
    ([{"LEMMA": {"IN": ["MONTH|"]}}, {"LEMMA": {"IN": ["YEAR|", "YEAR|D"]}, "OP": "?"}], (0, 1)),
    # "le 12 mars": anchored on the month (rarer than a day's number), two tokens before it
    ([{"LOWER": "le"}, {"LEMMA": {"IN": ["DAYNUM|D"]}}, {"LEMMA": {"IN": ["MONTH|"]}}], (2, 0)),
    # a word anchor: the tokens around the word
    ([{"LOWER": {"IN": ["la", "le"]}, "OP": "?"}, {"LOWER": {"IN": ["semaine", "mois"]}},
      {"LOWER": {"IN": ["dernière", "dernier", "prochaine"]}}], (1, 1)),
    # classed tokens anywhere: none before the first required one here, and as many after each
    # as the other tokens can hold
    ([{"LEMMA": {"IN": ["|D"]}, "OP": "+"}, {"LOWER": "de", "OP": "?"}, {"LEMMA": {"IN": ["CUR|"]}}], (0, 1)),
    ([{"LOWER": "de", "OP": "?"}, {"LEMMA": {"IN": ["|D"]}, "OP": "+"}, {"LEMMA": {"IN": ["CUR|"]}},
      {"LOWER": "hors", "OP": "?"}, {"LOWER": "taxes", "OP": "?"}], (1, 2)),
])
def test_a_window_reaches_as_far_as_a_match_can_from_its_anchor(pattern, expected):
    from pipeline.components.windowed_ruler import anchor_sides

    assert anchor_sides(pattern, anchor_of(pattern)) == expected


def test_windows_join_when_they_touch():
    from pipeline.components.windowed_ruler import WindowedSpanRuler

    assert WindowedSpanRuler.windows([5, 9, 30], 40, 1, 2) == [(4, 12), (29, 33)]
    assert WindowedSpanRuler.windows([5, 9], 40, 0, 2) == [(5, 8), (9, 12)]
    assert WindowedSpanRuler.windows([0, 39], 40, 3, 3) == [(0, 4), (36, 40)]
    assert WindowedSpanRuler.windows([5], 40, 2) == [(3, 8)]       # one margin: both sides

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

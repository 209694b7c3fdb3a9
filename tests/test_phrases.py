"""The curated-name matcher (pipeline/components/phrases.py) finds exactly what
spaCy's phrase matcher would, on every pattern and every gold text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def phrases():
    from pipeline.assemble import read_pattern_files, shipped_patterns_dir, with_typographic_apostrophes

    return [p for p in with_typographic_apostrophes(read_pattern_files(shipped_patterns_dir()))
            if isinstance(p["pattern"], str)]


def test_phrases_split_like_the_tokenizer_on_every_pattern(nlp, phrases):
    names = nlp.get_pipe("names")
    for p in phrases:
        assert names.split(p["pattern"]) == [t.text for t in nlp.tokenizer(p["pattern"])], p


@pytest.mark.parametrize("text,expected", [
    ("Mistral AI et Nvidia.", [("Mistral", "ORG"), ("Mistral AI", "ORG"), ("Nvidia", "ORG")]),
    ("Selon l’Agence internationale de l’énergie, non.", [("Agence internationale de l’énergie", "ORG")]),
    ("Le Chat.", [("Le Chat", "PRODUCT")]),
    ("mistral ai", []),
], ids=["two-names", "typographic-apostrophe", "article-in-name", "case-matters"])
def test_phrases_find_curated_names(nlp, text, expected):
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("names")(doc)
    got = [(s.text, s.label_) for s in doc.spans.get("rules", [])]
    assert sorted(got) == sorted(expected)   # every listed name; the resolver keeps the longest


def test_phrases_same_spans_as_spacy_phrase_matcher_on_gold_texts(nlp, phrases):
    import spacy

    ref = spacy.blank("fr")
    ref.tokenizer = nlp.tokenizer
    ruler = ref.add_pipe("span_ruler", config={"spans_key": "ref", "validate": False})
    ruler.add_patterns(phrases)
    names = nlp.get_pipe("names")
    texts = [json.loads(line)["text"] for name in ("gold", "dev")
             for line in (ROOT / "evaluation" / name / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(texts) >= 40
    for text in texts:
        doc, ref_doc = nlp.make_doc(text), ruler(nlp.make_doc(text))
        want = sorted((s.start, s.end, s.label_, s.id_) for s in ref_doc.spans["ref"])
        got = sorted((s.start, s.end, s.label_, s.id_) for s in names(doc).spans.get("rules", []))
        assert got == want


def test_phrases_refuse_token_patterns(nlp):
    with pytest.raises(ValueError, match="only phrase patterns"):
        nlp.get_pipe("names").add_patterns([{"label": "ORG", "pattern": [{"LOWER": "x"}]}])

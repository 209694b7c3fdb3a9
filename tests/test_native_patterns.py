"""The rulers match token classes natively (``LEMMA``), not through ``_`` callbacks:
the two forms of the MONEY and DATE patterns must find exactly the same spans."""

from __future__ import annotations

import json

from pipeline.assemble import read_pattern_files
from pipeline.components.token_classes import native_patterns, native_token_spec
from pipeline.normalise.lexicon import patterns_dir

from .conftest import ROOT


def test_native_spec_translation():
    spec = native_token_spec({"_": {"tclass": {"IN": ["CUR", "CURSYM"]}}, "OP": "?"})
    assert spec["OP"] == "?" and "_" not in spec
    assert set(spec["LEMMA"]["IN"]) == {f"{t}|{n}" for t in ("CUR", "CURSYM") for n in ("", "D", "G", "S", "W", "F")}
    # no class and no number is the empty lemma of an unclassed token
    assert "" in native_token_spec({"_": {"num": {"NOT_IN": ["D"]}}})["LEMMA"]["IN"]
    # what cannot be translated is left as written
    regex = {"_": {"tclass": {"REGEX": "^Y"}}}
    assert native_token_spec(regex) == regex
    # each spec is translated once (a cold start's 870 predicates are 31 distinct ones), and
    # each pattern still gets a list of its own: the ruler may keep or change it
    first = native_token_spec({"_": {"tclass": "YEAR"}})
    first["LEMMA"]["IN"].append("MONTH|")
    assert native_token_spec({"_": {"tclass": "YEAR"}})["LEMMA"]["IN"] == [f"YEAR|{n}" for n in ("", "D", "G", "S", "W", "F")]


def test_native_patterns_match_like_the_written_ones(nlp):
    patterns = [p for p in read_pattern_files(patterns_dir())
                if p["label"] in ("MONEY", "MONEY_BARE", "DATE")]
    texts = [json.loads(line)["text"] for line in (ROOT / "evaluation/gold/gold.jsonl").open(encoding="utf-8")]
    rulers = {}
    for kind, pats in (("written", patterns), ("native", native_patterns(patterns))):
        ruler = nlp.add_pipe("span_ruler", name=f"test_{kind}", config={"spans_key": f"test_{kind}", "validate": False})
        with nlp.select_pipes(enable=[ruler.name]):
            ruler.add_patterns(pats)
        rulers[kind] = ruler
    try:
        before = [n for n in nlp.pipe_names if n not in ("rules", "money_normaliser", "date_normaliser",
                                                         "entity_resolver") and not n.startswith("test_")]
        for text in texts:
            doc = nlp.make_doc(text)
            for name in before:
                doc = nlp.get_pipe(name)(doc)
            found = {}
            for kind, ruler in rulers.items():
                doc = ruler(doc)
                found[kind] = [(s.start, s.end, s.label_) for s in doc.spans[f"test_{kind}"]]
            assert found["native"] == found["written"]
            assert found["native"], "the gold texts have money and dates"
    finally:
        for kind in rulers:
            nlp.remove_pipe(f"test_{kind}")

"""The harness: scores on a tiny example computed by hand, reports, the quality gate."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.evaluate.scoring import norm_equal, score

TEXT = "Nvidia a levé 2 milliards de dollars le 3 mars 2025 pour Claude."
#       0     6        15                     38   43          55   61
GOLD = [{"id": "d", "text": TEXT, "spans": [
    {"start": 0, "end": 6, "label": "ORG", "norm": {"id": "Nvidia"}},
    {"start": 14, "end": 36, "label": "MONEY", "norm": {"amount": 2e9, "currency": "USD"}},
    {"start": 40, "end": 51, "label": "DATE", "norm": {"value": "2025-03-03"}},
    {"start": 57, "end": 63, "label": "PRODUCT", "norm": {"id": "Claude"}},
]}]
PRED = [{"id": "d", "spans": [
    {"start": 0, "end": 6, "label": "ORG", "norm": {"id": "NVIDIA"}},                       # right, id case-folded
    {"start": 14, "end": 36, "label": "MONEY", "norm": {"amount": 2.005e9, "currency": "USD"}},  # within 0.5 %
    {"start": 37, "end": 51, "label": "DATE", "norm": {"value": "2025-03-03"}},              # boundary wrong
    {"start": 57, "end": 63, "label": "ORG", "norm": {"id": "Claude"}},                      # type wrong
    {"start": 23, "end": 36, "label": "PRODUCT", "norm": {"id": "x"}},                       # spurious, overlaps MONEY
]}]


def test_evaluate_hand_computed_scores():
    s = score(GOLD, PRED)
    strict = s.schemes["strict"]
    # strict: 2 correct (ORG, MONEY) of 5 predicted and 4 gold.
    assert strict["micro"]["correct"] == 2
    assert strict["micro"]["precision"] == pytest.approx(2 / 5)
    assert strict["micro"]["recall"] == pytest.approx(2 / 4)
    assert strict["micro"]["f1"] == pytest.approx(2 * 0.4 * 0.5 / 0.9)
    assert strict["ORG"]["precision"] == pytest.approx(1 / 2) and strict["ORG"]["recall"] == 1.0
    assert strict["DATE"]["f1"] == 0
    # type only: DATE overlaps with the right type; ORG-for-PRODUCT does not.
    assert s.schemes["ent_type"]["DATE"]["f1"] == 1.0
    # partial: DATE counts half.
    assert s.schemes["partial"]["DATE"]["precision"] == pytest.approx(0.5)
    # exact boundary: Claude's boundaries are right whatever its type.
    assert s.schemes["exact"]["micro"]["correct"] == 3
    # normalisation over the 2 strict matches: both right.
    assert s.norm["micro"] == {"correct": 2, "total": 2, "accuracy": 1.0}
    kinds = sorted((e.kind, e.label) for e in s.errors)
    assert kinds == [("FN", "DATE"), ("FN", "PRODUCT"), ("FP", "DATE"), ("FP", "ORG"), ("FP", "PRODUCT")]


def test_a_prediction_on_another_text_is_said(tmp_path, capsys):
    # a second annotator who fixed a typo: the offsets after it no longer align, and evaluate says so
    g, p = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    g.write_text(json.dumps({**GOLD[0], "text": TEXT}) + "\n", encoding="utf-8")
    p.write_text(json.dumps({**PRED[0], "text": TEXT.replace("levé", "levé ")}) + "\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(g), "--pred", str(p), "--no-baseline"]) == 0
    assert "1 record(s) whose text is not the gold's" in capsys.readouterr().err
    p.write_text(json.dumps({**PRED[0], "text": TEXT}) + "\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(g), "--pred", str(p), "--no-baseline"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_a_label_neither_side_holds_scores_zero():
    # two annotators' labels of a fine with no product at all: PRODUCT is 0 of 0, not a crash
    text = "La CNIL a infligé une amende de 5 millions d'euros à Orange."
    spans = [{"start": 3, "end": 7, "label": "ORG", "norm": {"id": "CNIL"}},
             {"start": 53, "end": 59, "label": "ORG", "norm": {"id": "Orange"}}]
    s = score([{"id": "f", "text": text, "spans": spans}], [{"id": "f", "spans": spans[:1]}])
    assert s.schemes["strict"]["PRODUCT"]["f1"] == 0 and s.schemes["strict"]["PRODUCT"]["possible"] == 0
    assert s.schemes["strict"]["ORG"]["recall"] == pytest.approx(1 / 2)


@pytest.mark.parametrize("label,gold,pred,ok", [
    ("MONEY", {"amount": 1e9, "currency": "EUR"}, {"amount": 1.004e9, "currency": "EUR"}, True),
    ("MONEY", {"amount": 1e9, "currency": "EUR"}, {"amount": 1.01e9, "currency": "EUR"}, False),
    ("MONEY", {"amount": 1e9, "currency": "EUR"}, {"amount": 1e9, "currency": "USD"}, False),
    ("DATE", {"value": "2025-10"}, {"value": "2025-10", "mod": "END"}, True),
    ("DATE", {"value": "2025-10"}, {"value": "2025-11"}, False),
    ("ORG", {"id": "Agence internationale de l'énergie"}, {"id": "agence internationale de l'energie"}, True),
    ("PRODUCT", {"id": "Claude Sonnet 4.5"}, {"id": "Sonnet 4.5"}, False),
    ("PRODUCT", {"id": "Assassin’s Creed"}, {"id": "Assassin's Creed"}, True),
    ("ORG", {"id": "Nvidia"}, None, False),
], ids=["money-tolerance", "money-off", "money-currency", "date-mod-ignored", "date-off", "org-accents",
        "product-id", "apostrophe", "missing"])
def test_evaluate_norm_equal(label, gold, pred, ok):
    assert norm_equal(label, gold, pred) is ok


@pytest.fixture
def files(tmp_path):
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    p.write_text("".join(json.dumps(r) + "\n" for r in PRED), encoding="utf-8")
    return g, p


def test_evaluate_cli_pred_file_reports_and_gate(files, tmp_path, capsys):
    g, p = files
    html, js = tmp_path / "r.html", tmp_path / "s.json"
    code = main(["evaluate", "--gold", str(g), "--pred", str(p), "--no-baseline", "--errors",
                 "--html", str(html), "--json", str(js), "--min-f1", "ORG=0.6", "--min-f1", "MONEY=0.9"])
    out, err = capsys.readouterr()
    assert code == 0 and "quality gate" not in err  # ORG 0.667 >= 0.6, MONEY 1.0 >= 0.9
    assert "strict matching" in out and "partial matching" in out and "type only matching" in out
    assert "FN   d 40-51 DATE" in out
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "http://" not in page and "https://" not in page
    assert "displacy" in page or "entities" in page
    scores = json.loads(js.read_text(encoding="utf-8"))
    assert scores["pipeline"]["schemes"]["strict"]["micro"]["correct"] == 2


def test_evaluate_reports_why_events_are_missed(tmp_path, capsys):
    """Gold with events: the misses by cause are printed and in --json (stop 44)."""
    text = "Datavolt rachète Kervalo."
    gold = [{"id": "e", "text": text, "spans": [{"start": 0, "end": 8, "label": "ORG"},
                                                {"start": 17, "end": 24, "label": "ORG"}],
             "events": [{"type": "acquisition", "trigger": [9, 16], "roles": {"acquirer": [0, 8], "target": [17, 24]}}]}]
    pred = [{"id": "e", "text": text, "spans": gold[0]["spans"], "events": []}]
    g, p, js = tmp_path / "g.jsonl", tmp_path / "p.jsonl", tmp_path / "s.json"
    g.write_text(json.dumps(gold[0]) + "\n", encoding="utf-8")
    p.write_text(json.dumps(pred[0]) + "\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(g), "--pred", str(p), "--no-baseline", "--json", str(js)]) == 0
    out = capsys.readouterr().out
    assert "no predicted event names, by cause" in out
    assert "role fillers of the events found" in out      # (stop 63)
    events = json.loads(js.read_text(encoding="utf-8"))["events"]
    assert events["missed"]["acquisition"] == {"rules": 1}
    assert events["found_roles"]["acquisition"] == {"missed": 2}


def test_evaluate_gate_passes_when_floors_met(files, capsys):
    g, p = files
    assert main(["evaluate", "--gold", str(g), "--pred", str(p), "--no-baseline", "--min-f1", "MONEY=1.0"]) == 0
    assert main(["evaluate", "--gold", str(g), "--pred", str(p), "--no-baseline", "--min-f1", "DATE=0.5"]) == 1
    assert "DATE strict F1 0.000 is below the floor 0.500" in capsys.readouterr().err


def test_evaluate_bad_floor_is_usage_error(files):
    g, p = files
    with pytest.raises(SystemExit) as e:
        main(["evaluate", "--gold", str(g), "--pred", str(p), "--min-f1", "MONEY:0.9"])
    assert e.value.code == 2

"""Score predicted records against gold records.

The four SemEval-2013 schemes (strict, exact boundary, partial, type only)
come from nervaluate; this module converts our end-exclusive offsets to its
inclusive ends, adds the normalisation accuracy of ANNOTATION.md §3 over
strictly matched spans, and lists every error for analysis.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

LABELS = ("ORG", "PRODUCT", "MONEY", "DATE")
SCHEMES = ("strict", "exact", "partial", "ent_type")
SCHEME_NAMES = {"strict": "strict", "exact": "exact boundary", "partial": "partial", "ent_type": "type only"}
MONEY_TOLERANCE = 0.005


def _fold(s: str) -> str:
    # (a typographic apostrophe is the same name: "Assassin’s Creed", "Assassin's Creed")
    s = unicodedata.normalize("NFKD", s).replace("’", "'")
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def norm_equal(label: str, gold: dict | None, pred: dict | None) -> bool:
    """ANNOTATION.md §3: is the predicted norm right?"""
    if not isinstance(gold, dict) or not isinstance(pred, dict):
        return False
    if label == "MONEY":
        g, p = gold.get("amount"), pred.get("amount")
        if gold.get("currency") != pred.get("currency") or g is None or p is None:
            return False
        return abs(p - g) <= MONEY_TOLERANCE * abs(g) if g else p == 0
    if label == "DATE":
        return gold.get("value") == pred.get("value")
    return _fold(str(gold.get("id", ""))) == _fold(str(pred.get("id", "")))


@dataclass
class ErrorItem:
    kind: str          # "FP", "FN", "NORM"
    doc_id: str
    label: str
    start: int
    end: int
    text: str
    context: str
    detail: str = ""


@dataclass
class Scores:
    # scheme -> label ("micro" for all) -> {"precision", "recall", "f1", "correct", ...}
    schemes: dict = field(default_factory=dict)
    # label -> {"correct", "total", "accuracy"}
    norm: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    n_docs: int = 0

    def f1(self, label: str = "micro", scheme: str = "strict") -> float:
        return self.schemes[scheme][label]["f1"]

    def to_dict(self) -> dict:
        return {"documents": self.n_docs, "schemes": self.schemes, "normalisation": self.norm}


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def _result_dict(r) -> dict:
    return {"precision": r.precision, "recall": r.recall, "f1": r.f1, "correct": r.correct,
            "incorrect": r.incorrect, "partial": r.partial, "missed": r.missed,
            "spurious": r.spurious, "actual": r.actual, "possible": r.possible}


def score(gold: list[dict], pred: list[dict], labels=LABELS) -> Scores:
    """Score records aligned by ``id``; predictions for unknown ids are ignored,
    a gold document without a prediction counts as predicting nothing."""
    from nervaluate import Evaluator
    from nervaluate.entities import EvaluationResult

    by_id = {r["id"]: r for r in pred}
    true_lists, pred_lists = [], []
    out = Scores(n_docs=len(gold))
    norm_counts = {lab: [0, 0] for lab in labels}
    for g in gold:
        p = by_id.get(g["id"], {"spans": []})
        gs = [s for s in g["spans"] if s["label"] in labels]
        ps = [s for s in p.get("spans", []) if s["label"] in labels]
        true_lists.append([{"label": s["label"], "start": s["start"], "end": s["end"] - 1} for s in gs])
        pred_lists.append([{"label": s["label"], "start": s["start"], "end": s["end"] - 1} for s in ps])
        text = g["text"]
        gkeys = {(s["start"], s["end"], s["label"]): s for s in gs}
        pkeys = {(s["start"], s["end"], s["label"]): s for s in ps}
        for k, s in gkeys.items():
            if k in pkeys:
                norm_counts[k[2]][1] += 1
                if norm_equal(k[2], s.get("norm"), pkeys[k].get("norm")):
                    norm_counts[k[2]][0] += 1
                else:
                    out.errors.append(ErrorItem("NORM", g["id"], k[2], k[0], k[1], text[k[0]:k[1]],
                                                _context(text, k[0], k[1]),
                                                f"gold {s.get('norm')} predicted {pkeys[k].get('norm')}"))
            else:
                out.errors.append(ErrorItem("FN", g["id"], k[2], k[0], k[1], text[k[0]:k[1]],
                                            _context(text, k[0], k[1]), _overlap_note(k, pkeys, text)))
        for k in pkeys:
            if k not in gkeys:
                out.errors.append(ErrorItem("FP", g["id"], k[2], k[0], k[1], text[k[0]:k[1]],
                                            _context(text, k[0], k[1]), _overlap_note(k, gkeys, text)))
    results = Evaluator(true_lists, pred_lists, tags=list(labels), loader="dict").evaluate()
    for scheme in SCHEMES:
        table = {"micro": _result_dict(results["overall"][scheme])}
        for lab in labels:
            # nervaluate leaves out a label neither side holds (a set of fines with no product): its empty result
            table[lab] = _result_dict(results["entities"].get(lab, {}).get(scheme, EvaluationResult()))
        out.schemes[scheme] = table
    tot = [0, 0]
    for lab, (ok, n) in norm_counts.items():
        out.norm[lab] = {"correct": ok, "total": n, "accuracy": ok / n if n else 0.0}
        tot[0] += ok
        tot[1] += n
    out.norm["micro"] = {"correct": tot[0], "total": tot[1], "accuracy": tot[0] / tot[1] if tot[1] else 0.0}
    out.errors.sort(key=lambda e: (e.doc_id, e.start, e.kind))
    return out


def _overlap_note(key, others: dict, text: str) -> str:
    s, e, _ = key
    hits = [k for k in others if k[0] < e and s < k[1]]
    if not hits:
        return ""
    return "; ".join(f"overlaps {k[2]} {text[k[0]:k[1]]!r}" for k in hits)

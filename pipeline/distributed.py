"""``extract --dask ADDRESS``: the same extraction on a Dask cluster.

The client lists the inputs and cuts them into partitions of input *references*
(a group of small files, or a byte range of a large JSONL file), never reading
the documents itself: on a cluster the archive is read where it is processed.
Each worker loads the pipeline once (``ExtractPlugin``) and runs
``api.extract_records`` on its partitions, so a record is byte for byte what
the single-process ``extract`` writes for the same input.

Output:
- stdout or ``-o OUT.jsonl``: the partitions' records in input order (a
  partition's futures are read in the order they were submitted), written
  atomically by ``open_output``;
- ``-o DIR/``: ``part-00000.jsonl``... one per partition, written by the worker
  to a temporary name and renamed, and ``_partitions.json`` listing each part's
  inputs. A re-run with the same inputs and options computes only the parts
  that are missing (a restarted backfill does not start over); other inputs are
  refused. A partition's bad inputs go to ``part-NNNNN.errors`` (written before
  the part), so a re-run still reports them and still exits 1.

Dask is an optional dependency: it is imported here only, when ``--dask`` is given.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, PipelineError

PLUGIN_NAME = "fr-technews-pipeline"
MANIFEST = "_partitions.json"
MANIFEST_FORMAT = 1
# Partition sizing: about four partitions per worker, so that a slow partition
# does not leave the other workers idle at the end, within bounds: small ones
# cost a round-trip each, large ones are a lot of work lost when a worker dies
# and hold the ordered output back (8 MB of articles is about 2 minutes of one core).
MIN_PARTITION_BYTES = 16_000
MAX_PARTITION_BYTES = 8_000_000
PARTITIONS_PER_WORKER = 4
MAX_FILES_PER_PARTITION = 1000
INSTALL_HINT = "pip install 'fr-technews-pipeline[dask]'"


def _import_dask():
    try:
        import distributed
    except ImportError:
        raise PipelineError("--dask", f"Dask is not installed: {INSTALL_HINT}") from None
    return distributed


# ---------------------------------------------------------------- partitions

@dataclass(frozen=True)
class Ref:
    """One input of a partition: a whole file, or the lines of a JSONL file that start
    in bytes [start, end). ``path`` opens it (absolute: a worker's folder is not the
    client's); ``name`` is the path as the user wrote it, which records carry."""
    path: str
    name: str
    start: int | None = None
    end: int | None = None

    def to_json(self) -> list:
        return [self.path, self.name] + ([self.start, self.end] if self.start is not None else [])

    @classmethod
    def from_json(cls, value: list) -> "Ref":
        return cls(*value)


def list_inputs(paths: list[str], exclude_dir: Path | None, exclude_file: Path | None, failures: list,
                report) -> list[tuple[Path, os.stat_result]]:
    """Files to read, in the single-process order, with their stat; errors reported."""
    from .io.readers import iter_files

    exclude = {exclude_file} if exclude_file is not None else set()
    files = []
    for item in iter_files(paths, exclude):
        if isinstance(item, InputError):
            failures.append(item)
            report(str(item))
            continue
        real = item.resolve()
        if exclude_dir is not None and real.is_relative_to(exclude_dir):
            continue   # the run's own part files are never read back as input
        try:
            files.append((item, item.stat()))
        except OSError as e:
            err = InputError(str(item), e.strerror or str(e))
            failures.append(err)
            report(str(err))
    return files


def plan_partitions(files: list[tuple[Path, os.stat_result]], target: int) -> list[list[Ref]]:
    """Group small files, cut a JSONL file larger than ``target`` bytes into byte ranges."""
    parts: list[list[Ref]] = []
    group: list[Ref] = []
    size = 0
    for path, st in files:
        ref = Ref(str(path.resolve()), str(path))
        if path.suffix.lower() == ".jsonl" and st.st_size > target:
            if group:
                parts.append(group)
                group, size = [], 0
            n = -(-st.st_size // target)
            bounds = [st.st_size * k // n for k in range(n + 1)]
            parts += [[Ref(ref.path, ref.name, a, b)] for a, b in zip(bounds, bounds[1:])]
            continue
        group.append(ref)
        size += st.st_size
        if size >= target or len(group) >= MAX_FILES_PER_PARTITION:
            parts.append(group)
            group, size = [], 0
    if group:
        parts.append(group)
    return parts


def partition_bytes(total: int, n_workers: int) -> int:
    per = -(-total // max(1, n_workers * PARTITIONS_PER_WORKER))   # rounded up: 8 chunks, not 9
    return max(MIN_PARTITION_BYTES, min(MAX_PARTITION_BYTES, per))


# ---------------------------------------------------------------- on the workers

class _ExtractPluginBody:
    """Loads the pipeline once per worker process, when the worker starts or the plugin
    is registered; a task finds it through ``get_worker().plugins``. Re-registering with
    the same patterns (a second run on a long-lived cluster) reuses the loaded model:
    ``load_cached`` keys it on the pattern files."""

    idempotent = False
    name = PLUGIN_NAME

    def __init__(self, patterns: str | None, env_patterns: str | None):
        self.patterns = patterns
        self.env_patterns = env_patterns
        self.nlp = None
        self.lock = None

    def setup(self, worker=None):
        from .cli import load_cached
        from .normalise.lexicon import PATTERNS_ENV

        # The lexicon reads $PIPELINE_PATTERNS itself: the worker must see the client's.
        if self.env_patterns is not None:
            os.environ[PATTERNS_ENV] = self.env_patterns
        else:
            os.environ.pop(PATTERNS_ENV, None)
        self.nlp = load_cached(self.patterns)
        # A worker started with several threads would run one spaCy pipeline from
        # several threads at once; its components are not written for that.
        self.lock = threading.Lock()

    def teardown(self, worker=None):
        self.nlp = None


def __getattr__(name: str):
    # ``ExtractPlugin`` must subclass Dask's WorkerPlugin (duck-typed plugins are refused),
    # yet importing this module must not import Dask: the class is made on first use,
    # under its module-level name, so that workers unpickle it by reference.
    if name == "ExtractPlugin":
        return _plugin_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _plugin_class():
    cls = globals().get("ExtractPlugin")
    if cls is None:
        from distributed import WorkerPlugin

        cls = type("ExtractPlugin", (_ExtractPluginBody, WorkerPlugin),
                   {"__module__": __name__, "__doc__": _ExtractPluginBody.__doc__})
        globals()["ExtractPlugin"] = cls
    return cls


def _plugin():
    from distributed import get_worker

    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if plugin is None or plugin.nlp is None:   # the client registers it before submitting
        raise RuntimeError("the pipeline plugin is not set up on this worker")
    return plugin


def _chunk_lines(f, start: int, end: int):
    """Lines of a binary file that start in [start, end): the line that straddles
    ``start`` belongs to the previous chunk, the one that straddles ``end`` to this one."""
    if start > 0:
        f.seek(start - 1)
        f.readline()           # the rest of the line that starts before this chunk
    pos = f.tell()
    while pos < end:
        line = f.readline()
        if not line:
            return
        pos += len(line)
        yield line


def count_newlines(path: str, start: int, end: int) -> int:
    """Line breaks in bytes [start, end): summed over the earlier chunks, where a
    chunk's lines are numbered (ids ``stem:N`` and errors ``file.jsonl:N``)."""
    n = 0
    with open(path, "rb") as f:
        f.seek(start)
        left = end - start
        while left > 0:
            block = f.read(min(left, 1 << 20))
            if not block:
                break
            n += block.count(b"\n")
            left -= len(block)
    return n


def _read_ref(ref: Ref, newlines_before: int, max_bytes: int, html: str):
    from .io.readers import printable, read_file, read_jsonl

    if ref.start is None:
        yield from read_file(Path(ref.path), max_bytes, html, name=ref.name)
        return
    source = printable(Path(ref.name).as_posix())
    try:
        with open(ref.path, "rb") as f:
            first = 1 + newlines_before
            if ref.start > 0:
                f.seek(ref.start - 1)
                if f.read(1) != b"\n":
                    first += 1   # the straddling line's break lies in this chunk's bytes
            yield from read_jsonl(_chunk_lines(f, ref.start, ref.end), source, max_bytes, first_line=first)
    except OSError as e:
        yield InputError(source, e.strerror or str(e))


def run_partition(refs: list[Ref], newlines_before: int, options: dict, part_path: str | None = None):
    """Extract one partition on a worker; RETURNS (JSONL text or None when written to
    ``part_path``, documents, failures as (where, reason), warning messages)."""
    import warnings

    from .api import extract_records
    from .io.writers import dumps, open_output

    plugin = _plugin()
    failures: list[tuple[str, str]] = []

    def docs():
        for ref in refs:
            for item in _read_ref(ref, newlines_before, options["max_bytes"], options["html"]):
                if isinstance(item, InputError):
                    failures.append((item.where, item.reason))
                else:
                    yield item

    with plugin.lock, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        records = extract_records(docs(), plugin.nlp, batch_size=options["batch_size"],
                                  published=options["published"], max_chars=options["max_chars"],
                                  on_error=lambda f: failures.append((f.where, f.reason)))
        lines = [dumps(r) for r in records]
    messages = [str(w.message) for w in caught]
    if part_path is None:
        return "".join(lines), len(lines), failures, messages
    errors_path = _errors_path(part_path)
    # The errors first: a part file that exists always has its errors beside it.
    if failures:
        with open_output(errors_path) as out:
            out.writelines(json.dumps({"where": w, "reason": r}, ensure_ascii=False) + "\n" for w, r in failures)
    elif os.path.exists(errors_path):
        os.unlink(errors_path)
    with open_output(part_path) as out:
        out.writelines(lines)
    return None, len(lines), failures, messages


def _errors_path(part_path: str | Path) -> str:
    return str(Path(part_path).with_suffix(".errors"))


# ---------------------------------------------------------------- the client

def is_dir_output(output: str | None) -> bool:
    """``-o DIR/`` (a trailing slash) or an existing folder: one part file per partition."""
    return output is not None and (output.endswith(("/", os.sep)) or Path(output).is_dir())


def options_of(args) -> dict:
    """What the workers need, and what decides the records (kept in the manifest)."""
    from .api import check_published

    return {"published": check_published(args.published), "max_bytes": args.max_bytes,
            "max_chars": args.max_chars, "html": args.html, "batch_size": args.batch_size,
            "patterns": str(Path(args.patterns).resolve()) if args.patterns else None}


def open_client(address: str, n_workers: int, stack):
    """A client on a new local cluster (``local``) or on a running scheduler."""
    import logging

    distributed = _import_dask()
    if address == "local":
        import dask

        # Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in its workers, so that they hand
        # memory back to the system at once: spaCy allocates and frees so much that it
        # runs 20 to 25 % slower so (measured, 2.68 s against 3.43 s on 100 articles).
        # (None unsets it; on a cluster of your own, the README says how.)
        stack.enter_context(dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}))
        cluster = stack.enter_context(distributed.LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.ERROR))
        return stack.enter_context(distributed.Client(cluster))
    try:
        client = stack.enter_context(distributed.Client(address, timeout="20s"))
    except (OSError, TimeoutError) as e:
        raise PipelineError("--dask", f"cannot reach the scheduler at {address}: {e}") from None
    try:
        client.wait_for_workers(1, timeout=60)
    except TimeoutError:
        raise PipelineError("--dask", f"the scheduler at {address} has no worker after 60 s") from None
    return client


def register_pipeline(client, options: dict) -> None:
    from .normalise.lexicon import PATTERNS_ENV

    env = os.environ.get(PATTERNS_ENV)
    plugin = _plugin_class()(options["patterns"], str(Path(env).resolve()) if env else None)
    try:
        client.register_plugin(plugin)
    except Exception as e:  # noqa: BLE001 (whatever the workers raise, say what to do)
        raise PipelineError("--dask", f"the workers cannot load the pipeline ({type(e).__name__}: {e}); "
                                      f"install the package on every worker: {INSTALL_HINT}") from None


def _submit_all(client, parts: list[list[Ref]], options: dict, part_paths: list | None, skip: set[int]):
    """Futures of the partitions not in ``skip``, by partition; earlier partitions have
    the higher priority, so results come roughly in input order.

    A chunk of a JSONL file numbers its lines from the line breaks of the chunks before
    it: the workers count them first (fast, I/O only), the client sums the counts. A
    chunk task is never made to depend on a counting task: Dask places a task where its
    inputs are, and a chain of small counts put every chunk on one worker (measured:
    0.97x for 2 workers on a 200-article JSONL file)."""
    futures: dict[int, object] = {}
    counts: dict[int, object] = {}
    previous: dict[str, int] = {}
    for i, refs in enumerate(parts):
        ref = refs[0]
        if ref.start is not None and ref.start > 0:
            prev = parts[previous[ref.path]][0]
            counts[i] = client.submit(count_newlines, prev.path, prev.start, prev.end, pure=False, priority=1)
        if ref.start is not None:
            previous[ref.path] = i

    def submit(i: int, before: int) -> None:
        if i not in skip:
            futures[i] = client.submit(run_partition, parts[i], before, options,
                                       part_paths[i] if part_paths else None, pure=False, priority=-i)

    for i in range(len(parts)):     # what needs no count starts now
        if i not in counts:
            submit(i, 0)
    newlines: dict[str, int] = {}
    for i, fut in counts.items():   # in order: a file's chunks sum up as they come
        ref = parts[i][0]
        newlines[ref.path] = newlines.get(ref.path, 0) + fut.result()
        submit(i, newlines[ref.path])
    return dict(sorted(futures.items()))


def _manifest(files, options: dict, parts: list[list[Ref]]) -> dict:
    # --batch-size changes how fast, not what: a restart may change it.
    options = {k: v for k, v in options.items() if k != "batch_size"}
    return {"format": MANIFEST_FORMAT, "options": options,
            "inputs": [[str(p.resolve()), str(p), st.st_size, st.st_mtime_ns] for p, st in files],
            "partitions": [{"part": f"part-{i:05d}.jsonl", "inputs": [r.to_json() for r in refs]}
                           for i, refs in enumerate(parts)]}


def _load_plan(out_dir: Path, files, options: dict, fresh_parts) -> tuple[list[list[Ref]], list[str]]:
    """The partitions of this folder: those of its manifest when the inputs and options
    are the same (a restart), fresh ones for an empty folder; anything else is refused,
    since parts of two different runs would make one inconsistent output."""
    from .io.writers import open_output

    path = out_dir / MANIFEST
    if path.exists():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise PipelineError(str(path), f"unreadable manifest: {e}") from None
        new = _manifest(files, options, [])
        if old.get("format") != MANIFEST_FORMAT or old.get("inputs") != new["inputs"] \
                or old.get("options") != new["options"]:
            what = "options" if old.get("inputs") == new["inputs"] else "inputs"
            raise PipelineError(str(out_dir), f"holds the parts of a run with other {what} ({MANIFEST}); "
                                              "write to a new folder, or delete this one to start over")
        entries = old["partitions"]
        return [[Ref.from_json(r) for r in e["inputs"]] for e in entries], [e["part"] for e in entries]
    if any(p.name.startswith("part-") for p in out_dir.iterdir()):
        raise PipelineError(str(out_dir), f"holds part files but no {MANIFEST}; refusing to mix runs")
    parts = fresh_parts()
    manifest = _manifest(files, options, parts)
    with open_output(path) as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return parts, [e["part"] for e in manifest["partitions"]]


def cmd_extract_dask(args) -> int:
    """``extract --dask``; the exit code as ``cmd_extract`` gives it."""
    from contextlib import ExitStack

    from .io.writers import open_output, output_target

    _import_dask()   # before any work: a missing extra is a usage problem, said first
    if not args.paths or "-" in args.paths:
        raise PipelineError("--dask", "reads files and folders, not stdin: the workers open the inputs")
    options = options_of(args)
    failures: list = []
    errors = 0

    def report(message: str, kind: str = "error") -> None:
        print(f"{kind}: {message}", file=sys.stderr)

    dir_mode = is_dir_output(args.output)
    out_dir = target = None
    if dir_mode:
        out_dir = Path(os.path.realpath(args.output))
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise PipelineError(args.output, f"cannot create the output folder: {e.strerror}") from None
    else:
        target = output_target(args.output)     # a bad -o fails now, not after the work
    files = list_inputs(args.paths, out_dir, target, failures, report)
    if not files:
        if not failures:
            report(str(PipelineError("input", "no document to read")))
        else:
            print(f"{len(failures)} input(s) failed, 0 document(s) processed", file=sys.stderr)
        return 1

    done = 0
    with ExitStack() as stack:
        client = open_client(args.dask, args.workers, stack)
        n_workers = len(client.scheduler_info().get("workers", {})) or args.workers
        target_bytes = partition_bytes(sum(st.st_size for _, st in files), n_workers)

        def fresh():
            return plan_partitions(files, target_bytes)

        skip: set[int] = set()
        part_paths = None
        if dir_mode:
            parts, names = _load_plan(out_dir, files, options, fresh)
            part_paths = [str(out_dir / n) for n in names]
            for stale in out_dir.glob(".part-*"):
                stale.unlink(missing_ok=True)   # temporary files of a killed run
            skip = {i for i, p in enumerate(part_paths) if os.path.exists(p)}
            for i in sorted(skip):   # bad inputs of parts already written still count
                errors_file = _errors_path(part_paths[i])
                if os.path.exists(errors_file):
                    for line in Path(errors_file).read_text(encoding="utf-8").splitlines():
                        e = json.loads(line)
                        report(f"{e['where']}: {e['reason']}")
                        errors += 1
            if skip:
                print(f"{len(skip)} of {len(parts)} part(s) already written in {args.output}; "
                      f"computing the other {len(parts) - len(skip)}", file=sys.stderr)
        else:
            parts = fresh()
        register_pipeline(client, options)
        futures = _submit_all(client, parts, options, part_paths, skip)
        progress = None
        if not args.quiet and sys.stderr.isatty():
            from tqdm import tqdm

            progress = tqdm(total=len(futures), unit="part", file=sys.stderr)

        def results(ordered):
            """(index, result or exception) as partitions finish (ordered: in input order)."""
            if ordered:
                for i in list(futures):
                    fut = futures.pop(i)   # hold no partition's records longer than needed
                    yield i, _result(fut)
                    del fut
                    if progress:
                        progress.update()
                return
            from distributed import as_completed

            index = {fut.key: i for i, fut in futures.items()}
            for fut in as_completed(list(futures.values())):
                yield index[fut.key], _result(fut)
                if progress:
                    progress.update()

        def consume(i, res):
            nonlocal done, errors
            if isinstance(res, BaseException):
                for ref in parts[i]:
                    report(f"{ref.name}: not processed: its partition failed ({type(res).__name__}: {res})"[:500])
                    errors += 1
                return None
            text, n, fails, messages = res
            for m in messages:
                report(m, "warning")
            for where, reason in fails:
                report(f"{where}: {reason}")
                errors += 1
            done += n
            return text

        if dir_mode:
            for i, res in results(ordered=False):
                consume(i, res)
        else:
            with open_output(args.output) as out:
                for i, res in results(ordered=True):
                    text = consume(i, res)
                    if text:
                        out.write(text)
                        if out is sys.stdout:
                            out.flush()
        if progress:
            progress.close()
    errors += len(failures)
    if errors:
        print(f"{errors} input(s) failed, {done} document(s) processed", file=sys.stderr)
        return 1
    return 0


def _result(fut):
    """A partition's result, or the exception that ended it (a worker killed three
    times, an unwritable part): one partition failing never stops the others."""
    try:
        return fut.result()
    except Exception as e:  # noqa: BLE001
        return e

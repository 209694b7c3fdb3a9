"""``extract --dask``: on a real LocalCluster of 2 worker processes, the records of a
single-process run, in order, to stdout, a file or part files; a restart computes only
the missing parts; bad inputs reported as in a single-process run."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from pipeline.cli import main

from .conftest import GOLD

distributed = pytest.importorskip("distributed")

ARTICLES = GOLD / "articles"


@pytest.fixture(scope="module")
def cluster():
    # One cluster for the module: starting one and loading the model in each worker
    # is most of the cost of a test here.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c.scheduler_address


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The gold articles and a JSONL batch of gold texts large enough to be cut into
    byte ranges, with what line numbering must survive: blank lines, records without
    an id (id ``stem:LINE``) and with one."""
    folder = tmp_path_factory.mktemp("inputs")
    texts = [json.loads(line)["text"] for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(folder / "batch.jsonl", "w", encoding="utf-8") as f:
        for i, text in enumerate(texts[:15]):
            if i % 4 == 0:
                f.write("\n")
            record = {"text": text} if i % 2 else {"id": f"b{i}", "text": text, "meta": {"published": "2025-03-01"}}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [str(ARTICLES), str(folder / "batch.jsonl")]


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(["extract", *argv, "--quiet"])
    out, err = capsys.readouterr()
    return code, out, err


def _parts_text(folder: Path) -> str:
    """The part files of an output folder, concatenated in the manifest's order."""
    manifest = json.loads((folder / "_partitions.json").read_text(encoding="utf-8"))
    return "".join((folder / p["part"]).read_text(encoding="utf-8") for p in manifest["partitions"])


def _output(mode: str, tmp_path: Path) -> tuple[list[str], callable]:
    """The -o arguments of an output mode and how to read back what it wrote."""
    if mode == "stdout":
        return [], None
    if mode == "file":
        return ["-o", str(tmp_path / "out.jsonl")], lambda: (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    return ["-o", f"{tmp_path / 'parts'}/"], lambda: _parts_text(tmp_path / "parts")


@pytest.mark.parametrize("mode,options", [
    ("stdout", []),
    ("file", []),
    ("dir", []),
    ("stdout", ["--published", "2025-11-22", "--html", "full"]),
])
def test_dask_records_identical_to_single_process(cluster, inputs, mode, options, tmp_path, capsys):
    code, single, _ = _run([*inputs, *options], capsys)
    assert code == 0
    out_args, read_back = _output(mode, tmp_path)
    code, out, err = _run([*inputs, *options, *out_args, "--dask", cluster], capsys)
    assert code == 0, err
    assert (read_back() if read_back else out) == single   # byte for byte, in input order
    if mode == "dir":
        manifest = json.loads((tmp_path / "parts" / "_partitions.json").read_text(encoding="utf-8"))
        chunks = [p for p in manifest["partitions"] if len(p["inputs"][0]) == 4]
        assert len(chunks) > 1, "the JSONL batch should have been cut into byte ranges"


def test_dask_restart_computes_only_the_missing_parts(cluster, inputs, tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "Orange vend 50 % de sa filiale."}\n{cassé\n', encoding="utf-8")
    argv = [*inputs, str(bad), "-o", f"{tmp_path / 'parts'}/", "--dask", cluster]
    code, _, first_err = _run(argv, capsys)
    assert code == 1 and "bad.jsonl:2: malformed JSON" in first_err
    parts = tmp_path / "parts"
    manifest = json.loads((parts / "_partitions.json").read_text(encoding="utf-8"))
    names = [p["part"] for p in manifest["partitions"]]
    assert len(names) >= 4
    # A killed run: two parts never written, one of them left as a temporary file.
    missing = [n for n in names[1:] if not (parts / n).with_suffix(".errors").exists()][:2]
    for n in missing:
        (parts / n).unlink()
    (parts / f".{missing[0]}.x1y2z3.part").write_text('{"id": "half', encoding="utf-8")
    before = {n: (parts / n).stat() for n in names if n not in missing}

    code, _, err = _run(argv, capsys)
    assert f"{len(names) - 2} of {len(names)} part(s) already written" in err
    for n, st in before.items():   # untouched: same file, same modification time
        now = (parts / n).stat()
        assert (now.st_ino, now.st_mtime_ns) == (st.st_ino, st.st_mtime_ns), n
    assert all((parts / n).exists() for n in missing)
    assert not list(parts.glob(".part-*")), "the killed run's temporary file is cleared"
    # the bad line sits in a part that was not recomputed: still reported, still exit 1
    assert code == 1 and "bad.jsonl:2: malformed JSON" in err
    code, single, _ = _run([*inputs, str(bad)], capsys)
    assert _parts_text(parts) == single

    code, _, err = _run(argv, capsys)   # nothing left to do
    assert f"{len(names)} of {len(names)} part(s) already written" in err
    assert code == 1


@pytest.mark.parametrize("change,refused", [
    (lambda argv: argv[:1] + argv[2:], "other inputs"),                  # the JSONL batch left out
    (lambda argv: [*argv, "--published", "2025-11-22"], "other options"),
    (lambda argv: [*argv, "--batch-size", "4"], None),                  # how fast, not what: a restart
])
def test_dask_rerun_with_other_inputs_is_refused(cluster, inputs, change, refused, tmp_path, capsys):
    argv = [*inputs, "-o", f"{tmp_path / 'parts'}/", "--dask", cluster]
    assert _run(argv, capsys)[0] == 0
    written = sorted((p.name, p.stat().st_mtime_ns) for p in (tmp_path / "parts").iterdir())
    code, _, err = _run(change(argv), capsys)
    if refused:
        assert code == 1
        assert f"holds the parts of a run with {refused}" in err
    else:
        assert code == 0 and "already written" in err
    assert sorted((p.name, p.stat().st_mtime_ns) for p in (tmp_path / "parts").iterdir()) == written


def _bad_inputs(folder: Path) -> None:
    (folder / "good.txt").write_text("Le 3 mars 2025, Mistral AI a levé 600 millions d'euros.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (folder / "latin.txt").write_bytes("Numérique : l’Arcep a sanctionné Free, 2 millions d’euros.".encode("cp1252"))
    (folder / "batch.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Orange vend 50 % de sa filiale."}) + "\n{cassé\n", encoding="utf-8")


def _problems(err: str) -> list[str]:
    return sorted(line for line in err.splitlines() if line.startswith(("error:", "warning:")))


@pytest.mark.parametrize("mode", ["stdout", "dir"])
def test_dask_bad_inputs_reported_and_the_rest_goes_on(cluster, mode, tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    _bad_inputs(src)
    code, single, single_err = _run([str(src)], capsys)
    assert code == 1
    out_args, read_back = _output(mode, tmp_path)
    code, out, err = _run([str(src), *out_args, "--dask", cluster], capsys)
    assert code == 1
    assert (read_back() if read_back else out) == single
    assert {json.loads(line)["id"] for line in single.splitlines()} == {"good", "latin", "j1"}
    assert _problems(err) == _problems(single_err)
    for expected in ("empty.txt: empty file", "image.html: binary", "batch.jsonl:2: malformed JSON",
                     "latin.txt: not UTF-8"):
        assert expected in err
    assert "3 input(s) failed, 3 document(s) processed" in err


def test_dask_local_cluster_from_the_command_line(tmp_path, capsys):
    """``--dask local`` starts (and stops) its own cluster of --workers processes."""
    files = sorted(ARTICLES.iterdir())[:4]
    code, single, _ = _run([str(f) for f in files], capsys)
    code, out, err = _run([*map(str, files), "--dask", "local", "--workers", "2"], capsys)
    assert code == 0, err
    assert out == single


def test_dask_line_numbers_survive_any_cut_of_a_jsonl_file(tmp_path):
    """Chunks of a JSONL file cut anywhere (inside a line, on a line break, among blank
    lines) read, together, what the whole file reads: ids and error lines included."""
    from pipeline.distributed import Ref, _read_ref, count_newlines
    from pipeline.io.readers import read_file

    path = tmp_path / "cut.jsonl"
    lines = ["", json.dumps({"text": "Nvidia"}), "", "", "{cassé", json.dumps({"id": "x", "text": "Orange"}),
             json.dumps({"text": "Free"}), "", json.dumps({"text": "Iliad"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    size = path.stat().st_size

    def key(item):
        return (item.where, item.reason) if isinstance(item, Exception) else (item.id, item.text, item.meta)

    whole = [key(x) for x in read_file(path, name=str(path))]
    for n in range(1, size + 1):
        bounds = [size * k // n for k in range(n + 1)]
        got, before = [], 0
        for a, b in zip(bounds, bounds[1:]):
            got += [key(x) for x in _read_ref(Ref(str(path), str(path), a, b), before, 10_000, "main")]
            before += count_newlines(str(path), a, b)
        assert got == whole, n


def test_dask_missing_is_a_clear_error(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)   # import distributed -> ImportError
    code, _, err = _run([str(ARTICLES), "--dask", "local"], capsys)
    assert code == 1
    assert "error: --dask: Dask is not installed: pip install 'fr-technews-pipeline[dask]'" in err


def test_dask_refuses_stdin(capsys):
    code, _, err = _run(["-", "--dask", "local"], capsys)
    assert code == 1 and "--dask: reads files and folders, not stdin" in err


def test_core_import_does_not_import_dask():
    import subprocess

    code = "import sys, pipeline.cli, pipeline.api, pipeline.distributed; print('distributed' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert out.stdout.strip() == "False"

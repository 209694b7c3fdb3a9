"""Nothing lost (issue 13): one bad document never takes the batch down, input
streams, output is never half-written nor written over what it should not be."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOOD = "Nvidia a levé 2 milliards d'euros le 18 novembre 2025."


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.split("\n") if line.strip()]


# ---------------------------------------------------------------- one bad document, one error line

def test_nothing_lost_a_document_that_fails_is_one_error(tmp_path, capsys, monkeypatch):
    import pipeline.api as api

    real = api._make_doc

    def failing(nlp, document):   # a document that breaks some stage of the pipeline
        if "BOOM" in document.text:
            raise ValueError("a stage broke on this text")
        return real(nlp, document)

    monkeypatch.setattr(api, "_make_doc", failing)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("BOOM " + GOOD, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Apple a vendu 10 millions d'iPhone.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert f"error: {tmp_path / 'b.txt'}: processing failed: ValueError: a stage broke on this text" in err
    assert "1 input(s) failed, 2 document(s) processed" in err
    assert [r["id"] for r in _lines(out.read_text(encoding="utf-8"))] == ["a", "c"]


def test_nothing_lost_over_the_models_max_length_runs_in_pieces(tmp_path, capsys, nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 3000)   # spaCy's limit, here 3,000 characters
    text = "Nvidia a levé 5 millions d'euros. " * 400
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr("pipeline.api.PIECE_CHARS", 2500)
    assert main(["extract", str(tmp_path / "big.txt"), "-q"]) == 0
    (rec,) = _lines(capsys.readouterr().out)
    assert sum(1 for s in rec["spans"] if s["label"] == "MONEY") == 400


def test_nothing_lost_a_long_document_runs_in_pieces_with_offsets_kept(tmp_path, capsys, nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 3000)
    monkeypatch.setattr("pipeline.api.PIECE_CHARS", 1000)
    text = "\n\n".join(f"Paragraphe {i}. Nvidia a levé {i} millions d'euros auprès de Bpifrance." for i in range(60))
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    assert main(["extract", str(tmp_path / "long.txt"), "-q"]) == 0
    (rec,) = _lines(capsys.readouterr().out)
    money = [s for s in rec["spans"] if s["label"] == "MONEY"]
    assert len(money) == 60
    for s in rec["spans"]:
        assert text[s["start"]:s["end"]] == s["text"]
    assert money[-1]["norm"]["amount"] == 59_000_000


def test_nothing_lost_max_chars_reports_and_goes_on(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("x " * 600, encoding="utf-8")
    assert main(["extract", str(tmp_path), "--max-chars", "1000", "-q"]) == 1
    captured = capsys.readouterr()
    assert "1,200 characters, over the limit of 1,000 (--max-chars)" in captured.err
    assert [r["id"] for r in _lines(captured.out)] == ["a"]


def test_nothing_lost_lone_surrogate_and_zero_id_and_line_separator(tmp_path, capsys):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": 0, "text": GOOD + "\u2028Suite."}) + "\n"
                     + '{"id": "bad", "text": "Nvidia \\ud800 lève."}\n'
                     + json.dumps({"id": "c", "text": "Apple gagne."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(batch), "-o", str(out), "-q"]) == 1
    assert "batch.jsonl:2: record holds a lone surrogate" in capsys.readouterr().err
    raw = out.read_text(encoding="utf-8")
    assert "\u2028" not in raw and "\\u2028" in raw          # escaped: one record per line
    recs = _lines(raw)
    assert [r["id"] for r in recs] == ["0", "c"]               # an id of 0 is an id
    assert recs[0]["text"].endswith("\u2028Suite.")
    from pipeline.io.readers import read_jsonl

    back = [d for d in read_jsonl(raw, "out.jsonl")]
    assert back[0].text == recs[0]["text"]                     # the product reads its own output


def test_nothing_lost_file_name_that_is_not_utf8(tmp_path, capsys):
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(tmp_path), "-q"]) == 0
    (rec,) = _lines(capsys.readouterr().out)
    assert rec["meta"]["source"].endswith("caf\ufffd.txt")


def test_nothing_lost_jsonl_max_bytes_limits_one_record(tmp_path, capsys):
    batch = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": GOOD}) for i in range(20)]
    lines.insert(5, json.dumps({"id": "big", "text": "Apple " * 200}))
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["extract", str(batch), "--max-bytes", "400", "-q"]) == 1   # the file is 3 KB
    captured = capsys.readouterr()
    assert "batch.jsonl:6: record is" in captured.err and "(--max-bytes)" in captured.err
    assert len(_lines(captured.out)) == 20


# ---------------------------------------------------------------- streaming

def test_nothing_lost_first_record_before_the_input_ends(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", "-", "--batch-size", "1", "-q"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        proc.stdin.write((json.dumps({"id": "first", "text": GOOD}) + "\n").encode())
        proc.stdin.flush()
        line = proc.stdout.readline()          # stdin is still open
        assert json.loads(line)["id"] == "first"
        proc.stdin.write(b"\xe9t\xe9 latin-1\n")   # not UTF-8: read as cp1252, with a warning
        out, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 1                # the second line is no JSON record
    assert b"<stdin>:2" in err and b"Traceback" not in err


# ---------------------------------------------------------------- safe output

def test_nothing_lost_output_through_a_symlink_keeps_link_and_mode(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert main(["extract", str(tmp_path / "in"), "-o", str(link), "-q"]) == 0
    assert link.is_symlink() and _lines(real.read_text(encoding="utf-8"))[0]["id"] == "a"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_nothing_lost_new_output_follows_the_umask(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    old = os.umask(0o027)
    try:
        assert main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.jsonl"), "-q"]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "o.jsonl").stat().st_mode) == 0o640


@pytest.mark.parametrize("kind", ["folder", "fifo", "device"])
def test_nothing_lost_refuses_a_non_regular_output_before_any_work(tmp_path, capsys, kind):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    target = {"folder": tmp_path / "dir", "fifo": tmp_path / "fifo", "device": Path("/dev/null")}[kind]
    if kind == "folder":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    before = os.stat(target)
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(target), "-q"]) == 1
    err = capsys.readouterr().err
    assert f"error: {target}: output path is" in err and "refusing to replace it" in err
    after = os.stat(target)
    assert (before.st_mode, before.st_ino) == (after.st_mode, after.st_ino)


def test_nothing_lost_output_inside_an_input_folder_is_not_read_back(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for _ in range(2):
        assert main(["extract", str(tmp_path), "-o", str(out), "-q"]) == 0
    assert [r["id"] for r in _lines(out.read_text(encoding="utf-8"))] == ["a"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_nothing_lost_sigterm_leaves_no_part_file_and_no_worker(tmp_path, workers):
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", "-", "-o", str(out), "--workers", workers,
                             "--batch-size", "1", "-q"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdin.write((json.dumps({"id": "a", "text": GOOD}) + "\n").encode())
    proc.stdin.flush()
    deadline = time.time() + 60
    while time.time() < deadline and not list(tmp_path.glob(".out.jsonl.*.part")):
        time.sleep(0.1)
    time.sleep(1.0)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert b"terminated" in err and b"Traceback" not in err
    assert not list(tmp_path.glob("*.part")) and not out.exists()
    children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout
    assert children.strip() == ""


def test_nothing_lost_unreadable_folder_is_reported(tmp_path, monkeypatch):
    from pipeline.io.readers import iter_files

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(GOOD, encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, **kw):   # as root, permissions cannot make a folder unreadable
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "secret")))
        yield from real_walk(top, onerror=onerror, **kw)

    monkeypatch.setattr(os, "walk", walk)
    items = list(iter_files([tmp_path]))
    errors = [i for i in items if not isinstance(i, Path)]
    assert len(errors) == 1 and "secret: cannot read folder: Permission denied" in str(errors[0])
    assert [i.name for i in items if isinstance(i, Path)] == ["a.txt"]


# ---------------------------------------------------------------- the Python API

@pytest.mark.parametrize("bad", [None, b"Nvidia", 42], ids=["none", "bytes", "int"])
def test_nothing_lost_api_clear_errors(nlp, bad):
    from pipeline.api import extract_records, extract_text
    from pipeline.errors import ArgumentError

    with pytest.raises(ArgumentError, match="text: expected a str"):
        extract_text(bad, nlp)
    with pytest.raises(ArgumentError, match="documents: expected Document objects"):
        list(extract_records([bad], nlp))


def test_nothing_lost_api_on_error_callback(nlp, monkeypatch):
    from pipeline import Document
    from pipeline.api import extract_records

    monkeypatch.setattr(nlp, "max_length", 200)
    monkeypatch.setattr("pipeline.api.PIECE_CHARS", 10_000)
    failures = []
    docs = [Document("a", GOOD), Document("b", "Apple " * 100), Document("c", GOOD)]
    recs = list(extract_records(docs, nlp, on_error=failures.append))
    assert [r["id"] for r in recs] == ["a", "c"] and [f.where for f in failures] == ["b"]


# ---------------------------------------------------------------- cost guards

def _seconds(extract, text: str) -> float:
    start = time.perf_counter()
    extract(text, "2025-01-01")
    return time.perf_counter() - start


@pytest.mark.parametrize("unit", [
    lambda i: f"le {i % 28 + 1} mars 2024",          # dates: each one read the whole sentence
    lambda i: f"{i + 1} millions d'euros",           # amounts
], ids=["dates", "amounts"])
def test_nothing_lost_many_mentions_in_one_sentence_stay_linear(extract, unit):
    """One sentence of N mentions, then 4N: linear costs 4x, quadratic 16x. A ratio
    under 8 guards against quadratic stages on any machine, slow or fast."""
    small = "Le groupe a annoncé " + ", ".join(unit(i) for i in range(2500)) + "."
    large = "Le groupe a annoncé " + ", ".join(unit(i) for i in range(10000)) + "."
    _seconds(extract, small)                                   # warm caches
    ratio = _seconds(extract, large) / _seconds(extract, small)
    assert ratio < 8, f"4x the mentions cost {ratio:.1f}x the time"

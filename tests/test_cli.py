"""The command line end to end: extract on seeds, bad input, atomic output, help."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.cli import main

from .conftest import GOLD, ROOT, SEEDS


def _records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_records(nlp):
    import io
    from contextlib import redirect_stdout

    buf = io.StringIO()
    with redirect_stdout(buf):
        assert main(["extract", str(SEEDS), "--quiet"]) == 0
    return _records(buf.getvalue())


def test_cli_extract_seeds_offsets_are_exact(seed_records):
    assert [r["id"] for r in seed_records] == ["000_91ea438c95295eca", "003_65507d5bbac09205"]
    for r in seed_records:
        assert r["spans"], r["id"]
        for s in r["spans"]:
            assert r["text"][s["start"]:s["end"]] == s["text"]
            assert set(s) >= {"start", "end", "label", "text", "norm"}
        starts = [s["start"] for s in r["spans"]]
        assert starts == sorted(starts)


def test_cli_extract_seed_front_matter_untouched(seed_records):
    rec = seed_records[0]
    assert rec["meta"]["published"] == "2025-11-22"
    front_end = rec["text"].index("\n---\n", 4) + 4
    assert all(s["start"] >= front_end for s in rec["spans"])
    assert not any("techradar" in s["text"] for s in rec["spans"])


def test_cli_extract_seed_money_and_dates(seed_records):
    rec = seed_records[1]
    money = {(s["text"], s["norm"]["amount"], s["norm"]["currency"]) for s in rec["spans"] if s["label"] == "MONEY"}
    assert ("10 milliards de dollars", 10_000_000_000, "USD") in money
    dates = {s["text"]: s["norm"]["value"] for s in rec["spans"] if s["label"] == "DATE"}
    assert dates["18 novembre 2025"] == "2025-11-18"
    assert dates["fin octobre"] == "2025-10"


def test_cli_bad_inputs_are_named_and_the_rest_goes_on(tmp_path, capsys, nlp):
    (tmp_path / "good.txt").write_text("Le 3 mars 2025, Mistral AI a levé 600 millions d'euros.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "latin.txt").write_bytes("Numérique : l’Arcep a sanctionné Free, été 2024, 2 millions d’euros."
                                         .encode("cp1252"))
    (tmp_path / "batch.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Orange vend 50 % de sa filiale."}) + "\n{cassé\n", encoding="utf-8")
    code = main(["extract", str(tmp_path), "--quiet"])
    out, err = capsys.readouterr()
    recs = {r["id"]: r for r in _records(out)}
    assert code == 1
    assert set(recs) == {"good", "latin", "j1"}
    assert "Numérique" in recs["latin"]["text"] and "l’Arcep" in recs["latin"]["text"]
    assert "empty.txt: empty file" in err
    assert "image.html: binary" in err
    assert "batch.jsonl:2: malformed JSON" in err
    assert "latin.txt: not UTF-8" in err


def test_cli_output_is_written_atomically(tmp_path, monkeypatch, nlp):
    import pipeline.api

    out = tmp_path / "out.jsonl"
    out.write_text("previous complete run\n", encoding="utf-8")
    real = pipeline.api.extract_records

    def interrupted(*a, **kw):
        for i, rec in enumerate(real(*a, **kw)):
            if i == 1:
                raise KeyboardInterrupt
            yield rec

    monkeypatch.setattr(pipeline.api, "extract_records", interrupted)
    code = main(["extract", str(SEEDS), "-o", str(out), "--quiet"])
    assert code == 130
    assert out.read_text(encoding="utf-8") == "previous complete run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_cli_output_file_complete(tmp_path, nlp):
    out = tmp_path / "sub" / "out.jsonl"
    assert main(["extract", str(SEEDS), "-o", str(out), "--quiet"]) == 0
    assert len(_records(out.read_text(encoding="utf-8"))) == 2


def test_cli_published_override(tmp_path, capsys, nlp):
    (tmp_path / "a.txt").write_text("Apple a présenté hier l'iPhone 17.", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--published", "2025-09-10"]) == 0
    (rec,) = _records(capsys.readouterr().out)
    assert rec["meta"]["published"] == "2025-09-10"
    assert ("hier", "2025-09-09") in [(s["text"], s["norm"]["value"]) for s in rec["spans"] if s["label"] == "DATE"]


def test_cli_stdin_jsonl(monkeypatch, capsys, nlp):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"id": "x", "text": "Nvidia vaut 4 000 milliards de dollars."}) + "\n"))
    assert main(["extract", "-"]) == 0
    (rec,) = _records(capsys.readouterr().out)
    assert rec["id"] == "x"
    assert [s["norm"] for s in rec["spans"] if s["label"] == "MONEY"] == [{"amount": 4_000_000_000_000, "currency": "USD"}]


@pytest.mark.parametrize("argv", [["extract", "--workers", "0"], ["extract", "--published", "22/11/2025"],
                                  ["nonsense"], []], ids=["workers", "published", "command", "none"])
def test_cli_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"], ["evaluate", "--help"],
                                  ["gold", "--help"], ["patterns", "--help"]], ids=lambda a: " ".join(a))
def test_cli_help_teaches_with_examples(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 0
    assert "example" in capsys.readouterr().out


def test_cli_missing_path_exit_1(capsys, nlp):
    assert main(["extract", "/nonexistent/x.txt"]) == 1
    assert "/nonexistent/x.txt: no such file" in capsys.readouterr().err


def test_cli_module_entry_and_workers(tmp_path):
    """python -m pipeline in a fresh process, with two worker processes."""
    out = tmp_path / "o.jsonl"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(SEEDS), "-o", str(out),
                           "--workers", "2"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    recs = _records(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in recs] == ["000_91ea438c95295eca", "003_65507d5bbac09205"]
    assert all(any(s["label"] == "MONEY" and s["norm"] for s in r["spans"]) for r in recs)


def test_cli_reader_closing_the_pipe_early_gets_no_traceback():
    """`extract ... | head -1`: the reader leaves after one record."""
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(GOLD / "articles")], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=300)
    assert first.startswith(b"{")
    assert "Traceback" not in err, err
    assert proc.returncode in (0, 141)


def test_cli_two_workers_give_the_same_records(nlp):
    """Workers receive plain texts; dates must still resolve against each document's own date."""
    import pipeline
    from pipeline.io.readers import Document, read_paths

    docs = list(read_paths([SEEDS])) + [
        Document("a", "Apple a présenté hier l'iPhone 17 à 969 euros.", {"published": "2025-09-10"}),
        Document("b", "Apple a présenté hier l'iPhone 17 à 969 euros.", {"published": "2025-09-11"}),
        Document("c", "Nvidia publiera mercredi ses comptes.", {"published": "2025-11-17"}),
    ]
    one = list(pipeline.extract_records(docs, nlp, n_process=1))
    two = list(pipeline.extract_records(docs, nlp, n_process=2))
    assert two == one
    hier = [s["norm"]["value"] for r in one[2:4] for s in r["spans"] if s["text"] == "hier"]
    assert hier == ["2025-09-09", "2025-09-10"]


def test_cli_process_defers_spacy_cli():
    """The command-line process skips spaCy's own CLI at import (0.12 s of a cold start);
    spaCy's CLI submodules still import when something asks for them."""
    script = ("import sys\nfrom pipeline._startup import defer_spacy_cli\ndefer_spacy_cli()\n"
              "import spacy\nassert 'typer' not in sys.modules, 'spacy.cli was imported'\n"
              "from pipeline._startup import bind_deferred_cli\nbind_deferred_cli()\n"
              "import spacy.cli.download\nassert callable(spacy.cli.download.download)\n"
              "try:\n    spacy.info()\nexcept RuntimeError as e:\n    print('info:', e)\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "python -m spacy info" in proc.stdout

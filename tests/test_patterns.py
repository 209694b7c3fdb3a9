"""The pattern workflow: the project's files validate, 'patterns add' takes effect on
the next run, 'patterns validate' names each kind of problem with its line."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline.cli import main
from pipeline.patterns_tool import check_patterns

from .conftest import ROOT

PATTERNS = ROOT / "patterns"


def test_patterns_project_files_have_no_problem():
    n, problems = check_patterns(PATTERNS)
    assert problems == []
    assert n > 50


def test_patterns_every_file_loads_into_the_ruler(nlp):
    """Token patterns go to the span ruler, phrases (curated names) to the name matcher."""
    loaded_patterns = nlp.get_pipe("rules").patterns + nlp.get_pipe("names").patterns
    n_lines = sum(1 for f in PATTERNS.glob("*.jsonl") for line in f.read_text(encoding="utf-8").splitlines()
                  if line.strip())
    with_apostrophe = sum(1 for f in PATTERNS.glob("*.jsonl") for line in f.read_text(encoding="utf-8").splitlines()
                          if line.strip() and isinstance(json.loads(line)["pattern"], str)
                          and "'" in json.loads(line)["pattern"])
    # every line, plus a typographic-apostrophe twin of each phrase with "'" the files do not spell already
    assert n_lines <= len(loaded_patterns) <= n_lines + with_apostrophe
    assert not any(isinstance(p["pattern"], str) for p in nlp.get_pipe("rules").patterns)
    loaded = {(p["label"], p["pattern"]) for p in loaded_patterns if isinstance(p["pattern"], str)}
    assert ("ORG", "Agence internationale de l’énergie") in loaded


@pytest.fixture
def patterns_copy(tmp_path):
    dest = tmp_path / "patterns"
    shutil.copytree(PATTERNS, dest)
    return dest


def test_patterns_add_takes_effect_on_next_run(patterns_copy, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Le laboratoire Zyxwa Labs présente ses travaux, et Zyxwa rachète Qorbit.", encoding="utf-8")
    assert main(["patterns", "add", "ORG", "Zyxwa", "--alias", "Zyxwa Labs", "--alias", "ZYXWA",
                 "--patterns", str(patterns_copy)]) == 0
    assert "added 'Zyxwa', 'Zyxwa Labs', 'ZYXWA'" in capsys.readouterr().out
    assert main(["extract", str(article), "--patterns", str(patterns_copy), "--quiet"]) == 0
    rec = json.loads(capsys.readouterr().out)
    orgs = [(s["text"], s["norm"]["id"]) for s in rec["spans"] if s["label"] == "ORG"]
    assert ("Zyxwa Labs", "Zyxwa") in orgs and ("Zyxwa", "Zyxwa") in orgs
    assert check_patterns(patterns_copy)[1] == []
    # Adding the same again changes nothing; an alias of another id is refused.
    assert main(["patterns", "add", "ORG", "Zyxwa", "--patterns", str(patterns_copy)]) == 0
    assert "nothing to add" in capsys.readouterr().out
    assert main(["patterns", "add", "ORG", "Qorbit", "--alias", "ZYXWA", "--patterns", str(patterns_copy)]) == 1
    assert "already maps to id 'Zyxwa'" in capsys.readouterr().err


BAD_LINES = [
    ('{"label": "ORG", "pattern": "Nvidia", "id": "Nvidia"}', None),
    ('{"label": "ORG", "pattern": "Nvidia", "id": "Nvidia"}', "duplicate of the pattern at"),
    ('{"lable": "ORG", "pattern": "Foo", "id": "Foo"}', "unknown key 'lable'"),
    ('{"label": "ORG", "pattern": "NVIDIA", "id": "Nvidia"}', None),
    ('{"label": "ORG", "pattern": "NVIDIA", "id": "Nvidia Corp"}', "maps to id 'Nvidia Corp' here"),
    ('{"label": "PRODUCT", "pattern": "Nvidia", "id": "Nvidia"}', "is PRODUCT here and ORG"),
    ('{"label": "PRODUCT", "pattern": [{"ORTH": "GPT 5"}], "id": "GPT-5"}', "can never match one token"),
    ('{"label": "PRODUCT", "pattern": [{"ORTH": "x", "OP": "!!"}], "id": "x"}', "invalid token pattern"),
    ('{"label": "ORG", "pattern": "Mistral  AI", "id": "x"}', "can never match running text"),
    ('{"label": "ORG", "pattern": " Mistral", "id": "x"}', "surrounding spaces"),
    ('{"label": "ORG", "pattern": "Foo"', "malformed JSON"),
    ('{"label": "ORG", "pattern": 42}', "'pattern' must be"),
]


def test_patterns_validate_reports_each_problem_with_its_line(tmp_path, capsys):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "bad.jsonl").write_text("\n".join(line for line, _ in BAD_LINES) + "\n", encoding="utf-8")
    _, problems = check_patterns(folder)
    for lineno, (_, reason) in enumerate(BAD_LINES, 1):
        here = [p for p in problems if p.startswith(f"{folder / 'bad.jsonl'}:{lineno}:")]
        if reason is None:
            assert here == [], here
        else:
            assert any(reason in p for p in here), (lineno, reason, problems)
    assert main(["patterns", "validate", "--patterns", str(folder)]) == 1
    assert "problem(s)" in capsys.readouterr().err

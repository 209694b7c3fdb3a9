"""The built wheel installs and runs from any folder (issue 14): its pattern files
and trained NER are package data, a user's own folder is layered over them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_env(tmp_path_factory):
    """A fresh virtual environment holding the built wheel; its dependencies come
    from this environment's site-packages (a .pth line), not from the network."""
    tmp = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"),
                            str(ROOT)], capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    (wheel,) = (tmp / "dist").glob("*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    inst = subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert inst.returncode == 0, inst.stderr
    work = tmp / "elsewhere"
    work.mkdir()
    return py, work


def _run(py, work, *args, env=None):
    full_env = {k: v for k, v in os.environ.items() if k != "PIPELINE_PATTERNS"}
    full_env.update(env or {})
    return subprocess.run([str(py), "-m", "pipeline", *args], capture_output=True, text=True, cwd=work,
                          timeout=300, env=full_env)


def test_install_wheel_extracts_from_another_folder(wheel_env):
    py, work = wheel_env
    where = subprocess.run([str(py), "-c", "import pipeline; print(pipeline.__file__)"], capture_output=True,
                           text=True, cwd=work).stdout
    assert str(ROOT) not in where                       # the wheel's copy, not the checkout
    seed = ROOT / "seeds" / "003_65507d5bbac09205.txt"
    (work / "a.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    proc = _run(py, work, "extract", "a.txt")
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout)
    labels = {s["label"] for s in rec["spans"]}
    assert {"ORG", "MONEY", "DATE"} <= labels
    assert any(s.get("source", "").startswith("org.jsonl:") for s in rec["spans"])


def test_install_wheel_validates_its_patterns_and_refuses_to_edit_them(wheel_env):
    py, work = wheel_env
    proc = _run(py, work, "patterns", "validate")
    assert proc.returncode == 0 and "no problem" in proc.stdout, proc.stderr
    proc = _run(py, work, "patterns", "add", "ORG", "Vostrakel")
    assert proc.returncode == 1 and "patterns init" in proc.stderr


def test_install_wheel_user_folder_layered_over_shipped_files(wheel_env):
    py, work = wheel_env
    mine = work / "mine"
    mine.mkdir()
    (mine / "org.jsonl").write_text(json.dumps({"label": "ORG", "pattern": "Vostrakel", "id": "Vostrakel SAS"})
                                    + "\n", encoding="utf-8")
    (work / "b.txt").write_text("Vostrakel et Nvidia signent un accord.", encoding="utf-8")
    proc = _run(py, work, "extract", "b.txt", env={"PIPELINE_PATTERNS": str(mine)})
    assert proc.returncode == 0, proc.stderr
    spans = {s["text"]: s for s in json.loads(proc.stdout)["spans"]}
    assert spans["Vostrakel"]["norm"]["id"] == "Vostrakel SAS"            # the user's entry
    assert spans["Vostrakel"]["source"].startswith(str(mine))
    assert spans["Nvidia"]["source"].startswith("org.jsonl:")             # the shipped one
    init = _run(py, work, "patterns", "init", "copy")
    assert init.returncode == 0 and (work / "copy" / "org.jsonl").is_file(), init.stderr
    again = _run(py, work, "patterns", "init", "copy")
    assert again.returncode == 1 and "--force" in again.stderr


def test_install_wheel_carries_the_investor_classifier(wheel_env):
    py, work = wheel_env
    text = ("Pollinex a bouclé un tour de table de 9 millions d'euros pour accélérer en Allemagne. La jeune pousse "
            "revendique 300 clients. Parmi ses nouveaux actionnaires figurent Kima Ventures, Axeleo Capital et Breega.")
    (work / "c.txt").write_text(text, encoding="utf-8")
    proc = _run(py, work, "extract", "c.txt")
    assert proc.returncode == 0, proc.stderr
    (event,) = json.loads(proc.stdout)["events"]
    assert [text[a:b] for a, b in event["roles"]["investors"]] == ["Kima Ventures", "Axeleo Capital", "Breega"]

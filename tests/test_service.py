"""The warm HTTP service over real HTTP: .ci/run starts it (TECHNEWS_TEST_SERVICE_URL);
elsewhere this module starts `python -m pipeline serve` on a free local port itself."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from .conftest import SEEDS  # noqa: E402


@pytest.fixture(scope="module")
def service_url():
    url = os.environ.get("TECHNEWS_TEST_SERVICE_URL")
    if url:
        yield url.rstrip("/")
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(url + "/health", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail("the service did not start: " + proc.stderr.read().decode()[-2000:])
                time.sleep(0.25)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def post(url: str, body: bytes, content_type: str = "application/json") -> tuple[int, object]:
    req = urllib.request.Request(url + "/extract", data=body, headers={"content-type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def test_health_and_docs(service_url):
    with urllib.request.urlopen(service_url + "/health", timeout=10) as resp:
        assert json.loads(resp.read())["status"] == "ok"
    with urllib.request.urlopen(service_url + "/openapi.json", timeout=10) as resp:
        assert "/extract" in json.loads(resp.read())["paths"]


def test_round_trip_equals_extract(service_url, tmp_path):
    """The same JSONL line through `extract -` and through POST /extract gives the same record."""
    text = (SEEDS / "003_65507d5bbac09205.txt").read_text(encoding="utf-8")
    item = {"id": "a1", "text": text, "meta": {"published": "2025-11-22", "source": "wire.jsonl"}}
    status, record = post(service_url, json.dumps(item).encode())
    assert status == 200
    cli = subprocess.run([sys.executable, "-m", "pipeline", "extract", "-", "-q"], input=json.dumps(item) + "\n",
                         capture_output=True, text=True, check=True)
    assert record == json.loads(cli.stdout)
    assert any(s["label"] == "MONEY" for s in record["spans"])


def test_a_list_gives_a_list_in_order(service_url):
    items = [{"text": "Le 3 mars 2025, Doctolib a levé 50 millions d'euros."},
             {"text": "Free lance sa Freebox Ultra à 49,99 euros par mois.", "id": 7}]
    status, records = post(service_url, json.dumps(items).encode())
    assert status == 200
    assert [r["id"] for r in records] == ["1", "7"]
    assert [r["text"] for r in records] == [i["text"] for i in items]
    assert records[0]["meta"]["source"] == "<http>"


@pytest.mark.parametrize("body, status, message", [
    (b'{"text": "Apple", ', 422, "not valid JSON"),
    (b'{"id": "x"}', 422, "text"),
    (b'{"text": "   "}', 422, "empty text"),
    (b'{"text": 12}', 422, "text"),
    (b'{"text": "Apple", "meta": {"published": "hier"}}', 422, "published"),
    (b'{"text": "Apple", "langue": "fr"}', 422, "langue"),
    (b"[]", 422, "empty list"),
    (b'"Apple"', 422, ""),
])
def test_bad_input_is_a_4xx_with_a_message(service_url, body, status, message):
    got, answer = post(service_url, body)
    assert got == status
    assert message in json.dumps(answer, ensure_ascii=False)


def test_oversize_body_is_refused(service_url):
    body = json.dumps({"text": "Apple. " * 400_000}).encode()   # 2.8 MB, over the 2 MB default
    got, answer = post(service_url, body)
    assert got == 413 and "limit" in answer["detail"]


def test_binds_to_localhost_by_default():
    from pipeline.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1"

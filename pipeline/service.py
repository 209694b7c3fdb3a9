"""A warm HTTP service: the pipeline loaded once per worker, records over HTTP.

    python -m pipeline serve                       # http://127.0.0.1:8000, docs at /docs
    curl -s localhost:8000/extract -H 'content-type: application/json' \\
         -d '{"text": "Mistral AI lève 1,7 milliard d’euros.", "meta": {"published": "2025-09-09"}}'

``POST /extract`` takes one ``{"text", "id"?, "meta"?}`` object or a list of them
and returns the record(s) exactly as ``extract`` writes them for the same JSONL
line (``meta.source`` is ``<http>`` unless the request gives one). Bad input is a
4xx with a clear message, never a 500; a body over ``--max-body`` bytes is refused
with 413 before it is read whole.
"""

# No 'from __future__ import annotations': FastAPI reads the request models' annotations at run time.
import os
import threading

DEFAULT_MAX_BODY = 2_000_000
ENV_PATTERNS = "PIPELINE_PATTERNS"
ENV_MAX_BODY = "PIPELINE_MAX_BODY"


def create_app(nlp=None, max_body: int | None = None):
    """The FastAPI application; ``nlp`` defaults to ``pipeline.load()`` at start-up
    (each uvicorn worker process loads it once)."""
    from contextlib import asynccontextmanager

    from fastapi import Body, FastAPI, HTTPException, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from pydantic import BaseModel, ConfigDict, Field

    from . import __version__

    max_body = max_body or int(os.environ.get(ENV_MAX_BODY, DEFAULT_MAX_BODY))
    state: dict = {"nlp": nlp}
    # spaCy's pipeline is not meant to run in two threads at once: one extraction at a
    # time per worker process (scale with --workers, one per core).
    lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(app):
        if state["nlp"] is None:
            from .cli import load_cached

            state["nlp"] = load_cached(os.environ.get(ENV_PATTERNS) or None)
        yield

    app = FastAPI(title="French tech-news extraction", version=__version__, lifespan=lifespan,
                  description="ORG, PRODUCT, MONEY and DATE with normalised values, and the deals "
                              "(funding, acquisition, fine) of French tech news. The record format is "
                              "evaluation/ANNOTATION.md §1.")

    class Item(BaseModel):
        model_config = ConfigDict(extra="forbid")
        text: str = Field(description="the article's text, as read from its file")
        id: str | int | None = Field(None, description="the document's id (default: its position, from 1)")
        meta: dict | None = Field(None, description='{"published": "YYYY-MM-DD", ...}: the publication date '
                                                    "resolves relative dates; nothing is resolved against the clock")

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body):
            if length.isdigit() and int(length) <= 32 * max_body:
                # Read and drop what the client sends (nothing kept), so a client that writes the
                # whole body before reading gets the 413 rather than a reset connection.
                async for _ in request.stream():
                    pass
            return JSONResponse({"detail": f"request body over the limit of {max_body:,} bytes"}, status_code=413)
        if length is None and request.method == "POST":
            body = b""
            async for chunk in request.stream():      # chunked upload: count as it comes
                body += chunk
                if len(body) > max_body:
                    return JSONResponse({"detail": f"request body over the limit of {max_body:,} bytes"},
                                        status_code=413)
            request._body = body
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = []
        for err in exc.errors():
            if err.get("type") == "json_invalid":
                problems.append(f"the body is not valid JSON ({err.get('ctx', {}).get('error', 'decode error')} "
                                f"near character {err.get('loc', ('', '?'))[-1]})")
                continue
            where = ".".join(str(x) for x in err.get("loc", ()) if x != "body") or "body"
            problems.append(f"{where}: {err.get('msg')}")
        return JSONResponse({"detail": "; ".join(problems) or "invalid request"}, status_code=422)

    @app.get("/health")
    def health() -> dict:
        """Ready when the pipeline is loaded."""
        return {"status": "ok" if state["nlp"] is not None else "loading", "version": __version__}

    @app.post("/extract")
    def extract(payload: Item | list[Item] = Body(...)):
        """Extract one document (an object) or several (a list): the same records as `extract`."""
        from .api import Failure, check_published, extract_records
        from .errors import ArgumentError
        from .io.readers import InputError, record_document

        items = payload if isinstance(payload, list) else [payload]
        if not items:
            raise HTTPException(422, "an empty list: send at least one document")
        documents = []
        for n, item in enumerate(items, 1):
            meta = dict(item.meta or {})
            if "published" in meta:
                try:
                    check_published(meta["published"])
                except ArgumentError as e:
                    raise HTTPException(422, f"item {n}: meta.published: {e.reason}") from None
            # read as a JSONL line is read, so the record is the one `extract` writes
            doc = record_document({"id": item.id, "text": item.text, "meta": meta}, f"<http>:{n}", "<http>", str(n))
            if isinstance(doc, InputError):
                raise HTTPException(422, f"item {n}: {doc.reason}")
            documents.append(doc)
        failures: list[Failure] = []
        with lock:
            records = list(extract_records(documents, state["nlp"], on_error=failures.append))
        if failures:
            raise HTTPException(422, "; ".join(f"{f.where}: {f.reason}" for f in failures))
        return records if isinstance(payload, list) else records[0]

    return app


def app_factory():
    """For ``uvicorn --factory pipeline.service:app_factory`` (each worker builds its own app)."""
    return create_app()


def add_serve_parser(sub) -> None:
    import argparse

    s = sub.add_parser(
        "serve", help="run the warm HTTP service (POST /extract, GET /health, docs at /docs)",
        description="Serve the pipeline over HTTP (FastAPI on uvicorn): the model is loaded once per worker, "
                    "so a request costs the extraction only, not a 1-second process start.",
        epilog="examples:\n"
               "  python -m pipeline serve                          # http://127.0.0.1:8000/docs\n"
               "  python -m pipeline serve --port 9000 --workers 2  # one worker per core\n"
               "  curl -s localhost:8000/extract -H 'content-type: application/json' \\\n"
               "       -d '{\"text\": \"Nvidia rachète Run:ai.\", \"meta\": {\"published\": \"2025-11-22\"}}'\n",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default %(default)s: this machine only; 0.0.0.0 opens it to the network)")
    s.add_argument("--port", type=int, default=8000, help="port (default %(default)s)")
    s.add_argument("--workers", type=int, default=1, metavar="N",
                   help="worker processes, each with its own pipeline (default %(default)s; one per core)")
    s.add_argument("--max-body", type=int, default=DEFAULT_MAX_BODY, metavar="BYTES",
                   help="refuse a request body larger than this with 413 (default %(default)s)")
    s.add_argument("--patterns", metavar="DIR", help="your own pattern folder, layered over the shipped files")
    s.set_defaults(func=cmd_serve)


def cmd_serve(args) -> int:
    from .errors import PipelineError

    try:
        import uvicorn
    except ImportError:
        raise PipelineError("serve", "the service needs FastAPI and uvicorn: "
                                     "pip install 'fr-technews-pipeline[serve]'") from None
    if args.workers < 1:
        raise PipelineError("--workers", "must be at least 1")
    os.environ[ENV_MAX_BODY] = str(args.max_body)      # read by every worker's app
    if args.patterns:
        os.environ[ENV_PATTERNS] = args.patterns
    uvicorn.run("pipeline.service:app_factory", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level="warning")
    return 0

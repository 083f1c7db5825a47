"""The HTTP app: OpenAI-compatible routes plus /health, /info and /metrics."""
from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import platform
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Optional

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from . import __version__, validate
from .chat import ChatBackend, GenerationStats
from .config import Config
from .embeddings import EmbeddingBackend
from .errors import APIError, bad_request, error_body, unavailable
from .metrics import Registry

log = logging.getLogger("okla_modelserver")

ROUTES = ("/v1/embeddings", "/v1/chat/completions", "/v1/models", "/health", "/info", "/metrics")


class State:
    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.metrics = Registry()
        self.embeddings = EmbeddingBackend(cfg)
        self.chat = ChatBackend(cfg)
        self.started = time.time()
        self.embed_pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="embed")
        self.chat_pool = ThreadPoolExecutor(max_workers=16, thread_name_prefix="chat")

    def load(self) -> None:
        if self.cfg.no_embeddings:
            self.embeddings.error = "disabled by --no-embeddings"
        else:
            self.embeddings.load()
        if self.cfg.no_chat:
            self.chat.error = "disabled by --no-chat"
        else:
            self.chat.load()
        self.metrics.backend_loaded.set(1 if self.embeddings.loaded else 0, backend="embeddings")
        self.metrics.backend_loaded.set(1 if self.chat.loaded else 0, backend="chat")

    def backends(self) -> dict:
        e, c = self.embeddings, self.chat
        return {
            "embeddings": {
                "loaded": e.loaded, "enabled": not self.cfg.no_embeddings, "model": e.model_id,
                "dimensions": e.dims, "backend": e.backend, "error": None if e.loaded else e.error,
            },
            "chat": {
                "loaded": c.loaded, "enabled": not self.cfg.no_chat, "model": c.model_id,
                "context_size": c.n_ctx, "error": None if c.loaded else c.error,
            },
        }


def _json(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def _api_error(e: APIError) -> JSONResponse:
    return _json(e.body(), e.status)


async def _read_body(request: Request, st: State) -> dict:
    cl = request.headers.get("content-length")
    if cl is not None and cl.isdigit() and int(cl) > st.cfg.max_body_bytes:
        raise APIError(413, f"request body larger than {st.cfg.max_body_bytes} bytes", "invalid_request_error", None, "request_too_large")
    raw = await request.body()
    if len(raw) > st.cfg.max_body_bytes:
        raise APIError(413, f"request body larger than {st.cfg.max_body_bytes} bytes", "invalid_request_error", None, "request_too_large")
    return validate.parse_json_body(raw)


# ---------------- embeddings ----------------

async def embeddings(request: Request) -> Response:
    st: State = request.app.state.s
    body = await _read_body(request, st)
    texts, fmt = validate.embeddings_request(body, st.cfg.max_inputs, st.embeddings.dims)
    if not st.embeddings.loaded:
        raise unavailable("embeddings", st.embeddings.error or "not loaded")

    def work():
        t0 = time.perf_counter()
        vecs = st.embeddings.encode(texts)
        dt = time.perf_counter() - t0
        ntok = st.embeddings.count_tokens(texts)
        return vecs, ntok, dt

    loop = asyncio.get_running_loop()
    vecs, ntok, dt = await loop.run_in_executor(st.embed_pool, work)
    m = st.metrics
    m.embedding_texts.inc(len(texts))
    m.embedding_tokens.inc(ntok)
    m.embedding_batch.observe(len(texts))
    m.embedding_seconds.observe(dt)
    data = []
    for i, v in enumerate(vecs):
        if fmt == "base64":
            emb: Any = base64.b64encode(v.astype("<f4").tobytes()).decode("ascii")
        else:
            emb = v.tolist()
        data.append({"object": "embedding", "index": i, "embedding": emb})
    return _json({
        "object": "list", "data": data, "model": st.embeddings.model_id,
        "usage": {"prompt_tokens": ntok, "total_tokens": ntok},
    })


# ---------------- chat ----------------

def _record_chat(st: State, stats: GenerationStats, mode: str, finish: str) -> None:
    m = st.metrics
    m.chat_requests.inc(mode=mode, finish_reason=finish)
    m.prompt_tokens.inc(stats.prompt_tokens)
    m.completion_tokens.inc(stats.completion_tokens)
    if stats.ttft is not None:
        m.ttft.observe(stats.ttft)
    if stats.finished_at is not None:
        m.gen_seconds.observe(stats.finished_at - stats.started)
    if stats.cancelled:
        m.cancelled.inc()


def _context_error(e: Exception) -> Optional[APIError]:
    msg = str(e)
    if isinstance(e, ValueError) and ("exceed context window" in msg or "context" in msg.lower()):
        return bad_request(f"the prompt does not fit the model's context: {msg}", "messages", "context_length_exceeded")
    return None


async def _watch_disconnect(request: Request, cancel: threading.Event) -> None:
    while not cancel.is_set():
        if await request.is_disconnected():
            cancel.set()
            return
        await asyncio.sleep(0.2)


async def chat_completions(request: Request) -> Response:
    st: State = request.app.state.s
    body = await _read_body(request, st)
    req = validate.chat_request(body, st.chat.n_ctx)
    if not st.chat.loaded:
        raise unavailable("chat", st.chat.error or "not loaded")
    grammar = st.chat.grammar_for(req.get("response_format"))
    if req["stream"]:
        return await _chat_stream(request, st, req, grammar)

    cancel, stats = threading.Event(), GenerationStats()
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(st.chat_pool, st.chat.complete, req, grammar, cancel, stats)
    watcher = asyncio.ensure_future(_watch_disconnect(request, cancel))
    try:
        out = await fut
    except Exception as e:
        err = _context_error(e)
        _record_chat(st, stats, "full", "error")
        if err is not None:
            raise err
        raise
    finally:
        cancel.set()  # also ends the watcher
        watcher.cancel()
    if stats.cancelled or not out:
        _record_chat(st, stats, "full", "cancelled")
        return Response(status_code=499)
    finish = out["choices"][0].get("finish_reason") or "stop"
    _record_chat(st, stats, "full", finish)
    out["model"] = st.chat.model_id
    out["system_fingerprint"] = f"okla-modelserver-{__version__}"
    return _json(out)


async def _chat_stream(request: Request, st: State, req: dict, grammar) -> Response:
    cancel, stats = threading.Event(), GenerationStats()
    loop = asyncio.get_running_loop()
    q: asyncio.Queue = asyncio.Queue()

    def put(item) -> None:
        with contextlib.suppress(RuntimeError):  # loop closed at shutdown
            loop.call_soon_threadsafe(q.put_nowait, item)

    def worker() -> None:
        try:
            for chunk in st.chat.stream(req, grammar, cancel, stats):
                put(("chunk", chunk))
        except Exception as e:  # reported to the client
            put(("error", e))
        finally:
            put(("end", None))

    loop.run_in_executor(st.chat_pool, worker)
    watcher = asyncio.ensure_future(_watch_disconnect(request, cancel))

    # Wait for the first chunk before answering, so errors found when the prompt is
    # evaluated (too long for the context) are still a proper 400.
    try:
        first = await q.get()
    except BaseException:
        cancel.set()
        watcher.cancel()
        raise
    if first[0] == "error":
        cancel.set()
        watcher.cancel()
        _record_chat(st, stats, "stream", "error")
        err = _context_error(first[1])
        if err is not None:
            raise err
        raise first[1]
    if first[0] == "end":
        watcher.cancel()
        _record_chat(st, stats, "stream", "cancelled")
        return Response(status_code=499)

    model_id = st.chat.model_id

    async def events():
        finish = None
        item = first
        chunk_id = None
        created = int(time.time())
        try:
            while True:
                kind, payload = item
                if kind == "end":
                    break
                if kind == "error":
                    err = APIError(500, f"generation failed: {type(payload).__name__}: {payload}", "server_error")
                    yield f"data: {json.dumps(err.body())}\n\n"
                    finish = "error"
                    break
                payload["model"] = model_id
                chunk_id = payload.get("id", chunk_id)
                created = payload.get("created", created)
                payload.setdefault("system_fingerprint", f"okla-modelserver-{__version__}")
                for ch in payload.get("choices", []):
                    if ch.get("finish_reason"):
                        finish = ch["finish_reason"]
                yield f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"
                item = await q.get()
            if req["include_usage"] and finish != "error":
                usage = {"prompt_tokens": stats.prompt_tokens, "completion_tokens": stats.completion_tokens,
                         "total_tokens": stats.prompt_tokens + stats.completion_tokens}
                yield "data: " + json.dumps({"id": chunk_id, "object": "chat.completion.chunk", "created": created,
                                             "model": model_id, "choices": [], "usage": usage}) + "\n\n"
            yield "data: [DONE]\n\n"
        finally:
            # Reached on normal end, and when the client goes away (the generator is
            # cancelled or closed): either way the worker stops at the next token.
            if finish is None:
                cancel.set()
                stats.cancelled = True
            watcher.cancel()
            cancel.set()
            _record_chat(st, stats, "stream", finish or "cancelled")

    return StreamingResponse(events(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


# ---------------- models, health, info, metrics ----------------

def _model_list(st: State) -> list[dict]:
    out = []
    created = int(st.started)
    if st.embeddings.loaded:
        out.append({"id": st.embeddings.model_id, "object": "model", "created": created, "owned_by": "okla-modelserver",
                    "type": "embeddings", "dimensions": st.embeddings.dims})
    if st.chat.loaded:
        out.append({"id": st.chat.model_id, "object": "model", "created": created, "owned_by": "okla-modelserver",
                    "type": "chat", "context_size": st.chat.n_ctx})
    return out


async def models(request: Request) -> Response:
    return _json({"object": "list", "data": _model_list(request.app.state.s)})


async def model_one(request: Request) -> Response:
    mid = request.path_params["model"]
    for m in _model_list(request.app.state.s):
        if m["id"] == mid:
            return _json(m)
    return _json(error_body(f"model {mid!r} not found", "invalid_request_error", "model", "model_not_found"), 404)


async def health(request: Request) -> Response:
    st: State = request.app.state.s
    b = st.backends()
    enabled_ok = all(v["loaded"] for v in b.values() if v["enabled"])
    return _json({"status": "ok" if enabled_ok else "degraded", "backends": b,
                  "uptime_seconds": round(time.time() - st.started, 1)})


def _versions(st: State) -> dict:
    import starlette
    v = {"okla_modelserver": __version__, "python": platform.python_version(), "starlette": starlette.__version__}
    for mod in ("uvicorn", "numpy"):
        with contextlib.suppress(Exception):
            v[mod] = __import__(mod).__version__
    v.update(st.embeddings.versions)
    v.update(st.chat.versions)
    return v


async def info(request: Request) -> Response:
    st: State = request.app.state.s
    e, c = st.embeddings, st.chat
    return _json({
        "name": "okla-modelserver",
        "version": __version__,
        "embeddings": {"loaded": e.loaded, "model": e.model_id, "source": e.source, "dimensions": e.dims,
                       "max_seq_length": e.max_seq_length, "normalized": True,
                       "backend": e.backend, "onnx_path": e.onnx_path, "batch_size": st.cfg.batch_size,
                       "load_seconds": e.load_seconds, "error": None if e.loaded else e.error},
        "chat": {"loaded": c.loaded, "model": c.model_id, "path": c.path, "context_size": c.n_ctx,
                 "load_seconds": c.load_seconds, "default_max_tokens": st.cfg.default_max_tokens,
                 "response_formats": ["text", "json_object", "json_schema"], "error": None if c.loaded else c.error},
        "versions": _versions(st),
        "config": st.cfg.public(),
        "uptime_seconds": round(time.time() - st.started, 1),
    })


async def metrics(request: Request) -> Response:
    return PlainTextResponse(request.app.state.s.metrics.render(),
                             media_type="text/plain; version=0.0.4; charset=utf-8")


# ---------------- errors and middleware ----------------

async def _on_api_error(request: Request, exc: APIError) -> Response:
    return _api_error(exc)


async def _on_http_error(request: Request, exc: HTTPException) -> Response:
    kind = {404: "not_found_error", 405: "invalid_request_error"}.get(exc.status_code, "invalid_request_error")
    msg = {404: f"no route {request.url.path}", 405: f"method {request.method} not allowed on {request.url.path}"}.get(
        exc.status_code, str(exc.detail))
    return _json(error_body(msg, kind, None, str(exc.status_code)), exc.status_code)


async def _on_error(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s", request.url.path)
    return _json(error_body(f"internal error: {type(exc).__name__}", "server_error", None, "internal_error"), 500)


class MetricsMiddleware:
    def __init__(self, app, registry: Registry):
        self.app, self.m = app, registry

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        route = path if path in ROUTES else ("/v1/models/{model}" if path.startswith("/v1/models/") else "other")
        status = {"code": 500}
        t0 = time.perf_counter()
        self.m.inflight.inc(1)

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            self.m.inflight.inc(-1)
            self.m.requests.inc(route=route, method=scope.get("method", ""), code=str(status["code"]))
            self.m.latency.observe(time.perf_counter() - t0, route=route)


def create_app(cfg: Config, load: bool = True) -> Starlette:
    st = State(cfg)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        if load:
            # Load before the port accepts connections: a 200 from /health means ready.
            await asyncio.get_running_loop().run_in_executor(None, st.load)
        b = st.backends()
        log.info("ready: embeddings=%s chat=%s", b["embeddings"]["loaded"] and b["embeddings"]["model"] or b["embeddings"]["error"],
                 b["chat"]["loaded"] and b["chat"]["model"] or b["chat"]["error"])
        yield
        st.embed_pool.shutdown(wait=False, cancel_futures=True)
        st.chat_pool.shutdown(wait=False, cancel_futures=True)

    routes = [
        Route("/v1/embeddings", embeddings, methods=["POST"]),
        Route("/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/v1/models/{model:path}", model_one, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Route("/info", info, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={
        APIError: _on_api_error, HTTPException: _on_http_error, Exception: _on_error,
    })
    app.state.s = st
    app.add_middleware(MetricsMiddleware, registry=st.metrics)
    return app

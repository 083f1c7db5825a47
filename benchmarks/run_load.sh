#!/usr/bin/env bash
# Builds the release binary, serves the demo on SQLite (or PostgreSQL with --postgres),
# and runs benchmarks/load.py against it. Results: benchmarks/results/load-<backend>.json
set -euo pipefail
cd "$(dirname "$0")/.."
backend=sqlite
[ "${1:-}" = "--postgres" ] && backend=postgres
swift build -c release --product okla >/dev/null
work=$(mktemp -d)
port=$((18000 + RANDOM % 1000))
cleanup() { kill "${server:-0}" 2>/dev/null || true; [ "$backend" = postgres ] && python3 scripts/pg.py stop "$work/pg" >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
if [ "$backend" = postgres ]; then
  bash scripts/python-deps.sh
  export OKLA_DATABASE_URL=$(python3 scripts/pg.py start "$work/pg" 2>/dev/null | tail -1)
fi
OKLA_DATA_DIR="$work/data" .build/release/okla demo --port "$port" >"$work/server.log" 2>&1 &
server=$!
healthy=false
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/api/chat/health" >/dev/null && { healthy=true; break; }
  sleep 0.2
done
if [ "$healthy" != true ]; then echo "server did not start:"; cat "$work/server.log"; exit 1; fi
python3 benchmarks/load.py --url "http://127.0.0.1:$port" --sessions "${SESSIONS:-20}" --seconds "${SECONDS_RUN:-20}" \
  --backend "$backend" --out "benchmarks/results/load-$backend.json"

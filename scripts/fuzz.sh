#!/usr/bin/env bash
# Property-based fuzzing of the HTTP API against its OpenAPI document
# (Sources/OKLAServer/Resources/openapi.yaml), with schemathesis, bounded in examples and time.
#
#   scripts/fuzz.sh [BASE_URL] [extra schemathesis options...]      (BASE_URL default http://127.0.0.1:8080)
#
# It needs a running server; start one with a throwaway store, the admin key, no webhook
# delivery and no rate limits (a 429 is documented, but it would hide the routes behind it):
#
#   OKLA_ADMIN_KEY=test-admin OKLA_DATA_DIR=$(mktemp -d) OKLA_DELIVER_EVENTS=0 \
#     OKLA_RATE_LIMIT_IP=0 OKLA_RATE_LIMIT_SESSION=0 OKLA_RATE_LIMIT_PHONE=0 \
#     .build/debug/okla demo --port 8099 &
#   OKLA_ADMIN_KEY=test-admin bash scripts/fuzz.sh http://127.0.0.1:8099
#
# The run creates dealers and vehicles and changes the demo data: never point it at a store
# that matters.
#
# scripts/fuzz_hooks.py points generated webhook URLs at the loopback and steers some requests
# to the demo dealers, vehicles and to chat sessions it opens, so the routes behind a 404 run too.
#
# Checks: not_a_server_error (no 5xx), status_code_conformance, content_type_conformance,
# response_headers_conformance, response_schema_conformance. Exit status is non-zero on any
# failure, on an invalid document, or when the run exceeds FUZZ_TIMEOUT.
#
# Environment:
#   OKLA_ADMIN_KEY      sent as `Authorization: Bearer …` (dealer routes); unset: they are
#                       fuzzed unauthenticated and only reach 401
#   FUZZ_MAX_EXAMPLES   examples per operation and phase (default 25)
#   FUZZ_SEED           hypothesis seed (default 20261121), for reproducible runs
#   FUZZ_PHASES         schemathesis phases (default examples,coverage,fuzzing,stateful)
#   FUZZ_WORKERS        concurrent workers (default 1: with 2, a run died once inside hypothesis,
#                       whose ast.parse calls are not thread-safe on Python 3.11)
#   FUZZ_TIMEOUT        hard limit of the run in seconds (default 600)
#   FUZZ_SCHEMA         document to test (default the repository's file; the server's
#                       $BASE_URL/openapi.yaml works too)
#   FUZZ_VENV           where schemathesis is installed (default ~/.cache/okla-fuzz-venv)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
base_url=${1:-http://127.0.0.1:8080}
base_url=${base_url%/}
[[ $# -gt 0 ]] && shift
schema=${FUZZ_SCHEMA:-$root/Sources/OKLAServer/Resources/openapi.yaml}
requirements=$root/scripts/fuzz-requirements.txt
venv=${FUZZ_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/okla-fuzz-venv}

# --- install the pinned tools once; later runs only compare a hash ---------------------------
stamp=$venv/.okla-fuzz-requirements
want=$(sha256sum "$requirements" | cut -d' ' -f1)
if [[ ! -x $venv/bin/schemathesis || ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "fuzz: installing $(grep -v '^#' "$requirements" | tr '\n' ' ')into $venv" >&2
  if ! python3 -m venv "$venv" >/dev/null 2>&1; then
    # No venv module (Debian's python3 without python3-venv): install into the user site instead.
    python3 -m pip install -q --user -r "$requirements" \
      || python3 -m pip install -q --user --break-system-packages -r "$requirements"
    mkdir -p "$venv/bin"
    printf '#!/bin/sh\nexec python3 -m schemathesis.cli "$@"\n' > "$venv/bin/schemathesis"
    printf '#!/bin/sh\nexec python3 -m openapi_spec_validator "$@"\n' > "$venv/bin/openapi-spec-validator"
    chmod +x "$venv/bin/schemathesis" "$venv/bin/openapi-spec-validator"
  else
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$requirements"
  fi
  echo "$want" > "$stamp"
fi

# --- the document must be valid OpenAPI before anything is sent --------------------------------
if [[ -f $schema ]]; then
  "$venv/bin/openapi-spec-validator" "$schema"
fi

# --- the server must answer --------------------------------------------------------------------
# (any HTTP answer will do: a rate-limited server says 429 to the health check too)
answers() { [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base_url/api/chat/health") != 000 ]]; }
for _ in $(seq 1 30); do answers && break; sleep 1; done
answers || { echo "fuzz: no server answers at $base_url" >&2; exit 2; }

auth=()
if [[ -n ${OKLA_ADMIN_KEY:-} ]]; then
  auth=(--header "Authorization: Bearer $OKLA_ADMIN_KEY")
else
  echo "fuzz: OKLA_ADMIN_KEY is not set; dealer routes will only be fuzzed unauthenticated (401)" >&2
fi

# schemathesis keeps nothing in the repository: run from a scratch folder, no example database.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export SCHEMATHESIS_HOOKS=$root/scripts/fuzz_hooks.py FUZZ_BASE_URL=$base_url

start=$(date +%s)
set +e
timeout --signal=INT --kill-after=15 "${FUZZ_TIMEOUT:-600}" \
  "$venv/bin/schemathesis" run "$schema" \
  --url "$base_url" \
  "${auth[@]}" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
  --phases "${FUZZ_PHASES:-examples,coverage,fuzzing,stateful}" \
  --max-examples "${FUZZ_MAX_EXAMPLES:-25}" \
  --seed "${FUZZ_SEED:-20261121}" \
  --workers "${FUZZ_WORKERS:-1}" \
  --generation-database none \
  --generation-with-security-parameters false \
  --request-timeout 20 \
  --suppress-health-check all \
  --no-color \
  "$@"
status=$?
set -e
echo "fuzz: schemathesis exited $status after $(( $(date +%s) - start ))s" >&2
if [[ $status -eq 124 || $status -eq 130 ]]; then
  echo "fuzz: the run exceeded FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-600}s" >&2
fi
exit "$status"

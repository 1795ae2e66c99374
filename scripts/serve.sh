#!/usr/bin/env bash
# Installs what is missing, then serves the playground at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
exec ./scripts/trunk.sh serve --release=true "$@"

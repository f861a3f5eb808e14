#!/usr/bin/env bash
# Runs the test suite: installs what is missing, then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift test "$@"

#!/usr/bin/env bash
# Builds the sample casebook into site/: installs what is missing, compiles casebook
# (release), then runs `casebook build`. Extra arguments go to `casebook build`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product casebook
.build/release/casebook build "$@"

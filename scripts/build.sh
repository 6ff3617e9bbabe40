#!/usr/bin/env bash
# Configures and builds one preset (dev, asan or release): scripts/build.sh [PRESET]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
if [ ! -f "build/$preset/build.ninja" ]; then
  cmake --preset "$preset" >/dev/null
fi
jobs=${SHIPDECK_JOBS:-$(nproc)}
cmake --build --preset "$preset" -j "$jobs"

#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through ctest:
#   scripts/test.sh [PRESET]        (dev by default; asan runs the suite under ASan+UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
bash scripts/setup.sh
bash scripts/build.sh "$preset"
ctest --preset "$preset" -j "${SHIPDECK_TEST_JOBS:-2}"

#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and starts Shipdeck on the demo workspace.
# Without a display it runs the same demo headless through shipdeckctl and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh release
bin=build/release/bin
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin/shipdeck" --demo "$@"
fi
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the demo headless through shipdeckctl."
echo "On a desktop, the same command opens the Shipdeck window on the demo workspace."
exec "$bin/shipdeckctl" demo "$@"

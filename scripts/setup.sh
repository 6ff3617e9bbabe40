#!/usr/bin/env bash
# Installs what Shipdeck needs to build and test on Debian 12, and nothing that is already
# there. Idempotent and quiet when everything is present. Sourced by demo.sh and test.sh.
set -euo pipefail

SHIPDECK_PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config file dpkg-dev git
  # Qt 6.4 (Widgets, Charts, WebSockets, Network, Concurrent, Svg, Test, LinguistTools)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-websockets-dev qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  # libraries
  libyaml-cpp-dev libgit2-dev libssl-dev libsqlite3-dev libvalijson-dev nlohmann-json3-dev
  libhttp-parser-dev
  # real peers the tests use (nghttp2-proxy: nghttpx, a real HTTP/2 server before the test
  # Kubernetes API server, which speaks HTTP/1.1 only)
  sqlite3 openssl age prometheus wrk nghttp2-proxy
  # headless GUI runs and screenshots
  xvfb xauth
)

have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in "${SHIPDECK_PACKAGES[@]}"; do
  have_pkg "$p" || missing+=("$p")
done
# kubectl: any kubectl on PATH will do; otherwise Debian's kubernetes-client.
command -v kubectl >/dev/null 2>&1 || have_pkg kubernetes-client || missing+=(kubernetes-client)
# Node.js runs the independent validators (npm registry); keep an existing installation.
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)

if ((${#missing[@]})); then
  echo "shipdeck setup: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

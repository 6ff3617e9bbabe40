#!/usr/bin/env bash
# Foundation benchmarks: durable queue throughput and cold start of the GUI.
# usage: tests/bench/foundation/run.sh [BUILD_DIR]   (a release build gives the published figures)
set -euo pipefail
build=${1:-build/release}
bin="$build/bin"
echo "== durable queue"
"$bin/bench_queue" 50000

echo
echo "== cold start to first painted frame (offscreen), median of 15 runs; idle RSS after 1 s"
ws=$(mktemp -d)
trap 'rm -rf "$ws"' EXIT
"$bin/shipdeckctl" workspace init "$ws/ws" >/dev/null
export QT_QPA_PLATFORM=offscreen SHIPDECK_IDLE_MS=1000 XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$ws}
measure() { # label, command...
  local label=$1; shift
  local frames=() rss=""
  for i in $(seq 15); do
    out=$("$@" 2>/dev/null)
    frames+=("$(echo "$out" | awk '/first-frame-ms/ {print $2}')")
    rss=$(echo "$out" | awk '/idle-rss-bytes/ {print $2}')
  done
  local median
  median=$(printf '%s\n' "${frames[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$label: first frame ${median} ms (median), idle RSS $((rss / 1048576)) MiB"
  eval "${label//[^a-z]/_}_ms=$median; ${label//[^a-z]/_}_rss=$rss"
}
measure "hello" "$bin/bench_hello_window"
measure "shipdeck" "$bin/shipdeck" --workspace "$ws/ws" --no-restore --report-first-frame
echo "ratio shipdeck / minimal Qt window: first frame $(awk "BEGIN {printf \"%.2f\", $shipdeck_ms / ($hello_ms > 0 ? $hello_ms : 1)}"), RSS $(awk "BEGIN {printf \"%.2f\", $shipdeck_rss / $hello_rss}")"

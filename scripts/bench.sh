#!/usr/bin/env bash
# The benchmark (not part of the tests): builds the release app and prints
# the size of a first visit, start-up time and memory on a slowed-down
# browser, and the share code's size and speed on the reference plans.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
scripts/build.sh >/dev/null 2>&1 || scripts/build.sh
echo "## Size of a first visit (KiB)"
node scripts/size.mjs dist
echo
echo "## Start-up and memory"
node scripts/static-server.mjs dist 8092 >/dev/null &
server=$!
trap 'kill $server' EXIT
sleep 1
node scripts/bench-start.mjs http://127.0.0.1:8092 "${RUNS:-5}"
echo
echo "## Share code (native, release)"
cargo run --quiet --release --example codec_bench
echo
echo "Measured on: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"

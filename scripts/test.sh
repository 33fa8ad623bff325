#!/usr/bin/env bash
# Runs every test: formatting and lints, native tests, wasm tests in headless
# Chromium, and end-to-end tests against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format";              cargo fmt --check
step "clippy (native)";     cargo clippy --all-targets -- -D warnings
step "clippy (wasm)";       cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
step "native tests";        cargo test
step "wasm tests (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web
step "release build";       scripts/build.sh
step "size guard";          node scripts/check-size.mjs dist
step "end-to-end (Playwright, Chromium)"
npx playwright test

#!/usr/bin/env bash
# Builds the release app into dist/: the client's app (index.html), then the
# case manager's page (open/index.html) into dist/open/. In that order: each
# Trunk build empties its own dist folder first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
trunk build --release "$@"
trunk build open/index.html --release --dist dist/open "$@"
node scripts/site-csp.mjs dist

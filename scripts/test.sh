#!/usr/bin/env bash
# The one test command (npm test): find or install a browser, then
# translations -> type check -> lint -> build -> npm entries in Node -> the package (publint, attw)
# -> consumer apps (React, Vue, Svelte, TypeScript from the packed package) -> tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

find_browser() {
  if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then echo "$CHROME_PATH"; return; fi
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  done
}

browser=$(find_browser || true)
if [ -z "$browser" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ -f /etc/debian_version ]; then
    echo "No Chromium found: installing Debian's chromium package with apt-get."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    browser=$(find_browser || true)
  fi
fi
if [ -z "$browser" ]; then
  cat >&2 <<'MSG'
No Chromium or Chrome found. The tests run in headless Chromium.
  Debian/Ubuntu:  sudo apt-get install chromium
  macOS:          install Google Chrome, then
                  CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test
  Elsewhere:      set CHROME_PATH to a Chromium or Chrome executable.
MSG
  exit 1
fi
export CHROME_PATH="$browser"
echo "Browser: $CHROME_PATH"

step() { echo; echo "== $1"; }
step "generate";      node scripts/generate.mjs
step "type check";    npx tsc -p .
step "lint";          npx eslint .
step "build";         npm run --silent build
step "node imports";  node scripts/check-node-imports.mjs
step "package";       node scripts/check-package.mjs
step "consumer apps"; node scripts/consumers.mjs
step "tests"
log=$(mktemp)
status=0
npx web-test-runner 2>&1 | tee "$log" || status=$?
# The counts line, repeated last so the run ends with it (web-test-runner
# prints its own summary after our reporter's).
echo
grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1
rm -f "$log"
exit "$status"

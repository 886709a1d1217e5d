#!/usr/bin/env bash
# Refreshes the README's screenshots from the real desktop app: runs the window test (the Tauri
# window under Xvfb, driven through WebDriver) and copies what it saved into docs/screenshots/.
#   scripts/screenshots.sh        (after ./x deps; builds the debug app)
set -euo pipefail
cd "$(dirname "$0")/.."
source <(sed -n '/^with_keyring()/,/^}/p' x)
export PATH="$HOME/.cargo/bin:$PATH"
(cd ui && node_modules/.bin/vite build --logLevel warn)
cargo build -q -p ozzie-desktop
with_keyring xvfb-run -a -s '-screen 0 1280x800x24' node --test tests/e2e/window.test.mjs
mkdir -p docs/screenshots
for f in dashboard-en dashboard-pt transactions-en transactions-pt coach-en settings; do
  cp "tests/e2e/out/$f.png" "docs/screenshots/$f.png"
done
echo "docs/screenshots/ updated"

#!/usr/bin/env bash
# The UI's TypeScript types come from the API's OpenAPI document, never by hand:
#   scripts/api_types.sh [path/to/ozzie]           writes ui/openapi.json and ui/src/lib/api-types.ts
#   scripts/api_types.sh --check [path/to/ozzie]   fails when the committed ones differ (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
if [ "${1:-}" = "--check" ]; then check=true; shift; fi
BIN=${1:-target/debug/ozzie}
[ -x "$BIN" ] || cargo build -q -p ozzie-cli
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Keys sorted, so the file does not depend on how serde_json was built (preserve_order or not).
"$BIN" openapi | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), indent=2, sort_keys=True, ensure_ascii=False))' >"$out/openapi.json"
ui/node_modules/.bin/openapi-typescript "$out/openapi.json" -o "$out/api-types.ts" >/dev/null 2>&1
sed -i '1i // Generated from /v1/openapi.json by scripts/api_types.sh; do not edit.' "$out/api-types.ts"
if $check; then
  if ! diff -q "$out/openapi.json" ui/openapi.json >/dev/null || ! diff -q "$out/api-types.ts" ui/src/lib/api-types.ts >/dev/null; then
    diff -u ui/src/lib/api-types.ts "$out/api-types.ts" | head -40 || true
    echo "The API changed but the UI's types did not: run scripts/api_types.sh and commit ui/openapi.json and ui/src/lib/api-types.ts." >&2
    exit 1
  fi
  echo "ui/openapi.json and ui/src/lib/api-types.ts match the API"
else
  cp "$out/openapi.json" ui/openapi.json
  cp "$out/api-types.ts" ui/src/lib/api-types.ts
  echo "wrote ui/openapi.json and ui/src/lib/api-types.ts"
fi

#!/usr/bin/env bash
# schemathesis (PyPI) against `ozzie serve` on 127.0.0.1, driven only by /v1/openapi.json: every
# operation, generated and mutated inputs, checked for 5xx, undocumented statuses, content types,
# headers and responses that break the document's schemas.
#
#   tests/api/schemathesis.sh [path/to/ozzie] [max seconds]
#
# Installs schemathesis into target/schemathesis-venv on first use.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-target/debug/ozzie}
MAX_TIME=${2:-240}
VENV=target/schemathesis-venv
SCHEMATHESIS_VERSION=4.32.5

if [ ! -x "$VENV/bin/schemathesis" ] || ! "$VENV/bin/schemathesis" --version | grep -q "$SCHEMATHESIS_VERSION"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

dir=$(mktemp -d)
log="$dir/serve.log"
export OZZIE_DATA_DIR="$dir" OZZIE_DB_KEY=schemathesis OZZIE_TODAY=2025-05-05
cleanup() {
  [ -n "${server:-}" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT

creds=$("$BIN" --json api-client create schemathesis --requests-per-minute 1000000)
client_id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["client_id"])' <<<"$creds")
client_secret=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["client_secret"])' <<<"$creds")
token=$(printf '%s:%s' "$client_id" "$client_secret" | base64 -w0)

RUST_LOG=warn "$BIN" serve --addr 127.0.0.1:0 2>"$log" &
server=$!
for _ in $(seq 100); do
  base=$(grep -o 'http://[^ ]*/v1' "$log" || true)
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { cat "$log"; echo "ozzie serve did not start" >&2; exit 1; }

"$VENV/bin/schemathesis" run "$base/openapi.json" \
  --header "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
  --phases examples,coverage,fuzzing,stateful \
  --max-time "$MAX_TIME" \
  --workers 1 \
  --seed 1 \
  --suppress-health-check too_slow \
  --report har --report-har-path "${SCHEMATHESIS_HAR:-$dir/run.har}" \
  --no-color
echo "server errors logged:"; grep -c ' ERROR ' "$log" || true

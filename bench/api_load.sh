#!/usr/bin/env bash
# Load on `ozzie serve`: GET /v1/users/{id}/transactions (a page of 50 of the user's N stored
# transactions, authenticated, from the encrypted database) with wrk on loopback, next to a
# trivial axum handler measured in the same run with the same load. Prints requests/second,
# p50 and p99 latency of each and their ratios.
#
# usage: bench/api_load.sh [CONNECTIONS] [SECONDS] [N]   (defaults: 50 connections, 15 s, 10000)
# Installs wrk (apt) and builds release binaries if needed. Run on demand; never in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-50}
SECONDS_EACH=${2:-15}
N=${3:-10000}
WORK=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
cargo build --release -q -p ozzie-cli
cargo build --release -q -p ozzie-api --example trivial_server
OZZIE=$PWD/target/release/ozzie
TRIVIAL=$PWD/target/release/examples/trivial_server
export OZZIE_DATA_DIR="$WORK/data" OZZIE_DB_KEY=bench RUST_LOG=warn

started=""
start() { # log command... → sets $started to the base URL once the server listens
  local log=$1; shift
  "$@" >/dev/null 2>"$log" &
  pids+=($!)
  for _ in $(seq 200); do
    if grep -q 'listening on' "$log"; then started=$(grep -o 'http://[^ ]*/v1' "$log"); return; fi
    sleep 0.05
  done
  cat "$log" >&2; echo "the server did not start" >&2; exit 1
}

creds=$("$OZZIE" --json api-client create bench --requests-per-minute 1000000000)
token=$(python3 -c 'import base64,json,sys; d=json.load(sys.stdin)["data"]; print(base64.b64encode((d["client_id"] + ":" + d["client_secret"]).encode()).decode())' <<<"$creds")
start "$WORK/serve.log" "$OZZIE" serve --addr 127.0.0.1:0
base=$started
auth="Authorization: Bearer $token"
curl -sf -X POST "$base/users" -H "$auth" -H 'content-type: application/json' -d '{"external_user_id":"bench"}' >/dev/null
python3 bench/gen_transactions.py "$N" "$WORK/tx.csv" >/dev/null
python3 - "$WORK/tx.csv" "$WORK/tx.json" <<'PY'
import json, sys
json.dump({"type": "spreadsheet", "content": open(sys.argv[1], encoding="utf-8").read()}, open(sys.argv[2], "w"))
PY
curl -sf -X POST "$base/users/external:bench/transactions" -H "$auth" -H 'content-type: application/json' --data-binary @"$WORK/tx.json" -o /dev/null
stored=$(curl -sf "$base/users/external:bench/transactions?limit=1" -H "$auth" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["total_count"])')
start "$WORK/trivial.log" "$TRIVIAL" 127.0.0.1:0
peer=$started

load() { # url [header] → "rps p50_ms p99_ms"
  local out
  if [ $# -gt 1 ]; then out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "$2" "$1"); else out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$1"); fi
  if grep -q 'Non-2xx' <<<"$out"; then echo "$out" >&2; echo "some responses were not 2xx" >&2; exit 1; fi
  python3 - <<PY
import re
out = """$out"""
def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", v)
    if not m:
        raise SystemExit("could not read wrk's output:\n" + out)
    n, unit = m.groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p50 = ms(re.search(r"^\s*50%\s+(\S+)", out, re.M).group(1))
p99 = ms(re.search(r"^\s*99%\s+(\S+)", out, re.M).group(1))
print(f"{rps:.0f} {p50:.2f} {p99:.2f}")
PY
}

ours=$(load "$base/users/external:bench/transactions?limit=50" "$auth")
theirs=$(load "$peer/users/x/transactions")
read -r o_rps o_p50 o_p99 <<<"$ours"
read -r t_rps t_p50 t_p99 <<<"$theirs"
printf '\nGET /transactions?limit=50 of %s stored, %s connections, %ss each (wrk, loopback, %s cores)\n' "$stored" "$CONNECTIONS" "$SECONDS_EACH" "$(nproc)"
printf '%-34s %12s %10s %10s\n' "" "requests/s" "p50 ms" "p99 ms"
printf '%-34s %12s %10s %10s\n' "ozzie serve (auth + SQLCipher)" "$o_rps" "$o_p50" "$o_p99"
printf '%-34s %12s %10s %10s\n' "trivial axum handler" "$t_rps" "$t_p50" "$t_p99"
python3 -c "print(f'{\"ozzie / trivial\":34} {$o_rps/$t_rps:11.2f}x {$o_p50/$t_p50:9.1f}x {$o_p99/$t_p99:9.1f}x')"

#!/usr/bin/env bash
# Ozzie next to its peers (the sqlcipher CLI, ledger, hledger, beancount) on the same N
# transactions, in one run: import/load, the monthly spending-by-category report, opening the
# encrypted database, offline sentence parsing; medians, ratios and peak memory, every report
# checked against the generator's truth. Writes bench/results/peers.md (the README's table).
#
# usage: bench/peers.sh [N ...]        (default: 10000 100000 1000000; about 25 min on 2 cores)
# env:   RUNS=3 (runs per cell, median)  LIMIT_S=120 (a first run longer than this is not repeated)
# Installs the peers itself: sqlcipher, ledger, hledger and time from Debian; beancount and
# beanquery from PyPI into bench/.venv. Builds the release `ozzie`. Run on demand; never in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
for p in sqlcipher ledger hledger time python3-venv; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [ ! -x bench/.venv/bin/bean-query ]; then
  python3 -m venv bench/.venv
  bench/.venv/bin/pip install -q beancount beanquery
fi
cargo build --release -q -p ozzie-cli
exec python3 bench/peers.py "$@"

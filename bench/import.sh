#!/usr/bin/env bash
# Times `ozzie tx import` of an N-row bank CSV into a fresh encrypted database next to the
# sqlcipher CLI's `.import` of the same file into a fresh encrypted table, in the same run,
# and prints medians, peak memory and the ratio: for a file in bank order (newest first, as
# banks export) and for the same rows shuffled (the worst case for Ozzie's date index).
#
# usage: bench/import.sh [N] [RUNS]      (defaults: 1000000 rows, 3 runs each)
# Installs sqlcipher (apt) and builds the release `ozzie` if needed. Run on demand; never in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
RUNS=${2:-3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

command -v sqlcipher >/dev/null || { apt-get update -q && apt-get install -y -q sqlcipher; }
[ -x /usr/bin/time ] || apt-get install -y -q time
cargo build --release -q -p ozzie-cli
OZZIE=$PWD/target/release/ozzie

measure() { # command... → prints "seconds peak_kb" of one run
  /usr/bin/time -o "$WORK/time.out" -f "%e %M" "$@" >/dev/null 2>"$WORK/stderr.out" || { cat "$WORK/stderr.out" >&2; exit 1; }
  tail -1 "$WORK/time.out"
}

run_ozzie() { # csv
  rm -rf "$WORK/ozzie" && mkdir -p "$WORK/ozzie"
  OZZIE_DB_KEY=bench "$OZZIE" --data-dir "$WORK/ozzie" user create >/dev/null
  OZZIE_DB_KEY=bench measure "$OZZIE" --data-dir "$WORK/ozzie" tx import "$1"
}

run_sqlcipher() { # csv
  rm -f "$WORK/peer.db"
  printf "PRAGMA key='bench';\nCREATE TABLE t(date TEXT, description TEXT, amount REAL, category TEXT);\n.mode csv\n.import %s t\n" "$1" >"$WORK/peer.sql"
  measure sh -c "sqlcipher -batch '$WORK/peer.db' < '$WORK/peer.sql'"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '\n%-44s %9s %12s\n' "import of $N rows (median of $RUNS runs)" "seconds" "peak RSS MB"
for order in bank shuffled; do
  CSV=$WORK/$order.csv
  python3 bench/gen_transactions.py "$N" "$CSV" --order "$order"
  for tool in ozzie sqlcipher; do
    : >"$WORK/$tool.times"
    for _ in $(seq "$RUNS"); do "run_$tool" "$CSV" >>"$WORK/$tool.times"; done
  done
  oz_t=$(cut -d' ' -f1 "$WORK/ozzie.times" | median)
  oz_m=$(cut -d' ' -f2 "$WORK/ozzie.times" | median)
  sq_t=$(cut -d' ' -f1 "$WORK/sqlcipher.times" | median)
  sq_m=$(cut -d' ' -f2 "$WORK/sqlcipher.times" | median)
  echo "$order order ($(du -h "$CSV" | cut -f1)):"
  printf '  %-42s %9s %12s\n' "ozzie tx import" "$oz_t" "$((oz_m / 1024))"
  printf '  %-42s %9s %12s\n' "sqlcipher CLI .import" "$sq_t" "$((sq_m / 1024))"
  awk -v a="$oz_t" -v b="$sq_t" 'BEGIN { printf "  ratio ozzie / sqlcipher: %.2fx (goal <= 1.5x)\n", a / b }'
  rm -f "$CSV"
done
echo "ozzie: parse, categorise, de-duplicate, date index, SQLCipher 4 (AES-256, HMAC-SHA512, 4 KiB pages)"
echo "peer:  4 text/real columns, no index, $(sqlcipher -version 2>/dev/null | cut -d' ' -f1-2) (SQLCipher 3 defaults)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -sr)"

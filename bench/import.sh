#!/usr/bin/env bash
# Times `ozzie tx import` of an N-row bank CSV into a fresh encrypted database next to the
# sqlcipher CLI's `.import` of the same file into a fresh encrypted table, in the same run,
# and prints medians, peak memory and the ratio.
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
CSV=$WORK/tx.csv
python3 bench/gen_transactions.py "$N" "$CSV"
echo "data: $N rows, $(du -h "$CSV" | cut -f1) ($CSV)"

measure() { # command... → prints "seconds peak_kb" of one run
  /usr/bin/time -o "$WORK/time.out" -f "%e %M" "$@" >/dev/null 2>"$WORK/stderr.out" || { cat "$WORK/stderr.out" >&2; exit 1; }
  tail -1 "$WORK/time.out"
}

run_ozzie() {
  rm -rf "$WORK/ozzie" && mkdir -p "$WORK/ozzie"
  OZZIE_DB_KEY=bench "$OZZIE" --data-dir "$WORK/ozzie" user create >/dev/null
  OZZIE_DB_KEY=bench measure "$OZZIE" --data-dir "$WORK/ozzie" tx import "$CSV"
}

run_sqlcipher() {
  rm -f "$WORK/peer.db"
  printf "PRAGMA key='bench';\nCREATE TABLE t(date TEXT, description TEXT, amount REAL, category TEXT);\n.mode csv\n.import %s t\n" "$CSV" >"$WORK/peer.sql"
  measure sh -c "sqlcipher -batch '$WORK/peer.db' < '$WORK/peer.sql'"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for tool in ozzie sqlcipher; do
  : >"$WORK/$tool.times"
  for _ in $(seq "$RUNS"); do "run_$tool" >>"$WORK/$tool.times"; done
done
oz_t=$(cut -d' ' -f1 "$WORK/ozzie.times" | median)
oz_m=$(cut -d' ' -f2 "$WORK/ozzie.times" | median)
sq_t=$(cut -d' ' -f1 "$WORK/sqlcipher.times" | median)
sq_m=$(cut -d' ' -f2 "$WORK/sqlcipher.times" | median)
printf '\n%-34s %10s %12s\n' "import of $N rows (median of $RUNS)" "seconds" "peak RSS MB"
printf '%-34s %10s %12s\n' "ozzie tx import (parse, categorise," "$oz_t" "$((oz_m / 1024))"
printf '%-34s\n' "  de-duplicate, indexes, SQLCipher 4)"
printf '%-34s %10s %12s\n' "sqlcipher CLI .import (4 columns," "$sq_t" "$((sq_m / 1024))"
printf '%-34s\n' "  no indexes, $(sqlcipher -version 2>/dev/null | cut -d' ' -f1-2))"
awk -v a="$oz_t" -v b="$sq_t" 'BEGIN { printf "ratio ozzie / sqlcipher: %.2fx (goal <= 1.5x)\n", a / b }'
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -sr)"

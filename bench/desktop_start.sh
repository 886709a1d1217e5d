#!/usr/bin/env bash
# Cold start and idle memory of the release desktop app, next to the cheapest window the same
# stack can show (src-tauri/examples/blank_window.rs: same Tauri, WebKitGTK and profile, one line
# of static HTML), in the same run, under Xvfb.
#
# - The app opens a database holding N transactions (default 10,000) with a plan and a goal, and
#   is timed from exec to the UI's `ui_ready` (the dashboard on screen with its plan and this
#   month's spending chart drawn from the database). The peer is timed from exec to page loaded.
#   Both print a `startup: … unix_ms=…` line with OZZIE_REPORT_STARTUP=1 (see src-tauri/src/lib.rs).
# - "cold" runs drop the OS page cache first (needs root; skipped with a note otherwise); "warm"
#   runs follow right after.
# - Idle memory, after IDLE seconds with nothing happening, of the process and its WebKit children
#   (web and network processes), summed: PSS (shared libraries counted once across the tree:
#   ~100 MB of it is WebKitGTK itself and, under Xvfb, Mesa's software renderer) and private
#   memory (USS: what the app alone costs; shared libraries are shared with the desktop).
# - Both run as shipped (WebKitGTK's defaults); WEBKIT_DISABLE_COMPOSITING_MODE=1 in the
#   environment measures both without accelerated compositing (see ARCHITECTURE.md, Decisions).
#
# usage: bench/desktop_start.sh [N] [RUNS] [IDLE]     (defaults: 10000 transactions, 5 runs, 10 s)
# Needs what ./x deps installs (xvfb, webkit2gtk, node for the UI build). Run on demand; never in CI.
# Goals (issue 6): interactive dashboard within 1 s, idle memory within 150 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
RUNS=${2:-5}
IDLE=${3:-10}
WORK=$(mktemp -d)
XVFB_PID=
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# SKIP_BUILD=1 measures the binaries already built (the CLI that seeds the database must be of
# the same commit as the app: a newer schema is refused).
if [ "${SKIP_BUILD:-}" != 1 ]; then
  (cd ui && node_modules/.bin/vite build --logLevel warn)
  cargo build --release -q -p ozzie-desktop --bin ozzie-desktop --example blank_window
  cargo build -q -p ozzie-cli
fi
APP=$PWD/target/release/ozzie-desktop
PEER=$PWD/target/release/examples/blank_window
OZZIE=$PWD/target/debug/ozzie

# The database: a user with an intake, a plan, a goal and N transactions over three years.
export OZZIE_DB_KEY=bench-desktop-start OZZIE_DATA_DIR=$WORK/data
"$OZZIE" user create --name Bench --language en --currency USD >/dev/null
"$OZZIE" intake set --monthly-income 5200 --monthly-expenses 3900 --financial-goal savings --current-savings 2500 --next-pay-date 2026-12-01 >/dev/null
"$OZZIE" plan generate >/dev/null
"$OZZIE" goal add --name "Emergency fund" --target-amount 10000 --current-amount 2500 >/dev/null
python3 bench/gen_transactions.py "$N" "$WORK/tx.csv"
"$OZZIE" tx import "$WORK/tx.csv" >/dev/null
echo "database: $(du -h "$WORK/data/ozzie.db" 2>/dev/null | cut -f1 || du -sh "$WORK/data" | cut -f1), $N transactions"

# One X server for every run; no window manager, as in the window test.
DISPLAY_NUM=$((90 + RANDOM % 100))
Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NUM"
sleep 1

can_drop=yes
drop_caches() { sync; echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || can_drop=no; }

# A process and all its descendants.
tree() {
  local pids=$1 all=$1 next
  while [ -n "$pids" ]; do
    next=$(for p in $pids; do cat "/proc/$p/task/"*/children 2>/dev/null; done | tr ' ' '\n' | grep -v '^$' || true)
    all="$all $next"
    pids=$next
  done
  echo "$all"
}

# "PSS USS" in kB of a process and all its descendants.
tree_memory() {
  for p in $(tree "$1"); do awk '/^Pss:/ {pss=$2} /^Private_(Clean|Dirty):/ {uss+=$2} END {print pss, uss}' "/proc/$p/smaps_rollup" 2>/dev/null; done |
    awk '{p+=$1; u+=$2} END {print p+0, u+0}'
}

# run BINARY EVENT → prints "ms_to_event pss_kb uss_kb" for one launch.
run() {
  local bin=$1 event=$2 out="$WORK/stdout" start pid end line
  : >"$out"
  start=$(date +%s%3N)
  OZZIE_REPORT_STARTUP=1 "$bin" >"$out" 2>"$WORK/stderr" &
  pid=$!
  end=$((start + 30000))
  line=
  while [ "$(date +%s%3N)" -lt "$end" ]; do
    line=$(grep -m1 "startup: $event " "$out" || true)
    [ -n "$line" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/stderr" >&2; echo "$bin exited before $event" >&2; exit 1; }
    sleep 0.02
  done
  [ -n "$line" ] || { cat "$WORK/stderr" >&2; echo "$bin: no $event within 30 s" >&2; exit 1; }
  local at=${line#*unix_ms=}
  at=${at%% *}
  sleep "$IDLE"
  local memory
  memory=$(tree_memory "$pid")
  # Stop the whole tree and wait for the WebKit processes too, so the next run starts on a quiet machine.
  local all
  all=$(tree "$pid")
  kill $all 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    alive=no
    for p in $all; do kill -0 "$p" 2>/dev/null && alive=yes; done
    [ $alive = no ] && break
    sleep 0.1
  done
  sleep 1
  echo "$((at - start)) $memory"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A ms pss uss
for kind in cold warm; do
  for who in app peer; do
    : >"$WORK/$who-$kind"
  done
  for _ in $(seq "$RUNS"); do
    for who in app peer; do
      [ "$kind" = cold ] && drop_caches
      if [ "$who" = app ]; then r=$(run "$APP" ui_ready); else r=$(run "$PEER" page_loaded); fi
      echo "$r" >>"$WORK/$who-$kind"
    done
  done
  for who in app peer; do
    ms[$who-$kind]=$(cut -d' ' -f1 "$WORK/$who-$kind" | median)
    pss[$who-$kind]=$(cut -d' ' -f2 "$WORK/$who-$kind" | median)
    uss[$who-$kind]=$(cut -d' ' -f3 "$WORK/$who-$kind" | median)
  done
done

[ "$can_drop" = yes ] || echo "note: the page cache could not be dropped (not root): 'cold' runs are warm too"
printf '\n%-58s %8s %8s\n' "median of $RUNS runs, Xvfb, $(nproc) cores" "cold ms" "warm ms"
printf '%-58s %8s %8s\n' "Ozzie Local: exec → dashboard with $N transactions" "${ms[app-cold]}" "${ms[app-warm]}"
printf '%-58s %8s %8s\n' "blank Tauri window: exec → page loaded" "${ms[peer-cold]}" "${ms[peer-warm]}"
awk -v a="${ms[app-cold]}" -v b="${ms[peer-cold]}" -v c="${ms[app-warm]}" -v d="${ms[peer-warm]}" \
  'BEGIN {printf "%-58s %7.2fx %7.2fx\n", "ratio (app / blank window)", a/b, c/d}'
printf '\n%-58s %8s %8s\n' "idle memory after ${IDLE} s, process tree (MB)" "PSS" "private"
awk -v a="${pss[app-warm]}" -v b="${pss[peer-warm]}" -v c="${uss[app-warm]}" -v d="${uss[peer-warm]}" 'BEGIN {
  printf "%-58s %8.1f %8.1f\n", "Ozzie Local", a/1024, c/1024
  printf "%-58s %8.1f %8.1f\n", "blank Tauri window", b/1024, d/1024
  printf "%-58s %7.2fx %7.2fx\n", "ratio (app / blank window)", a/b, c/d
}'
echo "goals: dashboard ≤ 1000 ms cold, idle ≤ 150 MB"

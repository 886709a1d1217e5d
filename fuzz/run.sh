#!/usr/bin/env bash
# Fuzzes each offline parser (coverage-guided, libFuzzer through cargo-fuzz) for a set time.
# Targets: sentence, spreadsheet, ofx, qif, statement (PDF text), receipt (OCR text). Each input's
# first byte picks the language, currency and today; every transaction read must be storable.
#
# usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET ...]     (default: 120 s, every target)
#
# The corpus starts from the project's fixtures (sentences, bank exports, OFX/QFX/QIF, the text of
# the PDF statements and receipt photos) and grows in fuzz/corpus/ (not committed). A crash is kept
# as a regression fixture, tests/fixtures/fuzz/<target>/<name> (without its context byte), which
# `cargo test -p ozzie-ingest` replays in every language and currency; the run then fails.
# Needs the nightly toolchain (rustup) and installs cargo-fuzz from crates.io when missing.
# Leak detection is off: the readers' dictionaries are built once and kept for the process's
# life on purpose, which LeakSanitizer reports for every input (even an empty one).
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_TARGET=${1:-120}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(sentence spreadsheet ofx qif statement receipt)
FIXTURES=../tests/fixtures/ingest

rustup toolchain list | grep -q '^nightly' || { echo "fuzzing needs the nightly toolchain: rustup toolchain install nightly" >&2; exit 1; }
command -v cargo-fuzz >/dev/null || cargo install -q cargo-fuzz

seed() { # target file: one corpus entry, behind a context byte (0: English, USD)
  local dir=corpus/$1
  mkdir -p "$dir"
  { printf '\000'; cat; } >"$dir/seed-$(basename "$2" | tr -c 'A-Za-z0-9._-' _)"
}
if [ ! -d corpus ]; then
  echo "seeding the corpus from $FIXTURES"
  n=0
  for f in "$FIXTURES"/*/*.jsonl "$FIXTURES"/*/*/*.jsonl; do
    [ -f "$f" ] || continue
    python3 -c 'import json,sys
for line in open(sys.argv[1]):
    line = line.strip()
    if line: print(json.loads(line)["text"])' "$f" | while IFS= read -r text; do
      n=$((n + 1)); printf '%s' "$text" | seed sentence "$(basename "$f").$n"
    done
  done
  find "$FIXTURES" -name '*.csv' -o -name '*.tsv' -o -name '*.txt' | while read -r f; do seed spreadsheet "$f" <"$f"; done
  find "$FIXTURES" -name '*.ofx' -o -name '*.qfx' | while read -r f; do seed ofx "$f" <"$f"; done
  find "$FIXTURES" -name '*.qif' | while read -r f; do seed qif "$f" <"$f"; done
  find "$FIXTURES" -name '*.pdf' | while read -r f; do pdftotext -layout -enc UTF-8 "$f" - | seed statement "$f.txt"; done
  find "$FIXTURES" -name '*.png' -o -name '*.jpg' | while read -r f; do tesseract "$f" stdout -l eng+por+spa --psm 4 2>/dev/null | seed receipt "$f.txt"; done
fi

found=0
for target in "${TARGETS[@]}"; do
  echo "== $target: ${SECONDS_PER_TARGET} s"
  mkdir -p "corpus/$target" "artifacts/$target"
  ASAN_OPTIONS=detect_leaks=0 cargo +nightly fuzz run "$target" "corpus/$target" -- \
    -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -detect_leaks=0 2>&1 |
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss|==[0-9]+== ERROR|SUMMARY|thread .* panicked|panicked at)' || true
  for crash in artifacts/"$target"/crash-* artifacts/"$target"/timeout-* artifacts/"$target"/oom-*; do
    [ -f "$crash" ] || continue
    mkdir -p "../tests/fixtures/fuzz/$target"
    tail -c +2 "$crash" >"../tests/fixtures/fuzz/$target/$(basename "$crash")"
    echo "FINDING: $target: $crash, kept as tests/fixtures/fuzz/$target/$(basename "$crash")"
    rm "$crash"
    found=$((found + 1))
  done
done
echo "$found finding(s)"
[ "$found" = 0 ]

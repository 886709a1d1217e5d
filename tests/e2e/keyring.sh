#!/usr/bin/env bash
# The database key in a real OS keyring (Secret Service, run by ./x inside a private D-Bus
# session with GNOME Keyring). Usage: tests/e2e/keyring.sh path/to/ozzie
set -uo pipefail
ozzie=$(realpath "$1")
unset OZZIE_DB_KEY
dir=$(mktemp -d)
passed=0 failed=0
check() { # name, command...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok - $name"; else failed=$((failed + 1)); echo "not ok - $name"; fi
}

check "first run creates the key in the keyring" bash -c "'$ozzie' --data-dir '$dir' init | grep -q 'new key created'"
check "a profile is stored" bash -c "'$ozzie' --data-dir '$dir' user create --name 'Keyring Person' >/dev/null"
check "the next run reads the key back from the keyring" bash -c "'$ozzie' --data-dir '$dir' init | grep -qx 'Key from    OS keyring'"
check "the stored profile opens with it" bash -c "'$ozzie' --data-dir '$dir' user show | grep -q 'Keyring Person'"
key=$(secret-tool lookup service ozzie-local username "database:$dir/ozzie.db" 2>/dev/null)
check "the keyring holds a random 256-bit key" bash -c "[[ '$key' =~ ^[0-9a-f]{64}$ ]]"
check "the key is nowhere in the data directory" bash -c "! grep -rqa '$key' '$dir'"
check "OZZIE_DB_KEY set to another value is refused (code 6)" bash -c "OZZIE_DB_KEY=nope '$ozzie' --data-dir '$dir' user show 2>/dev/null; [ \$? -eq 6 ]"
rm -rf "$dir"
echo "keyring: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

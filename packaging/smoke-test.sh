#!/usr/bin/env bash
# Smoke-tests a built SeatLedger through the command-line launcher of an installed or unpacked image: it
# answers --version with the pom's version, loads the sample data into a fresh data folder, and prints the
# catalog with the sample products.
#   packaging/smoke-test.sh PATH/TO/LAUNCHER
# (Linux: /opt/seatledger/bin/seatledger; Windows: SeatLedger/seatledger-cli.exe;
#  macOS: SeatLedger.app/Contents/MacOS/seatledger-cli)
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${1:?usage: packaging/smoke-test.sh PATH/TO/LAUNCHER}

fail() { echo "smoke-test.sh: FAIL: $*" >&2; exit 1; }
pass() { echo "smoke-test.sh: ok: $*"; }

[ -f "$CLI" ] || fail "no launcher at $CLI"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
# A Windows launcher wants a Windows path (Git Bash has cygpath).
DATA_ARG=$(cygpath -w "$DATA" 2>/dev/null || echo "$DATA")

out=$("$CLI" --version 2>&1) || fail "--version exited with $?: $out"
[ "$out" = "SeatLedger $VERSION" ] || fail "--version printed '$out', expected 'SeatLedger $VERSION'"
pass "--version: $out"

out=$("$CLI" --data-dir "$DATA_ARG" sample-data 2>&1) || fail "sample-data exited with $?: $out"
echo "$out" | grep -q "^Sample data loaded" || fail "sample-data printed: $out"
pass "sample-data: $(echo "$out" | grep "^Sample data loaded")"

"$CLI" --data-dir "$DATA_ARG" catalog >"$DATA/catalog.csv" 2>"$DATA/catalog.err" \
  || fail "catalog exited with $?: $(cat "$DATA/catalog.err")"
tr -d '\r' <"$DATA/catalog.csv" >"$DATA/catalog.txt"
[ "$(head -1 "$DATA/catalog.txt")" = "name,publisher,category,grade,licenses,seats" ] \
  || fail "catalog header: $(head -1 "$DATA/catalog.txt")"
rows=$(($(wc -l <"$DATA/catalog.txt") - 1))
[ "$rows" -gt 0 ] || fail "catalog printed no products"
pass "catalog: $rows products"

#!/usr/bin/env bash
# Proves the .deb on this machine (Debian or Ubuntu, as root): builds it, installs it with apt-get,
# runs the `seatledger` command, starts the installed app from its menu entry under Xvfb, takes a
# screenshot, checks the app is still running after 15 s with no error in its log, then purges the
# package and checks nothing of it is left behind (the user's data folder stays).
#
#   packaging/verify-deb.sh [--deb FILE] [--screenshot FILE]
#
#   --deb FILE         verify this .deb instead of building one with build-installer.sh
#   --screenshot FILE  where to save the screenshot (default target/verify-deb/installed-deb.png)
#
# Needs: Xvfb, xdotool, ImageMagick (import). Leaves no process running.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

DEB=""
OUT="$ROOT/target/verify-deb"
SHOT="$OUT/installed-deb.png"
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) DEB=$(readlink -f "$2"); shift 2 ;;
    --screenshot) SHOT=$(readlink -f "$2"); shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "verify-deb.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

PASS=0
pass() { PASS=$((PASS + 1)); echo "  ok   $*"; }
fail() { echo "  FAIL $*" >&2; exit 1; }
step() { echo "==> $*"; }

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs and removes a package)"
for tool in Xvfb xdotool import apt-get dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing"
done

XVFB_PID=""
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    sleep 2
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

rm -rf "$OUT"
mkdir -p "$OUT" "$(dirname "$SHOT")"

# ------------------------------------------------------------------ build
if [ -z "$DEB" ]; then
  step "building the .deb"
  packaging/build-installer.sh --type deb --dest "$OUT/dist"
  DEB=$(ls "$OUT"/dist/seatledger_*.deb)
fi
[ -f "$DEB" ] || fail "no .deb at $DEB"
DEB_BYTES=$(stat -c %s "$DEB")
INSTALLED_KB=$(dpkg-deb -f "$DEB" Installed-Size)
echo "  $(basename "$DEB"): $((DEB_BYTES / 1024 / 1024)) MB, installed size $((INSTALLED_KB / 1024)) MB"
echo "  Depends: $(dpkg-deb -f "$DEB" Depends)"
dpkg-deb -f "$DEB" Depends | grep -q 'libgtk-3-0' && pass "declares libgtk-3-0" || fail "libgtk-3-0 is not declared"
dpkg-deb -f "$DEB" Depends | grep -q 'fonts-dejavu-core' && pass "declares fonts-dejavu-core" || fail "fonts-dejavu-core is not declared"
if dpkg-deb -f "$DEB" Depends | grep -q 'xdg-utils'; then fail "depends on xdg-utils"; else pass "does not need xdg-utils"; fi

# ------------------------------------------------------------------ install
step "apt-get install $(basename "$DEB")"
if dpkg -s seatledger >/dev/null 2>&1; then
  apt-get purge -y -q seatledger >/dev/null
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$DEB" >"$OUT/apt-install.log" 2>&1 \
  || { tail -20 "$OUT/apt-install.log"; fail "apt-get install failed"; }
[ "$(dpkg-query -W -f '${Status}' seatledger)" = "install ok installed" ] && pass "package installed" || fail "package not installed"
[ -x /opt/seatledger/bin/SeatLedger ] && pass "/opt/seatledger/bin/SeatLedger" || fail "app launcher missing"
[ -x /opt/seatledger/bin/seatledger ] && pass "/opt/seatledger/bin/seatledger" || fail "command-line launcher missing"
[ "$(command -v seatledger)" = /usr/bin/seatledger ] && pass "seatledger is on the PATH (/usr/bin/seatledger)" || fail "seatledger is not on the PATH"
DESKTOP=/usr/share/applications/seatledger.desktop
[ -f "$DESKTOP" ] && pass "menu entry $DESKTOP" || fail "menu entry missing"
[ -f /usr/share/icons/hicolor/256x256/apps/seatledger.png ] && pass "icon in the hicolor theme" || fail "icon missing"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$DESKTOP" && pass "desktop-file-validate" || fail "desktop-file-validate"
fi
[ -s /opt/seatledger/lib/app/seatledger.jsa ] && pass "class-data sharing archive built on install" \
  || fail "no class-data sharing archive after install"
grep -q 'complete -F _complete_seatledger' /usr/share/bash-completion/completions/seatledger 2>/dev/null \
  && pass "bash completion installed" || fail "no bash completion in /usr/share/bash-completion/completions"
head -1 /usr/share/zsh/vendor-completions/_seatledger 2>/dev/null | grep -q '#compdef seatledger' \
  && pass "zsh completion installed" || fail "no zsh completion in /usr/share/zsh/vendor-completions"
du -sh /opt/seatledger | sed 's/^/  installed: /'

step "apt-get install --reinstall (the upgrade path: old prerm, then new postinst)"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall "$DEB" >"$OUT/apt-reinstall.log" 2>&1 \
  || { tail -20 "$OUT/apt-reinstall.log"; fail "reinstall failed"; }
[ -L /usr/bin/seatledger ] && [ -f "$DESKTOP" ] && pass "command and menu entry still there after reinstall" \
  || fail "reinstall lost the command or the menu entry"
[ -s /opt/seatledger/lib/app/seatledger.jsa ] && pass "class-data sharing archive rebuilt after reinstall" \
  || fail "reinstall lost the class-data sharing archive"

# ------------------------------------------------------------------ command line
step "seatledger command"
DATA=$(mktemp -d /tmp/seatledger-verify.XXXXXX)
seatledger --version >"$OUT/cli-version.txt" 2>&1 || fail "seatledger --version"
grep -q "SeatLedger" "$OUT/cli-version.txt" && pass "seatledger --version: $(cat "$OUT/cli-version.txt")" || fail "unexpected --version output"
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$OUT/cli-classes.txt" seatledger --version >/dev/null 2>&1 || true
SHARED=$(grep -c 'shared objects file' "$OUT/cli-classes.txt" || true)
[ "$SHARED" -gt 1000 ] && pass "the launcher maps the archive ($SHARED classes from it)" \
  || fail "the launcher does not use the class-data sharing archive ($SHARED classes from it)"
seatledger --help >"$OUT/cli-help.txt" 2>&1 || fail "seatledger --help"
grep -q "sample-data" "$OUT/cli-help.txt" && pass "seatledger --help lists the commands" || fail "unexpected --help output"
seatledger --data-dir "$DATA" sample-data >"$OUT/cli-sample-data.txt" 2>&1 || { cat "$OUT/cli-sample-data.txt"; fail "sample-data"; }
pass "seatledger sample-data: $(grep 'Sample data loaded' "$OUT/cli-sample-data.txt")"
seatledger --data-dir "$DATA" catalog >"$OUT/catalog.csv" 2>"$OUT/cli-catalog.err" || fail "catalog"
ROWS=$(awk 'seen { n++ } /^name,publisher,/ { seen = 1 } END { print n + 0 }' "$OUT/catalog.csv")
[ "$ROWS" -gt 0 ] && pass "seatledger catalog: $ROWS products" || fail "catalog printed no products"
[ ! -s "$OUT/cli-catalog.err" ] && pass "seatledger catalog wrote nothing on standard error" \
  || { cat "$OUT/cli-catalog.err"; fail "seatledger catalog wrote on standard error"; }
COMPLETED=$(bash -c 'source /usr/share/bash-completion/completions/seatledger; COMP_WORDS=(seatledger ex);
  COMP_CWORD=1; COMP_LINE="seatledger ex"; _complete_seatledger 2>/dev/null; echo "${COMPREPLY[*]}"')
[ "$COMPLETED" = export ] && pass "bash completes 'seatledger ex' to export" || fail "bash completion gave '$COMPLETED'"

# ------------------------------------------------------------------ the app
step "starting the app from its menu entry under Xvfb"
DISPLAY_NUM=""
for n in $(seq 90 110); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then DISPLAY_NUM=$n; break; fi
done
[ -n "$DISPLAY_NUM" ] || fail "no free X display number"
Xvfb ":$DISPLAY_NUM" -screen 0 1440x900x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NUM"
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done

EXEC=$(sed -n 's/^Exec=//p' "$DESKTOP" | sed 's/ *%[fFuU]//g')
[ -n "$EXEC" ] || fail "no Exec line in $DESKTOP"
$EXEC --data-dir "$DATA" >"$OUT/app-stdout.log" 2>&1 &
APP_PID=$!
STARTED=$(date +%s)
WINDOW=$(timeout 60 xdotool search --sync --onlyvisible --name '^SeatLedger' | head -1) || true
[ -n "$WINDOW" ] && pass "window \"$(xdotool getwindowname "$WINDOW")\" is shown after $(($(date +%s) - STARTED)) s" \
  || { cat "$OUT/app-stdout.log"; fail "no SeatLedger window within 60 s"; }
xdotool windowmove "$WINDOW" 0 0 windowsize "$WINDOW" 1440 900 2>/dev/null || true

# The window comes first; the database opens in the background and then the catalog fills in.
LOG="$DATA/logs/seatledger.log"
for _ in $(seq 240); do
  grep -q 'Database open' "$LOG" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.5
done
grep -q 'Database open' "$LOG" 2>/dev/null && pass "database open after $(($(date +%s) - STARTED)) s (log file $LOG)" \
  || { cat "$OUT/app-stdout.log"; fail "the log never says the database is open"; }
sleep 3

ELAPSED=$(($(date +%s) - STARTED))
[ "$ELAPSED" -lt 15 ] && sleep $((15 - ELAPSED))
kill -0 "$APP_PID" 2>/dev/null && pass "app still running $(($(date +%s) - STARTED)) s after start (pid $APP_PID)" \
  || { cat "$OUT/app-stdout.log"; fail "the app exited"; }

import -window root "$SHOT"
pass "screenshot $SHOT"

cp "$LOG" "$OUT/app.log"
if grep -E ' (ERROR|WARN) |Exception' "$LOG" >/dev/null; then
  grep -E ' (ERROR|WARN) |Exception' "$LOG" | head -20 >&2
  fail "the log shows errors"
fi
pass "log has no error or warning ($(wc -l <"$LOG") lines)"

kill "$APP_PID"
for _ in $(seq 20); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
APP_PID=""
kill "$XVFB_PID"
XVFB_PID=""

# ------------------------------------------------------------------ uninstall
step "apt-get purge seatledger"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q seatledger >"$OUT/apt-purge.log" 2>&1 \
  || { tail -20 "$OUT/apt-purge.log"; fail "apt-get purge failed"; }
dpkg -s seatledger >/dev/null 2>&1 && fail "package still known to dpkg" || pass "package purged"
[ ! -e /opt/seatledger ] && pass "nothing left under /opt" || { find /opt/seatledger | head; fail "/opt/seatledger is still there"; }
[ -z "$(ls -A /opt 2>/dev/null | grep -i seatledger)" ] || fail "something named seatledger is left in /opt"
[ ! -e /usr/bin/seatledger ] && [ ! -L /usr/bin/seatledger ] && pass "/usr/bin/seatledger removed" || fail "/usr/bin/seatledger left"
[ ! -e "$DESKTOP" ] && pass "menu entry removed" || fail "menu entry left"
LEFT=$(find /usr/share/icons -name 'seatledger.*' 2>/dev/null)
[ -z "$LEFT" ] && pass "icons removed" || fail "icons left: $LEFT"
[ ! -e /usr/share/bash-completion/completions/seatledger ] && [ ! -e /usr/share/zsh/vendor-completions/_seatledger ] \
  && pass "shell completion removed" || fail "shell completion left"
[ -f "$DATA/seatledger.mv.db" ] && pass "the data folder stays ($DATA)" || fail "the data folder was removed"
rm -rf "$DATA"

echo "verify-deb: all $PASS checks passed; screenshot at $SHOT"

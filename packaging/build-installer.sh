#!/usr/bin/env bash
# Builds the SeatLedger installer for the OS this runs on, with jpackage from JDK 17:
#   Linux    .deb (needs dpkg-deb and fakeroot) and .rpm (only when rpmbuild is installed)
#   Windows  .msi (needs WiX Toolset 3; run from Git Bash)
#   macOS    .dmg
#
#   packaging/build-installer.sh [--type deb|rpm|msi|exe|dmg|pkg|app-image]... [--skip-build] [--dest DIR]
#   (--type may be repeated; --skip-build reuses target/seatledger.jar and target/lib)
#
# Steps: mvn package -> jlink a trimmed runtime -> jpackage an app image (the app and the
# `seatledger` command-line launcher) -> jpackage the installer(s) from that image.
# Installers land in target/installer/ unless --dest says otherwise.
set -euo pipefail
CALLER_DIR=$(pwd -W 2>/dev/null || pwd)
cd "$(dirname "$0")/.."
# On Windows (Git Bash) jpackage.exe needs Windows paths: pwd -W gives C:/... there.
ROOT=$(pwd -W 2>/dev/null || pwd)

# ---------------------------------------------------------------- settings
APP_NAME=SeatLedger
VENDOR=SeatLedger
DESCRIPTION="Software license and seat tracking for IT managers"
COPYRIGHT="Copyright (c) 2026 SeatLedger"
MAIN_JAR=seatledger.jar
MAIN_CLASS=dev.seatledger.Launcher
CLI_CLASS=dev.seatledger.cli.SeatLedgerCli
# Keep this UUID: Windows Installer uses it to recognise an older SeatLedger and upgrade it in place.
WIN_UPGRADE_UUID=5b0b8d3c-4c55-4f4e-9a52-0d6a1f5e2b71
MAC_BUNDLE_ID=dev.seatledger.SeatLedger
# JVM options of the window launcher (ADR 0035). The heap is capped at 384 MB: every list the window shows
# is paged from SQL. The serial collector keeps the collector's own memory and threads small on a desktop.
# Its young generation is held at 24 MB (it is touched in full between collections, so resident memory
# follows its size), the old generation keeps 10-20 % free after a full collection instead of 40-70 %, and
# the metaspace threshold is above what the window loads, so no full collection runs at start for it.
APP_JAVA_OPTIONS=(-Xmx384m -Xms128m -XX:MaxNewSize=24m -XX:MetaspaceSize=96m -XX:MinHeapFreeRatio=10
  -XX:MaxHeapFreeRatio=20 -XX:+UseSerialGC)
# The command-line launcher generates and imports large datasets in batches: a larger cap. Most commands are
# short: the client compiler alone, whose work costs far less processor time than the optimizing compiler's at
# start, and the serial collector (ADR 0046).
CLI_JAVA_OPTIONS="-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# Linux packages build a class-data sharing archive when installed (packaging/linux/seatledger-cds,
# ADR 0025): the classes the start loads, parsed and verified, which the JVM maps instead of loading
# them one by one. Without the archive (or when it does not match) the JVM starts without it, quietly.
CDS_OPTIONS=('-XX:SharedArchiveFile=$APPDIR/seatledger.jsa' -Xlog:cds=off)

# The Java modules the runtime holds. JavaFX is not among them: its jars stay on the class path
# in the app folder. The list is what `jdeps --print-module-deps` reports for seatledger.jar and
# target/lib, plus two modules only reached at run time (see docs/adr/0010-native-installers.md):
#   jdk.crypto.ec    elliptic-curve TLS (PostgreSQL over SSL, mail, HTTPS)
#   jdk.localedata   date and number formats for locales other than English
# To recheck after changing dependencies:
#   jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
#         --class-path "$(ls target/lib/*.jar | paste -sd:)" target/seatledger.jar
JLINK_MODULES=java.base,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.rmi,java.scripting,java.security.jgss,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.crypto.ec,jdk.localedata

# What JavaFX's native libraries (unpacked from the javafx-*-linux jars at run time, so jpackage
# cannot see them) link against, plus a font. jpackage adds the runtime's own libraries itself.
DEB_DEPENDS="libgtk-3-0, libxtst6, libxxf86vm1, libgl1, libfreetype6, libfontconfig1, libpango-1.0-0, libpangoft2-1.0-0, fonts-dejavu-core"
# The .rpm lists the runtime's libraries too: jpackage finds them with `rpm -q --whatprovides`,
# which knows nothing on a Debian build machine.
RPM_REQUIRES="gtk3, libXtst, libXxf86vm, libXi, libXrender, libglvnd-glx, freetype, fontconfig, pango, harfbuzz, alsa-lib, libjpeg-turbo, giflib, lcms2, libpng, zlib, dejavu-sans-fonts"

# ---------------------------------------------------------------- arguments
TYPES=()
SKIP_BUILD=false
DEST="$ROOT/target/installer"
while [ $# -gt 0 ]; do
  case "$1" in
    --type) TYPES+=("$2"); shift 2 ;;
    --skip-build) SKIP_BUILD=true; shift ;;
    --dest) case "$2" in /*|[A-Za-z]:*) DEST="$2" ;; *) DEST="$CALLER_DIR/$2" ;; esac; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-installer.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

fail() { echo "build-installer.sh: $*" >&2; exit 1; }
step() { echo "==> $*"; }

case "$(uname -s)" in
  Linux) OS=linux ;;
  Darwin) OS=mac ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows ;;
  *) fail "unsupported OS $(uname -s)" ;;
esac

if [ ${#TYPES[@]} -eq 0 ]; then
  case "$OS" in
    linux)
      command -v dpkg-deb >/dev/null 2>&1 && TYPES+=(deb)
      command -v rpmbuild >/dev/null 2>&1 && TYPES+=(rpm)
      [ ${#TYPES[@]} -gt 0 ] || fail "neither dpkg-deb nor rpmbuild is installed" ;;
    windows) TYPES=(msi) ;;
    mac) TYPES=(dmg) ;;
  esac
fi

# ---------------------------------------------------------------- tools
if [ -n "${JAVA_HOME:-}" ]; then
  if [ "$OS" = windows ]; then JAVA_HOME=$(cygpath -u "$JAVA_HOME"); fi
  JBIN="$JAVA_HOME/bin/"
else
  JBIN=""
fi
JPACKAGE="${JBIN}jpackage"
JLINK="${JBIN}jlink"
command -v "$JPACKAGE" >/dev/null 2>&1 || fail "jpackage not found: set JAVA_HOME to a JDK 17 or newer"
command -v "$JLINK" >/dev/null 2>&1 || fail "jlink not found: set JAVA_HOME to a JDK 17 or newer"
JDK_MAJOR=$("$JPACKAGE" --version | sed 's/[^0-9].*//')
[ "$JDK_MAJOR" -ge 17 ] || fail "jpackage $JDK_MAJOR is too old, JDK 17 or newer is needed"

# The project's own <version> (the first one at two spaces of indentation in pom.xml).
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
[ -n "$VERSION" ] || fail "could not read the version from pom.xml"
case "$VERSION" in
  *-SNAPSHOT*) fail "version $VERSION: installers need a release version (jpackage rejects -SNAPSHOT on Windows)" ;;
esac
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "version $VERSION is not major.minor.patch"

# ---------------------------------------------------------------- build
if [ "$SKIP_BUILD" = false ]; then
  step "mvn package ($VERSION)"
  mvn -B -q -ntp -Dstyle.color=never package -DskipTests
fi
[ -f "target/$MAIN_JAR" ] && [ -d target/lib ] || fail "target/$MAIN_JAR or target/lib is missing: run without --skip-build"

WORK="$ROOT/target/jpackage"
rm -rf "$WORK"
mkdir -p "$WORK/input" "$DEST"

step "staging the app jars"
cp "target/$MAIN_JAR" "$WORK/input/"
mkdir "$WORK/input/lib"
for jar in target/lib/*.jar; do
  # javafx-<module>-<version>.jar without a platform classifier holds no classes (Maven pulls in
  # the classified jar next to it); leave it out.
  [[ "$(basename "$jar")" =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]] && continue
  cp "$jar" "$WORK/input/lib/"
done

if [ "$OS" = linux ]; then
  APP_JAVA_OPTIONS+=("${CDS_OPTIONS[@]}")
  CLI_JAVA_OPTIONS="$CLI_JAVA_OPTIONS ${CDS_OPTIONS[*]}"
  install -m 755 packaging/linux/seatledger-cds "$WORK/input/seatledger-cds"
  # The menu entry and the icon theme files. jpackage's .deb and .rpm drop folders it does not know
  # from an app image, so they travel in the app folder (lib/app/share); the post-install script
  # copies them to /usr/share.
  share="$WORK/input/share"
  install -D -m 644 packaging/linux/seatledger.desktop "$share/applications/seatledger.desktop"
  for n in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "icons/png/seatledger-$n.png" "$share/icons/hicolor/${n}x${n}/apps/seatledger.png"
  done
  install -D -m 644 icons/seatledger.svg "$share/icons/hicolor/scalable/apps/seatledger.svg"
fi

# .deb and .rpm compress their payload with xz (or zstd), which does far better on the plain
# module image than on jlink's zip-compressed one (about 20 MB against 37 MB in the .deb), so
# Linux gets an uncompressed image; the .msi and .dmg compress with deflate-like codecs and get
# jlink's compression, which keeps the installed size down.
if [ "$OS" = linux ]; then JLINK_COMPRESS=0; else JLINK_COMPRESS=2; fi

# Linux keeps the runtime's java command: the package builds the class-data sharing archive with it.
if [ "$OS" = linux ]; then STRIP_COMMANDS=(); else STRIP_COMMANDS=(--strip-native-commands); fi

step "jlink runtime ($JLINK_MODULES)"
"$JLINK" --add-modules "$JLINK_MODULES" \
  --strip-debug --no-header-files --no-man-pages "${STRIP_COMMANDS[@]+"${STRIP_COMMANDS[@]}"}" \
  --compress="$JLINK_COMPRESS" --output "$WORK/runtime"
if [ "$OS" = linux ] && command -v strip >/dev/null 2>&1; then
  # The JDK's shared libraries keep their symbol tables; the app does not need them.
  find "$WORK/runtime" -name '*.so' -exec strip --strip-unneeded {} +
fi

# ---------------------------------------------------------------- app image
COMMON=(--name "$APP_NAME" --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "$COPYRIGHT")
APP_VERSION="$VERSION"
IMAGE_OPTS=()
case "$OS" in
  linux)
    CLI_NAME=seatledger
    ICON="$ROOT/icons/seatledger.png" ;;
  windows)
    # Windows file names ignore case, so the command-line launcher cannot be seatledger.exe next to
    # SeatLedger.exe; the same goes for macOS below.
    CLI_NAME=seatledger-cli
    ICON="$ROOT/icons/seatledger.ico" ;;
  mac)
    CLI_NAME=seatledger-cli
    ICON="$ROOT/icons/seatledger.icns"
    # macOS wants a bundle version whose first number is above zero; packaging/macos/Info.plist
    # shows the real version and takes this number as the build number.
    IFS=. read -r MAJ MIN PAT <<<"$VERSION"
    APP_VERSION=$((MAJ * 10000 + MIN * 100 + PAT))
    mkdir -p "$WORK/macos"
    sed "s/@SEATLEDGER_VERSION@/$VERSION/" packaging/macos/Info.plist >"$WORK/macos/Info.plist"
    IMAGE_OPTS+=(--mac-package-identifier "$MAC_BUNDLE_ID" --mac-package-name "$APP_NAME"
                 --resource-dir "$WORK/macos") ;;
esac

cat >"$WORK/cli.properties" <<EOF
main-class=$CLI_CLASS
description=SeatLedger command line
win-console=true
java-options=$CLI_JAVA_OPTIONS
EOF

APP_JAVA_ARGS=()
for opt in "${APP_JAVA_OPTIONS[@]}"; do APP_JAVA_ARGS+=(--java-options "$opt"); done

step "jpackage app image"
"$JPACKAGE" --type app-image --dest "$WORK/image" "${COMMON[@]}" --app-version "$APP_VERSION" \
  --input "$WORK/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --runtime-image "$WORK/runtime" --icon "$ICON" \
  "${APP_JAVA_ARGS[@]}" \
  --add-launcher "$CLI_NAME=$WORK/cli.properties" \
  "${IMAGE_OPTS[@]+"${IMAGE_OPTS[@]}"}"

if [ "$OS" = mac ]; then IMAGE="$WORK/image/$APP_NAME.app"; else IMAGE="$WORK/image/$APP_NAME"; fi

# ---------------------------------------------------------------- class-data sharing class list
# Linux: training runs with the image's own runtime and class path list the classes a start loads: the
# command line opening a new database (migrations, Hibernate, H2: the bulk of the start) and, when an X
# server can be started, the window itself. The list ships as lib/app/seatledger.classlist; the archive is
# built from it at install time, and once here to check that it can be.
if [ "$OS" = linux ]; then
  RT="$IMAGE/lib/runtime"
  step "class-data sharing class list"
  APPDIR="$IMAGE/lib/app"
  APP_CP=$(sed -n 's/^app\.classpath=\$APPDIR\///p' "$APPDIR/$APP_NAME.cfg" | sed "s|^|$APPDIR/|" | paste -sd : -)
  rm -rf "$WORK/cds-data" "$WORK"/cds-*.lst
  # a new database (migrations), the sample data (the ORM), then a read command (the plain-SQL path)
  for cmd in database sample-data catalog; do
    "$RT/bin/java" -Xshare:off -XX:DumpLoadedClassList="$WORK/cds-cli-$cmd.lst" -cp "$APP_CP" "$MAIN_CLASS" \
      --data-dir "$WORK/cds-data" "$cmd" >/dev/null
  done
  XNUM=""
  if command -v Xvfb >/dev/null 2>&1; then
    for n in $(seq 90 120); do [ -e "/tmp/.X$n-lock" ] || { XNUM=$n; break; }; done
  fi
  if [ -n "$XNUM" ]; then
    Xvfb ":$XNUM" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
    XPID=$!
    sleep 1
    DISPLAY=":$XNUM" timeout 25 "$RT/bin/java" -Xshare:off -XX:DumpLoadedClassList="$WORK/cds-gui.lst" \
      -cp "$APP_CP" "$MAIN_CLASS" --data-dir "$WORK/cds-data" >/dev/null 2>&1 || true
    kill "$XPID" 2>/dev/null || true
  fi
  cat "$WORK"/cds-cli-*.lst "$WORK/cds-gui.lst" 2>/dev/null | awk '!seen[$0]++' >"$APPDIR/seatledger.classlist"
  echo "    $(wc -l <"$APPDIR/seatledger.classlist") classes"
  "$APPDIR/seatledger-cds" "$IMAGE"
  [ -s "$APPDIR/seatledger.jsa" ] || fail "the class-data sharing archive could not be built from the list"
  rm -f "$APPDIR/seatledger.jsa"
  # Shell completion for bash and zsh, generated by the command line itself; the post-install scripts copy them
  # to bash-completion's folder and to zsh's.
  mkdir -p "$APPDIR/share/bash-completion/completions" "$APPDIR/share/zsh/site-functions"
  "$RT/bin/java" -cp "$APP_CP" "$CLI_CLASS" completion bash >"$APPDIR/share/bash-completion/completions/seatledger"
  "$RT/bin/java" -cp "$APP_CP" "$CLI_CLASS" completion zsh >"$APPDIR/share/zsh/site-functions/_seatledger"
  grep -q '_complete_seatledger' "$APPDIR/share/bash-completion/completions/seatledger" \
    || fail "the bash completion script could not be generated"
  # The runtime's commands other than java (which builds the archive on install) are not needed.
  for c in jfr jrunscript keytool rmiregistry; do rm -f "$RT/bin/$c"; done
fi

# ---------------------------------------------------------------- installers
for type in "${TYPES[@]}"; do
  step "jpackage $type"
  opts=()
  case "$type" in
    deb)
      opts=(--linux-package-name seatledger --linux-app-release 1 --linux-app-category misc
            --linux-deb-maintainer "dev@seatledger.dev" --linux-package-deps "$DEB_DEPENDS"
            --resource-dir "$ROOT/packaging/linux") ;;
    rpm)
      opts=(--linux-package-name seatledger --linux-app-release 1 --linux-app-category "Applications/Office"
            --linux-package-deps "$RPM_REQUIRES"
            --resource-dir "$ROOT/packaging/linux") ;;
    msi|exe)
      opts=(--win-menu --win-menu-group "$APP_NAME" --win-shortcut --win-dir-chooser
            --win-upgrade-uuid "$WIN_UPGRADE_UUID") ;;
    dmg|pkg) ;;
    app-image) rm -rf "$DEST/$(basename "$IMAGE")"; cp -R "$IMAGE" "$DEST/"; continue ;;
    *) fail "unknown installer type $type" ;;
  esac
  "$JPACKAGE" --type "$type" --app-image "$IMAGE" --dest "$DEST" "${COMMON[@]}" \
    --app-version "$APP_VERSION" "${opts[@]+"${opts[@]}"}"
done

if [ "$OS" = mac ] && [ "$APP_VERSION" != "$VERSION" ]; then
  for f in "$DEST/$APP_NAME-$APP_VERSION".*; do
    if [ -e "$f" ]; then mv -f "$f" "$DEST/$APP_NAME-$VERSION.${f##*.}"; fi
  done
fi

step "done"
ls -l "$DEST"

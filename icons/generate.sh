#!/usr/bin/env bash
# Renders the SeatLedger icon from its SVG sources into every file the app and the installers use.
#
#   seatledger-16.svg     drawn on the 16-pixel grid        -> 16 px
#   seatledger-small.svg  bolder shapes for small sizes     -> 24, 32 px
#   seatledger.svg        the full icon                     -> 48 px and up
#
# Output (all committed):
#   icons/png/seatledger-<N>.png                      N = 16 24 32 48 64 128 256 512 1024
#   icons/seatledger.png                              256 px, the Linux installer icon
#   icons/seatledger.ico                              Windows (16 to 256 px)
#   icons/seatledger.icns                             macOS (16 to 1024 px)
#   src/main/resources/dev/seatledger/icons/seatledger-<N>.png   window icons, N = 16 32 48 64 128 256
#
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick (imagemagick) for the .ico, and
# png2icns (icnsutils) for the .icns; on macOS iconutil is used instead of png2icns.
set -euo pipefail
cd "$(dirname "$0")"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "generate.sh: $1 is missing (Debian package: $2)" >&2; exit 1; }
}
need rsvg-convert librsvg2-bin
if command -v magick >/dev/null 2>&1; then IM=(magick); else need convert imagemagick; IM=(convert); fi
if ! command -v iconutil >/dev/null 2>&1; then need png2icns icnsutils; fi

source_for() {
  if [ "$1" -le 16 ]; then echo seatledger-16.svg
  elif [ "$1" -le 32 ]; then echo seatledger-small.svg
  else echo seatledger.svg
  fi
}

mkdir -p png
for n in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$n" --height "$n" --format png "$(source_for "$n")" --output "png/seatledger-$n.png"
done

cp png/seatledger-256.png seatledger.png

res=../src/main/resources/dev/seatledger/icons
mkdir -p "$res"
for n in 16 32 48 64 128 256; do
  cp "png/seatledger-$n.png" "$res/seatledger-$n.png"
done

# Windows: BMP entries up to 128 px and a PNG entry at 256 px (ImageMagick's ICO writer does this itself).
"${IM[@]}" png/seatledger-{16,24,32,48,64,128,256}.png seatledger.ico

# macOS
if command -v iconutil >/dev/null 2>&1; then
  set_dir=$(mktemp -d)/seatledger.iconset
  mkdir -p "$set_dir"
  for n in 16 32 128 256 512; do
    cp "png/seatledger-$n.png" "$set_dir/icon_${n}x${n}.png"
    cp "png/seatledger-$((n * 2)).png" "$set_dir/icon_${n}x${n}@2x.png" 2>/dev/null \
      || rsvg-convert --width $((n * 2)) --height $((n * 2)) seatledger.svg --output "$set_dir/icon_${n}x${n}@2x.png"
  done
  iconutil --convert icns --output seatledger.icns "$set_dir"
  rm -rf "$(dirname "$set_dir")"
else
  rm -f seatledger.icns
  png2icns seatledger.icns png/seatledger-{16,32,48,128,256,512,1024}.png >/dev/null
fi

echo "Icons written: icons/png, icons/seatledger.png, icons/seatledger.ico, icons/seatledger.icns, $res"

#!/bin/sh
# Usage: check_deb.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb | head -n 1)
[ -f "$deb" ] || { echo "no .deb produced"; exit 1; }
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --info "$deb" | grep -q "Package: shipdeck" || { echo "package name wrong"; exit 1; }
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/shipdeck usr/bin/shipdeckctl usr/share/applications/io.shipdeck.Shipdeck.desktop \
         usr/share/metainfo/io.shipdeck.Shipdeck.metainfo.xml usr/share/icons/hicolor/scalable/apps/io.shipdeck.Shipdeck.svg; do
  [ -e "$work/root/$f" ] || { echo "missing $f in the package"; exit 1; }
done
out=$("$work/root/usr/bin/shipdeckctl" version)
echo "$out"
echo "$out" | grep -q "^shipdeckctl " || { echo "unpacked shipdeckctl did not run"; exit 1; }
# It must use the libraries from the package, not the build tree.
ldd "$work/root/usr/bin/shipdeckctl" | grep shipdeck_backend | grep -q "$work/root" || {
  echo "unpacked shipdeckctl does not load its own libshipdeck_backend:"; ldd "$work/root/usr/bin/shipdeckctl"; exit 1; }
echo "ok"

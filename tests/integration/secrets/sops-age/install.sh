#!/bin/sh
# Installs the pinned sops-age (package.json + package-lock.json beside this script) into DEST
# with `npm ci`, unless DEST already holds exactly that lock file's install.
set -eu
src=$(cd "$(dirname "$0")" && pwd)
dest=$1
mkdir -p "$dest"
cp "$src/decrypt.mjs" "$dest/"
if cmp -s "$src/package-lock.json" "$dest/package-lock.json" && [ -f "$dest/node_modules/sops-age/package.json" ]; then
  echo "sops-age already installed in $dest"
  exit 0
fi
cp "$src/package.json" "$src/package-lock.json" "$dest/"
npm ci --prefix "$dest" --no-audit --no-fund --loglevel=error

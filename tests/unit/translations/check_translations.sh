#!/bin/sh
# Usage: check_translations.sh LUPDATE PROJECT_CMAKE TRANSLATIONS_DIR GENERATE_SCRIPT
set -eu
lupdate=$1; project=$2; dir=$3; generate=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake -DIN_FILE="$project" -DOUT_FILE="$tmp/project.json" -P "$generate"
status=0
for lang in de; do
  cp "$dir/shipdeck_$lang.ts" "$tmp/shipdeck_$lang.ts"
  "$lupdate" -project "$tmp/project.json" -ts "$tmp/shipdeck_$lang.ts" -no-obsolete -locations none >"$tmp/lupdate.log" 2>&1
  cat "$tmp/lupdate.log"
  if grep -q 'type="unfinished"' "$tmp/shipdeck_$lang.ts"; then
    echo "FAIL: strings without a $lang translation:"
    grep -B3 'type="unfinished"' "$tmp/shipdeck_$lang.ts" | grep '<source>' | sed 's/^ */  /'
    status=1
  else
    echo "ok: every string has a $lang translation"
  fi
  if grep -q 'type="unfinished"' "$dir/shipdeck_$lang.ts"; then
    echo "FAIL: the committed shipdeck_$lang.ts has unfinished messages"; status=1
  fi
done
exit $status

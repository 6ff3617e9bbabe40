#!/bin/sh
# Usage: check_layering.sh BUILD_DIR SOURCE_DIR
# app -> ui -> models -> backend: the backend links no QtGui/QtWidgets, the models no QtWidgets,
# shipdeckctl neither QtGui nor QtWidgets. Checked with ldd on the built binaries (transitive),
# plus the includes of each layer.
build=$1
src=$2
status=0
check() { # file, forbidden-regex, description
  if [ ! -e "$1" ]; then echo "missing $1"; status=1; return; fi
  hits=$(ldd "$1" | grep -E "$2")
  if [ -n "$hits" ]; then
    echo "FAIL: $3 links:"; echo "$hits"; status=1
  else
    echo "ok: $3"
  fi
}
check "$build/lib/libshipdeck_backend.so" 'libQt6(Gui|Widgets|Charts|Svg)' "backend links no QtGui/QtWidgets"
check "$build/lib/libshipdeck_models.so" 'libQt6(Widgets|Charts)' "models link no QtWidgets"
check "$build/bin/shipdeckctl" 'libQt6(Gui|Widgets|Charts|Svg)|libshipdeck_(models|ui)' "shipdeckctl links no QtGui/QtWidgets"
# Positive control: the GUI does link the widgets (so the check above can fail).
if ! ldd "$build/bin/shipdeck" | grep -q 'libQt6Widgets'; then echo "FAIL: shipdeck does not link QtWidgets?"; status=1; fi

inc() { # dir, regex, description
  hits=$(grep -rlE "$2" "$src/$1" --include='*.h' --include='*.cpp' 2>/dev/null)
  if [ -n "$hits" ]; then echo "FAIL: $3:"; echo "$hits"; status=1; else echo "ok: $3"; fi
}
inc backend '#include *[<"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QPainter|QColor|QIcon|QPixmap|QtCharts)' "backend includes no GUI headers"
inc models '#include *[<"](QtWidgets|QWidget|QApplication|QtCharts|QChart|ui/)' "models include no widget headers"
inc app/ctl '#include *[<"](QtWidgets|QtGui|QWidget|QApplication|ui/|models/)' "shipdeckctl includes no GUI headers"
exit $status

#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png (English) and docs/screenshots/<language>/*.png: the real window under
# Xvfb, with a private keyring, against the sandbox. Japanese needs a CJK font (fonts-ipafont-gothic).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target ScreenshotTour >/dev/null
shoot() { # LANG-value output-directory
  mkdir -p "$2"
  rm -f "$2"/*.png
  LANG=$1 LC_ALL=$1 xvfb-run -a -s '-screen 0 1400x900x24' scripts/with-keyring.sh build/tests/ScreenshotTour "$2"
}
shoot C.UTF-8 docs/screenshots
for language in de fr es ja; do
  locale=$(case $language in de) echo de_DE;; fr) echo fr_FR;; es) echo es_ES;; ja) echo ja_JP;; esac)
  shoot "$locale.UTF-8" "docs/screenshots/$language"
done
ls -R docs/screenshots

#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: the real window under Xvfb, with a private keyring, against the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target ScreenshotTour >/dev/null
rm -f docs/screenshots/*.png
xvfb-run -a -s '-screen 0 1280x860x24' scripts/with-keyring.sh build/tests/ScreenshotTour docs/screenshots
ls docs/screenshots

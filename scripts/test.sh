#!/usr/bin/env bash
# Builds with warnings as errors and runs every test headless (offscreen Qt, private D-Bus + gnome-keyring).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh -DPEERING_WERROR=ON -DBUILD_TESTING=ON
export QT_QPA_PLATFORM=offscreen
# Suites wait on sockets, timers and the keychain far more than on the CPU, and each has its own sandbox port,
# settings file and keyring: run them side by side.
ctest --test-dir build --output-on-failure --timeout 180 --parallel "$(nproc)" "$@"

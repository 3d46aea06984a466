#!/usr/bin/env bash
# Configures and builds into ./build (Ninja). Extra arguments go to CMake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/install-deps.sh"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
cmake --build build --parallel "$(nproc)"

#!/usr/bin/env bash
# Builds the whole tree with AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer) in build-asan/ and
# runs the complete CTest suite there, the keyring and GUI tests included (scripts/with-keyring.sh passes the
# environment through). Any report fails the step. Suppressions: tests/lsan.supp (third-party leaks only).
#   SANITIZE_JOBS  parallel compile jobs (default: all cores in CI, else 1)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${CI:-}" = true ]; then jobs=${SANITIZE_JOBS:-$(nproc)}; else jobs=${SANITIZE_JOBS:-1}; fi

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPEERING_SANITIZE=ON -DPEERING_WERROR=ON \
  -DBUILD_TESTING=ON >/dev/null
nice cmake --build build-asan -j "$jobs"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
# Sanitized code runs 2-5x slower: give every test more time than the normal run does.
ctest --test-dir build-asan --output-on-failure --timeout 400

#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in build-fuzz/ and runs each for a bounded time, starting
# from the committed seed corpus. Any crash, sanitizer report, leak, timeout or broken invariant fails the step;
# the input that did it is left in build-fuzz/artifacts/. See docs/HARDENING.md.
#   FUZZ_SECONDS  seconds per target (default 30)   FUZZ_JOBS  parallel compile jobs (default: all cores in CI, else 1)
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${FUZZ_SECONDS:-30}
if [ "${CI:-}" = true ]; then jobs=${FUZZ_JOBS:-$(nproc)}; else jobs=${FUZZ_JOBS:-1}; fi

# clang and libFuzzer's runtime (libclang_rt.fuzzer) are only needed here, not by the normal build.
need=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "30-fuzz: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DPEERING_FUZZ=ON -DPEERING_WERROR=ON -DBUILD_TESTING=OFF >/dev/null
nice cmake --build build-fuzz --target fuzzers -j "$jobs"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
rm -rf build-fuzz/artifacts && mkdir -p build-fuzz/artifacts
status=0
for seeds in tests/fuzz/corpus/*/; do
  target=$(basename "$seeds")
  # New inputs go to a scratch corpus inside the build directory; the committed seeds are only read.
  work=build-fuzz/corpus/$target
  mkdir -p "$work"
  log=build-fuzz/artifacts/$target.log
  if ! "build-fuzz/tests/fuzz/$target" "$work" "$seeds" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -max_len=8192 -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$target-" >"$log" 2>&1; then
    echo "30-fuzz: $target FAILED; the last lines of $log:"
    tail -n 60 "$log"
    status=1
    continue
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
  echo "30-fuzz: $target ok: $runs runs, $rate exec/s, $cov, corpus $(find "$work" -type f | wc -l) files"
done
exit $status

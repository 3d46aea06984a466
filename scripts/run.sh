#!/usr/bin/env bash
# Builds Peering Desk and starts it against the built-in sandbox (a fake Atlas on loopback).
# Extra arguments go to peering-desk, e.g. scripts/run.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
if [ $# -eq 0 ]; then set -- --sandbox; fi
exec build/app/peering-desk "$@"

#!/usr/bin/env bash
# Builds Peering Desk and starts it against the built-in sandbox (a fake Atlas on loopback).
# Extra arguments go to peering-desk instead of --sandbox, e.g. scripts/run.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
if [ $# -eq 0 ]; then set -- --sandbox; fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ ! -S "${XDG_RUNTIME_DIR:-/nonexistent}/bus" ]; then
  echo "run: no D-Bus session bus, so no keychain: using a private, temporary gnome-keyring for this run." >&2
  exec scripts/with-keyring.sh build/app/peering-desk "$@"
fi
exec build/app/peering-desk "$@"

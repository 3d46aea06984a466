#!/usr/bin/env bash
# Runs a command with a real, unlocked Secret Service (gnome-keyring) on a private D-Bus session bus,
# so keychain tests never touch the developer's own keyring. Used by CTest for tests marked KEYRING.
set -euo pipefail
if [ -z "${PEERING_KEYRING_INNER:-}" ]; then
  export PEERING_KEYRING_INNER=1
  exec dbus-run-session -- "$0" "$@"
fi
tmp=$(mktemp -d --tmpdir peering-keyring.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
# With no keyring yet, --unlock creates the login keyring with this password, without a prompt.
eval "$(printf '%s' "${KEYRING_PASSWORD:-peering-test}" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export PEERING_TEST_KEYRING_PASSWORD="${KEYRING_PASSWORD:-peering-test}"
# --unlock returns before the daemon owns its bus name. A client that asks in that moment has D-Bus start a second,
# locked daemon, which wants a password prompt that a headless run cannot show: wait for the name (up to 10 s).
for _ in $(seq 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.1
done
# A KDE session makes QtKeychain try KWallet first.
unset XDG_CURRENT_DESKTOP KDE_SESSION_VERSION KDE_FULL_SESSION
"$@"

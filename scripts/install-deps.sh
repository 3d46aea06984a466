#!/usr/bin/env bash
# Installs, from Debian 12's own archive, everything Peering Desk needs to build, test and package.
# Only missing packages are installed; nothing is downloaded from anywhere else.
set -euo pipefail

PKGS=(
  g++ cmake ninja-build pkgconf file dpkg-dev git                    # toolchain; dpkg-dev + file for CPack
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libqt6svg6                                                         # SVG icons at any DPI
  qtkeychain-qt6-dev libsecret-1-0                                   # libsecret is dlopen()ed by QtKeychain
  dbus dbus-x11 gnome-keyring libsecret-tools                        # a private bus + real Secret Service for tests
  xvfb xauth x11-utils imagemagick fonts-dejavu-core                 # running the app headless, screenshots
  curl desktop-file-utils appstream
  qt6-translations-l10n                                              # Qt's own strings in the user's language
  qt6-svg-dev                                                        # packaging: PNG icons rendered from the SVG
  lintian rpm rpmlint debootstrap man-db                             # packaging checks and the clean-root install test
)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

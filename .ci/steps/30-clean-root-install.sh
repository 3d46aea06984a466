#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI step: the .deb on a clean Debian 12. In a fresh debootstrap (minbase) bookworm root, from this machine's
# Debian mirror:
#   1. `apt install ./peering-desk_*.deb` resolves and installs every dependency;
#   2. the desktop integration is in place (desktop file on the menu path, its Exec on PATH, its icon in hicolor);
#   3. the installed app starts under Xvfb with --sandbox and a real Secret Service, maps its window with the
#      WM_CLASS the desktop file names, starts the sandbox, and quits cleanly (screenshot: build/ci-artifacts/);
#   4. `apt purge` + `apt autoremove --purge` leave the root exactly as it was before the install.
# Needs root, debootstrap and the Debian mirror; takes about 3-4 minutes. The root is always removed.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/install-deps.sh
APP_ID=io.github.peeringdesk.PeeringDesk
say() { echo "30-clean-root: $*"; }
fail() { echo "30-clean-root: FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot)"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt)
deb=$(ls build/packages/peering-desk_"${version}"_*.deb 2>/dev/null | head -1 || true)
if [ -z "$deb" ]; then
  (cd build && cpack -G DEB >/dev/null)
  deb=$(ls build/packages/peering-desk_"${version}"_*.deb | head -1)
fi
say "package $deb"

# The mirrors this machine's apt already uses (deb822 or one-line format), else Debian's CDN.
apt_uris=$( (cat /etc/apt/sources.list.d/*.sources 2>/dev/null || true) | sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n'
           grep -hE '^deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
             | sed -E 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/' || true)
mirror=$(grep -E '^https?://.*/debian/?$' <<<"$apt_uris" | head -1 || true)
security=$(grep -E '^https?://.*/debian-security/?$' <<<"$apt_uris" | head -1 || true)
mirror=${mirror:-http://deb.debian.org/debian}
security=${security:-http://deb.debian.org/debian-security}
say "mirror $mirror, security $security"

root=$(mktemp -d /var/tmp/peering-clean-root.XXXXXX)
chmod 755 "$root"   # apt's _apt user must reach the root's /var/cache/apt
artifacts=$PWD/build/ci-artifacts
mkdir -p "$artifacts"
cleanup() {
  for m in dev/pts proc; do
    mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
  done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT

say "debootstrap --variant=minbase bookworm"
t0=$(date +%s)
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$artifacts/debootstrap.log" 2>&1 \
  || { tail -20 "$artifacts/debootstrap.log"; fail "debootstrap failed"; }
say "debootstrap took $(( $(date +%s) - t0 )) s"
cat >"$root/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: $mirror
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
rm -f "$root/etc/apt/sources.list"
mount -t proc proc "$root/proc"
mkdir -p "$root/dev/pts" && mount -t devpts devpts "$root/dev/pts" 2>/dev/null || true

in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
in_root apt-get update -qq
in_root apt-get -y -qq upgrade >/dev/null

# Test tools first, so the before/after comparison sees only the package and what it pulled in.
say "installing the smoke-test tools (Xvfb, D-Bus, gnome-keyring)"
in_root apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils x11-apps dbus gnome-keyring \
  >/dev/null
snapshot() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./tmp -o -path ./run \
      -o -path ./var/cache -o -path ./var/log -o -path ./var/lib/apt -o -path ./root \) -prune -o -print) \
    | grep -vE '^\./var/lib/dpkg/(status|available|diversions|statoverride)(-old)?$|^\./var/lib/dpkg/triggers/' \
    | sort
}
snapshot >"$artifacts/root-before.txt"

say "apt install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
t0=$(date +%s)
in_root sh -c "cd /tmp && apt install -y ./$(basename "$deb")" >"$artifacts/apt-install.log" 2>&1 \
  || { tail -30 "$artifacts/apt-install.log"; fail "apt install failed"; }
say "apt install took $(( $(date +%s) - t0 )) s"
in_root dpkg-query -W -f='${Status} ${Version}\n' peering-desk | grep -qx "install ok installed $version" \
  || fail "peering-desk $version is not installed"
in_root dpkg -L peering-desk >"$artifacts/package-files.txt"

say "desktop integration"
desktop=/usr/share/applications/$APP_ID.desktop
[ -f "$root$desktop" ] || fail "$desktop missing"
grep -qx 'NoDisplay=true' "$root$desktop" && fail "$desktop is hidden from menus"
exec_cmd=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root$desktop")
[ "$(in_root sh -c "command -v $exec_cmd")" = "/usr/bin/$exec_cmd" ] || fail "Exec=$exec_cmd is not on PATH"
icon=$(sed -n 's/^Icon=//p' "$root$desktop")
[ "$icon" = "$APP_ID" ] || fail "Icon=$icon, expected $APP_ID"
for f in scalable/apps/$icon.svg 48x48/apps/$icon.png 128x128/apps/$icon.png; do
  [ -s "$root/usr/share/icons/hicolor/$f" ] || fail "icon hicolor/$f missing"
done
[ -f "$root/usr/share/metainfo/$APP_ID.metainfo.xml" ] || fail "metainfo missing"
in_root sh -c 'zcat /usr/share/man/man1/peering-desk.1.gz | head -3' | grep -q '^\.TH PEERING-DESK 1' \
  || fail "man page missing"
[ "$(in_root env QT_QPA_PLATFORM=offscreen peering-desk --version 2>/dev/null)" = "peering-desk $version" ] || fail "--version is wrong"

say "launching /usr/bin/peering-desk --sandbox under Xvfb"
cp scripts/with-keyring.sh "$root/tmp/with-keyring.sh"
cat >"$root/tmp/smoke.sh" <<'SMOKE'
#!/bin/sh
# Runs inside the clean root, under xvfb-run and with-keyring.sh.
set -eu
peering-desk --sandbox --settings /tmp/smoke-home/smoke.ini --quit-after 6000 2>/tmp/app.log &
app=$!
wid=""
for i in $(seq 1 75); do
  # The main window: its title names the form and "Peering Desk" ("Untitled — Peering Desk"), and unlike
  # Qt's 1x1 helper window it has a WM_CLASS. With --sandbox the title ends in "— Sandbox".
  wid=$(xwininfo -root -tree | grep -E '"[^"]*Peering Desk[^"]*": \("' | awk '{print $1}' | head -1 || true)
  [ -n "$wid" ] && break
  sleep 0.2
done
[ -n "$wid" ] || { echo "no Peering Desk window" >&2; cat /tmp/app.log >&2; kill $app 2>/dev/null; exit 1; }
for i in $(seq 1 25); do grep -q 'sandbox listening on' /tmp/app.log && break; sleep 0.2; done
sleep 1
xprop -id "$wid" WM_CLASS WM_NAME
xwd -root -silent >/tmp/screen.xwd
status=0
wait $app || status=$?
cat /tmp/app.log >&2
exit $status
SMOKE
chmod +x "$root/tmp/smoke.sh" "$root/tmp/with-keyring.sh"
mkdir -p "$root/tmp/smoke-home"
smoke_out=$(in_root env HOME=/tmp/smoke-home xvfb-run -a -s '-screen 0 1180x760x24' /tmp/with-keyring.sh /tmp/smoke.sh \
  2>"$artifacts/app-stderr.log") || { cat "$artifacts/app-stderr.log"; fail "the installed app failed its smoke test"; }
echo "$smoke_out"
grep -q '"peering-desk"' <<<"$smoke_out" || fail "WM_CLASS does not name peering-desk (StartupWMClass)"
grep -q 'sandbox listening on "http://127.0.0.1:' "$artifacts/app-stderr.log" || fail "the sandbox did not start"
# The title changes only once the sandbox is up and its key is in the keychain.
grep -q 'WM_NAME.*Sandbox' <<<"$smoke_out" || fail "the window did not switch to the sandbox"
if grep -qiE 'could not start|keychain.*(fail|unavailable)' "$artifacts/app-stderr.log"; then
  cat "$artifacts/app-stderr.log"; fail "sandbox or keychain error"
fi
if [ -x /usr/bin/convert ]; then
  /usr/bin/convert "xwd:$root/tmp/screen.xwd" "$artifacts/clean-root-sandbox.png" && say "screenshot $artifacts/clean-root-sandbox.png"
fi

say "apt purge + autoremove"
in_root apt-get purge -y -qq peering-desk >/dev/null
in_root apt-get autoremove --purge -y -qq >/dev/null
while read -r f; do
  [ "$f" = "/." ] && continue
  [ -e "$root$f" ] && [ ! -d "$root$f" ] && fail "$f is still there after purge"
done <"$artifacts/package-files.txt"
snapshot >"$artifacts/root-after.txt"
if ! diff -u "$artifacts/root-before.txt" "$artifacts/root-after.txt" >"$artifacts/root-diff.txt"; then
  cat "$artifacts/root-diff.txt"
  fail "the root differs after purge"
fi
say "OK: installed, launched, purged without leftovers"

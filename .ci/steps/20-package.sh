#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI step: check the desktop integration files, build the .deb, .rpm and .tar.gz with CPack, and check them:
# desktop-file-validate, appstreamcli, man pages against --help, versions against project(), stripped
# binaries, declared run-time dependencies, package contents, lintian (no errors) and rpmlint (no errors).
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/install-deps.sh
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
APP_ID=io.github.peeringdesk.PeeringDesk
L=packaging/linux
fail() { echo "20-package: FAIL: $*" >&2; exit 1; }
say() { echo "20-package: $*"; }

# build/ is built by scripts/test.sh; this only adds what a build from before packaging existed lacks.
cmake -S . -B build >/dev/null
nice cmake --build build -j 1 >/dev/null
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt)
[ -n "$version" ] || fail "no project version in build/CMakeCache.txt"
say "project version $version"

say "desktop-file-validate"
desktop-file-validate "$L/$APP_ID.desktop"
say "appstreamcli validate"
appstreamcli validate --no-net "$L/$APP_ID.metainfo.xml"

# Every hand-maintained version must match project(VERSION).
meta_version=$(grep -o '<release version="[^"]*"' "$L/$APP_ID.metainfo.xml" | head -1 | cut -d'"' -f2)
deb_version=$(head -1 "$L/changelog.Debian" | sed -n 's/^peering-desk (\([^)]*\)).*/\1/p')
rpm_version=$(head -1 "$L/changelog.rpm" | sed -n 's/.* - \([^ ]*\)-[0-9]*$/\1/p')
for v in "metainfo:$meta_version" "changelog.Debian:$deb_version" "changelog.rpm:$rpm_version"; do
  [ "${v#*:}" = "$version" ] || fail "newest release in ${v%%:*} is '${v#*:}', project version is $version"
done

# The man pages document exactly the options --help lists (Qt's own toolkit options are mentioned separately).
for prog in build/app/peering-desk build/app/sandbox/atlas-sandbox; do
  name=$(basename "$prog")
  page=build/packaging/linux/$name.1
  warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || fail "groff warnings in $page: $warnings"
  rendered=$(MANWIDTH=200 man -l "$page" 2>/dev/null | sed -n '/^OPTIONS/,/^[A-Z]/p')
  help_opts=$("$prog" --help 2>/dev/null | grep -oE '(^| )--?[a-z][a-z-]*' | tr -d ' ' | sort -u)
  man_opts=$(grep -oE '(^| )--?[a-z][a-z-]*' <<<"$rendered" | tr -d ' ' | grep -vE '^-(platform|style)$' | sort -u)
  [ "$help_opts" = "$man_opts" ] || fail "$name: options in --help and in $name.1 differ:
$(diff <(echo "$help_opts") <(echo "$man_opts") || true)"
  say "$name.1 covers: $(echo $help_opts)"
done

say "staged install + appstreamcli validate-tree"
stage=build/stage-ci
rm -rf "$stage"
DESTDIR="$PWD/$stage" cmake --install build --prefix /usr >/dev/null
appstreamcli validate-tree --no-net "$stage"
desktop-file-validate "$stage/usr/share/applications/$APP_ID.desktop"
for png in "$stage"/usr/share/icons/hicolor/*x*/apps/$APP_ID.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  file "$png" | grep -q "PNG image data, ${size/x/ x }," || fail "$png is not a ${size} PNG: $(file -b "$png")"
done
rm -rf "$stage"

say "cpack"
rm -rf build/packages
(cd build && cpack >/dev/null)
deb=$(ls build/packages/peering-desk_"$version"_*.deb)
rpm=$(ls build/packages/peering-desk-"$version"-*.rpm)
tgz=$(ls build/packages/peering-desk-"$version"-Linux.tar.gz)
ls -l "$deb" "$rpm" "$tgz"

[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail ".deb version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for d in libsecret-1-0 libqt6svg6 libqt6keychain1 libqt6widgets6; do
  grep -qE "(^|, )$d( |,|$)" <<<"$depends" || fail ".deb Depends lacks $d: $depends"
done
requires=$(rpm -qpR "$rpm" 2>/dev/null)
grep -qF 'libsecret-1.so.0()(64bit)' <<<"$requires" || fail ".rpm does not require libsecret"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
rpm_files=$(rpm -qpl "$rpm" 2>/dev/null)
tgz_files=$(tar -tzf "$tgz")
for f in ./usr/bin/peering-desk ./usr/bin/atlas-sandbox \
         ./usr/share/applications/$APP_ID.desktop ./usr/share/metainfo/$APP_ID.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg ./usr/share/icons/hicolor/128x128/apps/$APP_ID.png \
         ./usr/share/icons/hicolor/48x48/apps/$APP_ID.png ./usr/share/man/man1/peering-desk.1.gz \
         ./usr/share/doc/peering-desk/copyright ./usr/share/licenses/peering-desk/LICENSE; do
  grep -qxF "$f" <<<"$contents" || fail ".deb lacks $f"
  grep -qxF "${f#.}" <<<"$rpm_files" || fail ".rpm lacks ${f#.}"
  grep -qxF "peering-desk-$version-Linux/${f#./usr/}" <<<"$tgz_files" || fail ".tar.gz lacks ${f#./usr/}"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
for b in peering-desk atlas-sandbox; do
  file "$tmp/usr/bin/$b" | grep -q ', stripped' || fail "/usr/bin/$b in the .deb is not stripped"
  ! readelf -d "$tmp/usr/bin/$b" | grep -qE 'RPATH|RUNPATH' || fail "/usr/bin/$b has an RPATH"
done
[ "$("$tmp/usr/bin/peering-desk" --version 2>/dev/null)" = "peering-desk $version" ] \
  || fail "packaged peering-desk --version is not $version"

say "lintian"
lintian_ok=true
lintian --fail-on error --display-info "$deb" >"$tmp/lintian.txt" 2>&1 || lintian_ok=false
grep -v 'running with root privileges' "$tmp/lintian.txt" || true
$lintian_ok || fail "lintian reports errors"
say "rpmlint"
rpmlint -c "$L/rpmlint.toml" "$rpm"
say "OK"

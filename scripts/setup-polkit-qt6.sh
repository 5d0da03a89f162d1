#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Provides PolkitQt6-1: the distribution's package where it has one (Debian 13: libpolkit-qt6-1-dev),
# else polkit-qt-1 0.200 built from the next Debian release's source package and installed in /usr/local.
set -euo pipefail

if pkg-config --exists polkit-qt6-core-1 2>/dev/null; then
    exit 0
fi

if apt-cache policy libpolkit-qt6-1-dev 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    echo "setup: installing libpolkit-qt6-1-dev"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libpolkit-qt6-1-dev >/dev/null
    exit 0
fi

# The mirror this machine's apt already uses, read from its own sources (never written into the repository).
mirror=""
for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    # deb822 files hold one stanza per paragraph; take the main archive's, not the security archive's.
    mirror=$(awk 'BEGIN {RS = ""} /(^|\n)Types:[^\n]*deb/ && /(^|\n)Suites:/ && !/(^|\n)Suites:[^\n]*-security/ {
        if (match($0, /(^|\n)URIs:[ \t]*[^ \t\n]+/)) { u = substr($0, RSTART, RLENGTH); sub(/^\n?URIs:[ \t]*/, "", u); print u; exit }
    }' "$f")
    [ -n "$mirror" ] && break
done
if [ -z "$mirror" ] && [ -e /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' \
        /etc/apt/sources.list)
fi
if [ -z "$mirror" ]; then
    echo "setup: cannot find a Debian mirror in /etc/apt to fetch polkit-qt-1's source from." >&2
    echo "       Install libpolkit-qt6-1-dev, or build polkit-qt-1 0.200 with -DQT_MAJOR_VERSION=6." >&2
    exit 1
fi

work=$(mktemp -d /tmp/polkit-qt6-build.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/sources.d" "$work/lists/partial" "$work/cache/archives/partial"
cat >"$work/sources.d/next.sources" <<SOURCES
Types: deb-src
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
apt_opts=(-o "Dir::Etc::SourceList=$work/none.list" -o "Dir::Etc::SourceParts=$work/sources.d"
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o "APT::Sandbox::User=root")
echo "setup: building polkit-qt-1 0.200 for Qt 6 from Debian's source package"
apt-get "${apt_opts[@]}" update -qq
# Only the .orig tarball is needed; the other files of the source package may be missing on the mirror.
(cd "$work" && apt-get "${apt_opts[@]}" source --download-only polkit-qt-1 >/dev/null 2>&1) || true
tarball=$(ls "$work"/polkit-qt-1_0.200*.orig.tar.* 2>/dev/null | head -n 1)
if [ -z "$tarball" ]; then
    echo "setup: could not download polkit-qt-1's source (.orig tarball) from $mirror (suite trixie)." >&2
    exit 1
fi
tar -xf "$tarball" -C "$work"
src=$(find "$work" -maxdepth 1 -type d -name 'polkit-qt-1-*' | head -n 1)
cmake -S "$src" -B "$work/build" -G Ninja -DQT_MAJOR_VERSION=6 -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX=/usr/local -DBUILD_EXAMPLES=OFF -DBUILD_TEST=OFF >/dev/null
cmake --build "$work/build" >/dev/null
cmake --install "$work/build" >/dev/null
ldconfig
echo "setup: PolkitQt6-1 installed in /usr/local"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints the path of a minimal Debian 12 root with GRUB (BIOS), Debian's kernel and initramfs-tools, built with
# debootstrap from the mirror this machine's apt uses and cached outside the clone:
#
#   debian-root.sh   ->   ${VFIO_SYSTEM_CACHE:-/var/cache/vfio-isolator-tests/system}/debian12-root-VERSION
#
# The first run takes 1 to 6 minutes (71 s measured here, more on a slow mirror) and 800 MB; later runs only
# print the path. Change root_version when the package list changes, so that an old cached root is not used.
# Needs root and debootstrap (scripts/setup.sh).
set -euo pipefail

root_version=1
packages=grub-pc-bin,grub2-common,linux-image-amd64,initramfs-tools,udev,e2fsprogs
cache=${VFIO_SYSTEM_CACHE:-/var/cache/vfio-isolator-tests/system}
target="$cache/debian12-root-$root_version"

if [ -e "$target/.complete" ]; then
    echo "$target"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "debian-root: debootstrap needs root" >&2
    exit 1
fi
if ! command -v debootstrap >/dev/null; then
    echo "debian-root: debootstrap is not installed (scripts/setup.sh installs it)" >&2
    exit 1
fi

# The Debian mirror from apt's own sources (deb822 .sources files or the one-line sources.list).
mirror_from_apt() {
    local file
    for file in /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] || continue
        awk '/^URIs:/ {for (i = 2; i <= NF; i++) if ($i !~ /security/) {print $i; exit}}' "$file"
    done
    if [ -f /etc/apt/sources.list ]; then
        awk '$1 == "deb" && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /^(https?|ftp):/) {print $i; exit}}' \
            /etc/apt/sources.list
    fi
}
mirror=$(mirror_from_apt | head -n 1)
if [ -z "$mirror" ]; then
    echo "debian-root: found no Debian mirror in /etc/apt/sources.list or /etc/apt/sources.list.d/*.sources" >&2
    exit 1
fi

mkdir -p "$cache"
partial="$target.partial"
# debootstrap mounts /proc and /sys in the target; a failed run can leave them behind.
unmount_partial() {
    local point
    for point in $(awk -v p="$partial/" 'index($2, p) == 1 {print $2}' /proc/mounts | sort -r); do
        umount -l "$point" || true
    done
}
trap unmount_partial EXIT
unmount_partial
rm -rf "$partial"
echo "debian-root: debootstrap bookworm from $mirror into $partial (one to six minutes)" >&2
if ! debootstrap --variant=minbase --include="$packages" bookworm "$partial" "$mirror" >"$cache/debootstrap.log" 2>&1; then
    echo "debian-root: debootstrap failed; the end of $cache/debootstrap.log:" >&2
    tail -n 30 "$cache/debootstrap.log" >&2
    exit 1
fi
# grub2-common alone ships no /etc/default/grub (grub-pc's scripts would write it); Debian's template serves.
if [ ! -e "$partial/etc/default/grub" ]; then
    cp "$partial/usr/share/grub/default/grub" "$partial/etc/default/grub"
fi
rm -rf "$target"
mv "$partial" "$target"
touch "$target/.complete"
echo "$target"

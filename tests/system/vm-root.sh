#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints the path of a Debian 12 root for the system VM test (run-vm-test.sh), built with debootstrap from the
# mirror this machine's apt uses and cached outside the clone, keyed by a hash of this script (its package list):
#
#   vm-root.sh initramfs-tools|dracut  ->  ${VFIO_SYSTEM_CACHE:-/var/cache/vfio-isolator-tests/system}/vm-TOOL-HASH
#
# Both roots hold Debian's kernel, systemd as init, udev, the system bus, polkitd and the Qt 6 libraries the
# helper and the CLI link. The dracut root is the initramfs-tools root with Debian's dracut package installed
# (apt removes initramfs-tools). polkitd needs a logind: libpam-systemd (systemd-logind). First run: about 6 minutes (initramfs-tools) plus 2 (dracut); then instant.
set -euo pipefail
tool=${1:?initramfs-tools or dracut}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${VFIO_SYSTEM_CACHE:-/var/cache/vfio-isolator-tests/system}
packages=linux-image-amd64,initramfs-tools,zstd,systemd,systemd-sysv,libpam-systemd,udev,dbus,polkitd,libqt6core6,libqt6dbus6
packages=$packages,libpci3,libkmod2,libudev1,libpolkit-gobject-1-0,pciutils,kmod,e2fsprogs,util-linux
key=$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-12)
target="$cache/vm-$tool-$key"
if [ -e "$target/.complete" ]; then
    echo "$target"
    exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "vm-root: debootstrap and chroot need root" >&2; exit 1; }
mkdir -p "$cache"

unmount_under() {
    local point
    for point in $(awk -v p="$1/" 'index($2, p) == 1 {print $2}' /proc/mounts | sort -r); do
        umount -l "$point" || true
    done
}

if [ "$tool" = initramfs-tools ]; then
    command -v debootstrap >/dev/null || { echo "vm-root: debootstrap is missing (scripts/setup.sh)" >&2; exit 1; }
    mirror=$(awk '/^URIs:/ {for (i = 2; i <= NF; i++) if ($i !~ /security/) {print $i; exit}}' \
        /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
    if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
        mirror=$(awk '$1 == "deb" && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /^(https?|ftp):/) {print $i; exit}}' \
            /etc/apt/sources.list | head -n 1)
    fi
    [ -n "$mirror" ] || { echo "vm-root: found no Debian mirror in /etc/apt" >&2; exit 1; }
    partial="$target.partial"
    trap 'unmount_under "$partial"' EXIT
    unmount_under "$partial"
    rm -rf "$partial"
    echo "vm-root: debootstrap bookworm from $mirror into $partial (about six minutes)" >&2
    if ! debootstrap --variant=minbase --include="$packages" bookworm "$partial" "$mirror" \
        >"$cache/vm-debootstrap.log" 2>&1; then
        echo "vm-root: debootstrap failed; the end of $cache/vm-debootstrap.log:" >&2
        tail -n 30 "$cache/vm-debootstrap.log" >&2
        exit 1
    fi
else
    base=$("$here/vm-root.sh" initramfs-tools)
    partial="$target.partial"
    trap 'unmount_under "$partial"' EXIT
    unmount_under "$partial"
    rm -rf "$partial"
    cp -a "$base" "$partial"
    rm -f "$partial/.complete"
    mount -t proc proc "$partial/proc"
    mount -t sysfs sysfs "$partial/sys"
    mount --bind /dev "$partial/dev"
    cp /etc/resolv.conf "$partial/etc/resolv.conf"
    echo "vm-root: installing Debian's dracut into $partial (replaces initramfs-tools)" >&2
    if ! chroot "$partial" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends dracut' >"$cache/vm-dracut.log" 2>&1; then
        echo "vm-root: apt-get install dracut failed; the end of $cache/vm-dracut.log:" >&2
        tail -n 30 "$cache/vm-dracut.log" >&2
        exit 1
    fi
    unmount_under "$partial"
fi
chroot "$partial" apt-get clean
rm -rf "$target"
mv "$partial" "$target"
touch "$target/.complete"
echo "$target"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything VFIO Isolator needs to build, run and test on Debian 12 (and later Debian releases).
# Idempotent: when everything is already there it only checks, in about a second.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=CI "$0" "$@"
fi

packages=(
    build-essential cmake ninja-build pkg-config ccache clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libpci-dev pci.ids pciutils libkmod-dev libmount-dev libudev-dev libarchive-dev
    libpolkit-gobject-1-dev libpolkit-agent-1-dev libglib2.0-dev
    dbus-daemon polkitd
    xvfb xauth fonts-dejavu-core
    xz-utils ca-certificates passwd util-linux
    qemu-system-x86 busybox-static kmod cpio
    debootstrap fdisk e2fsprogs grub2-common bubblewrap
    libqt6svg6 qt6-svg-dev
    desktop-file-utils appstream libxml2-utils man-db mandoc dpkg-dev libdbus-1-dev
    clang libclang-rt-14-dev clang-tidy cppcheck
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

apt_updated=0
apt_update_once() {
    if [ "$apt_updated" -eq 0 ]; then
        apt-get update -qq
        apt_updated=1
    fi
}

if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    apt_update_once
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

"$here/setup-polkit-qt6.sh"
"$here/setup-test-users.sh"
echo "setup: everything is in place"

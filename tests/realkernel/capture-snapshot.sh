#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Boots Debian's own kernel in QEMU (q35, emulated IOMMU) with a chosen set of PCI devices and records a
# sysfs snapshot in the format of tests/data, with the guest's own `lspci -nnk` and IOMMU groups as the oracle.
#
#   capture-snapshot.sh [--etc DIR] [--append WORDS] OUTDIR intel|amd|none [QEMU DEVICE ARGUMENTS...]
#
# --etc DIR: files copied over the guest's /etc before any driver is loaded (e.g. DIR/modprobe.d/vfio.conf),
# so a configuration can be checked against the real kernel's module loader. The modules listed in
# DIR/initramfs-tools/modules are loaded first, in order, as initramfs-tools' init does.
# --append WORDS: added to the kernel command line (e.g. vfio_isolator=off).
#
# The kernel comes from Debian's linux-image-amd64 package (downloaded with apt, unpacked, never installed),
# cached in ${VFIO_KERNEL_CACHE:-/var/cache/vfio-isolator-tests/kernel}. Needs qemu-system-x86, busybox-static,
# kmod, pciutils and cpio (scripts/setup.sh installs them). Software emulation: about 20 to 60 s.
set -euo pipefail

etc_overlay=""
append=""
while [ "$#" -gt 0 ]; do
    case "$1" in
    --etc) etc_overlay=$2; shift 2 ;;
    --append) append=$2; shift 2 ;;
    *) break ;;
    esac
done
out=$1
iommu=$2
shift 2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${VFIO_KERNEL_CACHE:-/var/cache/vfio-isolator-tests/kernel}

kernel_package() { apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ {print $2; exit}'; }
package=$(kernel_package)
if [ -z "$package" ]; then
    apt-get update -qq >/dev/null 2>&1 || true
    package=$(kernel_package)
fi
if [ -z "$package" ]; then
    echo "capture: apt does not know linux-image-amd64 (run apt-get update)" >&2
    exit 1
fi
release=${package#linux-image-}
kernel_root="$cache/$release"
if [ ! -e "$kernel_root/.complete" ]; then
    rm -rf "$kernel_root"
    mkdir -p "$kernel_root"
    (cd "$kernel_root" && apt-get download "$package" >/dev/null 2>&1)
    dpkg-deb -x "$kernel_root"/*.deb "$kernel_root"
    rm -f "$kernel_root"/*.deb
    /sbin/depmod -b "$kernel_root" "$release"
    touch "$kernel_root/.complete"
fi
modules="$kernel_root/lib/modules/$release"

work=$(mktemp -d /tmp/vfio-capture.XXXXXX)
trap 'rm -rf "$work"' EXIT
initramfs="$work/initramfs"
mkdir -p "$initramfs"/{bin,sbin,usr/bin,usr/share/misc,early,proc,sys,dev,lib64}
cp /bin/busybox "$initramfs/bin/busybox"
cp "$here/guest-init.sh" "$initramfs/init"
chmod +x "$initramfs/init"
cp /usr/bin/lspci "$initramfs/usr/bin/lspci"
cp /bin/kmod "$initramfs/sbin/kmod"
ln -s kmod "$initramfs/sbin/modprobe"
cp /usr/share/misc/pci.ids "$initramfs/usr/share/misc/pci.ids"
for lib in $(ldd /usr/bin/lspci /bin/kmod | awk '/=> \// {print $3} /ld-linux/ {print $1}' | sort -u); do
    mkdir -p "$initramfs$(dirname "$lib")"
    cp -L "$lib" "$initramfs$lib"
done
# The few modules needed to reach the 9p shares, in load order.
for early in virtio_pci 9pnet_virtio 9p; do
    /sbin/modprobe -d "$kernel_root" -S "$release" --show-depends "$early"
done | awk '$1 == "insmod" && !seen[$2]++ {print $2}' >"$work/early.list"
: >"$initramfs/early-modules"
while read -r ko; do
    cp "$ko" "$initramfs/early/"
    basename "$ko" >>"$initramfs/early-modules"
done <"$work/early.list"
(cd "$initramfs" && find . | cpio -o -H newc --quiet | gzip -1) >"$work/initramfs.gz"

case "$iommu" in
intel) iommu_device=(-device intel-iommu) cmdline_iommu="intel_iommu=on" ;;
amd) iommu_device=(-device amd-iommu) cmdline_iommu="amd_iommu=on" ;;
none) iommu_device=() cmdline_iommu="intel_iommu=off" ;;
*) echo "capture: IOMMU kind must be intel, amd or none" >&2; exit 2 ;;
esac

mkdir -p "$work/out"
if [ -n "$etc_overlay" ]; then
    cp -a "$etc_overlay" "$work/out/etc"
fi
timeout 300 qemu-system-x86_64 -M q35 -m 1024 -smp 1 -nographic -no-reboot \
    "${iommu_device[@]}" "$@" \
    -kernel "$kernel_root/boot/vmlinuz-$release" -initrd "$work/initramfs.gz" \
    -append "console=ttyS0 panic=-1 quiet $cmdline_iommu${append:+ $append}" \
    -virtfs "local,path=$modules,mount_tag=modules,security_model=none,readonly=on" \
    -virtfs "local,path=$work/out,mount_tag=out,security_model=passthrough" >"$work/console.log" 2>&1 || true

if [ ! -s "$work/out/snapshot/lspci-nnk.txt" ]; then
    echo "capture: the guest recorded nothing; its console said:" >&2
    tail -n 40 "$work/console.log" >&2
    exit 1
fi
rm -rf "$out"
mkdir -p "$(dirname "$out")"
mv "$work/out/snapshot" "$out"
mkdir -p "$out/lib/modules/$release"
cp "$modules"/modules.* "$out/lib/modules/$release/"
echo "capture: $out ($(wc -l <"$out/iommu-groups.txt") IOMMU groups, $(grep -c '^[0-9a-f]' "$out/lspci-nnk.txt") devices)"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The distribution's real GRUB tools on our files: a Debian 12 root (debian-root.sh) goes onto a raw disk
# image; our tool writes the intel_iommu=on drop-in and the safety entry script from the core plans; the real
# grub-install and update-grub run in a chroot; grub.cfg must then carry intel_iommu=on on the normal entries
# and hold the "without VFIO passthrough" entry with vfio_isolator=off. Then QEMU boots the disk through GRUB
# with that entry chosen by grub-reboot, and the booted kernel's /proc/cmdline must carry vfio_isolator=off;
# booted once more, GRUB must take the normal entry again (grub-reboot holds for one boot).
#
#   check-update-grub.sh WRITE_TOOL
#
# A raw disk and not a plain directory: grub-probe in a chroot on a directory reports the host's root device,
# so root= would be wrong (../shared/notes: partition table, losetup + partx, mkfs.ext4 -d, private /dev).
# Needs root, debootstrap, fdisk (sfdisk), e2fsprogs, util-linux and qemu-system-x86 (scripts/setup.sh).
set -euo pipefail
tool=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

for program in sfdisk losetup partx mkfs.ext4 blkid chroot qemu-system-x86_64; do
    if ! command -v "$program" >/dev/null; then
        echo "system: $program is missing (scripts/setup.sh installs it)" >&2
        exit 1
    fi
done
if [ "$(id -u)" -ne 0 ]; then
    echo "system: loop devices, mounts and chroot need root" >&2
    exit 1
fi

started=$SECONDS
root=$("$here/debian-root.sh")
echo "system: Debian root $root ready after $((SECONDS - started)) s"

work=$(mktemp -d /tmp/vfio-system.XXXXXX)
mnt="$work/mnt"
loop=""
unmount_all() {
    local point
    for point in $(awk -v p="$mnt" '$2 == p || index($2, p "/") == 1 {print $2}' /proc/mounts | sort -r); do
        umount "$point" || umount -l "$point"
    done
}
detach_loop() {
    if [ -n "$loop" ]; then
        partx -d "$loop" 2>/dev/null || true
        losetup -d "$loop" || true
        loop=""
    fi
}
cleanup() {
    unmount_all
    detach_loop
    rm -rf "$work"
}
trap cleanup EXIT

# The disk: one bootable partition from 1 MiB (room for GRUB's core image), holding a copy of the root.
image="$work/disk.img"
truncate -s 2G "$image"
printf 'label: dos\nstart=2048, type=83, bootable\n' | sfdisk -q "$image"
loop=$(losetup -f --show "$image") || { echo "system: no free loop device (losetup -f failed)" >&2; exit 1; }
partx -a "$loop" || { echo "system: partx -a $loop failed: the kernel did not read the partition table" >&2; exit 1; }
part="${loop}p1"
for _ in 1 2 3 4 5; do [ -b "$part" ] && break; sleep 1; done
[ -b "$part" ] || { echo "system: $part did not appear after partx -a" >&2; exit 1; }
mkfs.ext4 -q -L vfio-system -d "$root" "$part"
uuid=$(blkid -s UUID -o value "$part")
mkdir -p "$mnt"
mount "$part" "$mnt"
echo "system: disk image with root $part (UUID $uuid) after $((SECONDS - started)) s"

# A private /dev (no udev here): the loop nodes and the by-uuid link grub-mkconfig looks for.
mount -t tmpfs -o mode=0755 devtmp "$mnt/dev"
cp -a /dev/null /dev/zero /dev/full /dev/random /dev/urandom "$loop" "$part" "$mnt/dev/"
mkdir -p "$mnt/dev/disk/by-uuid"
ln -s "../../${part##*/}" "$mnt/dev/disk/by-uuid/$uuid"
mount -t proc proc "$mnt/proc"
mount -t sysfs sysfs "$mnt/sys"

# Test-only settings, not part of what is checked: GRUB and the kernel on the serial console, one second of
# menu, grub-reboot honoured, and an init that reports the kernel's command line and powers off.
cat >"$mnt/etc/default/grub.d/00-vfio-test-console.cfg" <<'EOF'
GRUB_TERMINAL=serial
GRUB_SERIAL_COMMAND="serial --unit=0 --speed=115200"
GRUB_TIMEOUT=1
GRUB_DEFAULT=saved
GRUB_DISABLE_OS_PROBER=true
GRUB_CMDLINE_LINUX="console=ttyS0 init=/usr/local/sbin/vfio-test-report"
EOF
mkdir -p "$mnt/usr/local/sbin"
cat >"$mnt/usr/local/sbin/vfio-test-report" <<'EOF'
#!/bin/sh
[ -r /proc/cmdline ] || mount -t proc proc /proc
echo "vfio-test: cmdline: $(cat /proc/cmdline)" >/dev/console
echo o >/proc/sysrq-trigger
sleep 60
EOF
chmod 0755 "$mnt/usr/local/sbin/vfio-test-report"

# Our files, from the core plans; then the plans' commands (update-grub), each once, in the chroot.
"$tool" "$mnt" >"$work/commands"
chroot "$mnt" grub-install --target=i386-pc "$loop" 2>"$work/grub-install.log" ||
    { cat "$work/grub-install.log" >&2; exit 1; }
awk '!seen[$0]++' "$work/commands" | while read -r -a command; do
    echo "system: running ${command[*]} in the chroot"
    chroot "$mnt" "${command[@]}"
done
echo "system: grub-install and update-grub done after $((SECONDS - started)) s"

"$here/check-grub-cfg.sh" "$mnt/boot/grub/grub.cfg" "$uuid"

release=$(basename "$(ls "$mnt"/boot/vmlinuz-* | sort -V | tail -n 1)")
release=${release#vmlinuz-}
chroot "$mnt" grub-reboot "vfio-isolator-safe-$release"
unmount_all
detach_loop

# boot_cmdline NAME: boots the disk through GRUB; prints what the booted system's init read in /proc/cmdline.
boot_cmdline() {
    local boot_start=$SECONDS cmdline
    timeout 300 qemu-system-x86_64 -m 1024 -smp 1 -nographic -no-reboot \
        -drive "file=$image,if=virtio,format=raw" >"$work/$1.log" 2>&1 || true
    tr -d '\r' <"$work/$1.log" | sed 's/\x1b\[[0-9;?]*[A-Za-z]//g' >"$work/$1.txt"
    cmdline=$(sed -n 's/^.*vfio-test: cmdline: //p' "$work/$1.txt" | tail -n 1)
    echo "system: $1: QEMU boot through GRUB took $((SECONDS - boot_start)) s; /proc/cmdline: $cmdline" >&2
    if [ -z "$cmdline" ]; then
        echo "FAIL: $1: the booted system reported no /proc/cmdline; the end of its console:" >&2
        tail -n 40 "$work/$1.txt" >&2
        return 1
    fi
    echo "$cmdline"
}
has_word() { case " $1 " in *" $2 "*) return 0 ;; esac; return 1; }

failed=0
cmdline=$(boot_cmdline safety-boot)
if has_word "$cmdline" vfio_isolator=off && has_word "$cmdline" intel_iommu=on; then
    echo "PASS: the entry chosen with grub-reboot booted with vfio_isolator=off (and intel_iommu=on)"
else
    echo "FAIL: the entry chosen with grub-reboot did not boot with vfio_isolator=off and intel_iommu=on" >&2
    failed=1
fi
# grub-reboot holds for one boot only: GRUB itself clears its choice, so the next boot is the normal entry.
cmdline=$(boot_cmdline next-boot)
if ! has_word "$cmdline" vfio_isolator=off && has_word "$cmdline" intel_iommu=on; then
    echo "PASS: the next boot took the normal entry again (intel_iommu=on, no vfio_isolator=off)"
else
    echo "FAIL: the next boot did not take the normal entry with intel_iommu=on and without vfio_isolator=off" >&2
    failed=1
fi
echo "system: $((SECONDS - started)) s in all"
exit "$failed"

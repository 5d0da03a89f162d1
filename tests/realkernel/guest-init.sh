#!/bin/busybox sh
# SPDX-License-Identifier: GPL-3.0-or-later
# PID 1 of the capture guest: bind drivers as udev would, record what lspci and the kernel say, copy the
# parts of sysfs the app reads (same format as tests/data), power off.
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
release=$(uname -r)
for module in $(cat /early-modules); do insmod "/early/$module" 2>/dev/null; done
mkdir -p "/lib/modules/$release" /out
mount -t 9p -o trans=virtio,version=9p2000.L,ro modules "/lib/modules/$release" || echo "capture: no modules share"
mount -t 9p -o trans=virtio,version=9p2000.L out /out || { echo "capture: no output share"; poweroff -f; }

# A configuration under test (from capture-snapshot.sh --etc DIR) is in place before any driver loads,
# as it would be from the initramfs.
if [ -d /out/etc ]; then
    cp -a /out/etc/. /etc/
fi
# The initramfs loads the modules of its list itself, before udev: vfio-pci thus comes in through modprobe
# (and vfio.conf's install hook) as on a real system; the modalias loop below is then what udev does.
if [ -f /etc/initramfs-tools/modules ]; then
    grep -v '^[[:space:]]*#' /etc/initramfs-tools/modules | while read -r module arguments; do
        [ -n "$module" ] && /sbin/modprobe -q "$module" $arguments 2>/dev/null
    done
fi
for dev in /sys/bus/pci/devices/*; do
    /sbin/modprobe -q -b "$(cat "$dev/modalias")" 2>/dev/null
done
sleep 2

snap=/out/snapshot
mkdir -p "$snap"
/usr/bin/lspci -nnk >"$snap/lspci-nnk.txt" 2>/out/lspci.err
/usr/bin/lspci -nnvvv >"$snap/lspci-nnvvv.txt" 2>>/out/lspci.err
for group in /sys/kernel/iommu_groups/*; do
    [ -d "$group" ] || continue
    line="${group##*/}:"
    for member in "$group"/devices/*; do line="$line ${member##*/}"; done
    echo "$line "
done | sort >"$snap/iommu-groups.txt"

copy_link() { # copy_link PATH: recreate the link PATH under the snapshot with the kernel's own target text
    mkdir -p "$snap${1%/*}"
    ln -s "$(readlink "$1")" "$snap$1"
}
copy_attributes() { # copy_attributes DIR: the readable regular files of a device directory
    mkdir -p "$snap$1"
    for f in "$1"/*; do
        name=${f##*/}
        case "$name" in resource*|rom|remove|rescan|reset|reset_subordinate|uevent) continue ;; esac
        if [ -L "$f" ]; then
            case "$name" in driver|iommu_group) copy_link "$f" ;; esac
        elif [ -f "$f" ]; then
            cat "$f" >"$snap$f" 2>/dev/null || rm -f "$snap$f"
        fi
    done
}
for link in /sys/bus/pci/devices/*; do
    copy_link "$link"
    real=$(readlink -f "$link")
    copy_attributes "$real"
done
for link in /sys/kernel/iommu_groups/*/devices/*; do [ -L "$link" ] && copy_link "$link"; done
for type in /sys/kernel/iommu_groups/*/type; do [ -f "$type" ] && mkdir -p "$snap${type%/*}" && cat "$type" >"$snap$type"; done
for driver in /sys/bus/pci/drivers/*; do
    mkdir -p "$snap$driver"
    for entry in "$driver"/*; do
        [ -L "$entry" ] && case "${entry##*/}" in [0-9a-f]*:*|module) copy_link "$entry" ;; esac
    done
done
for unit in /sys/class/iommu/*; do [ -L "$unit" ] && copy_link "$unit"; done
for table in DMAR IVRS; do
    [ -e "/sys/firmware/acpi/tables/$table" ] && mkdir -p "$snap/sys/firmware/acpi/tables" && : >"$snap/sys/firmware/acpi/tables/$table"
done
mkdir -p "$snap/proc/sys/kernel"
cat /proc/cmdline >"$snap/proc/cmdline"
cat /proc/modules >"$snap/proc/modules"
cat /proc/sys/kernel/osrelease >"$snap/proc/sys/kernel/osrelease"
sync
echo "capture: done"
poweroff -f

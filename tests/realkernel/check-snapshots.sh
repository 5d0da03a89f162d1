#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Boots two machines the repository has no snapshot of (an Intel-IOMMU one and an AMD-Vi one, with other
# devices than tests/data) on Debian's real kernel, and checks that the scan and `vfio-isolator-cli list
# --json` agree with what that boot's own lspci -nnk and /sys/kernel/iommu_groups said.
#
# Then it boots the Intel machine again with the vfio.conf (and initramfs-tools module list) our plan renders
# for one of its two identical NICs and its HD audio, and checks that the real kernel gives exactly those to
# vfio-pci and leaves the twin NIC on e1000e; and once more with vfio_isolator=off on the kernel command line,
# where every device must keep its normal driver (issue 8: the safety boot entry).
#
#   check-snapshots.sh WORKDIR TOPOLOGY_TEST CLI_TEST RENDER_TOOL
set -euo pipefail
work=$1
topology_test=$2
cli_test=$3
render=$4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

rm -rf "$work"
mkdir -p "$work"
# A desktop-like Intel machine: two identical NICs, NVMe and xHCI behind root ports, HD audio on the root bus.
intel_machine=(-device e1000e -device pcie-root-port,id=rp1,chassis=1 -device nvme,bus=rp1,serial=vfio1
    -device pcie-root-port,id=rp2,chassis=2 -device qemu-xhci,bus=rp2 -device ich9-intel-hda)
"$here/capture-snapshot.sh" "$work/intel-desktop" intel "${intel_machine[@]}"
# An AMD-Vi machine: a GPU with its audio function on one slot, a PCI bridge with two endpoints sharing a
# group, and the IOMMU's own PCI function, which has no group.
"$here/capture-snapshot.sh" "$work/amd-workstation" amd -nic none \
    -device pcie-root-port,id=rp1,chassis=1,addr=0x10 \
    -device virtio-gpu-pci,bus=rp1,addr=0.0,multifunction=on -device ich9-intel-hda,bus=rp1,addr=0.1 \
    -device pci-bridge,id=br1,chassis_nr=5 -device rtl8139,bus=br1,addr=1 -device usb-ehci,bus=br1,addr=2 \
    -device virtio-rng-pci

export VFIO_FIXTURES_DIR="$work"
"$topology_test"
"$cli_test" jsonMatchesFixture listingMatchesLspciLines

# The whole configuration on the real module loader: by ID for the audio, by address for one twin NIC.
nics=$(awk '/\[8086:10d3\]/ {print "0000:" $1}' "$work/intel-desktop/lspci-nnk.txt")
set -- $nics
if [ "$#" -ne 2 ]; then
    echo "expected two identical 8086:10d3 NICs in the Intel machine, found: $nics" >&2
    exit 1
fi
twin_kept=$1
twin_passed=$2
audio=0000:$(awk '/\[8086:293e\]/ {print $1; exit}' "$work/intel-desktop/lspci-nnk.txt")
"$render" "$work/intel-desktop" "$work/etc" "$twin_passed" "$audio"
boot_start=$SECONDS
"$here/capture-snapshot.sh" --etc "$work/etc" "$work/intel-desktop-vfio" intel "${intel_machine[@]}"
echo "boot with the configuration: $((SECONDS - boot_start)) s"
# The same machine and configuration, booted once with the safety parameter: the configuration must be inert.
boot_start=$SECONDS
"$here/capture-snapshot.sh" --etc "$work/etc" --append vfio_isolator=off "$work/intel-desktop-safe" intel \
    "${intel_machine[@]}"
echo "boot with vfio_isolator=off: $((SECONDS - boot_start)) s"

driver_of() { # driver_of SNAPSHOT ADDRESS: "Kernel driver in use" of that device in that boot
    awk -v dev="${2#0000:}" '/^[0-9a-f]/ {current = $1} current == dev && /Kernel driver in use:/ {print $NF}' \
        "$work/$1/lspci-nnk.txt"
}
failed=0
expect() { # expect SNAPSHOT ADDRESS DRIVER
    local got
    got=$(driver_of "$1" "$2")
    if [ "$got" = "$3" ]; then
        echo "PASS: $1: $2 expected $3, bound to $got"
    else
        echo "FAIL: $1: $2 expected $3, bound to ${got:-nothing}" >&2
        failed=1
    fi
}
expect intel-desktop-vfio "$twin_passed" vfio-pci
expect intel-desktop-vfio "$audio" vfio-pci
expect intel-desktop-vfio "$twin_kept" e1000e
if ! grep -qw vfio_isolator=off "$work/intel-desktop-safe/proc/cmdline"; then
    echo "FAIL: the safety boot's /proc/cmdline lacks vfio_isolator=off: $(cat "$work/intel-desktop-safe/proc/cmdline")" >&2
    failed=1
fi
expect intel-desktop-safe "$twin_passed" e1000e
expect intel-desktop-safe "$audio" snd_hda_intel
expect intel-desktop-safe "$twin_kept" e1000e
if grep -q 'Kernel driver in use: vfio-pci' "$work/intel-desktop-safe/lspci-nnk.txt"; then
    echo "FAIL: a device is on vfio-pci in the safety boot" >&2
    failed=1
fi
if grep -q '^vfio_pci ' "$work/intel-desktop-safe/proc/modules"; then
    echo "FAIL: vfio_pci was loaded in the safety boot" >&2
    failed=1
fi
exit "$failed"

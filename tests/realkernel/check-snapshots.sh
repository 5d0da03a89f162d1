#!/usr/bin/env bash
# Boots two machines the repository has no snapshot of (an Intel-IOMMU one and an AMD-Vi one, with other
# devices than tests/data) on Debian's real kernel, and checks that the scan and `vfio-isolator-cli list
# --json` agree with what that boot's own lspci -nnk and /sys/kernel/iommu_groups said.
#
# Then it boots the Intel machine again with the vfio.conf our plan renders for one of its two identical NICs
# and its HD audio, and checks that the real kernel gives exactly those to vfio-pci and leaves the twin NIC
# on e1000e.
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
"$here/capture-snapshot.sh" "$work/intel-desktop" intel \
    -device e1000e -device pcie-root-port,id=rp1,chassis=1 -device nvme,bus=rp1,serial=vfio1 \
    -device pcie-root-port,id=rp2,chassis=2 -device qemu-xhci,bus=rp2 -device ich9-intel-hda
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
"$here/capture-snapshot.sh" --etc "$work/etc" "$work/intel-desktop-vfio" intel \
    -device e1000e -device pcie-root-port,id=rp1,chassis=1 -device nvme,bus=rp1,serial=vfio1 \
    -device pcie-root-port,id=rp2,chassis=2 -device qemu-xhci,bus=rp2 -device ich9-intel-hda

driver_of() { # driver_of ADDRESS: "Kernel driver in use" of that device in the second boot
    awk -v dev="${1#0000:}" '/^[0-9a-f]/ {current = $1} current == dev && /Kernel driver in use:/ {print $NF}' \
        "$work/intel-desktop-vfio/lspci-nnk.txt"
}
failed=0
expect() { # expect ADDRESS DRIVER
    local got
    got=$(driver_of "$1")
    if [ "$got" = "$2" ]; then
        echo "PASS: $1 is bound to $2"
    else
        echo "FAIL: $1 is bound to '${got:-nothing}', expected $2" >&2
        failed=1
    fi
}
expect "$twin_passed" vfio-pci
expect "$audio" vfio-pci
expect "$twin_kept" e1000e
exit "$failed"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The system VM test (docs/system-test.md): builds the helper and the CLI as a package would (prefix /usr),
# stages them with `cmake --install`, and runs run-vm-test.sh on the initramfs-tools image and on the dracut
# image. One VM at a time; about 30 minutes under software emulation on 2 cores, plus 9 the first time
# (debootstrap into /var/cache/vfio-isolator-tests/system).
#
#   check-vm.sh [--image initramfs-tools|dracut] [--log FILE]
#
# Environment: VFIO_SYSTEM_BUILD (build directory, default <source>/build-system), VFIO_SYSTEM_WORK (default
# /var/tmp/vfio-system-vm), VFIO_SYSTEM_CACHE (cached roots). Needs root (chroot, mkfs of a root file system).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
images=(initramfs-tools dracut)
log=""
while [ "$#" -gt 0 ]; do
    case "$1" in
    --image) images=("$2"); shift 2 ;;
    --log) log=$2; shift 2 ;;
    *) echo "usage: check-vm.sh [--image initramfs-tools|dracut] [--log FILE]" >&2; exit 2 ;;
    esac
done
if [ -n "$log" ]; then
    exec > >(tee "$log") 2>&1
fi
[ "$(id -u)" -eq 0 ] || { echo "system-vm: needs root (chroot, mkfs -d of a root file system)" >&2; exit 1; }

started=$SECONDS
build=${VFIO_SYSTEM_BUILD:-$source_dir/build-system}
work=${VFIO_SYSTEM_WORK:-/var/tmp/vfio-system-vm}
echo "system-vm: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$source_dir" rev-parse --short HEAD 2>/dev/null || echo unknown), host $(nproc) cores, QEMU $(qemu-system-x86_64 --version | head -n 1 | awk '{print $4}') (TCG)"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
fi
grep -q '^CMAKE_INSTALL_PREFIX:PATH=/usr$' "$build/CMakeCache.txt" ||
    { echo "system-vm: $build is not configured with CMAKE_INSTALL_PREFIX=/usr" >&2; exit 1; }
flock /tmp/vfio-build.lock cmake --build "$build" -j2 --target vfio-isolator-helper vfio-isolator-cli >/dev/null
stage="$work/stage"
rm -rf "$stage"
# The helper, the CLI and their system files (the GUI is its own component and is not needed here).
for component in helper cli; do
    DESTDIR="$stage" cmake --install "$build" --component "$component" >/dev/null
done
echo "system-vm: staged install ($(find "$stage" -type f | wc -l) files) after $((SECONDS - started)) s:"
(cd "$stage" && find . -type f | sort | sed 's/^\./    /')

failed=0
for image in "${images[@]}"; do
    image_start=$SECONDS
    echo "==================== image: $image ===================="
    "$here/run-vm-test.sh" "$image" "$stage" "$work/$image" || failed=1
    echo "system-vm: image $image took $((SECONDS - image_start)) s"
done
echo "system-vm: $((SECONDS - started)) s in all; $([ "$failed" = 0 ] && echo 'all passed' || echo 'FAILURES')"
exit "$failed"

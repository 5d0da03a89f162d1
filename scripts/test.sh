#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: sets up the machine, builds, and runs the whole test suite with CTest.
# scripts/test.sh asan runs the same suite on the AddressSanitizer + UndefinedBehaviorSanitizer build.
# scripts/test.sh fuzz builds the libFuzzer targets with clang and runs each for 30 seconds (docs/security.md).
# scripts/test.sh --system runs the system VM test instead (docs/system-test.md: the installed product in a
# Debian 12 VM, with initramfs-tools and with dracut; about 30 minutes under software emulation), writing its
# log to build-system/system-test-log.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ "${1:-}" = --system ]; then
    shift
    scripts/setup.sh
    mkdir -p build-system
    exec tests/system/check-vm.sh --log build-system/system-test-log.txt "$@"
fi
preset=${1:-default}
scripts/setup.sh
scripts/build.sh "$preset"
ctest --preset "$preset" -j "$(nproc)"

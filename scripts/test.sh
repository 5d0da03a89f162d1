#!/usr/bin/env bash
# The README's test command: sets up the machine, builds, and runs the whole test suite with CTest.
# scripts/test.sh asan runs the same suite on the AddressSanitizer + UndefinedBehaviorSanitizer build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
preset=${1:-default}
scripts/setup.sh
scripts/build.sh "$preset"
ctest --preset "$preset" -j "$(nproc)"

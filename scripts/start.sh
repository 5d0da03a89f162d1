#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's start command: sets up the machine, builds, and starts VFIO Isolator as the calling user.
# Extra arguments go to the application (for example --root tests/data/seed to open a snapshot).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
scripts/build.sh default
if [ -x build/src/gui/vfio-isolator ]; then
    exec build/src/gui/vfio-isolator "$@"
fi
exec build/src/cli/vfio-isolator-cli list "$@"

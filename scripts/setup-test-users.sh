#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Plain (non-root) users for the helper's integration tests: polkit always allows root, so authorisation is
# tested as these users, one that the test's polkit rule allows and one that it denies.
set -euo pipefail
for user in vfio-test-allowed vfio-test-denied; do
    id -u "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
done

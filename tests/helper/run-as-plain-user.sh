#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run-as-plain-user.sh SOURCE_DIR TEST: runs TEST as a plain user, to show it needs no root. As is when it
# already runs as one; as nobody when it runs as root (CI). The checkout may be private to root (a clone
# under /root), so nobody gets a world-readable copy of the test and of what it reads (the seed fixture, the
# stand-in tools), found through VFIO_TEST_SOURCE_DIR. The environment is kept (QT_QPA_PLATFORM, the
# sanitizers' options).
set -eu
source_dir=$1
test=$2
if [ "$(id -u)" -ne 0 ]; then
    exec "$test"
fi
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
mkdir -p "$copy/tests/data" "$copy/tests/helper"
cp "$test" "$copy/"
cp -a "$source_dir/tests/data/seed" "$copy/tests/data/"
cp -a "$source_dir/tests/helper/data" "$copy/tests/helper/"
chmod -R a+rX "$copy"
status=0
VFIO_TEST_SOURCE_DIR=$copy setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups -- \
    "$copy/$(basename "$test")" || status=$?
exit "$status"

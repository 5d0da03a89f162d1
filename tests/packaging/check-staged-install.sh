#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A staged install of each component (DESTDIR=... cmake --install --component C --prefix /usr), checked file by
# file against tests/packaging/expected-files.txt ("COMPONENT MODE PATH" a line, MODE "link" for a symlink), and for safety: the helper
# and everything in libexec writable by its owner only, nothing setuid or setgid, nothing world-writable.
#   check-staged-install.sh SOURCE_DIR BUILD_DIR
#   check-staged-install.sh --update SOURCE_DIR BUILD_DIR   (writes the list from what is installed)
set -euo pipefail
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
source_dir=$1
build_dir=$2
expected=$source_dir/tests/packaging/expected-files.txt
stage=$(mktemp -d /tmp/vfio-stage.XXXXXX)
trap 'rm -rf "$stage"' EXIT
umask 022

actual=$stage/actual.txt
: >"$actual"
for component in helper cli gui; do
    DESTDIR="$stage/$component" cmake --install "$build_dir" --component "$component" --prefix /usr >/dev/null
    # Symbolic links (the sample machine's sysfs) are listed as "link": their 777 means nothing.
    (cd "$stage/$component" && { find . -type f -printf "$component %m %P\n"; find . -type l -printf "$component link %P\n"; }) \
        >>"$actual"
done
LC_ALL=C sort -k3 -o "$actual" "$actual"

if [ "$update" = 1 ]; then
    { echo "# SPDX-License-Identifier: GPL-3.0-or-later"
      echo "# What \`cmake --install --component C --prefix /usr\` lays out: COMPONENT MODE PATH (tests/packaging)."
      cat "$actual"; } >"$expected"
    echo "packaging: wrote $(grep -vc '^#' "$expected") lines to $expected"
    exit 0
fi

failed=0
if ! diff -u <(grep -v '^#' "$expected") "$actual"; then
    echo "FAILED: the staged install differs from $expected (- expected, + installed)"
    failed=1
else
    echo "ok: $(wc -l <"$actual") files in their places with their modes"
fi
while read -r component mode path; do
    [ "$mode" = link ] && continue
    if (( 8#$mode & 8#6000 )); then echo "FAILED: $path is setuid or setgid ($mode)"; failed=1; fi
    if (( 8#$mode & 8#0002 )); then echo "FAILED: $path is world-writable ($mode)"; failed=1; fi
    case "$path" in
        usr/libexec/*)
            if (( 8#$mode & 8#0022 )); then echo "FAILED: $path (libexec) is writable by group or others ($mode)"; failed=1; fi ;;
    esac
done <"$actual"
# The directories too: none world-writable, none in libexec writable by group or others.
while read -r mode path; do
    if (( 8#$mode & 8#0002 )); then echo "FAILED: directory $path is world-writable ($mode)"; failed=1; fi
    case "$path" in *usr/libexec*)
        if (( 8#$mode & 8#0022 )); then echo "FAILED: directory $path is writable by group or others"; failed=1; fi ;;
    esac
done < <(cd "$stage" && find . -mindepth 2 -type d -printf '%m %P\n')
[ -x "$stage/helper/usr/libexec/vfio-isolator-helper" ] || { echo "FAILED: no executable helper"; failed=1; }
[ "$failed" = 0 ] && echo "packaging: staged install as expected" || echo "packaging: staged install NOT as expected"
exit "$failed"

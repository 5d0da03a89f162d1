#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian packages (cpack -G DEB) in a build dir of their own configured as a distribution would
# (CMAKE_INSTALL_PREFIX=/usr, no tests), and checks `dpkg-deb -c` of each against expected-files.txt: every
# file of its component in its place with its mode, owned by root, nothing else; and the control fields:
# the GUI depends on the helper, the helper carries its maintainer scripts, dependencies came from
# dpkg-shlibdeps. The packages stay in BUILD/packages for check-debs-in-chroot.sh.
#   check-debs.sh SOURCE_DIR   (BUILD: $VFIO_DEB_BUILD, else SOURCE_DIR/build-deb)
set -euo pipefail
source_dir=$(cd "$1" && pwd)
build=${VFIO_DEB_BUILD:-$source_dir/build-deb}
expected=$source_dir/tests/packaging/expected-files.txt
started=$SECONDS
for tool in cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "packaging-deb: $tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
        -DBUILD_TESTING=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
fi
grep -q '^CMAKE_INSTALL_PREFIX:PATH=/usr$' "$build/CMakeCache.txt" ||
    { echo "packaging-deb: $build is not configured with CMAKE_INSTALL_PREFIX=/usr" >&2; exit 1; }
flock /tmp/vfio-build.lock cmake --build "$build" -j2 >/dev/null
rm -rf "$build/packages"
(cd "$build" && umask 022 && cpack -G DEB >"$build/cpack.log" 2>&1) || { cat "$build/cpack.log" >&2; exit 1; }
echo "packaging-deb: built in $((SECONDS - started)) s:"
(cd "$build/packages" && ls -l ./*.deb | awk '{print "    " $5 " " $9}')

# rwxr-xr-x -> 755 (with s/S/t/T for the setuid, setgid and sticky bits)
octal() {
    local p=$1 special=0 mode=0 i c
    for i in 0 1 2 3 4 5 6 7 8; do
        c=${p:$i:1}
        case "$c" in r|w|x) mode=$((mode | (1 << (8 - i)))) ;; s|t) mode=$((mode | (1 << (8 - i)))) ;& S|T)
            special=$((special | (1 << (2 - i / 3)))) ;; esac
    done
    printf '%o\n' $(((special << 9) | mode))
}
declare -A package_of=([helper]=vfio-isolator-helper [cli]=vfio-isolator-cli [gui]=vfio-isolator)
failed=0
for component in helper cli gui; do
    package=${package_of[$component]}
    deb=$(ls "$build/packages/${package}_"*.deb)
    listing=$(dpkg-deb -c "$deb")
    actual=$(while read -r perms owner _ _ _ path _; do
        [ "${perms:0:1}" = d ] && continue
        [ "$owner" = root/root ] || echo "NOT-ROOT $owner ${path#./}"
        if [ "${perms:0:1}" = l ]; then mode=link; else mode=$(octal "${perms:1}"); fi
        echo "$component $mode ${path#./}"
    done <<<"$listing" | LC_ALL=C sort -k3)
    if diff -u <(grep "^$component " "$expected") <(echo "$actual"); then
        echo "ok: $package: $(grep -c "^$component " "$expected") files as in expected-files.txt"
    else
        echo "FAILED: $package differs from expected-files.txt (- expected, + in the package)"
        failed=1
    fi
    dirs_bad=$(awk '$1 ~ /^d/ && ($1 ~ /^d.......w/ || $1 ~ /[sStT]/) {print $6}' <<<"$listing")
    [ -z "$dirs_bad" ] || { echo "FAILED: $package: world-writable or special directories: $dirs_bad"; failed=1; }
    echo "    $package: Depends: $(dpkg-deb -f "$deb" Depends)"
done

helper_deb=$(ls "$build/packages/vfio-isolator-helper_"*.deb)
gui_deb=$(ls "$build/packages/vfio-isolator_"*.deb)
dpkg-deb -f "$gui_deb" Depends | grep -q 'vfio-isolator-helper (= ' ||
    { echo "FAILED: vfio-isolator does not depend on vfio-isolator-helper"; failed=1; }
dpkg-deb -f "$helper_deb" Depends | grep -q 'libqt6dbus6' ||
    { echo "FAILED: the helper's dependencies did not come from dpkg-shlibdeps (no libqt6dbus6)"; failed=1; }
if dpkg-deb -f "$helper_deb" Depends | grep -q 'polkit-qt6'; then
    echo "FAILED: the helper depends on a PolkitQt6-1 package Debian 12 lacks"; failed=1
fi
control=$(mktemp -d /tmp/vfio-deb-control.XXXXXX)
dpkg-deb -e "$helper_deb" "$control"
for script in postinst postrm; do
    [ -x "$control/$script" ] && grep -q 'ReloadConfig' "$control/$script" ||
        { echo "FAILED: the helper package has no executable $script reloading the bus"; failed=1; }
done
rm -rf "$control"
echo "packaging-deb: $((SECONDS - started)) s; $([ "$failed" = 0 ] && echo 'packages as expected' || echo 'FAILURES')"
exit "$failed"

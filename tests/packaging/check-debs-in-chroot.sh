#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages as a person installs them: `apt-get install -y ./vfio-isolator*.deb` in a plain Debian 12
# (debootstrap --variant=minbase from the mirror this machine's apt uses, read at run time), then the helper's
# files where the bus and polkit find them: the activation file's Exec= exists and is executable, the bus
# policy is in a directory dbus-daemon reads, the .policy in /usr/share/polkit-1/actions, the unit where systemd
# reads it, and `ldd` of the helper (and the CLI and GUI) finds every library.
#   check-debs-in-chroot.sh SOURCE_DIR   (packages from check-debs.sh in $VFIO_DEB_BUILD or SOURCE_DIR/build-deb)
# The minbase root is cached in ${VFIO_PACKAGING_CACHE:-/var/cache/vfio-isolator-tests/packaging} (debootstrap:
# about 6 minutes the first time); each run installs into a fresh copy, with /proc, /sys and /dev mounted only
# for the install and the checks, unmounted on every exit. Needs root.
set -euo pipefail
source_dir=$(cd "$1" && pwd)
build=${VFIO_DEB_BUILD:-$source_dir/build-deb}
cache=${VFIO_PACKAGING_CACHE:-/var/cache/vfio-isolator-tests/packaging}
base=$cache/debian12-minbase-1
started=$SECONDS
[ "$(id -u)" -eq 0 ] || { echo "packaging-chroot: needs root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "packaging-chroot: debootstrap is missing (scripts/setup.sh)" >&2; exit 1; }

if ! ls "$build"/packages/vfio-isolator*.deb >/dev/null 2>&1; then
    "$source_dir/tests/packaging/check-debs.sh" "$source_dir" >/dev/null
fi

# The Debian mirror from apt's own sources (deb822 .sources files or the one-line sources.list).
mirror_from_apt() {
    local file
    for file in /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] || continue
        awk '/^URIs:/ {for (i = 2; i <= NF; i++) if ($i !~ /security/) {print $i; exit}}' "$file"
    done
    if [ -f /etc/apt/sources.list ]; then
        awk '$1 == "deb" && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /^(https?|ftp):/) {print $i; exit}}' \
            /etc/apt/sources.list
    fi
}

root=""
unmount_below() { # DIR: every mount point below DIR, deepest first
    local point
    for point in $(awk -v p="$1/" 'index($2, p) == 1 {print $2}' /proc/mounts | sort -r); do
        umount -l "$point" || true
    done
}
cleanup() {
    [ -z "$root" ] || { unmount_below "$root"; rm -rf "$root"; }
    unmount_below "$base.partial"
}
trap cleanup EXIT

if [ ! -e "$base/.complete" ]; then
    mirror=$(mirror_from_apt | head -n 1)
    [ -n "$mirror" ] || { echo "packaging-chroot: no Debian mirror in /etc/apt" >&2; exit 1; }
    mkdir -p "$cache"
    rm -rf "$base.partial"
    echo "packaging-chroot: debootstrap --variant=minbase bookworm from the mirror in /etc/apt (one to six minutes)"
    if ! debootstrap --variant=minbase bookworm "$base.partial" "$mirror" >"$cache/debootstrap.log" 2>&1; then
        tail -n 30 "$cache/debootstrap.log" >&2
        exit 1
    fi
    unmount_below "$base.partial"
    rm -rf "$base"
    mv "$base.partial" "$base"
    touch "$base/.complete"
    echo "packaging-chroot: minbase root made in $((SECONDS - started)) s"
fi

root=$(mktemp -d /var/tmp/vfio-packaging-chroot.XXXXXX)
cp -a "$base/." "$root/"
# The machine's own apt sources (the suites it has: updates, security), read now, never kept in the repository.
if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
    rm -f "$root/etc/apt/sources.list"
    cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/"
elif [ -f /etc/apt/sources.list ]; then
    cp /etc/apt/sources.list "$root/etc/apt/sources.list"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/tmp/debs"
cp "$build"/packages/vfio-isolator*.deb "$root/tmp/debs/"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"

echo "packaging-chroot: apt-get install -y ./vfio-isolator*.deb in a plain Debian 12:"
chroot "$root" apt-get update -qq
if ! chroot "$root" sh -c 'cd /tmp/debs && DEBIAN_FRONTEND=noninteractive apt-get install -y ./vfio-isolator*.deb' \
    >"$root/tmp/apt-install.log" 2>&1; then
    tail -n 40 "$root/tmp/apt-install.log"
    echo "packaging-chroot: FAILED: the packages do not install"
    exit 1
fi
grep -E '^(Setting up vfio-isolator|Unpacking vfio-isolator)' "$root/tmp/apt-install.log" | sed 's/^/    /'
echo "    ($(grep -c '^Setting up' "$root/tmp/apt-install.log") packages set up in all)"
# The mounts stay until the exit trap: the loader expands the helper's RUNPATH ($ORIGIN) from /proc/self/exe.

failed=0
check() { # NAME COMMAND...
    local name=$1; shift
    if "$@"; then echo "ok: $name"; else echo "FAILED: $name"; failed=1; fi
}
service=/usr/share/dbus-1/system-services/io.github.vfio_isolator.Helper.service
check "the activation file is where the system bus looks ($service)" test -f "$root$service"
exec_path=$(sed -n 's/^Exec=//p' "$root$service" 2>/dev/null)
check "its Exec= ($exec_path) exists and is executable" test -x "$root$exec_path"
check "it runs through the systemd unit, which is installed" bash -c \
    "unit=\$(sed -n 's/^SystemdService=//p' '$root$service'); test -f '$root/lib/systemd/system/'\"\$unit\""
# dbus-daemon's system.conf names the directories it includes (a relative one: beside system.conf).
bus_policy_found() {
    local dir
    for dir in $(sed -n 's:.*<includedir>\(.*\)</includedir>.*:\1:p' "$root/usr/share/dbus-1/system.conf"); do
        case "$dir" in /*) ;; *) dir=/usr/share/dbus-1/$dir ;; esac
        echo "    dbus-daemon reads $dir"
        [ -f "$root$dir/io.github.vfio_isolator.Helper.conf" ] && return 0
    done
    return 1
}
check "the bus policy is in a directory dbus-daemon reads" bus_policy_found
check "the .policy is in /usr/share/polkit-1/actions" \
    test -f "$root/usr/share/polkit-1/actions/io.github.vfio_isolator.policy"
for program in "$exec_path" /usr/bin/vfio-isolator-cli /usr/bin/vfio-isolator; do
    missing=$(chroot "$root" ldd "$program" 2>&1 | grep -e 'not found' -e 'not a dynamic' || true)
    check "ldd $program finds every library${missing:+: $missing}" test -z "$missing"
done
echo "    the helper's PolkitQt6-1: $(chroot "$root" ldd "$exec_path" | awk '/polkit-qt6/ {print $3}')"
helper_says() { # the helper runs in the plain system: it loads its libraries and answers --help
    local output
    output=$(chroot "$root" "$exec_path" --help 2>&1) || true
    echo "    $(head -n 2 <<<"$output" | tail -n 1)"
    grep -q 'Privileged D-Bus helper' <<<"$output"
}
check "the helper starts in the chroot and answers --help" helper_says
echo "packaging-chroot: $((SECONDS - started)) s; $([ "$failed" = 0 ] && echo 'installed and in place' || echo 'FAILURES')"
exit "$failed"

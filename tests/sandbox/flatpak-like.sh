#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command in a bwrap sandbox laid out as Flatpak lays out io.github.vfio_isolator (its manifest's
# finish-args), with the machine "host" played by a recorded fixture:
#   - /usr, /lib, /bin: the runtime (this machine's /usr), with no kernel modules in it;
#   - /etc: the runtime's own, a decoy whose vfio.conf names other devices;
#   - /run/host/etc and /run/host/usr/lib/modules: the host's (host-etc:ro, host-os:ro), from the fixture;
#   - /sys: only bus, class, dev and devices, as Flatpak shares them (no /sys/kernel, no /sys/firmware);
#   - /proc: a new one, with the fixture's cmdline, cpuinfo, osrelease, modules and stat bound over;
#   - /.flatpak-info present, unless FLATPAK_INFO=no (the control run).
# Usage: flatpak-like.sh FIXTURE COMMAND [ARGUMENT...]
set -euo pipefail
fixture=$(cd "$1" && pwd)
shift

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/etc/modprobe.d" "$work/empty"
printf 'options vfio-pci ids=dead:beef\n' >"$work/etc/modprobe.d/vfio.conf"
: >"$work/flatpak-info"

host_etc="${fixture}/etc"
[ -d "$host_etc" ] || host_etc="$work/empty"
program=$(realpath "$1")

args=(--die-with-parent --unshare-pid
    --ro-bind /usr /usr --symlink usr/lib /lib --symlink usr/lib64 /lib64 --symlink usr/bin /bin
    --symlink usr/sbin /sbin
    --ro-bind "$work/etc" /etc
    --ro-bind "$host_etc" /run/host/etc
    --ro-bind "${fixture}/lib/modules" /run/host/usr/lib/modules
    --dev /dev --proc /proc --tmpfs /tmp)
# A runtime has no kernel modules: hide this machine's, if it has any.
[ -d /usr/lib/modules ] && args+=(--tmpfs /usr/lib/modules)
for part in bus class dev devices; do
    [ -e "${fixture}/sys/${part}" ] && args+=(--ro-bind "${fixture}/sys/${part}" "/sys/${part}")
done
for file in cmdline cpuinfo modules stat sys/kernel/osrelease; do
    # (a file can be bound over only where this kernel's /proc has it: no /proc/modules without modules)
    [ -e "${fixture}/proc/${file}" ] && [ -e "/proc/${file}" ] &&
        args+=(--ro-bind "${fixture}/proc/${file}" "/proc/${file}")
done
[ "${FLATPAK_INFO:-yes}" = no ] || args+=(--ro-bind "$work/flatpak-info" /.flatpak-info)
# The program under test from the build tree, at its own path; no system bus (no helper) in here.
args+=(--ro-bind "$(dirname "$program")" "$(dirname "$program")" --setenv QT_QPA_PLATFORM offscreen
    --setenv HOME /tmp --setenv XDG_RUNTIME_DIR /tmp --setenv DBUS_SYSTEM_BUS_ADDRESS unix:path=/nonexistent)
shift
bwrap "${args[@]}" "$program" "$@"

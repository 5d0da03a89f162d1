# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced, as root, by each boot's step script inside the system test VM (vfio-test-step.service runs it from
# the 9p share /run/vfio-test after the system is up). BOOT names this boot; its results go to $out.
share=/run/vfio-test
out="$share/out/$BOOT"
mkdir -p "$out"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# The helper's files and the initramfs images, by checksum: what an Apply or a Revert changed.
config_state() {
    for f in /etc/modprobe.d/* /etc/initramfs-tools/modules /etc/dracut.conf.d/*; do
        [ -f "$f" ] && echo "$(sha256sum <"$f" | cut -c1-16) $f"
    done
    for f in /boot/initrd* /boot/initramfs*; do
        [ -f "$f" ] && echo "$(sha256sum <"$f" | cut -c1-16) $f"
    done
    return 0
}

# snapshot NAME: every PCI device's driver, lspci -nnk, the kernel command line, the files, verify --json.
snapshot() {
    local dir="$out/$1" d drv
    mkdir -p "$dir"
    udevadm settle --timeout=60 || true
    cat /proc/cmdline >"$dir/cmdline"
    lspci -nnk >"$dir/lspci-nnk.txt" 2>&1
    for d in /sys/bus/pci/devices/*; do
        drv=none
        [ -L "$d/driver" ] && drv=$(basename "$(readlink "$d/driver")")
        echo "${d##*/} $(cut -c3- "$d/vendor"):$(cut -c3- "$d/device") $drv"
    done >"$dir/drivers.txt"
    grep -o '^vfio_pci ' /proc/modules >"$dir/vfio_pci-loaded" || true
    config_state >"$dir/config.txt"
    for f in /etc/modprobe.d/vfio* /etc/initramfs-tools/modules /etc/dracut.conf.d/vfio*; do
        [ -f "$f" ] && { echo "== $f"; cat "$f"; }
    done >"$dir/files.txt" 2>&1
    cli "$1-verify" alice verify --json
    cp "$out/$1-verify.out" "$dir/verify.json"
}

# cli NAME USER ARGUMENTS...: vfio-isolator-cli run as USER (no session, no terminal: as from a script);
# output, exit status and seconds under $out/NAME.*
cli() {
    local name=$1 user=$2 start rc
    shift 2
    start=$(now_ms)
    runuser -u "$user" -- vfio-isolator-cli "$@" >"$out/$name.out" 2>&1 </dev/null
    rc=$?
    echo "$rc" >"$out/$name.rc"
    echo "$(( $(now_ms) - start ))" >"$out/$name.ms"
    echo "vfio-test: $name: vfio-isolator-cli $* as $user: exit $rc in $(cat "$out/$name.ms") ms" >/dev/console
    return 0
}

# finish: the helper's and the bus's journal of this boot, how the helper was started, then sync.
finish() {
    journalctl -b -o short-monotonic --no-pager -u vfio-isolator-helper.service >"$out/helper-journal.txt" 2>&1
    journalctl -b -o short-monotonic --no-pager -u dbus.service >"$out/dbus-journal.txt" 2>&1
    journalctl -b -o short-monotonic --no-pager -u polkit.service >"$out/polkit-journal.txt" 2>&1
    systemctl show vfio-isolator-helper.service -p ProtectSystem -p ProtectHome -p NoNewPrivileges \
        -p PrivateTmp -p ReadWritePaths -p NRestarts -p ExecMainStartTimestamp >"$out/helper-unit.txt" 2>&1
    journalctl -b -o short-monotonic --no-pager >"$out/journal.txt" 2>&1
    systemd-analyze >"$out/boot-time.txt" 2>&1 || true
    sync
}

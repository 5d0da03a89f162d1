#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The product as it is used, on one Debian 12 image: the project's staged install (cmake --install) on a
# debootstrapped root with systemd, the system bus and polkitd, booted under QEMU (q35, emulated Intel IOMMU,
# intel_iommu=on) with a GPU-like pair, two identical NICs and a PCIe-to-PCI bridge group. Inside, a plain user
# allowed by a polkit rule runs vfio-isolator-cli; the helper is started by D-Bus activation under our systemd
# unit and runs the distribution's own initramfs tool; the next boot uses the initramfs that tool wrote.
#
#   run-vm-test.sh initramfs-tools|dracut STAGE WORKDIR
#
# STAGE: a DESTDIR of `cmake --install` configured with CMAKE_INSTALL_PREFIX=/usr (what a package holds).
# The boot loader is played by this script: each boot takes the kernel and the initramfs from the disk image's
# /boot, in the order Debian's GRUB (10_linux) looks for them. Each boot, the image's vfio-test-step.service
# runs that boot's step script from a 9p share and powers off. Prints one PASS/FAIL line per expectation and
# per device, and the time of each step. Needs root, qemu-system-x86_64, e2fsprogs (mkfs.ext4 -d, debugfs).
set -euo pipefail
tool=$1
stage=$2
work=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
started=$SECONDS
failed=0
log() { echo "[$tool $(printf '%4d' $((SECONDS - started))) s] $*"; }
pass() { echo "PASS: $tool: $*"; }
fail() { echo "FAIL: $tool: $*"; failed=1; }

for program in qemu-system-x86_64 mkfs.ext4 debugfs chroot; do
    command -v "$program" >/dev/null || { echo "system-vm: $program is missing" >&2; exit 1; }
done
[ -x "$stage/usr/libexec/vfio-isolator-helper" ] ||
    { echo "system-vm: $stage holds no usr/libexec/vfio-isolator-helper (configure with CMAKE_INSTALL_PREFIX=/usr)" >&2; exit 1; }

root_start=$SECONDS
base=$("$here/vm-root.sh" "$tool")
log "cached root $base ready in $((SECONDS - root_start)) s"

rm -rf "$work"
mkdir -p "$work/share/out"
root="$work/root"
step_start=$SECONDS
cp -a "$base" "$root"
rm -f "$root/.complete"

# --- The install, as a package would do it: the staged files, then what Debian 12 lacks (PolkitQt6-1). ---
cp -a "$stage/." "$root/"
polkit_qt=$(ldd "$stage/usr/libexec/vfio-isolator-helper" | awk '/libpolkit-qt6-core-1/ {print $3}')
if [ -n "$polkit_qt" ] && [ ! -e "$root/usr/lib/x86_64-linux-gnu/${polkit_qt##*/}" ]; then
    # Debian 12 has no libpolkit-qt6-1 package (Debian 13 has): the one scripts/setup-polkit-qt6.sh built.
    mkdir -p "$root/usr/local/lib"
    cp -a "${polkit_qt%/*}"/libpolkit-qt6-core-1.so* "$root/usr/local/lib/"
fi
chroot "$root" ldconfig
missing=$(chroot "$root" ldd /usr/libexec/vfio-isolator-helper /usr/bin/vfio-isolator-cli | grep 'not found' || true)
[ -z "$missing" ] || { echo "system-vm: libraries missing in the image: $missing" >&2; exit 1; }

# --- The machine's own settings: users, the polkit rule, the per-boot step unit. ---
echo vfio-test >"$root/etc/hostname"
echo "/dev/vda / ext4 defaults 0 1" >"$root/etc/fstab"
rm -f "$root/etc/machine-id"
chroot "$root" systemd-machine-id-setup >/dev/null
chroot "$root" useradd -m -s /bin/sh alice
chroot "$root" useradd -m -s /bin/sh bob
mkdir -p "$root/etc/polkit-1/rules.d"
cat >"$root/etc/polkit-1/rules.d/50-vfio-isolator-test.rules" <<'EOF'
// System test: alice may use VFIO Isolator without a password, bob may not use it at all.
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("io.github.vfio_isolator.") !== 0)
        return polkit.Result.NOT_HANDLED;
    if (subject.user === "alice")
        return polkit.Result.YES;
    return polkit.Result.NO;
});
EOF
install -m 0755 "$here/vfio-test-step" "$root/usr/local/sbin/vfio-test-step"
cat >"$root/etc/systemd/system/vfio-test-step.service" <<'EOF'
[Unit]
Description=VFIO Isolator system test: this boot's step (from the host's 9p share), then power off
After=multi-user.target
[Service]
Type=oneshot
ExecStart=/usr/local/sbin/vfio-test-step
StandardOutput=journal+console
[Install]
WantedBy=multi-user.target
EOF
mkdir -p "$root/etc/systemd/system/multi-user.target.wants"
ln -sf ../vfio-test-step.service "$root/etc/systemd/system/multi-user.target.wants/vfio-test-step.service"
# Nothing of the test is in the helper's sandbox: it stays as installed. One test-only setting of the tools,
# for time: the host-only initramfs (MODULES=dep, hostonly=yes, both tools' own documented modes) instead of
# the generic one, which takes over 10 minutes to build under software emulation here.
mkdir -p "$root/etc/initramfs-tools/conf.d" "$root/etc/dracut.conf.d"
echo "MODULES=dep" >"$root/etc/initramfs-tools/conf.d/vfio-test-speed.conf"
echo 'hostonly="yes"' >"$root/etc/dracut.conf.d/00-vfio-test-speed.conf"

image="$work/disk.img"
truncate -s 3G "$image"
mkfs.ext4 -q -F -L vfio-test -d "$root" "$image"
rm -rf "$root"
log "image with the staged install made in $((SECONDS - step_start)) s"

# The boot loader's choice: Debian GRUB 10_linux takes the first of these that exists for the newest kernel.
disk_files() { debugfs -R "ls -p /boot" "$image" 2>/dev/null | awk -F/ '$6 != "" {print $6}'; }
pick_boot_files() {
    local files release candidate
    files=$(disk_files)
    release=$(echo "$files" | sed -n 's/^vmlinuz-//p' | sort -V | tail -n 1)
    [ -n "$release" ] || { echo "system-vm: no /boot/vmlinuz-* on the disk" >&2; return 1; }
    for candidate in "initrd.img-$release" "initrd-$release.img" "initrd-$release.gz" "initrd-$release" \
        "initramfs-$release.img"; do
        if echo "$files" | grep -qxF "$candidate"; then
            kernel="vmlinuz-$release"
            initrd=$candidate
            return 0
        fi
    done
    echo "system-vm: no initramfs for $release on the disk (/boot: $files)" >&2
    return 1
}

# boot NAME APPEND STEPFILE: one boot of the disk; the guest runs STEPFILE and powers off.
boot() {
    local name=$1 append=$2 step=$3 boot_start=$SECONDS
    pick_boot_files || return 1
    debugfs -R "dump -p /boot/$kernel $work/vmlinuz" "$image" 2>/dev/null
    debugfs -R "dump -p /boot/$initrd $work/initrd" "$image" 2>/dev/null
    echo "$name" >"$work/share/boot-name"
    cp "$here/guest-lib.sh" "$work/share/guest-lib.sh"
    { echo "BOOT=$name"; echo ". /run/vfio-test/guest-lib.sh"; cat "$step"; } >"$work/share/step.sh"
    rm -f "$work/share/step.log"
    timeout 1500 qemu-system-x86_64 -M q35 -m 1536 -smp 1 -display none -vga none -no-reboot -nic none \
        -serial "file:$work/$name.console" -monitor none \
        -device intel-iommu \
        -kernel "$work/vmlinuz" -initrd "$work/initrd" \
        -append "root=/dev/vda rw console=ttyS0 intel_iommu=on panic=-1${append:+ $append}" \
        -drive "file=$image,if=virtio,format=raw" \
        -virtfs "local,path=$work/share,mount_tag=vfiotest,security_model=passthrough" \
        -device pcie-root-port,id=rp1,chassis=1,addr=0x10 \
        -device VGA,bus=rp1,addr=0.0,multifunction=on -device ich9-intel-hda,bus=rp1,addr=0.1 \
        -device pcie-root-port,id=rp2,chassis=2,addr=0x11 -device e1000e,bus=rp2 \
        -device pcie-root-port,id=rp3,chassis=3,addr=0x12 -device e1000e,bus=rp3 \
        -device pcie-root-port,id=rp4,chassis=4,addr=0x13 -device pcie-pci-bridge,id=br1,bus=rp4 \
        -device rtl8139,bus=br1,addr=1 -device usb-ehci,bus=br1,addr=2 \
        >"$work/$name.qemu" 2>&1 || true
    [ -f "$work/share/step.log" ] && cp "$work/share/step.log" "$work/share/out/$name/step.log" 2>/dev/null
    log "boot $name (kernel $kernel, initramfs /boot/$initrd${append:+, $append}) took $((SECONDS - boot_start)) s"
    if ! grep -q 'vfio-test: step done' "$work/$name.console"; then
        fail "boot $name did not finish its step; the end of its console:"
        tr -d '\r' <"$work/$name.console" | tail -n 40
        return 1
    fi
}

# --- Expectations (from here on a failed check is reported, never a reason to stop) ---
set +e
out="$work/share/out"
driver_in() { awk -v a="$2" '$1 == a {print $3}' "$1/drivers.txt"; }
# expect_drivers SNAPSHOT WHAT [ADDRESS=DRIVER...]: every device of the first snapshot keeps its driver of then,
# except those named.
expect_drivers() {
    local snap=$1 what=$2 line address id before expected seen override
    shift 2
    [ -f "$snap/drivers.txt" ] || { fail "$what: no snapshot $snap"; return; }
    echo "  $what ($(cat "$snap/cmdline" | grep -o 'vfio_isolator=off' || echo normal boot)):"
    while read -r address id before; do
        expected=$before
        for override in "$@"; do
            [ "${override%%=*}" = "$address" ] && expected=${override#*=}
        done
        seen=$(driver_in "$snap" "$address")
        if [ "$seen" = "$expected" ]; then
            printf '    PASS %s [%s] before %-14s expected %-14s seen %s\n' "$address" "$id" "$before" "$expected" "$seen"
        else
            printf '    FAIL %s [%s] before %-14s expected %-14s seen %s\n' "$address" "$id" "$before" "$expected" "${seen:-missing}"
            failed=1
        fi
    done <"$baseline/drivers.txt"
}
cli_rc() { cat "$out/$1.rc" 2>/dev/null || echo missing; }
cli_ms() { cat "$out/$1.ms" 2>/dev/null || echo '?'; }
expect_cli() { # expect_cli BOOT/NAME ok|fail WHAT
    local rc
    rc=$(cli_rc "$1")
    if { [ "$2" = ok ] && [ "$rc" = 0 ]; } || { [ "$2" = fail ] && [ "$rc" != 0 ] && [ "$rc" != missing ]; }; then
        pass "$3 (exit $rc, $(cli_ms "$1") ms)"
    else
        fail "$3 (exit $rc, $(cli_ms "$1") ms); its output:"
        sed 's/^/    /' "$out/$1.out" 2>/dev/null | tail -n 30
    fi
}
expect_verify() { # expect_verify SNAPSHOT OVERALL WHAT: what vfio-isolator-cli verify --json concludes
    local snap=$1 seen
    seen=$(sed -n 's/^ *"overall": *"\([^"]*\)".*/\1/p' "$snap/verify.json" 2>/dev/null)
    if [ "$seen" = "$2" ]; then
        pass "$3: verify --json: \"overall\": \"$seen\" ($(sed -n 's/^ *"summary": *"\(.*\)",*$/\1/p' "$snap/verify.json"))"
    else
        fail "$3: verify --json: \"overall\": \"${seen:-nothing}\", expected \"$2\"; it said:"
        sed 's/^/    /' "$snap/verify.json" 2>/dev/null | head -n 40
    fi
}
same_files() { # same_files A B WHAT
    if cmp -s "$1" "$2"; then
        pass "$3"
    else
        fail "$3; the difference:"
        diff "$1" "$2" | sed 's/^/    /'
    fi
}

# ======== Boot 1: the machine as installed. bob is refused; alice applies the GPU and its audio. ========
cat >"$work/step1" <<'EOF'
snapshot before
config_state >"$out/config-before-bob"
GPU=$(lspci -D -n -d 1234:1111 | awk '{print $1; exit}')
AUDIO=$(lspci -D -n -d 8086:293e | awk '{print $1; exit}')
echo "$GPU" >"$out/gpu-address"
cli bob-apply bob apply "$GPU" "$AUDIO" --yes
config_state >"$out/config-after-bob"
# A group is selected whole (the helper refuses a part of one): the GPU and its audio function.
cli alice-apply-gpu alice apply "$GPU" "$AUDIO" --yes
config_state >"$out/config-after-apply"
finish
EOF
boot 1-installed "" "$work/step1" || exit 1
baseline="$out/1-installed/before"
gpu=$(cat "$out/1-installed/gpu-address")
audio=$(awk '$2 == "8086:293e" {print $1; exit}' "$baseline/drivers.txt")
read -r nic_kept nic_passed < <(awk '$2 == "8086:10d3" {printf "%s ", $1} END {print ""}' "$baseline/drivers.txt")
log "GPU $gpu, its audio $audio, identical NICs $nic_kept (kept) and $nic_passed (passed through)"
echo "CASE baseline: the installed machine"
for pair in "$gpu=bochs-drm" "$audio=snd_hda_intel" "$nic_kept=e1000e" "$nic_passed=e1000e"; do
    seen=$(driver_in "$baseline" "${pair%%=*}")
    [ "$seen" = "${pair#*=}" ] && pass "before: ${pair%%=*} on $seen" || fail "before: ${pair%%=*} on ${seen:-nothing}, expected ${pair#*=}"
done
if grep -q "Activating via systemd: service name='io.github.vfio_isolator.Helper'" "$out/1-installed/dbus-journal.txt"; then
    pass "the helper was started by D-Bus activation through vfio-isolator-helper.service"
else
    fail "no D-Bus activation of the helper in the bus's journal"
fi
grep -q '^ProtectSystem=strict' "$out/1-installed/helper-unit.txt" && pass "the helper ran under our unit's sandbox (ProtectSystem=strict)" ||
    fail "the helper's unit is not the installed one: $(tr '\n' ' ' <"$out/1-installed/helper-unit.txt")"

echo "CASE deny: a user the polkit rule denies changes nothing"
expect_cli 1-installed/bob-apply fail "bob's apply is refused"
grep -q 'NotAuthorized\|not authorized\|Not authorized' "$out/1-installed/bob-apply.out" && pass "bob's refusal says not authorized: $(head -n 1 "$out/1-installed/bob-apply.out")" ||
    fail "bob's refusal does not say not authorized: $(head -n 3 "$out/1-installed/bob-apply.out" | tr '\n' ' ')"
same_files "$out/1-installed/config-before-bob" "$out/1-installed/config-after-bob" "bob's attempt left every file and the initramfs as they were"

echo "CASE gpu-by-id: the GPU and its HD audio by ID"
expect_cli 1-installed/alice-apply-gpu ok "alice's apply of $gpu and $audio (one group) succeeded with the real $tool"
if cmp -s "$out/1-installed/config-before-bob" "$out/1-installed/config-after-apply"; then
    fail "alice's apply changed no file and no initramfs"
else
    pass "alice's apply changed the files and the initramfs:"
    diff "$out/1-installed/config-before-bob" "$out/1-installed/config-after-apply" | sed -n 's/^[<>]/    &/p'
fi

# ======== Boot 2: the new initramfs. ========
cat >"$work/step2" <<'EOF'
snapshot after
finish
EOF
boot 2-applied "" "$work/step2" || exit 1
expect_drivers "$out/2-applied/after" "after Apply and reboot" "$gpu=vfio-pci" "$audio=vfio-pci"
grep -q "ids=[0-9a-f:,]*1234:1111" "$out/2-applied/after/files.txt" && grep -q "ids=[0-9a-f:,]*8086:293e" "$out/2-applied/after/files.txt" &&
    pass "bound by ID: vfio.conf holds ids= with 1234:1111 and 8086:293e" || fail "vfio.conf has no ids= with both IDs"
expect_verify "$out/2-applied/after" as-configured "after Apply and reboot"

# ======== Boot 3: the same initramfs with the safety parameter; then alice reverts. ========
cat >"$work/step3" <<'EOF'
snapshot safety
config_state >"$out/config-before-revert"
cli alice-revert-gpu alice revert --yes
config_state >"$out/config-after-revert"
finish
EOF
boot 3-safety "vfio_isolator=off" "$work/step3" || exit 1
echo "CASE safety: the boot with vfio_isolator=off gives every device its normal driver"
expect_drivers "$out/3-safety/safety" "with vfio_isolator=off"
[ -s "$out/3-safety/safety/vfio_pci-loaded" ] && fail "vfio_pci was loaded in the safety boot" || pass "vfio_pci was not loaded in the safety boot"
echo "CASE revert-gpu: Revert and reboot gives every device its old driver back"
expect_cli 3-safety/alice-revert-gpu ok "alice's revert succeeded"
grep -v ' /boot/' "$out/1-installed/config-before-bob" >"$work/files-installed"
grep -v ' /boot/' "$out/3-safety/config-after-revert" >"$work/files-reverted"
same_files "$work/files-installed" "$work/files-reverted" "after Revert the files are those of the installed machine"

# ======== Boot 4: after Revert; then alice passes one of two identical NICs by address. ========
cat >"$work/step4" <<'EOF'
snapshot reverted
NIC=$(lspci -D -n -d 8086:10d3 | awk 'NR == 2 {print $1}')
cli alice-apply-nic alice apply "$NIC" --yes
config_state >"$out/config-after-apply"
finish
EOF
boot 4-reverted "" "$work/step4" || exit 1
expect_drivers "$out/4-reverted/reverted" "after Revert and reboot"
expect_verify "$out/4-reverted/reverted" nothing-configured "after Revert and reboot"
echo "CASE nic-by-address: one of two identical NICs by address, the other keeps its driver"
expect_cli 4-reverted/alice-apply-nic ok "alice's apply of $nic_passed succeeded"

# ======== Boot 5: NIC passed; then a broken initramfs hook makes alice's next apply fail. ========
if [ "$tool" = initramfs-tools ]; then
    install_broken='mkdir -p /etc/initramfs-tools/hooks
printf "#!/bin/sh\n[ \"\$1\" = prereqs ] && exit 0\necho \"vfio-test: broken hook\" >&2\nexit 1\n" >/etc/initramfs-tools/hooks/00-vfio-test-broken
chmod 0755 /etc/initramfs-tools/hooks/00-vfio-test-broken'
    remove_broken='rm -f /etc/initramfs-tools/hooks/00-vfio-test-broken'
else
    install_broken='mkdir -p /usr/lib/dracut/modules.d/00vfiotestbroken
printf "check() { return 0; }\ndepends() { return 0; }\ninstall() { echo \"vfio-test: broken dracut module\" >&2; exit 1; }\n" >/usr/lib/dracut/modules.d/00vfiotestbroken/module-setup.sh
echo "add_dracutmodules+=\" vfiotestbroken \"" >/etc/dracut.conf.d/99-vfio-test-broken.conf'
    remove_broken='rm -rf /usr/lib/dracut/modules.d/00vfiotestbroken /etc/dracut.conf.d/99-vfio-test-broken.conf'
fi
cat >"$work/step5" <<EOF
snapshot nic
$install_broken
config_state | grep -v vfio-test-broken >"\$out/config-before-broken"
cli alice-apply-broken alice apply \$(lspci -D -n -d 1234:1111 | awk '{print \$1; exit}') \$(lspci -D -n -d 8086:293e | awk '{print \$1; exit}') --yes
config_state | grep -v vfio-test-broken >"\$out/config-after-broken"
$remove_broken
finish
EOF
boot 5-nic "" "$work/step5" || exit 1
expect_drivers "$out/5-nic/nic" "after Apply and reboot" "$nic_passed=vfio-pci"
grep -q "$nic_passed" "$out/5-nic/nic/files.txt" && pass "bound by address: the files name $nic_passed" || fail "the files do not name $nic_passed"
expect_verify "$out/5-nic/nic" as-configured "after Apply and reboot"
echo "CASE broken-tool: the initramfs tool failing leaves the old files and the old initramfs bootable"
expect_cli 5-nic/alice-apply-broken fail "alice's apply with a broken $tool hook fails"
same_files "$out/5-nic/config-before-broken" "$out/5-nic/config-after-broken" "the failed apply left the old files and the old initramfs"

# ======== Boot 6: the old initramfs still boots with the old choice. ========
cat >"$work/step6" <<'EOF'
snapshot after-failure
finish
EOF
boot 6-after-failure "" "$work/step6" || exit 1
expect_drivers "$out/6-after-failure/after-failure" "after the failed Apply and reboot (the old choice)" "$nic_passed=vfio-pci"

echo "TIMES $tool: $(for f in "$out"/*/alice-*.ms; do n=${f#"$out/"}; printf '%s %s s; ' "${n%.ms}" "$(awk '{printf "%.0f", $1 / 1000}' "$f")"; done)"
log "all cases done; $([ "$failed" = 0 ] && echo PASSED || echo FAILED)"
exit "$failed"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Flatpak split, tested: the CLI and the window read the "host" of a Flatpak-like sandbox
# (flatpak-like.sh) as they read the same machine outside one (--root FIXTURE): the same listing, the same
# verification (the host's vfio.conf, not the runtime's decoy), the same rows in the window. The only
# differences allowed are the folder read and what Flatpak does not share (/sys/firmware: the ACPI table).
# A control run without /.flatpak-info must differ, or the test would not tell anything.
# Usage: check-sandbox.sh CLI GUI DATA_DIR
set -euo pipefail
cli=$1 gui=$2 data=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0

# The folder read out of the JSON and the messages, and the firmware table Flatpak does not show.
normalise() {
    sed -e "s#$1##g" -e 's#/run/host/usr/lib/#/lib/#g' -e 's#/run/host/etc/#/etc/#g' \
        -e 's#"root": "[^"]*"#"root": ""#' -e 's#"firmware_table": [^,]*#"firmware_table": ""#'
}

compare() { # name fixture file-outside file-inside
    if diff -u <(normalise "$2" <"$3") <(normalise "$2" <"$4") >"$out/diff"; then
        echo "same: $1"
    else
        echo "DIFFERENT: $1"
        head -40 "$out/diff"
        failed=1
    fi
}

for name in seed seed-vfio switch; do
    fixture=$(cd "$data/$name" && pwd)
    for command in list verify; do
        "$cli" "$command" --json --root "$fixture" >"$out/outside.json" 2>/dev/null || true
        "$here/flatpak-like.sh" "$fixture" "$cli" "$command" --json >"$out/inside.json" 2>/dev/null || true
        compare "$name: vfio-isolator-cli $command" "$fixture" "$out/outside.json" "$out/inside.json"
    done
    QT_QPA_PLATFORM=offscreen "$gui" --print-devices --root "$fixture" >"$out/outside.txt" 2>/dev/null
    "$here/flatpak-like.sh" "$fixture" "$gui" --print-devices >"$out/inside.txt" 2>/dev/null
    [ -s "$out/inside.txt" ] || { echo "EMPTY: $name: the window printed no rows in the sandbox"; failed=1; }
    compare "$name: the window's rows" "$fixture" "$out/outside.txt" "$out/inside.txt"
done

# The control: the same sandbox, but the app not told it is in one, reads the runtime's /etc and /lib.
fixture=$(cd "$data/seed-vfio" && pwd)
"$cli" verify --json --root "$fixture" >"$out/outside.json" 2>/dev/null || true
FLATPAK_INFO=no "$here/flatpak-like.sh" "$fixture" "$cli" verify --json >"$out/control.json" 2>/dev/null || true
if diff -q <(normalise "$fixture" <"$out/outside.json") <(normalise "$fixture" <"$out/control.json") >/dev/null; then
    echo "CONTROL FAILED: without /.flatpak-info the sandbox still reads like the host: the test proves nothing"
    failed=1
else
    echo "control: without /.flatpak-info the runtime's /etc is read (as expected)"
fi
exit "$failed"

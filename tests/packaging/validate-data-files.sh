#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The installed data files against the distribution's own validators: the .desktop file
# (desktop-file-validate), the AppStream metainfo (appstreamcli validate --no-net), the polkit .policy and
# the D-Bus bus policy against their DTDs (xmllint --dtdvalid; the DTDs Debian ships with polkitd and
# libdbus-1-dev), the D-Bus activation and systemd files' keys, and the man page (mandoc -T lint, man --warnings).
#   validate-data-files.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
source_dir=$1
build_dir=$2
resources=$source_dir/resources
failed=0
check() { # NAME COMMAND...: runs COMMAND, prints its output, counts a failure
    local name=$1 output
    shift
    if output=$("$@" 2>&1); then
        echo "ok: $name"
    else
        echo "FAILED: $name"
        failed=1
    fi
    [ -z "$output" ] || sed 's/^/    /' <<<"$output"
}
need() { # FILE: a tool or DTD that scripts/setup.sh installs
    [ -e "$1" ] || command -v "$1" >/dev/null || { echo "FAILED: $1 is missing (scripts/setup.sh installs it)"; failed=1; return 1; }
}

need desktop-file-validate && check "desktop-file-validate" desktop-file-validate "$resources/io.github.vfio_isolator.desktop"
need appstreamcli && check "appstreamcli validate" \
    appstreamcli validate --no-net --pedantic --explain "$resources/io.github.vfio_isolator.metainfo.xml"

polkit_dtd=/usr/share/polkit-1/policyconfig-1.dtd
busconfig_dtd=/usr/share/xml/dbus-1/busconfig.dtd
need xmllint && need "$polkit_dtd" &&
    check "polkit .policy against $polkit_dtd" xmllint --noout --dtdvalid "$polkit_dtd" \
        "$resources/polkit/io.github.vfio_isolator.policy"
if need xmllint && need "$busconfig_dtd"; then
    # Debian's DTD lacks today's rule attributes (send_destination, ...): they are added from
    # busconfig-attributes.dtd; what the DTD itself declares is checked as it is.
    full_dtd=$(mktemp /tmp/vfio-busconfig.XXXXXX.dtd)
    cat "$busconfig_dtd" "$source_dir/tests/packaging/busconfig-attributes.dtd" >"$full_dtd"
    check "bus policy against $busconfig_dtd (+ busconfig-attributes.dtd)" xmllint --noout --dtdvalid "$full_dtd" \
        "$resources/dbus/io.github.vfio_isolator.Helper.conf"
    rm -f "$full_dtd"
fi

# The generated activation file and unit: the helper's path in both, the bus name the helper owns.
service=$build_dir/src/helper/io.github.vfio_isolator.Helper.service
unit=$build_dir/src/helper/vfio-isolator-helper.service
check "D-Bus activation file names the bus name, root and the unit" grep -qxF -e "Name=io.github.vfio_isolator.Helper" \
    "$service"
check "D-Bus activation file runs as root, through the unit" bash -c \
    "grep -qx 'User=root' '$service' && grep -qx 'SystemdService=vfio-isolator-helper.service' '$service'"
exec_path=$(sed -n 's/^Exec=//p' "$service")
check "the activation file's Exec= is the unit's ExecStart= ($exec_path)" grep -qxF "ExecStart=$exec_path" "$unit"
if command -v systemd-analyze >/dev/null; then
    # verify reports a missing ExecStart binary too: only the unit's own syntax counts here.
    check "systemd-analyze verify (syntax)" bash -c "systemd-analyze verify '$unit' 2>&1 |
        grep -v -e 'is not executable' -e 'No such file' -e 'Failed to prepare' -e 'Command .* is not' || true; true"
fi

man_page=$resources/man/vfio-isolator-cli.1
need mandoc && check "mandoc -T lint" mandoc -T lint -W warning "$man_page"
need man && check "man --warnings" bash -c "out=\$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l '$man_page' 2>&1 >/dev/null); \
    [ -z \"\$out\" ] || { echo \"\$out\"; exit 1; }"
# Every command of the CLI (its overview) has its entry in the man page.
cli=$build_dir/src/cli/vfio-isolator-cli
if [ -x "$cli" ]; then
    for command in $("$cli" --help | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1}'); do
        check "man page covers '$command'" grep -q "^\.BR ${command//-/\\\\-}\b" "$man_page"
    done
fi
[ "$failed" = 0 ] && echo "packaging: data files valid" || echo "packaging: data files INVALID"
exit "$failed"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a grub.cfg that update-grub made from our drop-in and safety script (check-update-grub.sh):
#
#   check-grub-cfg.sh GRUB_CFG ROOT_UUID
#
# - every normal entry's linux line carries intel_iommu=on (from GRUB_CMDLINE_LINUX_DEFAULT, so Debian's
#   recovery entries, which take GRUB_CMDLINE_LINUX only, do not), root=UUID=ROOT_UUID and no vfio_isolator=off;
# - exactly one "— without VFIO passthrough" entry, whose linux line carries vfio_isolator=off, intel_iommu=on
#   and the same root=, with an initrd line; the recovery entries carry no vfio_isolator=off either.
set -euo pipefail
cfg=$1
uuid=$2
if [ ! -s "$cfg" ]; then
    echo "FAIL: $cfg is missing or empty" >&2
    exit 1
fi

# "KIND<TAB>TITLE<TAB>LINE" for every linux and initrd line, KIND being normal, recovery or safety.
entries() {
    awk -F"'" '
        /^[[:space:]]*menuentry / { title = $2 }
        /^[[:space:]]*(linux|initrd)[[:space:]]/ {
            kind = "normal"
            if (title ~ /without VFIO passthrough/) kind = "safety"
            else if (title ~ /recovery mode/) kind = "recovery"
            line = $0
            sub(/^[[:space:]]+/, "", line)
            print kind "\t" title "\t" line
        }' "$cfg"
}
has_word() { case " $1 " in *" $2 "*) return 0 ;; esac; return 1; }

failed=0
check() { # check KIND TITLE LINE WORD yes|no
    if has_word "$3" "$4"; then got=yes; else got=no; fi
    if [ "$got" = "$5" ]; then
        echo "PASS: $1 entry '$2': $4 $([ "$5" = yes ] && echo present || echo absent)"
    else
        echo "FAIL: $1 entry '$2': $4 should be $([ "$5" = yes ] && echo present || echo absent): $3" >&2
        failed=1
    fi
}

normal=0
safety=0
safety_initrd=0
while IFS=$'\t' read -r kind title line; do
    case "$line" in
    initrd*) [ "$kind" = safety ] && safety_initrd=$((safety_initrd + 1)); continue ;;
    esac
    echo "$kind: $line"
    case "$kind" in
    normal)
        normal=$((normal + 1))
        check "$kind" "$title" "$line" intel_iommu=on yes
        check "$kind" "$title" "$line" "root=UUID=$uuid" yes
        check "$kind" "$title" "$line" vfio_isolator=off no
        ;;
    safety)
        safety=$((safety + 1))
        check "$kind" "$title" "$line" vfio_isolator=off yes
        check "$kind" "$title" "$line" intel_iommu=on yes
        check "$kind" "$title" "$line" "root=UUID=$uuid" yes
        ;;
    recovery)
        check "$kind" "$title" "$line" vfio_isolator=off no
        ;;
    esac
done < <(entries)

if [ "$normal" -lt 1 ]; then
    echo "FAIL: no normal linux entry in $cfg" >&2
    failed=1
fi
if [ "$safety" -ne 1 ] || [ "$safety_initrd" -ne 1 ]; then
    echo "FAIL: expected one 'without VFIO passthrough' entry with a linux and an initrd line, found $safety linux and $safety_initrd initrd lines" >&2
    failed=1
fi
exit "$failed"

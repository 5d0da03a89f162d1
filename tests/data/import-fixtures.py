#!/usr/bin/env python3
"""Copies the shared sysfs snapshots into tests/data, turning links back into links.

The shared copies store every symbolic link as a small file holding the link's target ("../../../bus/pci/
drivers/e1000e", no newline). The kernel's sysfs has real links, and so must our test data, so that the
scanner and lspci read it as they read a live machine. Usage: import-fixtures.py SHARED_SYSFS_DIR
"""
import os
import re
import shutil
import sys

LINK_TEXT = re.compile(rb"^(\.\./)+[^\n]+$")


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else "../../../shared/fixtures/sysfs"
    target = os.path.dirname(os.path.abspath(__file__))
    for fixture in sorted(os.listdir(source)):
        src_root = os.path.join(source, fixture)
        dst_root = os.path.join(target, fixture)
        if not os.path.isdir(src_root):
            continue
        shutil.rmtree(dst_root, ignore_errors=True)
        links = 0
        for folder, dirs, files in os.walk(src_root):
            rel = os.path.relpath(folder, src_root)
            os.makedirs(os.path.join(dst_root, rel), exist_ok=True)
            for name in files:
                src = os.path.join(folder, name)
                dst = os.path.join(dst_root, rel, name)
                with open(src, "rb") as f:
                    data = f.read()
                if os.path.islink(src):
                    os.symlink(os.readlink(src), dst)
                elif rel.startswith("sys") and LINK_TEXT.match(data):
                    os.symlink(data.decode(), dst)
                    links += 1
                else:
                    with open(dst, "wb") as f:
                        f.write(data)
                    os.chmod(dst, 0o644)
        print(f"{fixture}: copied, {links} links restored")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Puts an SPDX-License-Identifier line at the top of every source file of ours, or checks that it is there.

    scripts/spdx-headers.py [--check] [REPO_DIR]

The files are the ones git tracks in src, tests, fuzz, bench, scripts, cmake, resources, ui and .ci plus the
top-level CMakeLists.txt, less the test fixtures (tests/data, fuzz corpora) and binary files. The line goes
first, after a shebang (#!), an XML declaration (<?xml ...?>) or a leading DOCTYPE, which must stay
first; a file that already has it within its first five lines is left as it is. --check changes nothing and exits 1 naming the files
that lack it.
"""
import subprocess
import sys
from pathlib import Path

IDENTIFIER = "SPDX-License-Identifier: GPL-3.0-or-later"
ROOTS = ["src", "tests", "fuzz", "bench", "scripts", "cmake", "resources", "ui", ".ci", "CMakeLists.txt"]
SKIPPED_PREFIXES = ("tests/data/", "fuzz/corpus/", "tests/packaging/expected-files.txt")
SKIPPED_SUFFIXES = (".png", ".txt.in")

HASH = "# " + IDENTIFIER
SLASHES = "// " + IDENTIFIER
XML = "<!-- " + IDENTIFIER + " -->"


def comment_for(path: Path, first_line: str):
    """The comment line for this file, or None when it is no file of a kind we mark."""
    name = path.name
    suffix = path.suffix
    if suffix in (".cpp", ".h", ".rules"):
        return SLASHES
    if name == "CMakeLists.txt" or suffix in (".cmake", ".sh", ".py", ".desktop", ".in", ".1"):
        if suffix == ".in" and path.stem.endswith(".conf"):
            return XML
        if suffix == ".1":
            return '.\\" ' + IDENTIFIER
        return HASH
    if suffix in (".xml", ".policy", ".conf", ".svg", ".ui"):
        return XML
    if first_line.startswith("#!"):
        return HASH
    return None


def tracked_files(repo: Path):
    out = subprocess.run(["git", "-C", str(repo), "ls-files", "-z", "--", *ROOTS], check=True,
                         capture_output=True).stdout.decode()
    for name in out.split("\0"):
        if name and not name.startswith(SKIPPED_PREFIXES) and not name.endswith(SKIPPED_SUFFIXES):
            yield name


def with_identifier(text: str, comment: str) -> str:
    lines = text.splitlines(keepends=True)
    at = 0
    if lines and (lines[0].startswith("#!") or lines[0].startswith("<?xml")):
        if not lines[0].rstrip().endswith(("?>",)) and lines[0].startswith("<?xml"):
            raise ValueError("XML declaration spans lines")
        at = 1
    elif lines and lines[0].startswith("<!DOCTYPE"):
        # qdbusxml2cpp takes its input for XML only when it starts with the DOCTYPE: the line goes after it.
        while at < len(lines) and not lines[at].rstrip().endswith(">"):
            at += 1
        at += 1
    lines.insert(at, comment + "\n")
    return "".join(lines)


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    repo = Path(args[0] if args else Path(__file__).resolve().parent.parent)
    lacking = []
    for name in tracked_files(repo):
        path = repo / name
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        head = text.splitlines()[:5]
        if any(IDENTIFIER in line for line in head):
            continue
        comment = comment_for(path, head[0] if head else "")
        if comment is None:
            continue
        lacking.append(name)
        if not check:
            path.write_text(with_identifier(text, comment), encoding="utf-8")
    if check and lacking:
        print("no '%s' line at the top of:\n  %s" % (IDENTIFIER, "\n  ".join(lacking)))
        return 1
    print("%s %d file(s)" % ("lacking:" if check else "marked", len(lacking)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

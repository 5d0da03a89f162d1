#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Static analysis of src/ (issue 11; CI runs it after the normal build): clang-tidy with the checked-in
# .clang-tidy must report nothing, and cppcheck nothing beyond the reviewed lines of .cppcheck-suppressions.
# Uses a build folder's compile_commands.json and generated headers (default: build, from scripts/build.sh).
# scripts/static-analysis.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build}
if [ ! -f "$build/compile_commands.json" ]; then
    echo "static-analysis: $build/compile_commands.json is missing: run scripts/build.sh first" >&2
    exit 2
fi
jobs=$(nproc)
status=0

echo "static-analysis: clang-tidy on src/ ($(clang-tidy --version | grep -o 'version [0-9.]*'))"
if ! run-clang-tidy -p "$build" -j "$jobs" -quiet "$PWD/src/.*\.cpp$" >"$build/clang-tidy.log" 2>&1; then
    grep -E '(warning|error): ' "$build/clang-tidy.log" | sort -u >&2 || tail -50 "$build/clang-tidy.log" >&2
    echo "static-analysis: clang-tidy reported the above (full log: $build/clang-tidy.log)" >&2
    status=1
fi

echo "static-analysis: cppcheck on src/ ($(cppcheck --version))"
if ! cppcheck --quiet --error-exitcode=1 --inline-suppr --std=c++20 --library=qt --language=c++ \
    --enable=warning,style,performance,portability --suppressions-list=.cppcheck-suppressions \
    -j "$jobs" -I src -I src/core -I src/interface -D__linux__ src; then
    echo "static-analysis: cppcheck reported the above" >&2
    status=1
fi
exit "$status"

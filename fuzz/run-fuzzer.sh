#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer target for SECONDS (30 unless given) on a copy of its committed seed corpus: libFuzzer
# adds what it finds to the first corpus folder, and the committed seeds must stay as they are. A crash, a
# leak, a sanitizer report or a broken promise fails the run; the input that caused it is kept in
# ${FUZZ_ARTIFACTS:-build-fuzz/artifacts} and printed.
#   fuzz/run-fuzzer.sh FUZZER SEED_FOLDER [SECONDS]
set -euo pipefail
fuzzer=$1
seeds=$2
seconds=${3:-30}
artifacts=${FUZZ_ARTIFACTS:-$(dirname "$fuzzer")/artifacts}
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$seeds"/. "$work/"
status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$(basename "$fuzzer")-" "$work" || status=$?
if [ "$status" -ne 0 ]; then
    for input in "$artifacts/$(basename "$fuzzer")"-*; do
        [ -f "$input" ] || continue
        echo "input that failed: $input"
        od -c "$input" | head -20
    done
fi
exit "$status"

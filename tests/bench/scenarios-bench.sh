#!/usr/bin/env bash
# Scenario runs at scale: 10, 40 and 160 scenarios (every magic outcome in turn, both shapes, a webhook checked for
# each) with --jobs 8 against the sandboxes `xident scenarios run` starts itself. Prints the wall time of each run
# and refuses a figure from a run where any scenario did not pass.
#
#   tests/bench/scenarios-bench.sh [BUILD_DIR]     (default build/default)
set -euo pipefail
build=${1:-build/default}
xident="$build/src/cli/xident"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

outcomes=(pass "pass:ocr" "pass:self_declaration" "fail:age_below_threshold" "fail:dob_unreadable" "fail:face_mismatch"
          "fail:face_not_detected" "fail:docverify_reject" "fail:blacklist_match" cancel expire)
for n in 10 40 160; do
    file="$work/bench-$n.yaml"
    {
        echo "suite: bench-$n"
        echo "defaults: {timeout: 30s, expect: {webhook: {within: 10s}}}"
        echo "scenarios:"
        for ((i = 0; i < n; i++)); do
            shape=v1
            if ((i % 2)); then shape=legacy; fi
            echo "  - {name: \"scenario $i\", end: \"${outcomes[i % ${#outcomes[@]}]}\", shape: $shape}"
        done
    } > "$file"
    start=$(date +%s%N)
    if ! "$xident" scenarios run "$file" --jobs 8 > "$work/out-$n.txt" 2> "$work/err-$n.txt"; then
        echo "scenarios $n: a run did not pass; no figure" >&2
        tail -5 "$work/out-$n.txt" >&2
        exit 1
    fi
    end=$(date +%s%N)
    grep -q "^$n passed, 0 failed, 0 errors, 0 skipped" "$work/out-$n.txt" || { echo "scenarios $n: not all passed" >&2; exit 1; }
    ms=$(((end - start) / 1000000))
    printf 'scenarios run --jobs 8: %4d scenarios in %d.%01d s wall (%s)\n' "$n" $((ms / 1000)) $((ms % 1000 / 100)) \
        "$(tail -1 "$work/out-$n.txt")"
done

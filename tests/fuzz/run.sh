#!/usr/bin/env bash
# Builds the "fuzz" preset and runs every libFuzzer target for a while.
#   tests/fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s, all targets)
# Each target fuzzes a work copy of its seed corpus in build/fuzz/work/<target> (the repo corpus stays untouched);
# crash, leak, timeout and OOM inputs go to build/fuzz/artifacts/<run>/<target>/.
# UBSan findings stop the target and leave a crash file (halt_on_error=1) unless the caller sets UBSAN_OPTIONS;
# with UBSAN_OPTIONS=halt_on_error=0 every target runs its full time and UBSan reports are counted from the log.
# Exit status: 0 when no target left a crash file or a UBSan report, 1 otherwise (2 on a build or usage error).
#
# Reproduce or minimise a crash file (fast_unwind_on_malloc=0 lets tests/lsan.supp match QCA's exit-time
# libcrypto allocations, which a fixed-input run otherwise reports as a leak):
#   export ASAN_OPTIONS=fast_unwind_on_malloc=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
#          LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp
#   build/fuzz/tests/fuzz/<target> <crash-file>
#   build/fuzz/tests/fuzz/<target> -minimize_crash=1 -runs=20000 -exact_artifact_path=<out> <crash-file>
set -uo pipefail

duration=${1:-60}
[[ "$duration" =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2; }
shift $(( $# > 0 ? 1 : 0 ))

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root" || exit 2
build=build/fuzz
fuzzdir=tests/fuzz

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake --preset fuzz -G Ninja || exit 2
fi
cmake --build --preset fuzz || exit 2

targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(fuzz_webhook fuzz_sessionresult fuzz_errorenvelope fuzz_retryafter fuzz_requestparser)

run=$(date +%Y%m%d-%H%M%S)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# libFuzzer checks every input that allocates more than it frees for leaks; the check at exit is off because
# with fast unwinding tests/lsan.supp cannot match the libcrypto state QCA leaves behind at exit.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:leak_check_at_exit=0}

mkdir -p "$build/work"
# The webhook input starts with the signature header: JSON tokens plus the header's own.
cat "$fuzzdir/json.dict" "$fuzzdir/webhook.dict" > "$build/work/webhook.dict"

crashed=0
summary=()
for target in "${targets[@]}"; do
    bin="$build/tests/fuzz/$target"
    [[ -x "$bin" ]] || { echo "no such fuzz target: $bin" >&2; exit 2; }
    work="$build/work/$target"
    artifacts="$build/artifacts/$run/$target"
    log="$build/artifacts/$run/$target.log"
    mkdir -p "$work" "$artifacts"
    cp -n "$fuzzdir/corpus/$target"/* "$work"/ 2>/dev/null || true

    args=(-max_total_time="$duration" -print_final_stats=1 -timeout=25 -rss_limit_mb=4096
          -artifact_prefix="$artifacts/")
    case "$target" in
        fuzz_retryafter) args+=(-max_len=256) ;;
        *) args+=(-max_len=65536) ;;
    esac
    case "$target" in
        fuzz_webhook) args+=(-dict="$build/work/webhook.dict") ;;
        fuzz_sessionresult|fuzz_errorenvelope) args+=(-dict="$fuzzdir/json.dict") ;;
        fuzz_requestparser) args+=(-dict="$fuzzdir/http.dict") ;;
    esac

    echo "== $target: ${duration}s, log $log"
    "$bin" "${args[@]}" "$work" >"$log" 2>&1
    status=$?
    execs=$(awk '/stat::number_of_executed_units:/ { n = $2 } END { print n + 0 }' "$log")
    found=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
    corpus=$(find "$work" -type f | wc -l)
    ub=$(grep -c 'runtime error:' "$log")
    if [[ -n "$found" ]]; then
        crashed=1
        line="$target: $execs executions, corpus $corpus, exit $status, CRASH: $(echo $found)"
    elif [[ "$ub" -gt 0 ]]; then
        crashed=1
        line="$target: $execs executions, corpus $corpus, exit $status, $ub UBSan report(s), no crash file"
    else
        line="$target: $execs executions, corpus $corpus, exit $status, no crash"
    fi
    grep -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|invariant violated' "$log" \
        | sort -u | sed 's/^/    /' | head -10
    echo "$line"
    summary+=("$line")
done

echo
echo "== summary (logs and artifacts in $build/artifacts/$run)"
printf '%s\n' "${summary[@]}"
exit $crashed

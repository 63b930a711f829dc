#!/usr/bin/env bash
# Requests per second for GET /verify/v1/result/{token} and POST /verify/v1/init on the sandbox at 1, 8
# and 64 connections (wrk), next to nginx answering a fixed body of the same size, and the sandbox's
# resident memory after each run. Prints figures only, and only from runs whose every answer was a 2xx: a run
# with answers other than 2xx or socket errors (wrk counts both) says so instead, and the script exits 3.
#
#   tests/bench/sandbox-wrk.sh [build-dir]      (default build/default; needs wrk, nginx optional)
#   XIDENT_SOAK_SECONDS=600 tests/bench/sandbox-wrk.sh    a soak instead: /init at 8 connections for that
#       long with short-lived tokens, resident memory printed every minute (it must level off)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$here/build/default}
duration=${XIDENT_BENCH_SECONDS:-5}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

soak=${XIDENT_SOAK_SECONDS:-0}
sandbox_args=(--port 0 --magic-delay 200)
# The soak creates sessions faster than any real use and lets them expire after 2 s: what is kept must
# level off at the caps (100 000 sessions, 10 000 webhook records by default).
[ "$soak" -gt 0 ] && sandbox_args+=(--token-ttl 2)
(umask 077; exec "$build/src/sandbox/xident-sandbox" "${sandbox_args[@]}" >"$work/sandbox.log" 2>/dev/null) &
sandbox_pid=$!
pids+=($sandbox_pid)
rss() { awk '/^VmRSS/ {printf "%.1f MB", $2/1024}' "/proc/$sandbox_pid/status"; }
for _ in $(seq 1 50); do grep -q 'webhook secret' "$work/sandbox.log" && break; sleep 0.1; done
base=$(sed -n 's/^Xident sandbox listening on //p' "$work/sandbox.log")
key=$(sed -n 's/^  test key: *\([^ ]*\).*/\1/p' "$work/sandbox.log")
token=$(XIDENT_BASE_URL=$base XIDENT_SECRET_KEY=$key "$build/src/cli/xident" init \
        --callback-url https://example.com/cb --user-id sandbox:pass --json | sed -n 's/.*"token": *"\([^"]*\)".*/\1/p')
sleep 2 # let the session settle so every answer is the same final result
url="$base/verify/v1/result/$token"
body=$(curl -s -H "X-API-Key: $key" "$url")
# What is measured must do its work: the result read back is a final one.
if [[ $body != *'"success":true'* || $body != *'"status":"success"'* ]]; then
    echo "GET /result of $token did not answer a passed result: ${body:0:200}; no figures" >&2
    exit 3
fi
status=0
# Why a wrk run is no measurement: answers other than 2xx, socket errors or no rate at all; empty when it is one.
refused() {
    local out=$1 non2xx errors
    non2xx=$(printf '%s\n' "$out" | awk '/Non-2xx or 3xx responses/ {print $NF}')
    errors=$(printf '%s\n' "$out" | sed -n 's/.*Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3 \4/p' \
             | awk '{print $1 + $2 + $3 + $4}')
    if [ "${non2xx:-0}" -gt 0 ] || [ "${errors:-0}" -gt 0 ] || ! printf '%s\n' "$out" | grep -q 'Requests/sec'; then
        echo "${non2xx:-0} answers other than 2xx, ${errors:-0} socket errors"
    fi
}

# POST /init with a fixed body, for wrk.
cat >"$work/init.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"callback_url":"https://example.com/cb"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = "$key"
LUA

if [ "$soak" -gt 0 ]; then
    echo "soak: POST /init at 8 connections for ${soak}s, tokens expire after 2 s; resident memory of the sandbox:"
    echo "  start: $(rss)"
    wrk -t2 -c8 -d${soak}s -s "$work/init.lua" "$base/verify/v1/init" >"$work/soak.txt" &
    wrk_pid=$!
    for ((s = 60; s <= soak; s += 60)); do
        sleep 60
        echo "  after ${s}s: $(rss)"
    done
    wait $wrk_pid
    if why=$(refused "$(cat "$work/soak.txt")") && [ -n "$why" ]; then
        echo "  end: $(rss); the soak's calls failed ($why): no rate from this run" >&2
        exit 3
    fi
    echo "  end: $(rss); $(awk '/Requests\/sec/ {print $2}' "$work/soak.txt") req/s, $(awk '/requests in/ {print $1}' "$work/soak.txt") sessions created"
    curl -s -H "X-API-Key: $(sed -n 's/^  admin key: *\([^ ]*\).*/\1/p' "$work/sandbox.log")" "$base/_sandbox/stats"
    echo
    exit 0
fi

run() { # label url [header] [script]
    local label=$1 target=$2 header=${3:-} script=${4:-}
    for c in 1 8 64; do
        local t=1; [ "$c" -gt 1 ] && t=2
        out=$(wrk -t$t -c$c -d${duration}s --latency ${header:+-H "$header"} ${script:+-s "$script"} "$target")
        why=$(refused "$out")
        if [ -n "$why" ]; then
            printf '%-34s %2d conn: %s; no figure from this run\n' "$label" "$c" "$why" >&2
            status=3
            continue
        fi
        rps=$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')
        p50=$(printf '%s\n' "$out" | awk '$1=="50%" {print $2}')
        p99=$(printf '%s\n' "$out" | awk '$1=="99%" {print $2}')
        printf '%-34s %2d conn: %10s req/s   p50 %8s   p99 %8s   sandbox RSS %s\n' "$label" "$c" "$rps" "$p50" "$p99" "$(rss)"
    done
}

echo "GET /result, ${#body}-byte answer, ${duration}s per run, $(nproc) cores"
run "xident-sandbox GET /result" "$url" "X-API-Key: $key"
run "xident-sandbox POST /init" "$base/verify/v1/init" "" "$work/init.lua"

if command -v nginx >/dev/null; then
    port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])' 2>/dev/null || echo 18089)
    # nginx's worker runs as another user: the body it serves lies in a folder of its own that others may read,
    # not beside the sandbox's log (which names its key).
    mkdir -m 755 "$work/public"
    chmod 711 "$work"
    printf '%s' "$body" >"$work/public/body.json"
    chmod 644 "$work/public/body.json"
    cat >"$work/nginx.conf" <<CONF
daemon off; worker_processes 1; pid $work/nginx.pid; error_log $work/error.log;
events { worker_connections 256; }
http { access_log off;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
  server { listen 127.0.0.1:$port; location / { default_type application/json; root $work/public; try_files /body.json =404; } } }
CONF
    nginx -c "$work/nginx.conf" &
    pids+=($!)
    sleep 0.5
    sandbox_pid=$! # RSS column: nginx's own
    run "nginx, fixed body (1 worker)" "http://127.0.0.1:$port/"
else
    echo "nginx is not installed: no fixed-response comparison (apt-get install nginx-light)"
fi
exit $status

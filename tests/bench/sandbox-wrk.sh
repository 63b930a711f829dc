#!/usr/bin/env bash
# Requests per second for GET /verify/v1/result/{token} on the sandbox at 1 and 8 connections (wrk),
# next to nginx answering a fixed body of the same size on the same machine. Prints figures only.
#
#   tests/bench/sandbox-wrk.sh [build-dir]      (default build/default; needs wrk, nginx optional)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$here/build/default}
duration=${XIDENT_BENCH_SECONDS:-5}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

"$build/src/sandbox/xident-sandbox" --port 0 >"$work/sandbox.log" 2>/dev/null &
pids+=($!)
for _ in $(seq 1 50); do grep -q 'webhook secret' "$work/sandbox.log" && break; sleep 0.1; done
base=$(sed -n 's/^Xident sandbox listening on //p' "$work/sandbox.log")
key=$(sed -n 's/^  test key: *\([^ ]*\).*/\1/p' "$work/sandbox.log")
token=$(XIDENT_BASE_URL=$base XIDENT_SECRET_KEY=$key "$build/src/cli/xident" init \
        --callback-url https://example.com/cb --user-id sandbox:pass --json | sed -n 's/.*"token": *"\([^"]*\)".*/\1/p')
sleep 2 # let the session settle so every answer is the same final result
url="$base/verify/v1/result/$token"
body=$(curl -s -H "X-API-Key: $key" "$url")

run() { # label url [header]
    local label=$1 target=$2 header=${3:-}
    for c in 1 8; do
        local t=1; [ "$c" -gt 1 ] && t=2
        out=$(wrk -t$t -c$c -d${duration}s --latency ${header:+-H "$header"} "$target")
        rps=$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')
        p50=$(printf '%s\n' "$out" | awk '$1=="50%" {print $2}')
        p99=$(printf '%s\n' "$out" | awk '$1=="99%" {print $2}')
        printf '%-34s %d conn: %10s req/s   p50 %8s   p99 %8s\n' "$label" "$c" "$rps" "$p50" "$p99"
    done
}

echo "GET /result, ${#body}-byte answer, ${duration}s per run, $(nproc) cores"
run "xident-sandbox" "$url" "X-API-Key: $key"

if command -v nginx >/dev/null; then
    port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])' 2>/dev/null || echo 18089)
    printf '%s' "$body" >"$work/body.json"
    cat >"$work/nginx.conf" <<CONF
daemon off; worker_processes 1; pid $work/nginx.pid; error_log $work/error.log;
events { worker_connections 256; }
http { access_log off;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
  server { listen 127.0.0.1:$port; location / { default_type application/json; alias $work/body.json; } } }
CONF
    nginx -c "$work/nginx.conf" &
    pids+=($!)
    sleep 0.5
    run "nginx, fixed body (1 worker)" "http://127.0.0.1:$port/"
else
    echo "nginx is not installed: no fixed-response comparison (apt-get install nginx-light)"
fi

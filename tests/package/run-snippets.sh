#!/usr/bin/env bash
# The console's "Copy as code" C++ snippets (tests/package/snippets, kept equal to what the console copies by
# tst_callcode) built against an installed Xident-Qt and run, one after the other, against a sandbox: each must
# build, exit 0 and print what its call returned. Later snippets get the tokens and ids earlier ones printed.
#   run-snippets.sh SNIPPET_DIR WORK_DIR [XIDENT_SANDBOX]
set -euo pipefail
src=$1 work=$2 sandbox=${3:-xident-sandbox}
rm -rf "$work"
mkdir -p "$work/src" "$work/run"
log=$work/sandbox.log
"$sandbox" --port 0 --magic-delay 0 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
url=
for _ in $(seq 100); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "the sandbox did not start:" >&2; cat "$log" >&2; exit 1; }
export XIDENT_SECRET_KEY=sk_test_copy_as_snippets

{
    echo 'cmake_minimum_required(VERSION 3.22)'
    echo 'project(CopyAsSnippets LANGUAGES CXX)'
    echo 'set(CMAKE_CXX_STANDARD 17)'
    echo 'find_package(XidentQt 0.1 REQUIRED)'
    for f in "$src"/*.cpp; do
        n=$(basename "$f" .cpp)
        echo "add_executable($n $n.cpp)"
        echo "target_link_libraries($n PRIVATE XidentQt::xident-qt)"
    done
} >"$work/src/CMakeLists.txt"
for f in "$src"/*.cpp; do
    sed "s|http://localhost:9000|$url|" "$f" >"$work/src/$(basename "$f")"
done
cmake -S "$work/src" -B "$work/build" -G Ninja >/dev/null
cmake --build "$work/build" >/dev/null

# A snippet with a placeholder replaced, built again.
fill() {
    sed -i "s|$2|$3|g" "$work/src/$1.cpp"
    cmake --build "$work/build" --target "$1" >/dev/null
}
# Runs a snippet until its output matches a pattern (the sandbox settles asynchronously), or fails.
expect() {
    local name=$1 pattern=$2 out=
    for _ in $(seq 50); do
        out=$(cd "$work/run" && "$work/build/$name") || { echo "$name failed: $out" >&2; exit 1; }
        if [[ $out =~ $pattern ]]; then
            printf '%s: %s\n' "$name" "$(head -1 <<<"$out")"
            REPLY=$out
            return
        fi
        sleep 0.1
    done
    echo "$name printed \"$out\", not /$pattern/" >&2
    exit 1
}

printf '\x89PNG\r\n\x1a\nsnippet face' >"$work/run/face.jpg"
expect init '^xit_[A-Za-z0-9_-]+ http'
token=${REPLY%% *}
fill result xit_SNIPPET_INIT_TOKEN "$token"
expect result '^success xtk_'
fill blacklist-session xtk_SNIPPET_RESULT_TOKEN "${REPLY#* }"
expect blacklist-session '^processing$'
expect blacklist-image '^processing$'
expect blacklist-list '[0-9]+ image Known fraud'
entry=$(grep ' image Known fraud' <<<"$REPLY" | head -1)
fill blacklist-remove 987654321 "${entry%% *}"
expect blacklist-remove '^req_'
expect face-register '^[^ ]+ processing$'
fill face-status SNIPPET_CHALLENGE "${REPLY%% *}"
expect face-status '^enroll completed $'
expect face-user '^1 [0-9]{4}-'
expect face-verify '^[^ ]+ processing$'
expect face-delete '^1$'
echo "$(ls "$src"/*.cpp | wc -l) C++ snippets built against Xident-Qt and run against the sandbox"

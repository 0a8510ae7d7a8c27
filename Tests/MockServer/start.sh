#!/usr/bin/env bash
# Starts the Outpost mock server in the background on 127.0.0.1 and waits until it answers.
#
# Usage: Tests/MockServer/start.sh [--port N] [--state-dir DIR] [--owner-pid PID]
#
#   --port N         the port to listen on; 0 (the default) lets the system pick a free one
#   --state-dir DIR  where the server's pid, url and server.log files go (default: .build/mock-server)
#   --owner-pid PID  the server also stops by itself within a second of that process ending
#
# On success it prints two lines that `eval "$(Tests/MockServer/start.sh)"` turns into environment
# variables, which the programs the shell starts afterwards see too:
#   export OUTPOST_MOCK_URL=http://127.0.0.1:PORT/api/v1
#   export OUTPOST_MOCK_PID=PID
# Stop the server with Tests/MockServer/stop.sh and the same --state-dir.
set -euo pipefail
mock_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$mock_dir/../.." && pwd)
port=0
state_dir="$root/.build/mock-server"
# An empty array expands through ${owner[@]+...} below, which bash 3.2 needs under set -u.
owner=()
while [ $# -gt 0 ]; do
    case "$1" in
        --port) port=$2; shift 2 ;;
        --state-dir) state_dir=$2; shift 2 ;;
        --owner-pid) owner=(--owner-pid "$2"); shift 2 ;;
        *) echo "usage: $0 [--port N] [--state-dir DIR] [--owner-pid PID]" >&2; exit 2 ;;
    esac
done

venv=$("$mock_dir/ensure-venv.sh")
mkdir -p "$state_dir"
state_dir=$(cd "$state_dir" && pwd)
if [ -f "$state_dir/pid" ] && kill -0 "$(cat "$state_dir/pid")" 2>/dev/null; then
    echo "error: a mock server from $state_dir is still running (PID $(cat "$state_dir/pid")); stop it first" >&2
    exit 1
fi
rm -f "$state_dir/url" "$state_dir/pid"

# PYTHONPATH makes the outpost_mock package importable without installing it; no bytecode is
# written into the source tree.
PYTHONPATH="$mock_dir" PYTHONDONTWRITEBYTECODE=1 nohup "$venv/bin/python" -m outpost_mock \
    --spec "$root/openapi.yaml" --port "$port" --url-file "$state_dir/url" ${owner[@]+"${owner[@]}"} \
    >"$state_dir/server.log" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$state_dir/pid"

# Wait, at most 60 seconds, for the URL file and a healthy answer from the control endpoint.
health_check='import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=2) as answer:
    sys.exit(answer.status != 200)'
deadline=$((SECONDS + 60))
while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "error: the mock server stopped during start-up; its output:" >&2
        cat "$state_dir/server.log" >&2
        rm -f "$state_dir/pid"
        exit 1
    fi
    if [ -s "$state_dir/url" ]; then
        url=$(cat "$state_dir/url")
        if "$venv/bin/python" -c "$health_check" "${url%/api/v1}/__mock/health" 2>/dev/null; then
            break
        fi
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
        echo "error: the mock server did not become healthy within 60 seconds; its output:" >&2
        cat "$state_dir/server.log" >&2
        kill "$pid" 2>/dev/null || true
        rm -f "$state_dir/pid"
        exit 1
    fi
    sleep 0.1
done

echo "export OUTPOST_MOCK_URL=$url"
echo "export OUTPOST_MOCK_PID=$pid"

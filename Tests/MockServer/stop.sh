#!/usr/bin/env bash
# Stops the Outpost mock server that start.sh started with the same state directory.
#
# Usage: Tests/MockServer/stop.sh [--state-dir DIR]   (default: .build/mock-server)
set -euo pipefail
mock_dir=$(cd "$(dirname "$0")" && pwd)
state_dir="$mock_dir/../../.build/mock-server"
while [ $# -gt 0 ]; do
    case "$1" in
        --state-dir) state_dir=$2; shift 2 ;;
        *) echo "usage: $0 [--state-dir DIR]" >&2; exit 2 ;;
    esac
done

pid_file="$state_dir/pid"
[ -f "$pid_file" ] || exit 0
pid=$(cat "$pid_file")
# Signal the process only if that PID is still the mock server, not a later process given the same PID.
if ps -p "$pid" -o args= 2>/dev/null | grep -q outpost_mock; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "warning: the mock server (PID $pid) ignored SIGTERM for 5 seconds; sending SIGKILL" >&2
        kill -KILL "$pid" 2>/dev/null || true
    fi
fi
rm -f "$pid_file" "$state_dir/url"

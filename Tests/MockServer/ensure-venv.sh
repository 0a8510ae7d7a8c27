#!/usr/bin/env bash
# Creates or updates the mock server's Python environment at .build/mock-server-venv and prints its
# path. The environment is reused while requirements.txt and the Python version are unchanged.
# PYTHON names the interpreter to build it from (default: python3, 3.10 or newer).
set -euo pipefail
mock_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$mock_dir/../.." && pwd)
venv="$root/.build/mock-server-venv"
python=${PYTHON:-python3}

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
    echo "error: the Outpost mock needs Python 3.10 or newer as '$python' (set PYTHON to another one)" >&2
    exit 1
fi

mkdir -p "$root/.build"
# Two test runs in one working tree must not build the environment at the same time.
if command -v flock >/dev/null; then
    exec 9>"$root/.build/mock-server-venv.lock"
    flock 9
fi

# The stamp is a hash of the pinned requirements and the interpreter's version.
stamp=$({ cat "$mock_dir/requirements.txt"; "$python" --version; } | "$python" -c \
    'import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')
if [ -x "$venv/bin/python" ] && [ "$(cat "$venv/.requirements-sha256" 2>/dev/null)" = "$stamp" ]; then
    echo "$venv"
    exit 0
fi

echo "Installing the mock server's Python packages into $venv" >&2
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
    -r "$mock_dir/requirements.txt" >&2
echo "$stamp" >"$venv/.requirements-sha256"
echo "$venv"

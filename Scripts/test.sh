#!/usr/bin/env bash
# Runs the whole test suite: the tests of the Outpost mock server (Tests/MockServer), then the Swift
# tests, among them the contract tests that call every operation of the SDK against the mock. The mock
# is started first and stopped on exit, also when a test fails or the run is interrupted; the contract
# tests find it through OUTPOST_MOCK_URL, and a plain `swift test` skips them.
# Under CI (CI=true) every compiler warning is an error.
set -euo pipefail
cd "$(dirname "$0")/.."

flags=()
if [ "${CI:-}" = "true" ]; then
    flags+=(-Xswiftc -warnings-as-errors)
fi

# Each run keeps its mock's pid, url and log in a directory of its own, so that runs in parallel do
# not stop each other's server.
mock_state=$(mktemp -d "${TMPDIR:-/tmp}/outpost-mock.XXXXXX")
stop_mock() {
    Tests/MockServer/stop.sh --state-dir "$mock_state" || true
    rm -rf "$mock_state"
}
trap stop_mock EXIT
# An interrupted run exits, which runs the EXIT trap above.
trap 'exit 130' INT
trap 'exit 143' TERM

mock_venv=$(Tests/MockServer/ensure-venv.sh)
# Assigned before eval, so that a failed start stops the run (set -e does not see inside eval "$(...)").
# With --owner-pid the mock also stops by itself should this script be killed without running its trap.
mock_env=$(Tests/MockServer/start.sh --state-dir "$mock_state" --owner-pid $$)
eval "$mock_env"
export OUTPOST_MOCK_URL
echo "Outpost mock server at $OUTPOST_MOCK_URL (PID $OUTPOST_MOCK_PID)"

PYTHONDONTWRITEBYTECODE=1 "$mock_venv/bin/python" -m pytest -q Tests/MockServer/tests

swift build --build-tests "${flags[@]}"
swift test --skip-build "${flags[@]}"

#!/usr/bin/env bash
# Runs the whole test suite: the tests of the Outpost mock server (Tests/MockServer), then the Swift
# tests, among them the contract tests that call every operation of the SDK against the mock. The mock
# is started first and stopped on exit, also when a test fails or the run is interrupted; the contract
# tests find it through OUTPOST_MOCK_URL, and a plain `swift test` skips them.
# Under CI (CI=true) every compiler warning is an error.
# The Swift tests are built and run with code coverage; after them, passed or not, a table gives the line
# coverage of the generator (Generator/GeneratorCore) and the runtime (Sources/OutpostRuntime). Coverage
# only reports: it fails a run whose tests passed only when it cannot report (no llvm-cov, test binary or
# profile), and a run whose tests failed exits with the tests' status.
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

# The build runs the plugin's outpost-generator, built with coverage too; its profile goes under .build
# instead of into the checkout as default.profraw.
LLVM_PROFILE_FILE="$PWD/.build/plugin-profiles/%p.profraw" \
    swift build --build-tests --enable-code-coverage "${flags[@]}"
test_status=0
swift test --skip-build --enable-code-coverage "${flags[@]}" || test_status=$?

# Prints the line coverage of each module's sources in this run's tests, from the profile `swift test` merged.
report_coverage() {
    local toolchain llvm_cov binary codecov profdata
    toolchain=$(dirname "$(readlink -f "$(command -v swift)")")
    llvm_cov="$toolchain/llvm-cov"
    if [ ! -x "$llvm_cov" ]; then
        echo "error: no llvm-cov beside swift in $toolchain; the coverage report needs it" >&2
        return 1
    fi
    binary="$(swift build --show-bin-path --enable-code-coverage "${flags[@]}")/outpost-swiftPackageTests.xctest"
    codecov=$(dirname "$(swift test --show-codecov-path --enable-code-coverage "${flags[@]}")")
    profdata="$codecov/default.profdata"
    # `swift test` merges the raw profiles only when every test passed; merge them here otherwise.
    if [ ! -f "$profdata" ] && compgen -G "$codecov/*.profraw" >/dev/null; then
        "$toolchain/llvm-profdata" merge -sparse "$codecov"/*.profraw -o "$profdata" || true
    fi
    if [ ! -f "$binary" ] || [ ! -f "$profdata" ]; then
        echo "error: no test binary ($binary) or no coverage profile ($profdata) after the tests" >&2
        return 1
    fi

    echo
    printf '%-16s %-24s %8s %8s %7s\n' "line coverage" "sources" "lines" "missed" "cover"
    local module folder
    for module in GeneratorCore:Generator/GeneratorCore OutpostRuntime:Sources/OutpostRuntime; do
        folder=${module#*:}
        # The TOTAL row of llvm-cov's report over the module's folder: lines, missed lines, cover.
        "$llvm_cov" report "$binary" -instr-profile="$profdata" "$PWD/$folder" 2>/dev/null \
            | awk -v name="${module%%:*}" -v folder="$folder" \
                '$1 == "TOTAL" { printf "%-16s %-24s %8s %8s %7s\n", name, folder, $8, $9, $10; found = 1 }
                 END { if (!found) printf "%-16s %-24s %s\n", name, folder, "no coverage data" }' \
            || echo "warning: llvm-cov could not report on $folder" >&2
    done
}
coverage_status=0
report_coverage || coverage_status=$?
if [ "$test_status" -ne 0 ]; then
    exit "$test_status"
fi
exit "$coverage_status"

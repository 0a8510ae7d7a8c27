#!/usr/bin/env bash
# Runs the whole test suite: unit tests of the generator and the runtime.
# Under CI (CI=true) every compiler warning is an error.
set -euo pipefail
cd "$(dirname "$0")/.."

flags=()
if [ "${CI:-}" = "true" ]; then
    flags+=(-Xswiftc -warnings-as-errors)
fi

swift build --build-tests "${flags[@]}"
swift test --skip-build "${flags[@]}"

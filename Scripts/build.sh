#!/usr/bin/env bash
# Builds the Outpost SDK through its build plugin, which runs outpost-generator on openapi.yaml and prints the
# generator's diagnostics and summary line into the build output. Arguments are passed to `swift build`.
#
# When the SDK is already up to date with openapi.yaml and openapi-naming.yaml, the build does not run the
# generator, so there is no summary in its output; the script then says so and runs the generator's check of
# openapi.yaml, whose summary line counts the same operations, schemas and diagnostics.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp "${TMPDIR:-/tmp}/outpost-build.XXXXXX")
trap 'rm -f "$log"' EXIT

swift build --target Outpost "$@" 2>&1 | tee "$log"

if ! grep -Eq '^[0-9]+ operations, [0-9]+ schemas, ' "$log"; then
    echo "The SDK is up to date with openapi.yaml, so the build did not run the generator; its check:"
    swift run "$@" outpost-generator check openapi.yaml
fi

#!/usr/bin/env bash
# Runs the built generator on every broken document of Tests/GeneratorCoreTests/BrokenDocuments, and on a
# document of several megabytes made here, each with `generate DOCUMENT --output DIR` into a fresh empty
# folder. Every case must exit with status 1 (not a crash, not a hang), print at least one
# `DOCUMENT:LINE:COLUMN: error:` line on standard error, and leave the output folder empty.
#
# usage: Scripts/check-broken-documents.sh GENERATOR_BINARY
#   such as: Scripts/check-broken-documents.sh "$(swift build --show-bin-path)/outpost-generator"
set -euo pipefail

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 GENERATOR_BINARY (an executable outpost-generator)" >&2
    exit 2
fi
generator=$(realpath "$1")
corpus=$(realpath "$(dirname "$0")/../Tests/GeneratorCoreTests/BrokenDocuments")
# Seconds one case may take; the slowest, the alias bomb, takes well under one in a debug build.
case_timeout=${CHECK_BROKEN_DOCUMENTS_TIMEOUT:-60}

work=$(mktemp -d "${TMPDIR:-/tmp}/outpost-broken-documents.XXXXXX")
trap 'rm -rf "$work"' EXIT
# A generator built with code coverage (as Scripts/test.sh builds it) writes its profile here, not into
# the current folder.
export LLVM_PROFILE_FILE="$work/generator-%p.profraw"

# A version string of 4 MiB: the message and the quoted line must stay short, and the run must end.
huge="$work/huge-version-string.yaml"
{
    printf 'openapi: "'
    head -c 4194304 /dev/zero | tr '\0' '3'
    printf '"\ninfo: {title: Huge, version: "1"}\n'
} >"$huge"

passed=0
failed=0

# Prints why a case failed, or nothing when it behaved.
check_case() {
    local document=$1 output=$2 stderr=$3 status=$4
    if [ "$status" -eq 124 ]; then
        echo "did not finish within ${case_timeout}s"
    elif [ "$status" -gt 128 ]; then
        echo "crashed with signal $((status - 128))"
    elif [ "$status" -ne 1 ]; then
        echo "exit status $status, expected 1"
    elif ! awk -v prefix="$document:" '
            index($0, prefix) == 1 && substr($0, length(prefix) + 1) ~ /^[0-9]+:[0-9]+: error: / { found = 1 }
            END { exit !found }' "$stderr"; then
        echo "no '$document:LINE:COLUMN: error:' line on standard error"
    elif [ -n "$(ls -A "$output")" ]; then
        echo "the output folder is not empty: $(ls -A "$output" | head -n 5 | tr '\n' ' ')"
    elif [ "$(wc -c <"$stderr")" -gt 65536 ]; then
        echo "standard error holds $(wc -c <"$stderr") bytes; diagnostics must stay short"
    fi
}

for document in "$corpus"/* "$huge"; do
    name=$(basename "$document")
    output=$(mktemp -d "$work/output.XXXXXX")
    status=0
    timeout "$case_timeout" "$generator" generate "$document" --output "$output" \
        >"$work/stdout" 2>"$work/stderr" || status=$?
    problem=$(check_case "$document" "$output" "$work/stderr" "$status")
    if [ -z "$problem" ]; then
        first_error=$(grep -m 1 -F "$document:" "$work/stderr")
        printf 'ok      %s:%s\n' "$name" "$(cut -c 1-120 <<<"${first_error#"$document:"}")"
        passed=$((passed + 1))
    else
        printf 'FAILED  %s: %s\n' "$name" "$problem"
        sed -n '1,10p' "$work/stderr" | cut -c 1-200 | sed 's/^/        /'
        failed=$((failed + 1))
    fi
    rm -rf "$output"
done

echo "$passed of $((passed + failed)) broken documents refused with a located error and no output"
[ "$failed" -eq 0 ]

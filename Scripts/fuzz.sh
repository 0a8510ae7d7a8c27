#!/usr/bin/env bash
# Builds the generator's libFuzzer target (Fuzz/GeneratorFuzzer) in release and runs it for a bounded time
# over the YAML, model and translate stages, seeded from the project's documents: Fuzz/Corpus, openapi.yaml,
# the broken documents and the golden sample documents of Tests/GeneratorCoreTests.
#
# usage: Scripts/fuzz.sh [SECONDS]    (default 60)
#   FUZZ_SCRATCH_PATH  the build's scratch path (default .build/fuzz); the corpus libFuzzer grows and any
#                      crash file are kept under it, in fuzz-corpus/ and fuzz-artifacts/
#
# Fails when the fuzzer does not build or finds a crash, a hang (-timeout) or a run past -rss_limit_mb; the
# path of the input that did it is printed. Reproduce with: SCRATCH_PATH/release/GeneratorFuzzer CRASH_FILE
# The address sanitizer's leak detection is off (ASAN_OPTIONS=detect_leaks=0): a run fails for memory errors,
# crashes, hangs and memory past the limit, not for leaks.
#
# Coverage guidance sees only the Swift code: `--sanitize fuzzer` instruments the entry target, and
# `-Xswiftc -sanitize=fuzzer` adds GeneratorCore. libyaml comes from Debian's libyaml-dev, which is not
# instrumented, so the fuzzer learns nothing from paths inside the C parser; it still runs under the
# address sanitizer's checks of every access made through Swift.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
scratch=${FUZZ_SCRATCH_PATH:-.build/fuzz}
case "$seconds" in
    '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

# Only the fuzzer's product. SwiftPM still prepares the build plugin's copy of outpost-generator under these
# flags, in release as in debug, and prints errors for it: its top-level code cannot be compiled the way
# libFuzzer needs (libFuzzer brings its own `main`). Those errors do not stop the build of the fuzzer, which
# is what this step checks.
swift build -c release --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer \
    --scratch-path "$scratch" --product GeneratorFuzzer
bin="$scratch/release"

corpus="$scratch/fuzz-corpus"
artifacts="$scratch/fuzz-artifacts"
mkdir -p "$corpus" "$artifacts"
for seed in Fuzz/Corpus/* openapi.yaml Tests/GeneratorCoreTests/BrokenDocuments/* \
    Tests/GeneratorCoreTests/Golden/*.yaml; do
    if [ -f "$seed" ]; then cp "$seed" "$corpus/seed-$(basename "$seed")"; fi
done

log=$(mktemp "${TMPDIR:-/tmp}/outpost-fuzz.XXXXXX")
trap 'rm -f "$log"' EXIT
status=0
# -max_len keeps the golden sample document whole; longer seeds, such as openapi.yaml, are cut to it.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$bin/GeneratorFuzzer" "$corpus" \
    -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 2>&1 | tee "$log" || status=$?

echo "--- fuzzing summary"
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb|new_units_added)' "$log" || true
first_cov=$(grep -m 1 -oE 'cov: [0-9]+' "$log" | head -n 1 || true)
last_cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 || true)
echo "coverage: ${first_cov:-cov: ?} after loading the seeds, ${last_cov:-cov: ?} at the end"
if [ "$status" -ne 0 ]; then
    echo "error: the fuzzer stopped with status $status" >&2
    grep -E 'Test unit written to|artifact_prefix' "$log" | sed 's/^/    /' >&2 || true
    exit 1
fi

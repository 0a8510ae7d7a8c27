#!/usr/bin/env bash
# Measures the generator and the SDK against baselines and prints one markdown table; never part of CI.
#
#   bash Scripts/benchmark.sh [generator] [runtime] [build]     (all three sections unless some are named)
#
# Every timing but a build from nothing (one run) is the median of several runs with the fastest and slowest; "CPU"
# is the measuring thread's CPU time, which leaves out the time spent waiting for a core on a shared machine. The
# table's sections (the `runtime` argument prints Requests, Decode and Paging):
#   Generator   each stage on openapi.yaml and on documents 5, 20 and 100 times larger, libyaml's scan of the same
#               bytes (the floor under the YAML stage), whole runs against the sum of the stages, memory
#   Build       `swift build --target Outpost` in debug and release in a copy of the tree with its own scratch path:
#               from nothing, the SDK target alone after its dependencies, and a rebuild with nothing to do
#   Requests    `client.tenants.get` against bare URLSession on a loopback server inside the benchmark process
#   Decode      a 1,000-event page into the generated models, Foundation's JSONDecoder and the Python SDK
#   Paging      resident memory while `listAll` walks 100,000 events from the loopback server
#
# Release builds go to the scratch path BENCHMARK_SCRATCH (default .build/benchmarks), which also holds the copied
# tree and its scratch path while the build section runs; the Python SDK is installed from
# Benchmarks/Python/requirements.txt into .build/benchmark-venv (PYTHON names the interpreter, default python3).
# BENCHMARK_BUILD_RUNS sets how many times the SDK target alone is compiled per configuration (default 2).
# Progress goes to standard error, the table to standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scratch=${BENCHMARK_SCRATCH:-$root/.build/benchmarks}
build_runs=${BENCHMARK_BUILD_RUNS:-2}
python=${PYTHON:-python3}
sections=" ${*:-generator runtime build} "
for section in $sections; do
    case $section in
        generator | runtime | build) ;;
        *)
            echo "usage: bash Scripts/benchmark.sh [generator] [runtime] [build]; '$section' is not a section" >&2
            exit 2
            ;;
    esac
done
mkdir -p "$scratch"
work=$(mktemp -d "${TMPDIR:-/tmp}/outpost-benchmark.XXXXXX")
# The copied tree and its build, several GB, go also when a build fails.
trap 'rm -rf "$work" "$scratch/sdk-tree" "$scratch/sdk-build"' EXIT

progress() { echo "benchmark: $*" >&2; }

# Runs a command with its output in a log, showing the log only when it fails.
quietly() {
    if ! "$@" >"$work/step.log" 2>&1; then
        cat "$work/step.log" >&2
        echo "benchmark: failed: $*" >&2
        return 1
    fi
}

progress "building the benchmarks in release (first time: several minutes)"
quietly swift build -c release --scratch-path "$scratch" --product GeneratorBenchmarks
quietly swift build -c release --scratch-path "$scratch" --product RuntimeBenchmarks
products=$(swift build -c release --scratch-path "$scratch" --show-bin-path)
generator_bench="$products/GeneratorBenchmarks"
runtime_bench="$products/RuntimeBenchmarks"

table_row() { "$generator_bench" --table-row "$@"; }

# Prints the Python interpreter of the benchmark's environment, creating it when its requirements changed.
python_env() {
    local venv="$root/.build/benchmark-venv" requirements="$root/Benchmarks/Python/requirements.txt" stamp
    "$python" -c 'import sys; sys.exit(sys.version_info < (3, 9))' 2>/dev/null || return 1
    stamp=$({ cat "$requirements"; "$python" --version; } | sha256sum | cut -d' ' -f1)
    if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.requirements-sha256" 2>/dev/null)" != "$stamp" ]; then
        progress "installing the Python SDK into $venv"
        rm -rf "$venv"
        quietly "$python" -m venv "$venv" || return 1
        quietly "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
            -r "$requirements" || return 1
        echo "$stamp" >"$venv/.requirements-sha256"
    fi
    echo "$venv/bin/python"
}

seconds_since() { awk -v now="$(date +%s.%N)" -v start="$1" 'BEGIN { printf "%.3f", now - start }'; }

# Times `swift build --target Outpost` in a fresh copy of the tree for one configuration and prints the rows.
build_rows() {
    local config=$1 quoted=$2 tree="$scratch/sdk-tree" build="$scratch/sdk-build" start times=() noop=() run
    rm -rf "$tree" "$build"
    mkdir -p "$tree"
    tar --exclude=./.build --exclude=./.git -cf - . | tar -xf - -C "$tree"

    progress "building the SDK from nothing in $config"
    start=$(date +%s.%N)
    (cd "$tree" && quietly swift build -c "$config" --scratch-path "$build" --target Outpost)
    table_row Build "$config: from nothing (runtime, generator, plugin run, SDK)" "" "" "" "$(seconds_since "$start")"

    # Removing the target's products, but not the file map SwiftPM planned, makes the next build run the plugin
    # and compile every file of the target again, with its dependencies left built.
    for run in $(seq "$build_runs"); do
        progress "compiling the SDK target alone in $config ($run of $build_runs)"
        find "$build/$config/Outpost.build" -mindepth 1 -maxdepth 1 ! -name output-file-map.json ! -name sources \
            -exec rm -rf {} +
        rm -rf "$build/$config/Modules/Outpost".* "$build"/plugins/outputs/*/Outpost
        start=$(date +%s.%N)
        (cd "$tree" && quietly swift build -c "$config" --scratch-path "$build" --target Outpost)
        times+=("$(seconds_since "$start")")
        grep -q "Compiling Outpost" "$work/step.log" || progress "warning: the $config build compiled nothing"
    done
    table_row Build "$config: the SDK target alone (plugin run + 13 files)" \
        "Apple's generated target, quoted" "$quoted" "" "${times[@]}"

    for run in 1 2 3; do
        start=$(date +%s.%N)
        (cd "$tree" && quietly swift build -c "$config" --scratch-path "$build" --target Outpost)
        noop+=("$(seconds_since "$start")")
    done
    table_row Build "$config: rebuild with nothing changed" "" "" "" "${noop[@]}"
    rm -rf "$tree" "$build"
}

echo "Outpost Swift SDK benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), \
$(free -g | awk '/^Mem:/ {print $2}') GiB; $(swift --version 2>&1 | grep -m1 -o 'Swift version [^ ]*'); \
load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
"$generator_bench" --table-header

wants() { [[ $sections == *" $1 "* ]]; }

for copies in 1 5 20 100; do
    wants generator || break
    case $copies in
        1 | 5) runs=5 ;;
        20) runs=3 ;;
        *) runs=2 ;;
    esac
    progress "generator on openapi.yaml x$copies, $runs runs"
    "$generator_bench" openapi.yaml "$copies" "$runs"
done

if wants runtime; then
    progress "decoding a 1,000-event page"
    "$runtime_bench" write-page "$work/page.json"
    if python_bin=$(python_env) && "$python_bin" Benchmarks/Python/decode_event_page.py "$work/page.json" 30 \
        >"$work/python.txt"; then
        "$runtime_bench" decode "$work/page.json" "$work/python.txt" 30
    else
        progress "the Python SDK could not be installed or run; its rows are left out"
        "$runtime_bench" decode "$work/page.json" "" 30
    fi

    progress "requests against the loopback server"
    "$runtime_bench" requests 500 5
    progress "paging through 100,000 events"
    "$runtime_bench" paging 100000
fi

if wants build; then
    build_rows debug 21.8
    build_rows release 49.2
fi

echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Quoted baselines come from measurements of other \
tools on a machine of the same kind, not from this run."

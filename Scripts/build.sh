#!/usr/bin/env bash
# Builds the package and checks openapi.yaml with the generator, printing its summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build
swift run --skip-build outpost-generator check openapi.yaml

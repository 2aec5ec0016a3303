#!/usr/bin/env bash
# The AI use scan on a module of generated classes (see BENCHMARKS.md): writes 5,000 class files with ASM (one in ten
# calls a LangChain4j chat model with a model name), then scans them 15 times in one JVM and prints the first, median
# and best times. Usage: bench/code-scan-benchmark.sh [classes] [runs] [maven options...]
set -euo pipefail
cd "$(dirname "$0")/.."
classes=${1:-5000}
runs=${2:-15}
shift $(( $# > 2 ? 2 : $# ))
uptime
./mvnw -q -B "$@" -pl aims-maven-plugin -Pbenchmark test-compile exec:java \
  -Dbenchmark.main=io.github.aimsplugin.code.bench.ScanBenchmark -Dexec.args="$classes $runs"
uptime

#!/usr/bin/env bash
# What 100 metric bindings add to aims:check (see BENCHMARKS.md, target: at most 50 ms): the in-process
# MetricBenchmark on the synthetic AIMS of 100 systems and 1,000 risks, with and without 100 metrics read from JSON,
# CSV, JUnit XML and properties files.
# Usage: bench/metrics-benchmark.sh [runs] [--no-install]   (installs the modules into the local repository first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
mvnw="./mvnw -q -B"
[ "${2:-}" = "--no-install" ] || $mvnw install -DskipTests -Dinvoker.skip -pl aims-maven-plugin -am >/dev/null
$mvnw -pl aims-maven-plugin -Pbenchmark test-compile exec:java \
  -Dbenchmark.main=io.github.aimsplugin.check.bench.MetricBenchmark -Dexec.args="$runs"

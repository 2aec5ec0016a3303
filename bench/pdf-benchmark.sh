#!/usr/bin/env bash
# PDF audit pack benchmark (see BENCHMARKS.md): aims:site with <pdf>true</pdf> on a synthetic AIMS of 20 systems,
# 200 risks and 20 impact assessments, with the heap bounded as the README advises; wall time and peak resident
# memory of the whole build, and the plugin's own log lines for the HTML and the PDF.
# Usage: bench/pdf-benchmark.sh [runs] [heap, default 700m] [--no-install]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-1}
heap=${2:-700m}
work=$(mktemp -d)
mvnw="$root/mvnw -q -B"

[ "${3:-}" = "--no-install" ] || $mvnw install -DskipTests -Dinvoker.skip >/dev/null
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
$mvnw -pl aims-schema -Pbenchmark exec:java -Dbenchmark.main=io.github.aimsplugin.schema.bench.SyntheticAims \
  -Dexec.args="$work/project 20 200 20" >/dev/null

cat > "$work/project/pom.xml" <<POM
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>synthetic-pdf</artifactId><version>1.0</version><packaging>pom</packaging>
  <properties><project.build.outputTimestamp>2026-11-28T00:00:00Z</project.build.outputTimestamp></properties>
  <build><plugins><plugin>
    <groupId>io.github.aimsplugin</groupId><artifactId>aims-maven-plugin</artifactId><version>$version</version>
    <configuration><today>2026-11-28</today><pdf>true</pdf></configuration>
  </plugin></plugins></build>
</project>
POM

for i in $(seq 1 "$runs"); do
  rm -rf "$work/project/target"
  (cd "$work/project" && MAVEN_OPTS="-Xmx$heap" /usr/bin/time -f "run $i: whole build %e s, max RSS %M KB" \
    "$root/mvnw" -B aims:site 2>&1 | grep -E "pages converted|PDF audit pack|whole build")
done
echo "heap=$heap work=$work"

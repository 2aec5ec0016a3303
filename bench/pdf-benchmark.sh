#!/usr/bin/env bash
# PDF audit pack benchmark (see BENCHMARKS.md): aims:site with <pdf>true</pdf> on a synthetic AIMS of 20 systems,
# 200 risks and 20 impact assessments, with no memory setting by the user (MAVEN_OPTS empty): wall time of the whole
# build, peak resident memory of Maven's JVM, of the renderer JVM and of both together (sampled every 0.2 s from
# /proc), and the plugin's own log lines for the HTML and the PDF.
# Usage: bench/pdf-benchmark.sh [runs] [renderer: fork|in-process, default fork] [--no-install]
# MVN_ARGS is passed to every mvnw call (for example a private -Dmaven.repo.local=...).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-1}
renderer=${2:-fork}
work=$(mktemp -d)
mvnw="$root/mvnw -q -B ${MVN_ARGS:-}"

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

# Peak RSS (KB) of the processes of this build: Maven's JVM (its command line names the project's folder as
# maven.multiModuleProjectDirectory) and the renderer (-Daims.renderer.owner=<the project's folder>), summed per sample.
sample() {
  local maven=0 rend=0 both=0
  while [ -f "$work/sampling" ]; do
    local m=0 r=0
    for pid in $(pgrep -f "$work/project" || true); do
      local args rss
      args=$(tr '\0' ' ' < /proc/$pid/cmdline 2>/dev/null || true)
      rss=$(awk '/^VmRSS/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
      case "$args" in
        *aims.renderer.owner=*) r=$((r + ${rss:-0})) ;;
        *java*) m=$((m + ${rss:-0})) ;;
      esac
    done
    [ $m -gt $maven ] && maven=$m; [ $r -gt $rend ] && rend=$r; [ $((m + r)) -gt $both ] && both=$((m + r))
    echo "$maven $rend $both" > "$work/peaks"
    sleep 0.2
  done
}

for i in $(seq 1 "$runs"); do
  rm -rf "$work/project/target"
  touch "$work/sampling"; echo "0 0 0" > "$work/peaks"; sample & sampler=$!
  (cd "$work/project" && MAVEN_OPTS="" /usr/bin/time -f "run $i: whole build %e s, max RSS of one process %M KB" \
    "$root/mvnw" -B ${MVN_ARGS:-} aims:site -Daims.renderer="$renderer" 2>&1 \
    | grep -E "Asciidoctor started|pages converted|PDF audit pack|whole build")
  rm -f "$work/sampling"; wait $sampler
  read -r maven rend both < "$work/peaks"
  echo "run $i: peak RSS sampled: Maven $((maven / 1024)) MB, renderer $((rend / 1024)) MB, both at once $((both / 1024)) MB"
done
echo "renderer=$renderer load=\"$(cut -d' ' -f1-3 /proc/loadavg)\" commit=$(git rev-parse --short HEAD) work=$work"

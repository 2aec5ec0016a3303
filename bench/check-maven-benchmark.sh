#!/usr/bin/env bash
# aims:check in real Maven builds (see BENCHMARKS.md): on the synthetic AIMS of 100 systems, 1,000 risks, 100 impact
# assessments, `mvn aims:check` against `mvn aims:check -Daims.skip=true` (same Maven start-up, plugin loading and
# dependency resolution, no work); the difference is the plugin's time in a fresh build JVM.
# Each is timed as wall seconds and as CPU seconds (user + system): on a shared, loaded machine the CPU difference is
# the steadier figure.
# Usage: bench/check-maven-benchmark.sh [runs] [--no-install]   (installs the plugin into the local repository first)
# MVN_ARGS is passed to every mvnw call (for example a private -Dmaven.repo.local=...).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-3}
work=$(mktemp -d)
mvnw="$root/mvnw -q -B ${MVN_ARGS:-}"

[ "${2:-}" = "--no-install" ] || $mvnw install -DskipTests -Dinvoker.skip >/dev/null
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
$mvnw -pl aims-schema -Pbenchmark exec:java -Dbenchmark.main=io.github.aimsplugin.schema.bench.SyntheticAims \
  -Dexec.args="$work/project 100 1000 100" >/dev/null

cat > "$work/project/pom.xml" <<POM
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>synthetic</artifactId><version>1.0</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.aimsplugin</groupId><artifactId>aims-maven-plugin</artifactId><version>$version</version>
    <configuration><today>2026-11-28</today></configuration>
  </plugin></plugins></build>
</project>
POM

seconds() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%s,%.2f", $1, $2 + $3}'; }

(cd "$work/project" && $mvnw aims:check -Daims.skip=true >/dev/null)   # resolve the plugin once, untimed
echo "run,skip_s,skip_cpu,check_s,check_cpu,plugin_s,plugin_cpu"
for i in $(seq 1 "$runs"); do
  skip=$(cd "$work/project" && seconds $mvnw aims:check -Daims.skip=true)
  # aims:check fails on the synthetic AIMS's violations; the time is what matters here.
  check=$(cd "$work/project" && seconds $mvnw aims:check -Daims.failOnViolation=false)
  echo "$i,$skip,$check,$(echo "${check%,*} - ${skip%,*}" | bc),$(echo "${check#*,} - ${skip#*,}" | bc)"
done
records=$(grep -h '^kind:' -r "$work/project/src/main/aims" | wc -l)
files=$(find "$work/project/src/main/aims" -name '*.yaml' | wc -l)
echo "records=$records files=$files work=$work"

#!/usr/bin/env bash
# Site benchmark (see BENCHMARKS.md): aims:site against asciidoctor-maven-plugin 3.2.0 converting the same generated
# .adoc files, paired and interleaved run by run, at two sizes:
#   large   — the synthetic AIMS of 100 systems and 1,000 risks (about 1,200 pages);
#   example — the example project (34 pages), built in place.
# Per run: Maven's baseline (aims:site -Daims.skip=true), a full site with the renderer JVM (aims.renderer=fork), a
# full site in Maven's JVM (aims.renderer=in-process), a no-op rebuild, the peer's baseline (-Dasciidoctor.skip) and
# the peer's full conversion. Each is timed as wall seconds and as CPU seconds (user + system of Maven and every
# process it waited for, the renderer JVM included): on a shared, loaded machine the CPU figures are the steadier
# comparison. Prints one CSV line per run, then the medians and the ratios the targets speak of.
# Usage: bench/site-benchmark.sh [runs] [--no-install|--install] [large|example]
# MVN_ARGS is passed to every mvnw call (for example a private -Dmaven.repo.local=...).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-3}
size=${3:-large}
work=$(mktemp -d)
mvnw="$root/mvnw -q -B ${MVN_ARGS:-}"

[ "${2:-}" = "--no-install" ] || $mvnw install -DskipTests -Dinvoker.skip >/dev/null
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
if [ "$size" = example ]; then
  project="$root/example-project"
else
  project="$work/project"
  $mvnw -pl aims-schema -Pbenchmark exec:java -Dbenchmark.main=io.github.aimsplugin.schema.bench.SyntheticAims \
    -Dexec.args="$project 100 1000 100" >/dev/null
  cat > "$project/pom.xml" <<POM
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>synthetic</artifactId><version>1.0</version><packaging>pom</packaging>
  <properties><project.build.outputTimestamp>2026-11-28T00:00:00Z</project.build.outputTimestamp></properties>
  <build><plugins><plugin>
    <groupId>io.github.aimsplugin</groupId><artifactId>aims-maven-plugin</artifactId><version>$version</version>
    <configuration><today>2026-11-28</today></configuration>
  </plugin></plugins></build>
</project>
POM
fi

seconds() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%s,%.2f", $1, $2 + $3}'; }
site() { (cd "$project" && seconds $mvnw aims:site "$@"); }

# The peer converts the very .adoc files aims:site wrote, with the same attributes, in SAFE mode.
(cd "$project" && $mvnw aims:site -Daims.renderer=in-process >/dev/null)
mkdir -p "$work/peer" && cp -r "$project/target/aims-site/adoc" "$work/peer/adoc"
cp -r "$project/target/aims-site/css" "$work/peer/"
cat > "$work/peer/pom.xml" <<POM
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>peer</artifactId><version>1.0</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>org.asciidoctor</groupId><artifactId>asciidoctor-maven-plugin</artifactId><version>3.2.0</version>
    <configuration>
      <sourceDirectory>adoc</sourceDirectory><outputDirectory>target/html</outputDirectory>
      <backend>html5</backend><safeMode>safe</safeMode>
      <attributes><linkcss>true</linkcss><stylesdir>css</stylesdir><stylesheet>aims.css</stylesheet>
        <nofooter/><reproducible/><docinfo>shared</docinfo></attributes>
    </configuration>
  </plugin></plugins></build>
</project>
POM
peer() { (cd "$work/peer" && rm -rf target && seconds $mvnw asciidoctor:process-asciidoc "$@"); }
# A first fork run makes the renderer's class-data archive, once per plugin build; untimed, as for any user after it.
(cd "$project" && rm -rf target/aims-site && $mvnw aims:site -Daims.renderer=fork >/dev/null)

echo "run,skip_s,skip_cpu,fork_s,fork_cpu,in_process_s,in_process_cpu,noop_s,noop_cpu,peer_skip_s,peer_skip_cpu,peer_s,peer_cpu"
for i in $(seq 1 "$runs"); do
  skip=$(site -Daims.skip=true)
  rm -rf "$project/target/aims-site"; fork=$(site -Daims.renderer=fork)
  rm -rf "$project/target/aims-site"; inproc=$(site -Daims.renderer=in-process)
  noop=$(site)
  peerskip=$(peer -Dasciidoctor.skip=true)
  peerfull=$(peer)
  echo "$i,$skip,$fork,$inproc,$noop,$peerskip,$peerfull" | tee -a "$work/runs.csv"
done
median() { cut -d, -f"$1" "$work/runs.csv" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
line="median"; for c in $(seq 2 13); do line="$line,$(median $c)"; done; echo "$line"
report() { # $1 = wall or cpu, then the columns of skip, fork, in-process, no-op, peer skip, peer
  awk -v k="$1" -v s="$(median $2)" -v f="$(median $3)" -v p="$(median $4)" -v n="$(median $5)" \
      -v ps="$(median $6)" -v pf="$(median $7)" 'BEGIN {
    printf "%s: fork / peer = %.2f, in-process / peer = %.2f; over Maven start-up: fork %.2f, in-process %.2f; no-op over skip %.2f s\n",
      k, f / pf, p / pf, (f - s) / (pf - ps), (p - s) / (pf - ps), n - s }'
}
report wall 2 4 6 8 10 12
report cpu 3 5 7 9 11 13
pages=$(ls "$project/target/aims-site"/*.html | wc -l)
echo "size=$size pages=$pages load=\"$(cut -d' ' -f1-3 /proc/loadavg)\" commit=$(git rev-parse --short HEAD) work=$work"

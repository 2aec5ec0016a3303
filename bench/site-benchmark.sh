#!/usr/bin/env bash
# Site benchmark (see BENCHMARKS.md): aims:site on the synthetic AIMS of 100 systems and 1,000 risks — a full build,
# a no-op rebuild, and asciidoctor-maven-plugin 3.2.0 converting the same generated .adoc files, side by side.
# Usage: bench/site-benchmark.sh [runs] [--no-install]   (installs the plugin into the local Maven repository first)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-3}
work=$(mktemp -d)
mvnw="$root/mvnw -q -B"

[ "${2:-}" = "--no-install" ] || $mvnw install -DskipTests -Dinvoker.skip >/dev/null
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
$mvnw -pl aims-schema -Pbenchmark exec:java -Dbenchmark.main=io.github.aimsplugin.schema.bench.SyntheticAims \
  -Dexec.args="$work/project 100 1000 100" >/dev/null

cat > "$work/project/pom.xml" <<POM
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

seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }

echo "run,skip_s,full_site_s,noop_site_s,peer_s"
for i in $(seq 1 "$runs"); do
  rm -rf "$work/project/target"
  skip=$(cd "$work/project" && seconds $mvnw aims:site -Daims.skip=true)
  full=$(cd "$work/project" && seconds $mvnw aims:site)
  noop=$(cd "$work/project" && seconds $mvnw aims:site)
  # The peer converts the very .adoc files aims:site wrote, with the same attributes, in SAFE mode.
  rm -rf "$work/peer" && mkdir -p "$work/peer" && cp -r "$work/project/target/aims-site/adoc" "$work/peer/adoc"
  cp -r "$work/project/target/aims-site/css" "$work/peer/"
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
  peer=$(cd "$work/peer" && seconds $mvnw asciidoctor:process-asciidoc)
  echo "$i,$skip,$full,$noop,$peer"
done
pages=$(ls "$work/project/target/aims-site"/*.html | wc -l)
echo "pages=$pages work=$work"

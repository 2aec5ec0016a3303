#!/usr/bin/env bash
# Runs two of the invoker projects with Maven 4.0.0-rc-4 (downloaded from Maven Central) against the plugin the
# invoker tests installed in aims-maven-plugin/target/local-repo: aims:site (boot, incremental skip) and
# check + manifest (attach, install) + diff (resolving the installed bundle); aims:aggregate over a
# three-module reactor with -T 4. Run `./mvnw verify` first.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
curl -fsS -o "$work/m4.tgz" https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/4.0.0-rc-4/apache-maven-4.0.0-rc-4-bin.tar.gz
tar xzf "$work/m4.tgz" -C "$work"
cp -r "$root/aims-maven-plugin/target/local-repo" "$work/repo"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
mvn4() { "$work/apache-maven-4.0.0-rc-4/bin/mvn" -B -ntp -s "$root/aims-maven-plugin/src/it/settings.xml" \
  -Dmaven.repo.local="$work/repo" -Daims.today=2026-11-28 "$@"; }
for it in site-incremental manifest-diff aggregate-reactor; do
  cp -r "$root/aims-maven-plugin/src/it/$it" "$work/$it"
  find "$work/$it" -name pom.xml -exec sed -i "s/@project.groupId@/io.github.aimsplugin/; s/@project.artifactId@/aims-maven-plugin/; s/@project.version@/$version/" {} +
done
# What aggregate-reactor's prebuild.groovy does: the organisation-wide records go into the root module.
mkdir -p "$work/aggregate-reactor/src/main/aims" "$work/aggregate-reactor/docs"
for f in context.yaml performance.yaml soa-1.yaml soa-2.yaml evidence.yaml; do
  cp "$root/aims-maven-plugin/src/it/check-passes/src/main/aims/$f" "$work/aggregate-reactor/src/main/aims/"
done
cp "$root/aims-maven-plugin/src/it/check-passes/docs/evidence.md" "$work/aggregate-reactor/docs/"
(cd "$work/aggregate-reactor" && mvn4 -T 4 verify | grep -E "AIMS|BUILD")
(cd "$work/site-incremental" && mvn4 verify | grep -E "AIMS|BUILD")
(cd "$work/manifest-diff" && mvn4 install | grep -E "AIMS|BUILD" \
  && mvn4 "io.github.aimsplugin:aims-maven-plugin:$version:diff" -Daims.diffVersion=1.0 -Daims.sourceDirectories=src/next/aims | grep -E "AIMS|  [~+-] |BUILD")

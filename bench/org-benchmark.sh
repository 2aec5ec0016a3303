#!/usr/bin/env bash
# The organisation's aggregate over N service releases resolved through a repository served over HTTP (issue 24,
# see docs/multi-module.md "At 2,000 services"): an organisation bundle released with aims:manifest, N service
# bundles of 3 systems, 15 risks and 3 impact assessments each (generated as aims-bundle/2 files, with their POMs and
# maven-metadata.xml), a services BOM with a range per service, all in a file repository served by python's
# http.server; then aims:aggregate (organisation + bundlesFrom) cold (empty local repository), warm, and after one
# new service release. Prints the build times, the plugin's own timings and the peak RSS.
# Usage: bench/org-benchmark.sh [services] [--no-install]
# Figures are only worth recording on an idle machine (BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
services=${1:-200}
port=${ORG_BENCH_PORT:-18642}
work="$root/target/org-bench"
mvnw="$root/mvnw -B"
[ "${2:-}" = "--no-install" ] || $mvnw -q -o install -DskipTests -Dinvoker.skip -pl aims-maven-plugin -am >/dev/null
version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" aims-maven-plugin/pom.xml | head -1)  # the parent's version, the first one
rm -rf "$work" && mkdir -p "$work/repo" "$work/governance/src/main/aims" "$work/portfolio"

# 1. The governance repository releases the organisation's records (those of the check-passes IT) into the repository.
cp -r aims-maven-plugin/src/it/check-passes/src/main/aims/. "$work/governance/src/main/aims/"
cp -r aims-maven-plugin/src/it/check-passes/docs "$work/governance/"
cat > "$work/governance/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.bench</groupId><artifactId>aims-org</artifactId><version>1.0</version><packaging>pom</packaging>
  <properties><project.build.outputTimestamp>2026-11-01T00:00:00Z</project.build.outputTimestamp></properties>
  <build><plugins><plugin>
    <groupId>io.github.aimsplugin</groupId><artifactId>aims-maven-plugin</artifactId><version>$version</version>
    <executions><execution><goals><goal>check</goal><goal>manifest</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
EOF
# (not offline: Maven refuses to deploy offline, even to a file repository)
$mvnw -q -f "$work/governance/pom.xml" deploy -Daims.today=2026-11-28 \
  -DaltDeploymentRepository=bench::file://"$work/repo" >/dev/null

# 2. N service releases, their POMs and metadata, and the BOM, written straight into the repository layout.
python3 - "$work/repo" "$services" <<'PY'
import json, sys, os
repo, count = sys.argv[1], int(sys.argv[2])
def put(group, artifact, version, files):
    d = os.path.join(repo, *group.split('.'), artifact, version)
    os.makedirs(d, exist_ok=True)
    for name, text in files.items():
        open(os.path.join(d, name), 'w').write(text)
    meta = os.path.join(repo, *group.split('.'), artifact, 'maven-metadata.xml')
    open(meta, 'w').write(f'<metadata><groupId>{group}</groupId><artifactId>{artifact}</artifactId><versioning>'
                          f'<latest>{version}</latest><release>{version}</release><versions><version>{version}</version>'
                          f'</versions><lastUpdated>20261101000000</lastUpdated></versioning></metadata>\n')
def pom(group, artifact, version, extra=''):
    return (f'<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>{group}'
            f'</groupId><artifactId>{artifact}</artifactId><version>{version}</version><packaging>pom</packaging>'
            f'{extra}</project>\n')
def records(n):
    out = []
    for s in range(3):
        sid = f's{n}-sys{s}'
        out.append(('AISystem', sid, {'name': f'System {s} of service {n}', 'purpose': 'Scores applications.',
                     'owner': 'ml-lead', 'lifecycleStage': 'operation-and-monitoring', 'provenance': 'internal'}))
        out.append(('ImpactAssessment', f'IA-{sid}', {'system': sid, 'scope': 'All uses.', 'intendedUses': ['Score'],
                     'foreseeableMisuse': ['Use without review'], 'affected': {'individuals': ['Applicants']},
                     'impacts': [{'description': 'Wrong outcome', 'kind': 'harm', 'area': 'financial',
                                  'affects': 'individuals', 'severity': 2, 'likelihood': 2}],
                     'humanOversight': 'Staff review outcomes.', 'assessedBy': 'ml-lead',
                     'assessedOn': '2026-06-05', 'nextReview': '2027-06-05'}))
        for r in range(5):
            out.append(('Risk', f'R-{sid}-{r}', {'title': f'Risk {r}', 'systems': [sid], 'source': 'C.3.4',
                         'objectives': ['C.2.5'], 'scenario': 'Thin files.', 'consequences': 'Wrong outcomes.',
                         'inherent': {'likelihood': 2, 'severity': 2}, 'treatment': {'option': 'accept'},
                         'residual': {'likelihood': 2, 'severity': 2},
                         'acceptance': {'approvedBy': 'ceo', 'approvedOn': '2026-06-02', 'rationale': 'Reviewed',
                                        'expires': '2027-06-02'},
                         'owner': 'ml-lead', 'status': 'accepted', 'assessedOn': '2026-06-01'}))
    return out
bom = []
for n in range(1, count + 1):
    artifact = f'service-{n:04d}'
    recs = [{'kind': k, 'id': i, 'file': 'src/main/aims/service.yaml', 'content': dict(c, kind=k, id=i)}
            for k, i, c in records(n)]
    bundle = {'format': 'aims-bundle/2', 'project': f'com.example.bench:{artifact}', 'version': '1.0',
              'organisation': 'com.example.bench:aims-org:1.0', 'released': '2026-11-01T00:00:00Z',
              'check': {'errors': 0, 'warnings': 0, 'rules': {}}, 'records': recs}
    put('com.example.bench', artifact, '1.0', {f'{artifact}-1.0.pom': pom('com.example.bench', artifact, '1.0'),
        f'{artifact}-1.0-aims.bundle.json': json.dumps(bundle, indent=1)})
    bom.append(f'<dependency><groupId>com.example.bench</groupId><artifactId>{artifact}</artifactId>'
               f'<version>[1,2)</version></dependency>')
put('com.example.bench', 'services-bom', '1.0', {'services-bom-1.0.pom': pom('com.example.bench', 'services-bom', '1.0',
    '<dependencyManagement><dependencies>' + ''.join(bom) + '</dependencies></dependencyManagement>')})
PY

# 3. The organisation's aggregate, resolving through HTTP.
cat > "$work/portfolio/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.bench</groupId><artifactId>portfolio</artifactId><version>1.0</version><packaging>pom</packaging>
  <properties><project.build.outputTimestamp>2026-11-01T00:00:00Z</project.build.outputTimestamp></properties>
  <repositories><repository><id>bench-http</id><url>http://localhost:$port/</url></repository></repositories>
  <build><plugins><plugin>
    <groupId>io.github.aimsplugin</groupId><artifactId>aims-maven-plugin</artifactId><version>$version</version>
    <executions><execution><goals><goal>aggregate</goal></goals><configuration>
      <organisation>com.example.bench:aims-org:[1,2)</organisation>
      <bundlesFrom>com.example.bench:services-bom:[1,2)</bundlesFrom>
      <gitHistory>false</gitHistory>
    </configuration></execution></executions>
  </plugin></plugins></build>
</project>
EOF
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/repo" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
run() { # label, more Maven arguments
  local label=$1; shift
  local log="$work/$label.log"
  # An own local repository, with the user's as a read-only tail for the plugin itself: "cold" starts it empty.
  /usr/bin/time -f "%e s wall, %M KiB peak RSS" -o "$work/$label.time" $mvnw -f "$work/portfolio/pom.xml" verify \
    -Daims.today=2026-11-28 -Dmaven.repo.local="$work/m2" -Dmaven.repo.local.tail="$HOME/.m2/repository" "$@" \
    > "$log" 2>&1 || { tail -30 "$log"; exit 1; }
  echo "== $label: $(cat "$work/$label.time")"
  grep -E "AIMS aggregate: .*resolved|records validated and checked|pages written|converted to HTML|up to date|aggregate check" "$log" | sed 's/^/   /'
}
rm -rf "$work/m2"
run cold
run warm
# One new service release: version 1.1 of service-0001 (the range [1,2) takes it); the BOM is unchanged.
python3 - "$work/repo" <<'PY'
import os, sys, json
repo = sys.argv[1]
d = os.path.join(repo, 'com', 'example', 'bench', 'service-0001')
b = json.load(open(os.path.join(d, '1.0', 'service-0001-1.0-aims.bundle.json')))
b['version'] = '1.1'
b['records'][0]['content']['purpose'] = 'Scores applications, now with a second model.'
os.makedirs(os.path.join(d, '1.1'), exist_ok=True)
json.dump(b, open(os.path.join(d, '1.1', 'service-0001-1.1-aims.bundle.json'), 'w'), indent=1)
open(os.path.join(d, '1.1', 'service-0001-1.1.pom'), 'w').write(open(os.path.join(d, '1.0', 'service-0001-1.0.pom')).read().replace('1.0</version>', '1.1</version>'))
open(os.path.join(d, 'maven-metadata.xml'), 'w').write('<metadata><groupId>com.example.bench</groupId><artifactId>service-0001</artifactId><versioning><latest>1.1</latest><release>1.1</release><versions><version>1.0</version><version>1.1</version></versions><lastUpdated>20261102000000</lastUpdated></versioning></metadata>\n')
PY
# The remote metadata is cached for a day by default: let the re-run look again.
run one-new-release -U

#!/usr/bin/env bash
# The organisation's aggregate over N service releases resolved through a repository served over HTTP (issue 24,
# see docs/multi-module.md "At 2,000 services"): an organisation bundle released with aims:manifest, N service
# bundles of 3 systems, 15 risks, 3 impact assessments and an objective binding 2 metrics each, with the values
# measured at release (generated as aims-bundle/2 files, with their POMs and
# maven-metadata.xml), a services BOM with a range per service, all in a file repository served by python's
# http.server; then aims:aggregate (organisation + bundlesFrom) cold (empty local repository), warm, and after one
# new service release, in ORG_BENCH_ROUNDS (default 3) paired rounds. Prints each run's build time, peak RSS and the
# plugin's own timings, then the median of each step over the rounds.
# Usage: [ORG_BENCH_ROUNDS=3] bench/org-benchmark.sh [services] [--no-install]
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
    # 2 metrics per service, bound to its first system's objective; their values travel as the bundle's measurements
    # (a release's metric sources are files of its own build, not part of the bundle).
    out.append(('Objective', f'OBJ-s{n}', {'objective': 'Scores stay accurate and fair', 'measure': 'AUC and the approval-rate ratio',
                 'target': 'AUC of at least 0.65, ratio of at least 0.80', 'owner': 'ml-lead', 'due': '2026-12-31',
                 'status': 'on-track', 'systems': [f's{n}-sys0'],
                 'metrics': [{'id': 'auc', 'source': 'target/aims-metrics/evaluation.json', 'format': 'json',
                              'pointer': '/auc', 'threshold': {'min': 0.65}},
                             {'id': 'approval-rate-ratio', 'source': 'target/aims-metrics/evaluation.json',
                              'format': 'json', 'pointer': '/approvalRateRatio', 'threshold': {'min': 0.8},
                              'risks': [f'R-s{n}-sys0-0']}]}))
    return out
def measurements(n):
    # service 7, 17, 27, ...: the ratio misses its threshold, so the portfolio has failing metrics to show
    ratio = 0.74 if n % 10 == 7 else 0.86
    return [{'key': f'Objective/OBJ-s{n}/approval-rate-ratio', 'threshold': 'min 0.8',
             'outcome': 'fail' if ratio < 0.8 else 'pass', 'value': ratio},
            {'key': f'Objective/OBJ-s{n}/auc', 'threshold': 'min 0.65', 'outcome': 'pass', 'value': 0.71}]
bom = []
for n in range(1, count + 1):
    artifact = f'service-{n:04d}'
    recs = [{'kind': k, 'id': i, 'file': 'src/main/aims/service.yaml', 'content': dict(c, kind=k, id=i)}
            for k, i, c in records(n)]
    bundle = {'format': 'aims-bundle/2', 'project': f'com.example.bench:{artifact}', 'version': '1.0',
              'organisation': 'com.example.bench:aims-org:1.0', 'released': '2026-11-01T00:00:00Z',
              'check': {'errors': 0, 'warnings': 0, 'rules': {}}, 'records': recs, 'measurements': measurements(n)}
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
  /usr/bin/time -f "%e %M" -o "$work/$label.time" $mvnw -f "$work/portfolio/pom.xml" verify \
    -Daims.today=2026-11-28 -Dmaven.repo.local="$work/m2" -Dmaven.repo.local.tail="$HOME/.m2/repository" "$@" \
    > "$log" 2>&1 || { tail -30 "$log"; exit 1; }
  local resolved
  resolved=$(sed -n 's/.*released bundle(s) resolved in \([0-9]*\) ms.*/\1/p' "$log" | head -1)
  read -r wall rss < "$work/$label.time"
  echo "${label%-*} $wall $rss ${resolved:-0}" >> "$work/figures"
  echo "== $label: $wall s wall, $rss KiB peak RSS, bundles resolved in ${resolved:-?} ms"
  grep -E "records validated and checked|pages written|converted to HTML|up to date|aggregate check" "$log" | sed 's/^/   /'
}
release() { # a new release 1.<n> of service-0001 (the range [1,2) takes it); the BOM is unchanged
  python3 - "$work/repo" "$1" <<'PY'
import os, sys, json
repo, minor = sys.argv[1], int(sys.argv[2])
d = os.path.join(repo, 'com', 'example', 'bench', 'service-0001')
version = f'1.{minor}'
b = json.load(open(os.path.join(d, '1.0', 'service-0001-1.0-aims.bundle.json')))
b['version'] = version
b['records'][0]['content']['purpose'] = f'Scores applications, now with model {minor}.'
os.makedirs(os.path.join(d, version), exist_ok=True)
json.dump(b, open(os.path.join(d, version, f'service-0001-{version}-aims.bundle.json'), 'w'), indent=1)
open(os.path.join(d, version, f'service-0001-{version}.pom'), 'w').write(
    open(os.path.join(d, '1.0', 'service-0001-1.0.pom')).read().replace('1.0</version>', version + '</version>'))
versions = ''.join(f'<version>1.{m}</version>' for m in range(0, minor + 1))
open(os.path.join(d, 'maven-metadata.xml'), 'w').write(
    '<metadata><groupId>com.example.bench</groupId><artifactId>service-0001</artifactId><versioning>'
    f'<latest>{version}</latest><release>{version}</release><versions>{versions}</versions>'
    f'<lastUpdated>2026110{minor}000000</lastUpdated></versioning></metadata>\n')
PY
}
# Paired rounds: each round runs cold, warm and one new release in a row, so that the three share the machine's
# state of the moment; the medians over the rounds are printed at the end.
rounds=${ORG_BENCH_ROUNDS:-3}
rm -f "$work/figures"
for round in $(seq 1 "$rounds"); do
  rm -rf "$work/m2" "$work/portfolio/target"   # cold: an empty local repository and no site yet
  run "cold-$round"
  run "warm-$round"
  release "$round"
  # The remote metadata is cached for a day by default (the repository's update policy): -U makes the re-run look
  # again, as a nightly portfolio build does once a day. Every range's metadata is read again, not only the new one.
  run "one-new-release-$round" -U
done
echo "== medians over $rounds paired rounds (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
python3 - "$work/figures" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, wall, rss, resolved = line.split()
    rows.setdefault(label, []).append((float(wall), int(rss), int(resolved)))
for label, runs in rows.items():
    print(f'{label:16} wall {statistics.median(r[0] for r in runs):7.2f} s   peak RSS {statistics.median(r[1] for r in runs) / 1024:6.0f} MiB'
          f'   bundles resolved {statistics.median(r[2] for r in runs):6.0f} ms   ({len(runs)} runs)')
PY

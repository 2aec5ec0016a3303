#!/usr/bin/env bash
# Paired A/B of aims:check from a cold start (see BENCHMARKS.md): two local repositories hold two builds of the plugin
# (A: before, B: after); in a project made by check-maven-benchmark.sh, the four builds (A skip, A check, B skip,
# B check) alternate run by run, so load on a shared machine hits both sides alike. Prints per-run CPU seconds
# (user + system of Maven's JVM) and wall seconds, then medians and "check over skip" per side.
# Usage: bench/check-ab-benchmark.sh <project dir> <repo A> <repo B> [runs]
# MVN_ARGS is passed to every run: MVN_ARGS=-Daims.checkCache=false times the cold check of a build with the cache.
set -euo pipefail
project=$1; a=$2; b=$3; runs=${4:-5}
mvnw="$(cd "$(dirname "$0")/.." && pwd)/mvnw -q -B -o ${MVN_ARGS:-}"
tail="-Dmaven.repo.local.tail=$HOME/.m2/repository"
seconds() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%s %.2f", $1, $2 + $3}'; }
out=$(mktemp)
cd "$project"
for i in $(seq 1 "$runs"); do
  for side in A B; do
    repo=$a; [ $side = B ] && repo=$b
    echo "$side skip $(seconds $mvnw -Dmaven.repo.local=$repo $tail aims:check -Daims.skip=true)" | tee -a "$out"
    echo "$side check $(seconds $mvnw -Dmaven.repo.local=$repo $tail aims:check -Daims.failOnViolation=false)" | tee -a "$out"
  done
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
echo "side goal wall_median cpu_median"
for side in A B; do
  for goal in skip check; do
    w=$(awk -v s=$side -v g=$goal '$1==s && $2==g {print $3}' "$out" | median)
    c=$(awk -v s=$side -v g=$goal '$1==s && $2==g {print $4}' "$out" | median)
    echo "$side $goal $w $c"
  done
  # check over skip, run by run (paired), then its median
  d=$(awk -v s=$side '$1==s && $2=="skip" {k[++n]=$4} $1==s && $2=="check" {c[++m]=$4} END {for (i=1;i<=n;i++) print c[i]-k[i]}' "$out" | median)
  echo "$side check_over_skip_cpu_median $d"
done
rm -f "$out"

#!/usr/bin/env bash
# Re-runs, where most builds are (issue 27, see BENCHMARKS.md): in a project with the plugin configured (the large
# synthetic AIMS that check-maven-benchmark.sh and site-benchmark.sh make, or the example), per round and interleaved:
#   skip        aims:check aims:site with -Daims.skip=true (Maven start-up, plugin loading: the baseline)
#   check_full  aims:check with -Daims.checkCache=false (a cold check, nothing reused)
#   check_noop  aims:check with nothing changed (the check cache replays the last check)
#   site_noop   aims:site with nothing changed (the site is up to date)
#   site_one    aims:site after one risk's title changed (the check runs, one risk's pages are converted)
# and prints medians of each over skip, wall and CPU seconds (user + system of Maven and its children).
# Usage: bench/rerun-benchmark.sh <project dir> [rounds]   (MVN_ARGS is passed to every mvnw call)
set -euo pipefail
project=$(cd "$1" && pwd); rounds=${2:-5}
mvnw="$(cd "$(dirname "$0")/.." && pwd)/mvnw -q -B ${MVN_ARGS:-}"
out=$(mktemp)
seconds() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%s %.2f", $1, $2 + $3}'; }
risk=$(grep -l '^kind: Risk' -r "$project/src/main/aims" | sort | head -1)
cd "$project"
$mvnw aims:check aims:site -Daims.failOnViolation=false >/dev/null   # caches and site in place, untimed
for i in $(seq 1 "$rounds"); do
  echo "skip $(seconds $mvnw aims:check aims:site -Daims.skip=true)" | tee -a "$out"
  # one risk's title gains or loses a word: its pages, the register and the dashboard change
  if grep -q 'title: .* (revised)$' "$risk"; then sed -i '0,/^\(title: .*\) (revised)$/s//\1/' "$risk"
  else sed -i '0,/^\(title: .*\)$/s//\1 (revised)/' "$risk"; fi
  echo "site_one $(seconds $mvnw aims:site)" | tee -a "$out"
  $mvnw aims:check -Daims.failOnViolation=false >/dev/null   # the check of the changed records, cached (untimed)
  echo "check_noop $(seconds $mvnw aims:check -Daims.failOnViolation=false)" | tee -a "$out"
  echo "site_noop $(seconds $mvnw aims:site)" | tee -a "$out"
  echo "check_full $(seconds $mvnw aims:check -Daims.failOnViolation=false -Daims.checkCache=false)" | tee -a "$out"
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
echo "variant wall_median cpu_median wall_over_skip cpu_over_skip"
sw=$(awk '$1=="skip" {print $2}' "$out" | median); sc=$(awk '$1=="skip" {print $3}' "$out" | median)
for v in skip check_full check_noop site_noop site_one; do
  w=$(awk -v v=$v '$1==v {print $2}' "$out" | median); c=$(awk -v v=$v '$1==v {print $3}' "$out" | median)
  echo "$v $w $c $(echo "$w - $sw" | bc) $(echo "$c - $sc" | bc)"
done
pages=$(ls "$project/target/aims-site"/*.html 2>/dev/null | wc -l)
echo "pages=$pages rounds=$rounds load=\"$(cut -d' ' -f1-3 /proc/loadavg)\" risk=${risk#$project/}"
rm -f "$out"

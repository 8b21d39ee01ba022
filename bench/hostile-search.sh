#!/usr/bin/env bash
# Does a flood of costly searches slow the pages the cache serves? The seed archive, a
# cached page (/tags) measured by wrk alone, then again while eight connections send
# costly searches, each different (bench/wrk/hostile-search.lua); rounds alternate, and
# the table gives the medians of rounds and the ratio per round. What SearchUnderLoadTests
# checks in `mvn verify` is that those searches get no 5xx; how fast is measured here.
#
#   mvn -q -B -o package -DskipTests
#   bench/hostile-search.sh [--rounds 3] [--duration 10]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROUNDS=3
DURATION=10
while [ $# -gt 0 ]; do
  case $1 in
    --rounds) ROUNDS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    *) sed -n '2,9p' "$0" >&2; exit 2 ;;
  esac
done
[ -f "$JAR" ] || die "build first: mvn -q -B -o package -DskipTests"
require_tools java curl wrk
RUN=$WORK/hostile-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
trap stop_all EXIT
BASE=http://127.0.0.1:$APP_PORT

start_app "$RUN/app.log" 1g seed
wait_until_ready "$RUN/app.log"
wrk -t1 -c4 -d3s "$BASE/tags" >/dev/null

page() { # label: wrk on /tags, 4 connections; prints "label p50 p99 rps errors"
  local line
  line=$(wrk -t1 -c4 -d"${DURATION}s" --latency -s bench/wrk/report.lua "$BASE/tags" | grep '^RESULT')
  read -r _ rps p99 errors status p50 <<<"$line"
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$p50" "$p99" "$rps" "$((errors + status))"
}

: >"$RUN/rounds.tsv"
for round in $(seq "$ROUNDS"); do
  log "round $round: /tags alone, then under hostile searches"
  page quiet >>"$RUN/rounds.tsv"
  wrk -t1 -c8 -d"$((DURATION + 2))s" -s bench/wrk/hostile-search.lua "$BASE" >"$RUN/hostile-$round.txt" &
  hostile=$!
  sleep 1
  page loaded >>"$RUN/rounds.tsv"
  wait "$hostile"
  grep '^STATUS' "$RUN/hostile-$round.txt" | sed "s/^/round $round: hostile searches answered /" >&2
done

python3 - "$RUN/rounds.tsv" >"$RUN/results.md" <<'PY'
import statistics, sys
rows = [line.split('\t') for line in open(sys.argv[1]).read().split('\n') if line]
quiet = [r for r in rows if r[0] == 'quiet']
loaded = [r for r in rows if r[0] == 'loaded']
med = lambda rs, i: statistics.median(float(r[i]) for r in rs)
print('| /tags, 4 connections | p50 ms | p99 ms | req/s | errors |')
print('| --- | ---: | ---: | ---: | ---: |')
for label, rs in (('alone', quiet), ('under costly searches', loaded)):
    print(f'| {label} | {med(rs, 1):.2f} | {med(rs, 2):.2f} | {med(rs, 3):,.0f} | {sum(int(r[4]) for r in rs)} |')
ratios = ' '.join(f'{float(l[1]) / float(q[1]):.2f}' for q, l in zip(quiet, loaded))
print(f'\np50 under load / alone, per round: {ratios}')
PY
cat "$RUN/results.md"
grep -h '^STATUS' "$RUN"/hostile-*.txt | sed 's/^/hostile searches: /'

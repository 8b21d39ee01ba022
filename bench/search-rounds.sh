#!/usr/bin/env bash
# The fixed searches (bench/searches.txt, the first 24), page and JSON, again and again on
# one archive that stays up: how a search's cost settles as the JIT compiles its code,
# which bench/scale.sh's single pass (after a short warm-up) does not show. Each request
# empties the page cache first, so every one is searched and rendered.
#
#   bench/scale.sh --sizes 100000 --databases h2-file --keep   # leaves RUN/100000-h2-file
#   bench/search-rounds.sh RUN/100000-h2-file [rounds 25] [port-base 19600]
#
# Prints, for the page and the API, the p50 and p95 of every fifth round, and of the
# last five rounds together. H2 file runs only. JAVA_OPTS, if set, adds JVM options.
# Holds /tmp/na-bench.lock while it measures.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=$(realpath "$1")
ROUNDS=${2:-25}
APP_PORT=${3:-19600}
MGMT_PORT=$((APP_PORT + 1))
# shellcheck source=bench/lib.sh
. bench/lib.sh
read -r size database _ <"$DIR/run.args"
[ "$database" = h2-file ] || die "$DIR is a $database run; only h2-file runs are kept here"
[ -d "$DIR/h2" ] || die "$DIR keeps no database: run bench/scale.sh with --keep"
[ -f "$JAR" ] || die "no $JAR: mvn package -DskipTests"
exec 9>"${BENCH_LOCK:-/tmp/na-bench.lock}"
flock 9
trap stop_all EXIT
out=$(mktemp -d)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options, as bench/lib.sh's start_app takes it
java -Xmx576m ${JAVA_OPTS:-} -jar "$JAR" --server.port="$APP_PORT" --management.server.port="$MGMT_PORT" \
  --archive.sources="classpath:db/source,file:$(archive_dir "$size")/sources/" \
  --archive.search-index="$DIR/search-index" $(database_args_for h2-file "$DIR" 0) >"$out/app.log" 2>&1 &
APP_PID=$!
STARTED+=("$APP_PID")
wait_until_ready "$out/app.log" || die "the archive did not get ready; see $out/app.log"
grep -v '^#' bench/searches.txt | head -24 >"$out/searches"
for round in $(seq "$ROUNDS"); do
  for kind in page api; do
    while read -r path; do
      [ "$kind" = api ] && path=${path/#\/search?/\/api\/search?}
      forget_pages
      curl -s -o /dev/null --max-time 60 -w "$round\t$kind\t%{http_code}\t%{time_total}\n" "http://127.0.0.1:$APP_PORT$path"
    done <"$out/searches" >>"$out/times.tsv"
  done
done
summary() { # kind first last
  awk -F'\t' -v k="$1" -v a="$2" -v b="$3" '$2 == k && $1 >= a && $1 <= b && $3 == 200 { print $4 * 1000 }' "$out/times.tsv" \
    | sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "p50 %.1f ms, p95 %.1f ms (%d)", v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.999)], NR }'
}
echo "$size articles, $database, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), load $(cut -d' ' -f1 /proc/loadavg)"
for kind in page api; do
  for round in $(seq 1 5 "$ROUNDS"); do echo "$kind round $round: $(summary "$kind" "$round" "$round")"; done
  echo "$kind rounds $((ROUNDS > 5 ? ROUNDS - 4 : 1))-$ROUNDS: $(summary "$kind" $((ROUNDS > 5 ? ROUNDS - 4 : 1)) "$ROUNDS")"
done
echo "non-200: $(awk -F'\t' '$3 != 200' "$out/times.tsv" | wc -l)"

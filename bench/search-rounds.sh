#!/usr/bin/env bash
# The fixed searches (bench/searches.txt, the first 24), page and JSON, again and again on
# one archive that stays up: how a search's cost settles as the JIT compiles its code,
# which bench/scale.sh's single pass (after a short warm-up) does not show. Each request
# empties the page cache first, so every one is searched and rendered.
#
#   bench/scale.sh --sizes 100000 --databases h2-file --keep   # leaves RUN/100000-h2-file
#   bench/search-rounds.sh RUN/100000-h2-file [rounds 25] [port-base 19600] [other.jar]
#
# Given another build's jar, it runs that one too, side by side on a copy of the database
# with its own index, and asks each search of the two in turn: the machine's noise then
# falls on both alike, and their ratio is what to read.
#
# Prints, for the page and the API, the p50 and p95 of every fifth round, and of the
# last five rounds together, for each jar. H2 file runs only. JAVA_OPTS, if set, adds
# JVM options. Holds /tmp/na-bench.lock while it measures.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=$(realpath "$1")
ROUNDS=${2:-25}
APP_PORT=${3:-19600}
OTHER_JAR=${4:+$(realpath "$4")}
# shellcheck source=bench/lib.sh
. bench/lib.sh
read -r size database _ <"$DIR/run.args"
[ "$database" = h2-file ] || die "$DIR is a $database run; only h2-file runs are kept here"
[ -d "$DIR/h2" ] || die "$DIR keeps no database: run bench/scale.sh with --keep"
[ -f "$JAR" ] || die "no $JAR: mvn package -DskipTests"
[ -z "$OTHER_JAR" ] || [ -f "$OTHER_JAR" ] || die "no $OTHER_JAR"
exec 9>"${BENCH_LOCK:-/tmp/na-bench.lock}"
flock 9
trap stop_all EXIT
out=$(mktemp -d)

start_one() { # name jar database-dir index-dir port
  # shellcheck disable=SC2086,SC2046 # JAVA_OPTS and the database arguments are lists, as in bench/lib.sh
  java -Xmx576m ${JAVA_OPTS:-} -jar "$2" --server.port="$5" --management.server.port="$(($5 + 1))" \
    --archive.sources="classpath:db/source,file:$(archive_dir "$size")/sources/" \
    --archive.search-index="$4" $(database_args_for h2-file "$3" 0) >"$out/$1.log" 2>&1 &
  STARTED+=("$!")
  APP_PID=$! APP_PORT=$5 wait_until_ready "$out/$1.log" || die "$2 did not get ready; see $out/$1.log"
}

NAMES=(this)
PORTS=("$APP_PORT")
start_one this "$JAR" "$DIR" "$DIR/search-index" "$APP_PORT"
if [ -n "$OTHER_JAR" ]; then
  # Its own copy of the database and index: a build may import and index otherwise.
  mkdir -p "$out/other"
  cp -r "$DIR/h2" "$out/other/h2"
  NAMES+=(other)
  PORTS+=($((APP_PORT + 10)))
  start_one other "$OTHER_JAR" "$out/other" "$out/other/search-index" $((APP_PORT + 10))
fi
grep -v '^#' bench/searches.txt | head -24 >"$out/searches"
for round in $(seq "$ROUNDS"); do
  for kind in page api; do
    while read -r path; do
      [ "$kind" = api ] && path=${path/#\/search?/\/api\/search?}
      for i in "${!NAMES[@]}"; do
        MGMT_PORT=$((PORTS[i] + 1)) forget_pages
        curl -s -o /dev/null --max-time 60 -w "${NAMES[i]}\t$round\t$kind\t%{http_code}\t%{time_total}\n" \
          "http://127.0.0.1:${PORTS[i]}$path"
      done
    done <"$out/searches" >>"$out/times.tsv"
  done
done
summary() { # name kind first last
  awk -F'\t' -v n="$1" -v k="$2" -v a="$3" -v b="$4" \
    '$1 == n && $3 == k && $2 >= a && $2 <= b && $4 == 200 { print $5 * 1000 }' "$out/times.tsv" \
    | sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "p50 %.1f ms, p95 %.1f ms (%d)", v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.999)], NR }'
}
echo "$size articles, $database, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), load $(cut -d' ' -f1 /proc/loadavg)"
last=$((ROUNDS > 5 ? ROUNDS - 4 : 1))
for name in "${NAMES[@]}"; do
  [ "$name" = other ] && echo "other: $OTHER_JAR"
  for kind in page api; do
    for round in $(seq 1 5 "$ROUNDS"); do echo "$name $kind round $round: $(summary "$name" "$kind" "$round" "$round")"; done
    echo "$name $kind rounds $last-$ROUNDS: $(summary "$name" "$kind" "$last" "$ROUNDS")"
  done
done
echo "non-200: $(awk -F'\t' '$4 != 200' "$out/times.tsv" | wc -l)"
rm -rf "$out/other"

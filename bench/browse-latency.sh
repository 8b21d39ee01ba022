#!/usr/bin/env bash
# Measures the browse pages on a generated archive: import time, then the median latency
# of a tag page (first and deep), a person page and a search, each uncached (a fresh
# render: the page cache is emptied on the management port before each request) and
# warm (served from the page cache).
#
#   bench/browse-latency.sh [ARTICLES]     (default 100000; needs `mvn package` first)
#
# The archive and its H2 database are kept in bench/work/ so a second run skips the
# generation and the import (delete the folder to start again).
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${1:-100000}
WORK=bench/work/archive-$ARTICLES
PORT=${PORT:-38080}
MGMT_PORT=${MGMT_PORT:-38083}
ROUNDS=${ROUNDS:-21}
JAR=target/news-archive.jar
[ -f "$JAR" ] || { echo "Build first: mvn -q package -DskipTests" >&2; exit 1; }
mkdir -p "$WORK"

if [ ! -f "$WORK/sources/people.registry" ]; then
  echo "Generating $ARTICLES articles..."
  rm -rf "$WORK/sources"
  java -cp target/test-classes:target/classes org.newsarchive.source.generate.ArchiveGenerator \
    --out "$WORK/sources" --count "$ARTICLES" | tail -1
fi

LOG="$WORK/app.log"
START=$(date +%s.%N)
java -Xmx${IMPORT_HEAP:-4g} ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --management.server.port="$MGMT_PORT" \
  --archive.sources="classpath:db/source,file:$PWD/$WORK/sources/" \
  --spring.datasource.url="jdbc:h2:file:$PWD/$WORK/db/archive;CACHE_SIZE=262144" --spring.datasource.username=sa >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT

until curl -s -o /dev/null "http://localhost:$PORT/"; do
  kill -0 $APP 2>/dev/null || { echo "The app stopped; see $LOG" >&2; exit 1; }
  sleep 1
done
UP=$(date +%s.%N)
until [ "$(curl -s -o /dev/null -w "%{http_code}" "http://localhost:$PORT/search?q=news")" = 200 ]; do sleep 1; done
READY=$(date +%s.%N)
grep -E "Import: .* sources read" "$LOG" | tail -1 | sed 's/.*Import: /import: /' || echo "import: nothing to import (the database already holds this archive)"
printf 'start to first page: %.1f s; search index ready after %.1f s\n' \
  "$(echo "$UP - $START" | bc)" "$(echo "$READY - $START" | bc)"

query() { java -cp "$JAR" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
  -url "jdbc:h2:file:$PWD/$WORK/db/archive;ACCESS_MODE_DATA=r" -user sa -sql "$1" 2>/dev/null | sed -n 2p | awk '{print $1}'; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ms() { printf '%s\n' "$@" | median | awk '{printf "%.1f", $1 * 1000}'; }

# Uncached: the page cache is emptied first (the management port's pagecache endpoint).
measure() { # name url
  local fresh=() warm=()
  for i in $(seq "$ROUNDS"); do
    curl -s -o /dev/null -X DELETE "http://localhost:$MGMT_PORT/actuator/pagecache"
    fresh+=("$(curl -s -o /dev/null -w '%{time_total}' "http://localhost:$PORT$2")")
    warm+=("$(curl -s -o /dev/null -w '%{time_total}' "http://localhost:$PORT$2")")
  done
  printf '%-22s uncached %7s ms   warm %6s ms   (%s)\n' "$1" "$(ms "${fresh[@]}")" "$(ms "${warm[@]}")" "$2"
}

kill $APP; wait $APP 2>/dev/null || true
TAG=$(query "select slug from tag order by article_count desc limit 1")
TAG_COUNT=$(query "select article_count from tag where slug = '$TAG'")
DEEP=$(query "select formatdatetime(dateadd(day, sort_key / 10000000000, date '1970-01-01'), 'yyyy-MM-dd') || '.' || mod(sort_key, 10000000000) from article_tag where tag_slug = '$TAG' order by sort_key limit 1 offset 40")
PERSON=$(query "select slug from person order by article_count desc limit 1")
RESTART=$(date +%s.%N)
java -Xmx${SERVE_HEAP:-4g} -jar "$JAR" --server.port="$PORT" --management.server.port="$MGMT_PORT" \
  --archive.sources="classpath:db/source,file:$PWD/$WORK/sources/" \
  --spring.datasource.url="jdbc:h2:file:$PWD/$WORK/db/archive;CACHE_SIZE=262144" --spring.datasource.username=sa >"$LOG.2" 2>&1 &
APP=$!
until curl -s -o /dev/null "http://localhost:$PORT/"; do sleep 1; done
RESTART_UP=$(date +%s.%N)
until [ "$(curl -s -o /dev/null -w "%{http_code}" "http://localhost:$PORT/search?q=news")" = 200 ]; do sleep 1; done
RESTART_READY=$(date +%s.%N)
printf 'restart with the archive unchanged: first page after %.1f s; search index ready after %.1f s\n' \
  "$(echo "$RESTART_UP - $RESTART" | bc)" "$(echo "$RESTART_READY - $RESTART" | bc)"

echo "largest tag: $TAG ($TAG_COUNT articles); deep page: before=$DEEP; person: $PERSON"
echo "median of $ROUNDS requests each (curl on loopback, one at a time):"
measure "tag page, first" "/tags/$TAG"
measure "tag page, deep" "/tags/$TAG?before=$DEEP"
measure "person page" "/people/$PERSON"
measure "search (one word)" "/search?q=harbour"
measure "search (phrase)" "/search?q=%22airport+privatisation%22"
measure "article page" "/2017/12/13/tillersons-new-north-korea-strategy-praised-by-china-and-russia-but-undermined-by-trump"

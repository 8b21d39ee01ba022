#!/usr/bin/env bash
# Measures the browse pages on a generated archive: import time, then the median latency
# of a tag page (first and deep), a person page and a search, each uncached (a fresh
# render: the page cache is emptied on the management port before each request) and
# warm (served from the page cache).
#
#   bench/browse-latency.sh [ARTICLES]     (default 100000; needs `mvn package` first)
#
# The archive and its H2 database are kept in bench/work/archive-N (bench/lib.sh), so a
# second run skips the generation and the import (delete the folder to start again).
# Logs and the figures go to bench/work/browse-latency-<time>/. IMPORT_HEAP and
# SERVE_HEAP (default 4g) size the two starts; ROUNDS (default 21) the requests a page.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ARTICLES=${1:-100000}
ROUNDS=${ROUNDS:-21}
[[ $ARTICLES =~ ^[0-9]+$ ]] || die "usage: bench/browse-latency.sh [ARTICLES]"
[ -f "$JAR" ] || die "build first: mvn -q -B -o package -DskipTests"
require_tools java curl awk
RUN=$WORK/browse-latency-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
trap stop_all EXIT
generate_archive "$ARTICLES"
DB=$(archive_dir "$ARTICLES")/db/archive
BASE="http://127.0.0.1:$APP_PORT"

say() { printf '%s\n' "$*" | tee -a "$RUN/results.txt"; }

seconds() { date +%s.%N; }

since() { awk -v from="$1" -v to="$(seconds)" 'BEGIN { printf "%.1f", to - from }'; }

# Starts the app and waits for it: sets UP (seconds to the first page) and READY (to search).
start_and_time() { # log heap
  local started
  started=$(seconds)
  start_app "$1" "$2" "$ARTICLES"
  wait_for_200 "$BASE/" "$APP_PID" "$1"
  UP=$(since "$started")
  wait_until_ready "$1"
  READY=$(since "$started")
}

# One value of the archive's database, read with H2's shell from the jar (the app stopped).
query() {
  java -cp "$JAR" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
    -url "jdbc:h2:file:$DB;ACCESS_MODE_DATA=r" -user sa -sql "$1" 2>/dev/null | sed -n 2p | awk '{print $1}'
}

ms() { printf '%s\n' "$@" | median | awk '{ printf "%.1f", $1 * 1000 }'; }

measure() { # name path: uncached (the page cache emptied first), then warm
  local fresh=() warm=()
  [ "$(status_of "$BASE$2")" = 200 ] || die "$1 ($2) does not answer 200"
  for _ in $(seq "$ROUNDS"); do
    forget_pages
    fresh+=("$(curl -s -o /dev/null -w '%{time_total}' "$BASE$2")")
    warm+=("$(curl -s -o /dev/null -w '%{time_total}' "$BASE$2")")
  done
  say "$(printf '%-22s uncached %7s ms   warm %6s ms   (%s)' "$1" "$(ms "${fresh[@]}")" "$(ms "${warm[@]}")" "$2")"
}

log "starting on $ARTICLES articles (the first start imports them)"
start_and_time "$RUN/app-import.log" "${IMPORT_HEAP:-4g}"
say "$(grep -E "Import: .* sources read" "$RUN/app-import.log" | tail -1 | sed 's/.*Import: /import: /' ||
  echo "import: nothing to import (the database already holds this archive)")"
say "start to first page: $UP s; search index ready after $READY s"
stop_all

TAG=$(query "select slug from tag order by article_count desc limit 1")
TAG_COUNT=$(query "select article_count from tag where slug = '$TAG'")
DEEP=$(query "select formatdatetime(dateadd(day, sort_key / 10000000000, date '1970-01-01'), 'yyyy-MM-dd') || '.' || mod(sort_key, 10000000000) from article_tag where tag_slug = '$TAG' order by sort_key limit 1 offset 40")
PERSON=$(query "select slug from person order by article_count desc limit 1")
[ -n "$TAG" ] && [ -n "$DEEP" ] && [ -n "$PERSON" ] ||
  die "no largest tag of more than 40 articles, or no person, in $DB: generate more articles"

start_and_time "$RUN/app-serve.log" "${SERVE_HEAP:-4g}"
say "restart with the archive unchanged: first page after $UP s; search index ready after $READY s"
say "largest tag: $TAG ($TAG_COUNT articles); deep page: before=$DEEP; person: $PERSON"
say "median of $ROUNDS requests each (curl on loopback, one at a time):"
measure "tag page, first" "/tags/$TAG"
measure "tag page, deep" "/tags/$TAG?before=$DEEP"
measure "person page" "/people/$PERSON"
measure "search (one word)" "/search?q=harbour"
measure "search (phrase)" "/search?q=%22airport+privatisation%22"
measure "article page" "$SEED_ARTICLE"
log "logs and figures in $RUN"

# Helpers shared by bench/run.sh and bench/soak.sh (sourced, not run).
#
# Every process a script starts is remembered in STARTED and stopped on exit, by its
# own id: the machine is shared, so nothing is ever stopped by name.

ROOT=$PWD
WORK=$ROOT/bench/work
JAR=$ROOT/target/news-archive.jar
# The generator is a tool, not in the jar: it runs from the classes the build compiled.
TOOLS_CP=$ROOT/target/test-classes:$ROOT/target/classes
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
MINIMAL_PORT=${MINIMAL_PORT:-18082}
# The app's management port, for its page cache endpoint (forget_pages).
MGMT_PORT=${MGMT_PORT:-18083}
# nginx in front of WordPress, the peer in bench/wordpress.sh.
WP_PORT=${WP_PORT:-18084}
# bench/run.sh's serving part: the app on Jetty (and its management port), and the bare
# servlet floor on Tomcat and on Jetty.
JETTY_JAR=$ROOT/target/jetty/news-archive-jetty.jar
JETTY_APP_PORT=${JETTY_APP_PORT:-18085}
JETTY_MGMT_PORT=${JETTY_MGMT_PORT:-18086}
FLOOR_TOMCAT_PORT=${FLOOR_TOMCAT_PORT:-18087}
FLOOR_JETTY_PORT=${FLOOR_JETTY_PORT:-18088}
# H2's page cache for the generated archive, in KB (256 MB, as browse-latency.sh has it;
# empty for H2's default of 64 MB). It lives in the Java heap.
H2_CACHE_KB=${H2_CACHE_KB-262144}
# The JVM option that starts the app on the bean definitions the build's AOT processing
# made (README, "Start-up"), as the Dockerfile does.
AOT=-Dspring.aot.enabled=true
SEED_ARTICLE=/2017/12/13/tillersons-new-north-korea-strategy-praised-by-china-and-russia-but-undermined-by-trump

STARTED=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

die() { log "$*"; exit 1; }

stop() { # pid: TERM, then wait for it, so the port is free for the next start
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

stop_all() {
  local pid
  for pid in "${STARTED[@]}"; do stop "$pid"; done
  STARTED=()
}

require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install -y nginx wrk, or a JDK 17)"
  done
}

status_of() { curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$1" || true; }

wait_for_200() { # url pid log: until the url answers 200, as long as the process lives
  until [ "$(status_of "$1")" = 200 ]; do
    kill -0 "$2" 2>/dev/null || die "the process stopped before $1 answered; see $3"
    sleep 0.5
  done
}

# The generated archive: sources in $WORK/archive-N/sources, its H2 database in
# $WORK/archive-N/db. Both are kept, so a second run neither generates nor imports
# (Flyway sees the sources unchanged and skips the import).
archive_dir() { echo "$WORK/archive-$1"; }

# Sources generated before .meta gained its required archived: line would stop the
# start, so they are generated again.
generate_archive() { # articles
  local dir sample
  dir=$(archive_dir "$1")
  sample=$(find "$dir/sources" -name '*.meta' -print -quit 2>/dev/null || true)
  if [ -n "$sample" ] && ! grep -q '^archived:' "$sample"; then
    log "$dir/sources has no archived: dates (generated before issue 15); generating it again"
    rm -f "$dir/sources/people.registry"
  fi
  if [ ! -f "$dir/sources/people.registry" ]; then
    log "generating $1 articles into $dir/sources"
    rm -rf "$dir/sources"
    mkdir -p "$dir"
    java -cp "$TOOLS_CP" org.newsarchive.source.generate.ArchiveGenerator \
      --out "$dir/sources" --count "$1" | tail -1 >&2
  fi
}

# Starts the packaged app in the background and sets APP_PID. ARCHIVE is "seed" (the
# sources inside the jar, in-memory H2) or a number of generated articles. The
# management port is MGMT_PORT, not Actuator's default 8081, which another app may hold.
# JAVA_OPTS, if set, adds JVM options.
start_app() { # log heap archive [more app arguments]
  local log=$1 heap=$2 archive=$3
  shift 3
  local args=(--server.port="$APP_PORT" --management.server.port="$MGMT_PORT")
  if [ "$archive" != seed ]; then
    local dir
    dir=$(archive_dir "$archive")
    args+=(--archive.sources="classpath:db/source,file:$dir/sources/"
      --spring.datasource.url="jdbc:h2:file:$dir/db/archive${H2_CACHE_KB:+;CACHE_SIZE=$H2_CACHE_KB}" --spring.datasource.username=sa)
  fi
  [ "$(status_of "http://127.0.0.1:$APP_PORT/")" = 000 ] || die "port $APP_PORT is taken"
  [ "$(status_of "http://127.0.0.1:$MGMT_PORT/")" = 000 ] || die "port $MGMT_PORT is taken"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java -Xmx"$heap" -XX:+UseG1GC ${JAVA_OPTS:-} -jar "$JAR" "${args[@]}" "$@" >"$log" 2>&1 &
  APP_PID=$!
  STARTED+=("$APP_PID")
}

# Forgets every page the app has rendered (its management port's pagecache endpoint), so
# that the next request for a page goes through the controller, the database and
# Thymeleaf again. A query the page does not take would only be a redirect.
forget_pages() {
  curl -s -o /dev/null -X DELETE "http://127.0.0.1:$MGMT_PORT/actuator/pagecache"
}

# Waits until the app serves pages and its search index is built (search answers 503
# until then), so no measurement sees the index being built in the background.
wait_until_ready() { # log
  wait_for_200 "http://127.0.0.1:$APP_PORT/" "$APP_PID" "$1"
  until [ "$(status_of "http://127.0.0.1:$APP_PORT/search?q=news")" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || die "the app stopped; see $1"
    sleep 1
  done
}

# The pages measured, found on the running app (sets PAGES: "label path" lines).

# The first of the lines on stdin. Not head -1 in a pipe: under pipefail, head leaving
# early kills the writer of a longer output with SIGPIPE and the script with status 141
# (grep flushes its output in 4 KB blocks, so it takes only a page with many links).
# sed reads to the end.
first_line() { sed -n 1p; }

discover_pages() { # archive
  local base="http://127.0.0.1:$APP_PORT" front image tag person deep search
  front=$(curl -s "$base/")
  image=$(curl -s "$base$SEED_ARTICLE" | grep -o 'src="/images/[^"]*"' | first_line | cut -d'"' -f2)
  # The front page lists the main tags and the people most in the news, largest first.
  tag=$(grep -o 'href="/tags/[a-z0-9-]*"' <<<"$front" | first_line | cut -d'"' -f2)
  person=$(grep -o 'href="/people/[a-z0-9-]*"' <<<"$front" | first_line | cut -d'"' -f2)
  PAGES="article $SEED_ARTICLE
image $image
tag $tag
person $person
front /
feed /feed.xml"
  if [ "$1" = seed ]; then
    search="/search?q=tillerson"
  else
    search="/search?q=harbour"
    # A deep page of the largest tag: its cursor points 99% of the way down the list
    # (articles run from 2000 to 2024), where an offset-paged list would be slowest.
    deep="$tag?before=2000-04-01.1"
    PAGES+=$'\n'"tag-deep $deep"
  fi
  PAGES+=$'\n'"search $search"
  local label path
  while read -r label path; do
    [ "$(status_of "$base$path")" = 200 ] || die "$label ($path) does not answer 200"
  done <<<"$PAGES"
  printf '%s\n' "$PAGES" >"$RUN/pages-$1.txt"
}

rss_mb() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1 / 1024}'; }

# Heap in use and committed, in MB: "used committed". From jstat (one attach, cheaper
# than jcmd on a loaded machine): survivors + eden + old generation.
heap_mb() {
  jstat -gc "$1" 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    NR == 2 { u = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]; t = $c["S0C"] + $c["S1C"] + $c["EC"] + $c["OC"]
              printf "%.0f %.0f", u / 1024, t / 1024 }'
}

# Old-generation occupancy in MB (jstat's OU): what survives collections, the part of
# the heap that grows when something leaks.
old_gen_mb() { jstat -gc "$1" 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "OU") c = i } NR == 2 { printf "%.0f", $c / 1024 }'; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

percentile() { # p: of the numbers on stdin (nearest rank)
  sort -g | awk -v p="$1" '{ v[NR] = $1 } END { r = int((p / 100) * NR + 0.999999); if (r < 1) r = 1; print v[r] }'
}

# ---------------------------------------------------------------------------------------
# Added for bench/scale.sh; usable by any script.

# Like wait_for_200, but gives up after a number of seconds and never exits the script:
# returns 0 once the url answers 200, 1 if the process stopped, 2 on the timeout.
wait_for_200_within() { # url pid seconds
  local until=$((SECONDS + $3))
  until [ "$(status_of "$1")" = 200 ]; do
    kill -0 "$2" 2>/dev/null || return 1
    [ "$SECONDS" -lt "$until" ] || return 2
    sleep 0.5
  done
}

# Resident memory of a process in MB, as the kernel counts it (VmRSS).
vmrss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

# Heap in use right after a full collection, in MB: the live set (jcmd GC.run, then
# GC.heap_info's "used"); falls back to jstat's figure if the attach fails.
heap_after_gc_mb() { # pid
  local used
  jcmd "$1" GC.run >/dev/null 2>&1 || true
  used=$(jcmd "$1" GC.heap_info 2>/dev/null | awk '/ heap +total/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); printf "%.0f", v / 1024 } }')
  [ -n "$used" ] || used=$(heap_mb "$1" | cut -d' ' -f1)
  echo "$used"
}

# One wrk run with bench/wrk/report.lua: prints "req/s p99-ms socket-errors non-2xx/3xx p50-ms".
wrk_result() { # url connections seconds
  wrk -t2 -c"$2" -d"$3"s --timeout 10s -s bench/wrk/report.lua "$1" 2>&1 | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}

# Debian's PostgreSQL in a data folder of its own, on loopback, as bench/import.sh runs
# it: as the postgres user when we are root (PostgreSQL refuses root), with the archive's
# roles made by deploy/postgres/init-roles.sh (owner password "owner", reader "reader").
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)}
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

postgres_start() { # folder port: initdb in folder/pgdata, socket and log in folder
  [ -n "$PG_BIN" ] || { log "PostgreSQL is missing: apt-get install -y postgresql"; return 1; }
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$1"; fi
  as_postgres "$PG_BIN/initdb" -D "$1/pgdata" -U postgres --auth=trust >/dev/null || return 1
  as_postgres "$PG_BIN/pg_ctl" -D "$1/pgdata" -o "-p $2 -k $1 -c listen_addresses=127.0.0.1" \
    -l "$1/postgres.log" -w start >/dev/null || return 1
  PGHOST=127.0.0.1 PGPORT=$2 POSTGRES_USER=postgres POSTGRES_DB=postgres \
    ARCHIVE_OWNER_PASSWORD=owner ARCHIVE_READER_PASSWORD=reader deploy/postgres/init-roles.sh >/dev/null
}

postgres_stop() { # folder
  [ -z "$PG_BIN" ] || [ ! -d "$1/pgdata" ] || as_postgres "$PG_BIN/pg_ctl" -D "$1/pgdata" -m fast stop >/dev/null 2>&1 || true
}

postgres_query() { # port sql: the rows, unaligned, tab-separated, as postgres on the archive database
  psql -h 127.0.0.1 -p "$1" -U postgres -d archive -At -F $'\t' -v ON_ERROR_STOP=1 -c "$2"
}

# The app's arguments for a fresh database: h2-file in a folder, or the PostgreSQL above.
database_args_for() { # database folder pg-port
  case $1 in
    h2-file) echo "--spring.datasource.url=jdbc:h2:file:$2/h2/archive${H2_CACHE_KB:+;CACHE_SIZE=$H2_CACHE_KB} --spring.datasource.username=sa" ;;
    h2-mem) echo "--spring.datasource.url=jdbc:h2:mem:archive;DB_CLOSE_DELAY=-1" ;;
    postgres) echo "--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:$3/archive
      --spring.datasource.username=archive_reader --spring.datasource.password=reader
      --spring.flyway.user=archive_owner --spring.flyway.password=owner" ;;
    *) return 1 ;;
  esac
}

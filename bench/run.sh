#!/usr/bin/env bash
# The benchmark harness: the packaged app against nginx serving the very bytes the app
# serves, on the seed archive and on a generated one; start-up against a minimal Spring
# Boot app, with and without CDS; the app under load with a small heap; a JFR profile;
# the cached pages on Tomcat and on Jetty against nginx and a bare servlet (part serving).
#
#   mvn -q -B -o package -DskipTests
#   mvn -q -B -o -Pjetty package -Dmaven.test.skip=true    # for the serving part only
#   bench/run.sh [--articles N] [--rounds R] [--duration S] [--start-rounds R]
#                [--parts "startup seed large xmx serving"] [--gzip]
#
# Defaults: 100000 articles, 3 rounds, 8 s per wrk run, 5 start-up rounds, every part but
# serving (which needs the Jetty jar).
# --gzip: wrk asks for gzip, as browsers and CDNs do, and nginx serves the gzip bytes
# the app sent (else both send the identity bytes, as wrk asks for no encoding).
# The generated archive and its database stay in bench/work/archive-N, so a second run
# neither generates nor imports. Each run writes its logs, the captured bytes, the raw figures
# (*.tsv) and results.md (the markdown tables) to bench/work/run-<time>/.
#
# The machine is shared and has 2 cores: wrk, the server and other builds compete for
# them. So every figure about the app is taken side by side with its reference in the
# same round (app, then nginx, order flipped every round), and the tables give medians
# of rounds and the ratio per round.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ARTICLES=100000
ROUNDS=3
DURATION=8
START_ROUNDS=5
PARTS="startup seed large xmx"
GZIP=""
CONNECTIONS=(64 256)
UNCACHED=21
XMX_SECONDS=60
XMX_FRESH=500
while [ $# -gt 0 ]; do
  case $1 in
    --articles) ARTICLES=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --start-rounds) START_ROUNDS=$2; shift 2 ;;
    --parts) PARTS=$2; shift 2 ;;
    --gzip) GZIP=1; shift ;;
    *) sed -n '2,15p' "$0" >&2; exit 2 ;;
  esac
done

[ -f "$JAR" ] || die "build first: mvn -q -B -o package -DskipTests"
require_tools java jcmd jfr curl wrk nginx python3
RUN=$WORK/run-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
trap stop_all EXIT
RESULTS=$RUN/results.md

# ---------------------------------------------------------------------------------------
# Machine

describe_machine() {
  {
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GiB memory, load average before the run $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- $(java -version 2>&1 | sed -n 2p)"
    echo "- $(wrk -v 2>&1 | first_line | cut -d' ' -f1-2); $(nginx -v 2>&1 | sed 's/.*: //')"
    if [ -n "$GZIP" ]; then
      echo "- wrk: 2 threads, ${DURATION} s a run, ${ROUNDS} rounds, Accept-Encoding: gzip (both servers send the app's gzip bytes)"
    else
      echo "- wrk: 2 threads, ${DURATION} s a run, ${ROUNDS} rounds, no Accept-Encoding (both servers send the identity bytes)"
    fi
  } >"$RUN/machine.md"
  cat "$RUN/machine.md" >&2
}

# ---------------------------------------------------------------------------------------
# nginx, serving the bytes the app served for each page, with the app's Content-Type.

capture_and_serve() { # archive: saves the bytes, writes nginx.conf, starts nginx (NGINX_PID)
  local dir=$RUN/nginx-$1 label path type encoding
  mkdir -p "$dir/bytes" "$dir/temp"
  local locations=""
  while read -r label path; do
    # The bytes wrk will get: the identity form, or the gzip form the app sends (if any).
    type=$(curl -s -o "$dir/bytes/$label" -w '%{content_type}' -D "$dir/bytes/$label.headers" \
      ${GZIP:+-H 'Accept-Encoding: gzip'} "http://127.0.0.1:$APP_PORT$path")
    encoding=""
    grep -qi '^content-encoding: gzip' "$dir/bytes/$label.headers" && encoding="add_header Content-Encoding gzip; "
    locations+="    location = /$label { default_type \"$type\"; ${encoding}alias $dir/bytes/$label; }"$'\n'
  done <<<"$PAGES"
  cat >"$dir/nginx.conf" <<EOF
# Written by bench/run.sh: a static reference with the same bytes and Content-Type.
# Two workers for two cores; no access log (the app keeps none either).
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $dir/temp/body;
  proxy_temp_path $dir/temp/proxy;
  fastcgi_temp_path $dir/temp/fastcgi;
  uwsgi_temp_path $dir/temp/uwsgi;
  scgi_temp_path $dir/temp/scgi;
  types { }
  server {
    listen 127.0.0.1:$NGINX_PORT;
$locations  }
}
EOF
  nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  STARTED+=("$NGINX_PID")
  wait_for_200 "http://127.0.0.1:$NGINX_PORT/article" "$NGINX_PID" "$dir/error.log"
  # The reference must serve exactly what the app served.
  while read -r label path; do
    curl -s ${GZIP:+-H 'Accept-Encoding: gzip'} "http://127.0.0.1:$NGINX_PORT/$label" | cmp -s - "$dir/bytes/$label" \
      || die "nginx serves other bytes for $label"
  done <<<"$PAGES"
}

# ---------------------------------------------------------------------------------------
# wrk

wrk_run() { # url connections seconds: prints "req/s p99-ms socket-errors non-2xx/3xx"
  wrk -t2 -c"$2" -d"$3"s --timeout 10s ${GZIP:+-H 'Accept-Encoding: gzip'} -s bench/wrk/report.lua "$1" 2>&1 \
    | awk '/^RESULT/ {print $2, $3, $4, $5}'
}

# Rounds of wrk on each page and connection count, the app and nginx back to back
# (which goes first flips every round, so neither always follows the other's heat).
throughput() { # archive
  local tsv=$RUN/throughput.tsv round label path conns app ref
  log "warming up the app on every page"
  while read -r label path; do
    wrk_run "http://127.0.0.1:$APP_PORT$path" 64 3 >/dev/null
  done <<<"$PAGES"
  for round in $(seq "$ROUNDS"); do
    while read -r label path; do
      for conns in "${CONNECTIONS[@]}"; do
        if ((round % 2)); then
          app=$(wrk_run "http://127.0.0.1:$APP_PORT$path" "$conns" "$DURATION")
          ref=$(wrk_run "http://127.0.0.1:$NGINX_PORT/$label" "$conns" "$DURATION")
        else
          ref=$(wrk_run "http://127.0.0.1:$NGINX_PORT/$label" "$conns" "$DURATION")
          app=$(wrk_run "http://127.0.0.1:$APP_PORT$path" "$conns" "$DURATION")
        fi
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$label" "$conns" "$round" "${app// /$'\t'}" "${ref// /$'\t'}" >>"$tsv"
        log "round $round $label c=$conns  app: $app  nginx: $ref"
      done
    done <<<"$PAGES"
  done
}

# First renders: the page cache is emptied before each request, so each one goes
# through the controller, the database and Thymeleaf.
uncached() { # archive
  local tsv=$RUN/uncached.tsv label path i line
  # The load above served cached pages only: first warm the render path (20 unrecorded
  # renders a page), as a server that has been up a while has.
  while read -r label path; do
    for i in $(seq 20); do forget_pages; curl -s -o /dev/null "http://127.0.0.1:$APP_PORT$path"; done
  done <<<"$PAGES"
  while read -r label path; do
    [ "$label" = image ] && continue
    for i in $(seq "$UNCACHED"); do
      forget_pages
      line=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "http://127.0.0.1:$APP_PORT$path")
      printf '%s\t%s\t%s\t%s\n' "$1" "$label" "${line% *}" "${line#* }" >>"$tsv"
    done
  done <<<"$PAGES"
  # Search, p95 over different queries (words, places, a phrase, a prefix, an exclusion).
  local queries=(harbour nairobi oslo "%22teacher+pay%22" "%22refugee+quotas%22" lisbon warsaw
    "%22airport+privatisation%22" budget "elect*" "minister+-trade" tariffs)
  for i in $(seq 48); do
    forget_pages
    line=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' \
      "http://127.0.0.1:$APP_PORT/search?q=${queries[i % ${#queries[@]}]}")
    printf '%s\t%s\t%s\t%s\n' "$1" "search-p95" "${line% *}" "${line#* }" >>"$tsv"
  done
}

# A JFR recording of the app serving the cached article page under wrk: the methods most
# often on top of the sampled stacks (self), and those most often anywhere in them
# (inclusive; frames in nearly every sample, like the thread's run(), are left out).
profile() { # archive
  local jfr=$RUN/article-$1.jfr
  jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$jfr" >/dev/null
  wrk_run "http://127.0.0.1:$APP_PORT$SEED_ARTICLE" 64 30 >/dev/null
  jcmd "$APP_PID" JFR.stop name=bench >/dev/null
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$jfr" >"$RUN/samples-$1.txt"
  {
    echo "JFR execution samples of the app serving the cached article page (wrk -c64, 30 s, $1 archive):"
    echo
    echo '```'
    awk '
      /stackTrace = \[/ { inside = 1; depth = 0; delete seen; next }
      inside && /^[ \t]*\]/ { inside = 0; n++; next }
      inside && !/^[ \t]*\.\.\./ {
        frame = $0; sub(/^[ \t]+/, "", frame); sub(/[ \t]+line:.*/, "", frame)
        if (++depth == 1) self[frame]++
        if (!(frame in seen)) { seen[frame] = 1; all[frame]++ }
      }
      END {
        printf "%d samples\n", n
        for (f in self) printf "self %5.1f%%  %s\n", 100 * self[f] / n, f
        for (f in all) if (all[f] < 0.95 * n) printf "incl %5.1f%%  %s\n", 100 * all[f] / n, f
      }' "$RUN/samples-$1.txt" >"$RUN/frames-$1.txt"
    head -1 "$RUN/frames-$1.txt"
    # sed, not head: head leaves before sort has written all, sort dies of SIGPIPE, and
    # with pipefail the harness stopped here (exit 141) before its last parts.
    grep '^self' "$RUN/frames-$1.txt" | sort -k2 -rn | sed -n '1,12p'
    grep '^incl' "$RUN/frames-$1.txt" | sort -k2 -rn | sed -n '1,25p'
    echo '```'
  } >"$RUN/profile-$1.md"
}

measure_archive() { # archive: seed or a number of articles
  local archive=$1
  [ "$archive" = seed ] || generate_archive "$archive"
  log "starting the app on the $archive archive"
  local started=$(date +%s.%N)
  start_app "$RUN/app-$archive.log" 4g "$archive"
  wait_for_200 "http://127.0.0.1:$APP_PORT/" "$APP_PID" "$RUN/app-$archive.log"
  local up=$(date +%s.%N)
  wait_until_ready "$RUN/app-$archive.log"
  local ready=$(date +%s.%N)
  local import
  import=$(grep -o 'Import: .* sources read.*' "$RUN/app-$archive.log" | tail -1 || true)
  grep -q 'No migration necessary' "$RUN/app-$archive.log" && import="none: the database already holds this archive"
  printf '%s\t%.1f\t%.1f\t%s\n' "$archive" "$(echo "$up - $started" | bc)" "$(echo "$ready - $started" | bc)" "$import" >>"$RUN/start.tsv"
  discover_pages "$archive"
  capture_and_serve "$archive"
  throughput "$archive"
  if [ "$archive" != seed ]; then
    # After the load and a warm-up of the render path: a server that has been up a
    # while, meeting a page for the first time.
    log "first renders (uncached)"
    uncached "$archive"
  fi
  printf '%s\t%s\t%s\n' "$archive" "$(rss_mb "$APP_PID")" "$(heap_mb "$APP_PID")" >>"$RUN/memory.tsv"
  [ "$archive" = seed ] || profile "$archive"
  stop "$NGINX_PID"
  stop "$APP_PID"
}

# ---------------------------------------------------------------------------------------
# The cached article page and image, served five ways side by side (seed archive): nginx
# with the captured bytes; the app on Tomcat (the default jar) and on Jetty (-Pjetty); and
# the floor under each, FloorServer (bench/floor), one servlet on the same embedded server
# serving the same bytes with the same headers, precomputed. Each round runs every server
# on each page and connection count, the order turned by one server every round.

SERVERS=(nginx tomcat jetty floor-tomcat floor-jetty)

# Extracts a jar (as for CDS) and compiles FloorServer against its libraries; done again
# when the jar or the source is newer. Sets FLOOR_CP.
prepare_floor() { # name jar
  local dir=$WORK/floor/$1
  if [ ! -f "$dir/classes/FloorServer.class" ] || [ "$2" -nt "$dir/classes/FloorServer.class" ] \
    || [ bench/floor/FloorServer.java -nt "$dir/classes/FloorServer.class" ]; then
    log "floor: extracting $1 and compiling FloorServer against it"
    rm -rf "$dir"
    java -Djarmode=tools -jar "$2" extract --destination "$dir/app" >&2
    javac -d "$dir/classes" -cp "$dir/app/lib/*" bench/floor/FloorServer.java
  fi
  FLOOR_CP="$dir/classes:$dir/app/lib/*"
}

start_floor() { # name jar factory-class port bytes-folder: sets FLOOR_PID
  prepare_floor "$1" "$2"
  java -Xmx1g -XX:+UseG1GC -cp "$FLOOR_CP" FloorServer "$3" "$4" "$5" >"$RUN/floor-$1.log" 2>&1 &
  FLOOR_PID=$!
  STARTED+=("$FLOOR_PID")
  wait_for_200 "http://127.0.0.1:$4/article" "$FLOOR_PID" "$RUN/floor-$1.log"
}

url_of() { # server label path
  case $1 in
    nginx) echo "http://127.0.0.1:$NGINX_PORT/$2" ;;
    tomcat) echo "http://127.0.0.1:$APP_PORT$3" ;;
    jetty) echo "http://127.0.0.1:$JETTY_APP_PORT$3" ;;
    floor-tomcat) echo "http://127.0.0.1:$FLOOR_TOMCAT_PORT/$2" ;;
    floor-jetty) echo "http://127.0.0.1:$FLOOR_JETTY_PORT/$2" ;;
  esac
}

serving() {
  [ -f "$JETTY_JAR" ] || die "build the Jetty jar first: mvn -q -B -o -Pjetty package -Dmaven.test.skip=true"
  local encoding=${GZIP:+gzip} label path server conns round i
  encoding=${encoding:-identity}
  log "starting the app on Tomcat and on Jetty (seed archive)"
  start_app "$RUN/app-tomcat.log" 1g seed
  local tomcat_pid=$APP_PID
  JAR=$JETTY_JAR APP_PORT=$JETTY_APP_PORT MGMT_PORT=$JETTY_MGMT_PORT start_app "$RUN/app-jetty.log" 1g seed
  local jetty_pid=$APP_PID
  APP_PID=$jetty_pid APP_PORT=$JETTY_APP_PORT wait_until_ready "$RUN/app-jetty.log"
  APP_PID=$tomcat_pid
  wait_until_ready "$RUN/app-tomcat.log"
  discover_pages seed
  PAGES=$(grep -E '^(article|image) ' <<<"$PAGES")
  capture_and_serve serving
  local bytes=$RUN/nginx-serving/bytes
  start_floor tomcat "$JAR" org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory "$FLOOR_TOMCAT_PORT" "$bytes"
  local floor_tomcat_pid=$FLOOR_PID
  start_floor jetty "$JETTY_JAR" org.springframework.boot.jetty.servlet.JettyServletWebServerFactory "$FLOOR_JETTY_PORT" "$bytes"
  local floor_jetty_pid=$FLOOR_PID
  # Every server must send the bytes the Tomcat app sent, and the Jetty app its headers too
  # but for the exchange's own (Date) and their order.
  while read -r label path; do
    for server in "${SERVERS[@]}"; do
      curl -s ${GZIP:+-H 'Accept-Encoding: gzip'} "$(url_of "$server" "$label" "$path")" | cmp -s - "$bytes/$label" \
        || die "$server serves other bytes for $label"
    done
    curl -s -o /dev/null -D - ${GZIP:+-H 'Accept-Encoding: gzip'} "$(url_of jetty "$label" "$path")" >"$bytes/$label.jetty-headers"
    diff <(header_set "$bytes/$label.headers") <(header_set "$bytes/$label.jetty-headers") >"$RUN/headers-$label.diff" \
      || log "the Jetty app's headers for $label differ from Tomcat's: $(tr '\n' ' ' <"$RUN/headers-$label.diff")"
  done <<<"$PAGES"
  log "warming up every server on every page"
  while read -r label path; do
    for server in "${SERVERS[@]}"; do wrk_run "$(url_of "$server" "$label" "$path")" 64 3 >/dev/null; done
  done <<<"$PAGES"
  local tsv=$RUN/serving.tsv n=${#SERVERS[@]} result
  for round in $(seq "$ROUNDS"); do
    while read -r label path; do
      for conns in "${CONNECTIONS[@]}"; do
        for i in $(seq 0 $((n - 1))); do
          server=${SERVERS[(i + round) % n]}
          result=$(wrk_run "$(url_of "$server" "$label" "$path")" "$conns" "$DURATION")
          printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$encoding" "$label" "$conns" "$round" "$server" "${result// /$'\t'}" >>"$tsv"
          log "round $round $label c=$conns $server: $result"
        done
      done
    done <<<"$PAGES"
  done
  printf '%s\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$encoding" >>"$RUN/serving-load.tsv"
  for pid in "$floor_jetty_pid" "$floor_tomcat_pid" "$NGINX_PID" "$jetty_pid" "$tomcat_pid"; do stop "$pid"; done
}

# A response's headers, one a line, sorted, without the status line, Date and Server.
header_set() { tr -d '\r' <"$1" | grep -v -i -E '^(HTTP/|date:|server:|$)' | sort; }

# ---------------------------------------------------------------------------------------
# Start-up to the first 200: the app (seed archive, in-memory H2) against a minimal
# Spring Boot webmvc app with one @RestController, built here with the same parent.

build_minimal() {
  local dir=$WORK/minimal-app
  if [ ! -f "$dir/target/minimal.jar" ]; then
    log "building the minimal app in $dir"
    mkdir -p "$dir/src/main/java/minimal"
    cat >"$dir/pom.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>4.0.7</version>
    <relativePath/>
  </parent>
  <groupId>bench</groupId>
  <artifactId>minimal</artifactId>
  <version>1</version>
  <properties>
    <java.version>17</java.version>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-webmvc</artifactId>
    </dependency>
  </dependencies>
  <build>
    <finalName>minimal</finalName>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
      </plugin>
    </plugins>
  </build>
</project>
EOF
    cat >"$dir/src/main/java/minimal/MinimalApplication.java" <<'EOF'
package minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class MinimalApplication {

	@GetMapping("/")
	String hello() {
		return "ok";
	}

	public static void main(String[] args) {
		SpringApplication.run(MinimalApplication.class, args);
	}

}
EOF
    mvn -q -B -o -f "$dir/pom.xml" package -DskipTests >"$dir/build.log" 2>&1 || die "the minimal app did not build; see $dir/build.log"
  fi
  MINIMAL_JAR=$dir/target/minimal.jar
}

# Extracts a jar as Spring Boot's CDS docs say and makes its archive by a training run
# that stops once the context is refreshed, with the JVM options the timed starts use
# (AOT or not: each loads other classes). Done again when the jar is newer.
prepare_cds() { # name jar port [java options]
  local name=$1 dir=$WORK/cds/$1 jar=$2 port=$3
  shift 3
  if [ ! -f "$dir/app.jsa" ] || [ "$jar" -nt "$dir/app.jsa" ]; then
    log "CDS: extracting $name and making its archive"
    rm -rf "$dir"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >&2
    (cd "$dir" && java "$@" -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
      -jar "$(basename "$jar")" --server.port="$port" --management.server.port=0 >training.log 2>&1) || true
    [ -f "$dir/app.jsa" ] || die "CDS training run of $1 made no archive; see $dir/training.log"
  fi
}

# Seconds from launching the JVM to the first 200 on /, polled every 20 ms.
time_to_200() { # dir port java-arguments...
  local dir=$1 port=$2
  shift 2
  local started pid
  started=$(date +%s.%N)
  (cd "$dir" && exec java "$@" --server.port="$port" --management.server.port=0 >>"$RUN/startup.log" 2>&1) &
  pid=$!
  STARTED+=("$pid")
  until [ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || die "a start-up run stopped; see $RUN/startup.log"
    sleep 0.02
  done
  echo "$(date +%s.%N) - $started" | bc
  stop "$pid"
}

# The app starts as the README and the Dockerfile start it, on the AOT-processed bean
# definitions the build made ($AOT); the minimal app as Spring Boot starts any app. Each
# round also starts the app without AOT, for the record of what AOT brings.
startup() {
  build_minimal
  prepare_cds app "$JAR" "$APP_PORT" "$AOT"
  prepare_cds minimal "$MINIMAL_JAR" "$MINIMAL_PORT"
  local tsv=$RUN/startup.tsv round app minimal
  for round in $(seq "$START_ROUNDS"); do
    minimal=$(time_to_200 "$(dirname "$MINIMAL_JAR")" "$MINIMAL_PORT" -jar minimal.jar)
    app=$(time_to_200 "$(dirname "$JAR")" "$APP_PORT" "$AOT" -jar news-archive.jar)
    printf 'plain\t%s\t%s\t%s\n' "$round" "$app" "$minimal" >>"$tsv"
    app=$(time_to_200 "$(dirname "$JAR")" "$APP_PORT" -jar news-archive.jar)
    printf 'plain-without-aot\t%s\t%s\t%s\n' "$round" "$app" "$minimal" >>"$tsv"
    minimal=$(time_to_200 "$WORK/cds/minimal" "$MINIMAL_PORT" -XX:SharedArchiveFile=app.jsa -jar minimal.jar)
    app=$(time_to_200 "$WORK/cds/app" "$APP_PORT" "$AOT" -XX:SharedArchiveFile=app.jsa -jar news-archive.jar)
    printf 'cds\t%s\t%s\t%s\n' "$round" "$app" "$minimal" >>"$tsv"
    log "start-up round $round: $(tail -3 "$tsv" | tr '\t\n' '  ')"
  done
}

# ---------------------------------------------------------------------------------------
# The generated archive with a 256 MB heap, under a mixed load: every page kind and the
# image in turn at 256 connections for XMX_SECONDS, one request in XMX_FRESH new to the
# page cache (a fresh render), so the page cache grows toward its bound. H2 keeps its
# default cache (64 MB): the 256 MB the other parts give it would not fit in this heap.
small_heap() {
  local log=$RUN/app-xmx256m.log
  log "starting the app on the $ARTICLES archive with -Xmx256m"
  H2_CACHE_KB='' start_app "$log" 256m "$ARTICLES"
  local started=$(date +%s.%N)
  wait_until_ready "$log"
  local ready=$(date +%s.%N)
  discover_pages "$ARTICLES"
  local paths
  paths=$(awk '{print $2}' <<<"$PAGES" | tr '\n' ' ')
  # shellcheck disable=SC2086
  wrk -t2 -c256 -d"$XMX_SECONDS"s --timeout 10s -s bench/wrk/mix.lua "http://127.0.0.1:$APP_PORT" -- "$XMX_FRESH" $paths \
    >"$RUN/xmx256m-wrk.txt" 2>&1
  local result status oom
  result=$(awk '/^RESULT/ {print $2, $3, $4, $5}' "$RUN/xmx256m-wrk.txt")
  status=$(awk '/^STATUS/ {$1 = ""; print}' "$RUN/xmx256m-wrk.txt")
  oom=$(grep -c OutOfMemoryError "$log" || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.0f\n' "${result// /$'\t'}" "$status" "$oom" "$(rss_mb "$APP_PID")" "$(heap_mb "$APP_PID")" \
    "$XMX_SECONDS" "$XMX_FRESH" "$(echo "$ready - $started" | bc)" >"$RUN/xmx256m.tsv"
  jstat -gcutil "$APP_PID" >"$RUN/xmx256m-gc.txt" 2>&1 || true
  stop "$APP_PID"
}

# ---------------------------------------------------------------------------------------

describe_machine
for part in $PARTS; do
  case $part in
    startup) startup ;;
    seed) measure_archive seed ;;
    large) measure_archive "$ARTICLES" ;;
    xmx) small_heap ;;
    serving) serving ;;
    *) die "unknown part $part" ;;
  esac
done
python3 bench/tables.py "$RUN" >"$RESULTS"
cat "$RESULTS"
log "results in $RESULTS"

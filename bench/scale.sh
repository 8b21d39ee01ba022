#!/usr/bin/env bash
# Scale points: what the archive costs as it grows. For each size and database: the
# import into a fresh database (packaged jar, start to first 200), the database's size on
# disk, a restart on the unchanged archive (first page, search ready), heap after a full
# GC and RSS while serving, first (uncached) renders of distinct pages of each kind, and
# warm requests/s (wrk, short).
#
#   mvn -q -B -o package -DskipTests
#   bench/scale.sh [--sizes "10000 100000 1000000"] [--databases "h2-file postgres"]
#                  [--heap 576m] [--import-heap SIZE] [--import-timeout 3600]
#                  [--ready-timeout 1800] [--samples 24] [--warmup 10] [--warmup-rounds 5] [--wrk-seconds 5]
#                  [--wrk-connections 64] [--port-base 19300] [--h2-cache-kb KB] [--keep]
#
# Writes bench/work/scale-<time>/: scale.tsv (one row a size and database), results.md,
# scale.svg (each cost against the archive's size, log x), and a folder a run with its
# logs. Sources come from bench/work/archive-N/sources (generated when missing). Each run
# measures holding /tmp/na-bench.lock (the machine is shared); a run that fails (import
# timeout, the app dying, ...) is recorded as failed and the next one goes on. The
# databases and search indexes are deleted after each run unless --keep.
# Ports: the app on port-base, its management port on +1, PostgreSQL on +2.
set -euo pipefail
SELF=$(realpath "$0")
cd "$(dirname "$0")/.."

SIZES="10000 100000 1000000"
DATABASES="h2-file postgres"
HEAP=576m
IMPORT_HEAP=""
IMPORT_TIMEOUT=3600
READY_TIMEOUT=1800
SAMPLES=24
WARMUP=10
# The warm-up pages are rendered this many times over: the JIT compiles a kind's code after
# some hundreds of renders (a search page measured 60 ms after 10 warm-up searches, 25 ms
# after 200), and a replica serving readers is warm.
WARMUP_ROUNDS=5
WRK_SECONDS=5
WRK_CONNECTIONS=64
PORT_BASE=${SCALE_PORT_BASE:-19300}
# H2's page cache lives in the heap: H2's default (64 MB) unless set, as with a small heap.
H2_CACHE_KB=${H2_CACHE_KB-}
KEEP=""
LOCK=${BENCH_LOCK:-/tmp/na-bench.lock}
ONE=""
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) SIZES=$2; shift 2 ;;
    --databases) DATABASES=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --import-heap) IMPORT_HEAP=$2; shift 2 ;;
    --import-timeout) IMPORT_TIMEOUT=$2; shift 2 ;;
    --ready-timeout) READY_TIMEOUT=$2; shift 2 ;;
    --samples) SAMPLES=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --warmup-rounds) WARMUP_ROUNDS=$2; shift 2 ;;
    --wrk-seconds) WRK_SECONDS=$2; shift 2 ;;
    --wrk-connections) WRK_CONNECTIONS=$2; shift 2 ;;
    --port-base) PORT_BASE=$2; shift 2 ;;
    --h2-cache-kb) H2_CACHE_KB=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --one) ONE=$2; shift 2 ;; # internal: one run, into the folder given
    *) sed -n '2,21p' "$0" >&2; exit 2 ;;
  esac
done
IMPORT_HEAP=${IMPORT_HEAP:-$HEAP}
APP_PORT=$PORT_BASE
MGMT_PORT=$((PORT_BASE + 1))
PG_PORT=$((PORT_BASE + 2))
source bench/lib.sh

# The columns of scale.tsv, in order (bench/scale_report.py reads them by name).
KINDS="article tag tag_deep person front month year search search_api"
COLUMNS="size database status load sources_mb import_s import_rate first_ready_s db_mb db_ratio dir_mb index_mb
  restart_page_s restart_ready_s heap_gc_mb rss_mb"
for kind in $KINDS; do COLUMNS+=" ${kind}_p50 ${kind}_p95"; done
COLUMNS+=" non200 wrk_article wrk_tag wrk_front wrk_search note"

# =======================================================================================
# One run (a size and a database), in a process of its own: bench/scale.sh --one DIR.
# DIR holds "size database sources-bytes" in run.args; the run writes each figure to
# DIR/metrics as it takes it ("key<TAB>value"), so a run that fails keeps what it measured.

one_run() {
  # Globals, not locals: the EXIT trap needs them after the function has returned.
  dir=$1
  read -r size database sources_bytes <"$dir/run.args"
  exec 2> >(tee -a "$dir/run.log" >&2)
  local base="http://127.0.0.1:$APP_PORT" mgmt="http://127.0.0.1:$MGMT_PORT"
  pg_dir=$dir/pg
  LOCK_PID=""
  trap '[ -z "$LOCK_PID" ] || kill "$LOCK_PID" 2>/dev/null; stop_all; postgres_stop "$pg_dir"' EXIT
  trap 'exit 130' INT TERM

  put() { printf '%s\t%s\n' "$1" "$2" >>"$dir/metrics"; }
  fail() { put status "failed: $*"; log "$size $database failed: $*"; exit 1; }
  stage() { put stage "$1"; log "$size $database: $1"; }
  since() { awk -v from="$1" -v to="$(date +%s.%N)" 'BEGIN { printf "%.1f", to - from }'; }

  # The lock: held from here to the end of the run (the same lock as `flock $LOCK cmd`).
  # The wait runs in the background, so that a TERM still ends this run while it waits.
  exec 9>"$LOCK"
  if ! flock -n 9; then
    log "waiting for $LOCK (another benchmark is measuring)"
    flock 9 &
    LOCK_PID=$!
    wait "$LOCK_PID"
    LOCK_PID=""
  fi
  put load "$(cut -d' ' -f1 /proc/loadavg)"
  put sources_mb "$(awk -v b="$sources_bytes" 'BEGIN { printf "%.1f", b / 1048576 }')"

  local db_args
  if [ "$database" = postgres ]; then
    mkdir -p "$pg_dir"
    stage "starting PostgreSQL"
    # Its processes must not inherit the lock's descriptor.
    postgres_start "$pg_dir" "$PG_PORT" 9>&- || fail "PostgreSQL did not start; see $pg_dir/postgres.log"
  fi
  db_args=$(database_args_for "$database" "$dir" "$PG_PORT") || fail "unknown database $database"
  local sources
  sources="classpath:db/source,file:$(archive_dir "$size")/sources/"
  local -a app_args
  # shellcheck disable=SC2206 # the database's arguments split on purpose
  app_args=(--archive.sources="$sources" --archive.search-index="$dir/search-index" $db_args)

  # --- The import: a fresh database, start to first 200. ------------------------------
  stage "import (first start, -Xmx$IMPORT_HEAP, timeout ${IMPORT_TIMEOUT}s)"
  local started rc=0
  started=$(date +%s.%N)
  start_app "$dir/app-import.log" "$IMPORT_HEAP" seed "${app_args[@]}" 9>&-
  wait_for_200_within "$base/" "$APP_PID" "$IMPORT_TIMEOUT" || rc=$?
  if [ "$rc" -ne 0 ]; then
    put import_s ">$(since "$started")"
    local why="the app stopped during the import"
    [ "$rc" -eq 2 ] && why="import timeout after ${IMPORT_TIMEOUT}s"
    grep -q OutOfMemoryError "$dir/app-import.log" && why+=" (OutOfMemoryError in the log)"
    fail "$why; see app-import.log"
  fi
  local took read_sources
  took=$(since "$started")
  put import_s "$took"
  read_sources=$(grep -o 'Import: [0-9]* sources read' "$dir/app-import.log" | tail -1 | grep -o '[0-9]*' || true)
  [ -n "$read_sources" ] || fail "the first start imported nothing (the database was not fresh?)"
  put import_rate "$(awk -v n="$read_sources" -v t="$took" 'BEGIN { printf "%.0f", n / t }')"
  rc=0
  wait_for_200_within "$mgmt/actuator/health/readiness" "$APP_PID" "$READY_TIMEOUT" || rc=$?
  [ "$rc" -eq 0 ] && put first_ready_s "$(since "$started")"
  stop "$APP_PID"

  # --- The database on disk. -----------------------------------------------------------
  stage "database size"
  local db_bytes dir_bytes
  if [ "$database" = postgres ]; then
    db_bytes=$(postgres_query "$PG_PORT" "select pg_database_size('archive')") || fail "pg_database_size failed"
    dir_bytes=$(du -sb "$pg_dir/pgdata" | cut -f1)
    # Where the bytes go: each table with its indexes and TOAST, then the largest indexes.
    {
      printf 'kind\trelation\ttotal_bytes\ttable_bytes\tindex_bytes\ttoast_bytes\n'
      postgres_query "$PG_PORT" "select 'table', c.relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid),
          pg_indexes_size(c.oid), coalesce(pg_total_relation_size(nullif(c.reltoastrelid, 0)), 0)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' order by 3 desc"
      postgres_query "$PG_PORT" "select 'index', c.relname || ' (' || t.relname || ')', pg_relation_size(c.oid), 0, pg_relation_size(c.oid), 0
        from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' order by 3 desc limit 12"
    } >"$dir/relations.tsv" || log "the relation sizes failed"
  else
    db_bytes=$(stat -c %s "$dir/h2/archive.mv.db")
    dir_bytes=$(du -sb "$dir/h2" | cut -f1)
  fi
  put db_mb "$(awk -v b="$db_bytes" 'BEGIN { printf "%.0f", b / 1048576 }')"
  put dir_mb "$(awk -v b="$dir_bytes" 'BEGIN { printf "%.0f", b / 1048576 }')"
  put db_ratio "$(awk -v b="$db_bytes" -v s="$sources_bytes" 'BEGIN { printf "%.1f", b / s }')"
  put index_mb "$(du -sb "$dir/search-index" 2>/dev/null | awk '{ printf "%.0f", $1 / 1048576 }')"

  # --- A restart on the unchanged archive. ---------------------------------------------
  stage "restart (-Xmx$HEAP)"
  started=$(date +%s.%N)
  start_app "$dir/app-serve.log" "$HEAP" seed "${app_args[@]}" 9>&-
  rc=0
  wait_for_200_within "$base/" "$APP_PID" "$IMPORT_TIMEOUT" || rc=$?
  [ "$rc" -eq 0 ] || fail "the restart did not answer (code $rc); see app-serve.log"
  put restart_page_s "$(since "$started")"
  rc=0
  wait_for_200_within "$mgmt/actuator/health/readiness" "$APP_PID" "$READY_TIMEOUT" || rc=$?
  [ "$rc" -eq 0 ] || fail "not ready (search) after ${READY_TIMEOUT}s (code $rc); see app-serve.log"
  put restart_ready_s "$(since "$started")"
  grep -q 'Import: [0-9]* sources read' "$dir/app-serve.log" && put note "the restart imported again"

  # --- Uncached renders of distinct pages. ---------------------------------------------
  stage "finding the pages"
  find_pages "$dir/pages" || fail "could not find the pages to measure"
  stage "uncached renders ($WARMUP warm-up renders a kind $WARMUP_ROUNDS times over, then up to $SAMPLES distinct pages a kind)"
  local kind path line i
  for kind in $KINDS; do
    # The warm-up renders the kind's last pages, which are not measured, WARMUP_ROUNDS times.
    local round
    for round in $(seq "$WARMUP_ROUNDS"); do
      i=0
      while read -r path && [ "$i" -lt "$WARMUP" ]; do
        forget_pages
        curl -s -o /dev/null --max-time 60 "$base$path" || true
        i=$((i + 1))
      done < <(tac "$dir/pages/$kind")
    done
  done
  for kind in $KINDS; do
    i=0
    while read -r path && [ "$i" -lt "$SAMPLES" ]; do
      forget_pages
      line=$(curl -s -o /dev/null --max-time 60 -w '%{http_code} %{time_total}' "$base$path" || echo "000 0")
      printf '%s\t%s\t%s\t%s\n' "$kind" "${line% *}" "${line#* }" "$path" >>"$dir/uncached.tsv"
      i=$((i + 1))
    done <"$dir/pages/$kind"
    local ok
    ok=$(awk -F'\t' -v k="$kind" '$1 == k && $2 == 200 { print $3 * 1000 }' "$dir/uncached.tsv")
    if [ -n "$ok" ]; then
      put "${kind}_p50" "$(percentile 50 <<<"$ok" | awk '{ printf "%.1f", $1 }')"
      put "${kind}_p95" "$(percentile 95 <<<"$ok" | awk '{ printf "%.1f", $1 }')"
    fi
    log "$kind: $(wc -l <<<"$ok") renders, p50 $(percentile 50 <<<"$ok") ms, p95 $(percentile 95 <<<"$ok") ms"
  done
  put non200 "$(awk -F'\t' '$2 != 200' "$dir/uncached.tsv" | wc -l)"

  # --- Warm requests/s. ----------------------------------------------------------------
  stage "wrk ($WRK_SECONDS s a page, $WRK_CONNECTIONS connections)"
  local label result
  while read -r label path; do
    wrk_result "$base$path" "$WRK_CONNECTIONS" 2 >/dev/null || true
    result=$(wrk_result "$base$path" "$WRK_CONNECTIONS" "$WRK_SECONDS" || true)
    printf '%s\t%s\t%s\n' "$label" "$path" "$result" >>"$dir/wrk.tsv"
    [ -z "$result" ] || put "wrk_$label" "$(cut -d' ' -f1 <<<"$result" | awk '{ printf "%.0f", $1 }')"
    log "wrk $label: $result"
  done <<<"article $SEED_ARTICLE
tag $(first_line <"$dir/pages/tag_deep" | cut -d'?' -f1)
front /
search /search?q=harbour"

  # --- Memory while serving. -----------------------------------------------------------
  stage "memory"
  put rss_mb "$(vmrss_mb "$APP_PID")"
  put heap_gc_mb "$(heap_after_gc_mb "$APP_PID")"
  stop "$APP_PID"
  put status ok
  log "$size $database: done"
}

# The pages of each kind, one path a line, in $1/<kind>: spread over the archive.
find_pages() { # folder
  local out=$1 base="http://127.0.0.1:$APP_PORT" index parts
  mkdir -p "$out"
  # The sitemap: part 0 lists the front, the tags, the people, the years and months;
  # the other parts list the articles.
  index=$(curl -s --max-time 120 "$base/sitemap.xml")
  locs() { grep -o '<loc>[^<]*' | sed 's#^<loc>[a-z]*://[^/]*##'; }
  curl -s --max-time 120 "$base/sitemaps/0.xml" | locs >"$out/part0"
  grep '^/tags/' "$out/part0" | spread "$SAMPLES" "$WARMUP" >"$out/tag"
  grep '^/people/' "$out/part0" | spread "$SAMPLES" "$WARMUP" >"$out/person"
  grep -E '^/[0-9]{4}$' "$out/part0" | spread "$SAMPLES" "$WARMUP" >"$out/year"
  grep -E '^/[0-9]{4}/[0-9]{2}$' "$out/part0" | spread "$SAMPLES" "$WARMUP" >"$out/month"
  # Articles: from up to four parts spread over the archive (a part is a long list).
  parts=$(locs <<<"$index" | grep -v '^/sitemaps/0.xml$' | spread 4 0)
  local part
  : >"$out/articles-all"
  for part in $parts; do curl -s --max-time 300 "$base$part" | locs >>"$out/articles-all"; done
  grep -E '^/[0-9]{4}/[0-9]{2}/[0-9]{2}/' "$out/articles-all" | spread "$SAMPLES" "$WARMUP" >"$out/article"
  # The front page: one page, rendered afresh each time.
  seq "$((SAMPLES + WARMUP))" | sed 's#.*#/#' >"$out/front"
  # Deep tag pages: the largest tags (the front lists them first) at cursors near the
  # end of their lists (the articles run from 2000 to 2024), a page a month of 2000.
  local tag m
  : >"$out/tag_deep"
  for tag in $(curl -s "$base/" | grep -o 'href="/tags/[a-z0-9-]*"' | cut -d'"' -f2 | awk '!seen[$0]++' | sed -n 1,3p); do
    for m in 02 03 04 05 06 07 08 09 10 11 12; do echo "$tag?before=2000-$m-01.1"; done
  done >"$out/tag_deep"
  # Searches: a fixed set of 24 measured (words, places, phrases, prefixes, an exclusion;
  # each order; narrowed by tags, a section, a publisher, dates, and several at once; every
  # search counts its facets), then 10 for the warm-up (read from the end).
  grep -v '^#' bench/searches.txt >"$out/search"
  # The same searches as JSON: the search's own cost, without the page's rendering.
  sed 's#^/search?#/api/search?#' "$out/search" >"$out/search_api"
  local kind
  for kind in $KINDS; do [ -s "$out/$kind" ] || { log "no $kind pages found"; return 1; }; done
}

# Up to n lines of stdin spread evenly over it, then (for the warm-up) up to w more
# lines not among them, at the end.
spread() { # n w
  awk -v n="$1" -v w="$2" '{ line[NR] = $0 } END {
    if (NR == 0) exit
    for (i = 0; i < n && i < NR; i++) { k = 1 + int(i * NR / (n < NR ? n : NR)); pick[k] = 1; print line[k] }
    for (k = NR; k >= 1 && w > 0; k--) if (!(k in pick)) { print line[k]; w-- }
  }'
}

if [ -n "$ONE" ]; then
  one_run "$ONE"
  exit 0
fi

# =======================================================================================
# The sizes and databases, one run each.

[ -f "$JAR" ] || die "build first: mvn -q -B -o package -DskipTests"
require_tools java jcmd jstat curl wrk python3 awk flock
RUN=$WORK/scale-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
CHILD=""
trap '[ -z "$CHILD" ] || { kill "$CHILD" 2>/dev/null; wait "$CHILD" 2>/dev/null; }; stop_all' EXIT
trap 'exit 130' INT TERM
{
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); jar built $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average before the run $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- $(java -version 2>&1 | sed -n 2p)"
  echo "- heap: -Xmx$IMPORT_HEAP for the import, -Xmx$HEAP for the restart and serving; H2 cache ${H2_CACHE_KB:-default} KB; import timeout ${IMPORT_TIMEOUT}s"
  echo "- uncached: $WARMUP warm-up renders a kind, $WARMUP_ROUNDS times over, then up to $SAMPLES distinct pages a kind, the page cache emptied before each; wrk: 2 threads, $WRK_CONNECTIONS connections, $WRK_SECONDS s a page after 2 s of warm-up"
} >"$RUN/machine.md"
cat "$RUN/machine.md" >&2
# shellcheck disable=SC2086 # one column a word
echo $COLUMNS | tr ' ' '\t' >"$RUN/scale.tsv"

# A row of scale.tsv from a run's metrics (the last value of each key).
row() { # dir
  awk -F'\t' -v columns="$COLUMNS" 'FNR == NR { v[$1] = $2; next } END {
    n = split(columns, c, /[ \n]+/); out = ""
    for (i = 1; i <= n; i++) if (c[i] != "") out = out (out == "" ? "" : "\t") ((c[i] in v) ? v[c[i]] : "")
    print out }' "$1/metrics" /dev/null
}

for size in $SIZES; do
  sources_bytes=""
  if (generate_archive "$size") && [ -f "$(archive_dir "$size")/sources/people.registry" ]; then
    sources_bytes=$(du -sb "$(archive_dir "$size")/sources" | cut -f1) || sources_bytes=""
  fi
  for database in $DATABASES; do
    dir=$RUN/$size-$database
    mkdir -p "$dir"
    printf 'size\t%s\ndatabase\t%s\n' "$size" "$database" >"$dir/metrics"
    if [ -z "$sources_bytes" ]; then
      printf 'status\tfailed: the archive was not generated\n' >>"$dir/metrics"
    else
      echo "$size $database $sources_bytes" >"$dir/run.args"
      log "=== $size articles, $database"
      rc=0
      H2_CACHE_KB=$H2_CACHE_KB bash "$SELF" --one "$dir" --heap "$HEAP" --import-heap "$IMPORT_HEAP" --import-timeout "$IMPORT_TIMEOUT" \
        --ready-timeout "$READY_TIMEOUT" --samples "$SAMPLES" --warmup "$WARMUP" --warmup-rounds "$WARMUP_ROUNDS" --wrk-seconds "$WRK_SECONDS" \
        --wrk-connections "$WRK_CONNECTIONS" --port-base "$PORT_BASE" &
      CHILD=$!
      wait "$CHILD" || rc=$?
      CHILD=""
      if [ "$rc" -ne 0 ] && ! grep -q '^status' "$dir/metrics"; then
        printf 'status\tfailed (exit %s) during: %s\n' "$rc" "$(awk -F'\t' '$1 == "stage" { s = $2 } END { print s }' "$dir/metrics")" >>"$dir/metrics"
      fi
      [ -n "$KEEP" ] || rm -rf "$dir/h2" "$dir/pg/pgdata" "$dir/search-index"
    fi
    row "$dir" >>"$RUN/scale.tsv" || log "no row for $dir"
    log "$(awk -F'\t' '$1 == "status" { s = $2 } END { print s }' "$dir/metrics" || true)"
  done
done
python3 bench/scale_report.py "$RUN" || log "the report failed; the figures are in $RUN/scale.tsv"
log "results in $RUN/results.md and $RUN/scale.svg"

#!/usr/bin/env bash
# The import of a generated archive into an empty database, timed from the start of the
# packaged jar to its first 200; then a restart on the same database, which must find
# nothing to import. Databases: H2 in memory (the default), H2 in a file, PostgreSQL
# (Debian's, on loopback, run as the postgres user when we are root).
#
#   mvn -q -B -o package -DskipTests
#   bench/import.sh [--articles N] [--databases "h2-mem h2-file postgres"] [--heap 4g]
#
# Writes import.tsv and the logs to bench/work/import-<time>/. The generated sources are
# those of bench/run.sh (bench/work/archive-N/sources); the databases are made afresh.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ARTICLES=100000
DATABASES="h2-mem h2-file postgres"
HEAP=4g
PG_PORT=${PG_PORT:-18432}
while [ $# -gt 0 ]; do
  case $1 in
    --articles) ARTICLES=$2; shift 2 ;;
    --databases) DATABASES=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    *) sed -n '2,11p' "$0" >&2; exit 2 ;;
  esac
done

[ -f "$JAR" ] || die "build first: mvn -q -B -o package -DskipTests"
require_tools java curl
RUN=$WORK/import-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_postgres() { [ -z "$PG_BIN" ] || as_postgres "$PG_BIN/pg_ctl" -D "$RUN/pgdata" -m fast stop >/dev/null 2>&1 || true; }
trap 'stop_all; stop_postgres' EXIT

start_postgres() {
  [ -n "$PG_BIN" ] || die "PostgreSQL is missing: apt-get install -y postgresql"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$RUN"; fi
  as_postgres "$PG_BIN/initdb" -D "$RUN/pgdata" -U postgres --auth=trust >/dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$RUN/pgdata" -o "-p $PG_PORT -k $RUN -c listen_addresses=127.0.0.1" \
    -l "$RUN/postgres.log" -w start >/dev/null
  PGHOST=127.0.0.1 PGPORT=$PG_PORT POSTGRES_USER=postgres POSTGRES_DB=postgres \
    ARCHIVE_OWNER_PASSWORD=owner ARCHIVE_READER_PASSWORD=reader deploy/postgres/init-roles.sh >/dev/null
}

# The app's arguments for a database.
database_args() {
  case $1 in
    h2-mem) echo "--spring.datasource.url=jdbc:h2:mem:archive;DB_CLOSE_DELAY=-1" ;;
    h2-file) echo "--spring.datasource.url=jdbc:h2:file:$RUN/h2/archive;CACHE_SIZE=262144 --spring.datasource.username=sa" ;;
    postgres) echo "--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:$PG_PORT/archive
      --spring.datasource.username=archive_reader --spring.datasource.password=reader
      --spring.flyway.user=archive_owner --spring.flyway.password=owner" ;;
  esac
}

# Starts the jar on the generated archive and a database; sets TOOK, the seconds to the first 200.
timed_start() { # database log
  local sources started
  sources="classpath:db/source,file:$(archive_dir "$ARTICLES")/sources/"
  [ "$(status_of "http://127.0.0.1:$APP_PORT/")" = 000 ] || die "port $APP_PORT is taken"
  started=$(date +%s.%N)
  # shellcheck disable=SC2046 # the arguments split on purpose
  java -Xmx"$HEAP" -XX:+UseG1GC -jar "$JAR" --server.port="$APP_PORT" --management.server.port=0 \
    --archive.sources="$sources" $(database_args "$1") >"$2" 2>&1 &
  APP_PID=$!
  STARTED+=("$APP_PID")
  wait_for_200 "http://127.0.0.1:$APP_PORT/" "$APP_PID" "$2"
  TOOK=$(echo "$(date +%s.%N) - $started" | bc)
}

# What the import read and wrote, as its log says, and Flyway's time for the migrations.
import_summary() { # log
  local what took
  what=$(grep -o 'Import: [0-9]* sources read, [0-9]* articles written' "$1" | tail -1 | sed 's/Import: //' || true)
  grep -q 'No migration necessary' "$1" && what="nothing: the sources are unchanged"
  took=$(grep -o 'execution time [0-9:.]*s' "$1" | tail -1 | sed 's/execution time //' || true)
  printf '%s\t%s' "${what:-?}" "${took:--}"
}

generate_archive "$ARTICLES"
printf 'database\tstart\tseconds to first 200\twhat was imported\tmigration time\n' >"$RUN/import.tsv"
for database in $DATABASES; do
  [ "$database" != postgres ] || start_postgres
  for start in first restart; do
    [ "$start" = first ] || [ "$database" != h2-mem ] || continue
    log "$database, $start start"
    timed_start "$database" "$RUN/$database-$start.log"
    stop "$APP_PID"
    printf '%s\t%s\t%.1f\t%s\n' "$database" "$start" "$TOOK" "$(import_summary "$RUN/$database-$start.log")" \
      | tee -a "$RUN/import.tsv" >&2
  done
  [ "$database" != postgres ] || stop_postgres
done
log "results in $RUN/import.tsv"

#!/usr/bin/env bash
# The topology of compose.yaml without a Docker engine, on loopback: Debian's
# PostgreSQL set up by deploy/postgres/init-roles.sh, two replicas of the packaged jar
# on the postgres profile, and nginx with deploy/nginx/nginx.conf in front. It checks
# what the reference promises, then stops everything.
#
#   mvn -q package -DskipTests && deploy/scale-out-locally.sh
#   (needs: apt-get install postgresql nginx)
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=$PWD/target/scale-out
JAR=target/news-archive.jar
PG_PORT=55432 PROXY_PORT=18180
[ -f "$JAR" ] || { echo "Build first: mvn -q package -DskipTests" >&2; exit 1; }
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
command -v nginx >/dev/null || { echo "Install nginx: apt-get install nginx" >&2; exit 1; }

rm -rf "$WORK" && mkdir -p "$WORK/nginx-cache"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

# PostgreSQL will not run as root: run it as the postgres user when we are root.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$WORK"; fi

echo "PostgreSQL ($PG_BIN) on port $PG_PORT"
as_postgres "$PG_BIN/initdb" -D "$WORK/pgdata" -U postgres --auth=trust >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" \
  -l "$WORK/postgres.log" -w start >/dev/null
PGHOST=127.0.0.1 PGPORT=$PG_PORT POSTGRES_USER=postgres POSTGRES_DB=postgres \
  ARCHIVE_OWNER_PASSWORD=owner-secret ARCHIVE_READER_PASSWORD=reader-secret deploy/postgres/init-roles.sh >/dev/null

replica() { # name port management-port
  SPRING_PROFILES_ACTIVE=postgres \
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/archive \
  SPRING_DATASOURCE_USERNAME=archive_reader SPRING_DATASOURCE_PASSWORD=reader-secret \
  SPRING_FLYWAY_USER=archive_owner SPRING_FLYWAY_PASSWORD=owner-secret \
  ARCHIVE_BASE_URL=http://localhost:$PROXY_PORT SERVER_PORT=$2 MANAGEMENT_SERVER_PORT=$3 \
    java -Xmx256m -jar "$JAR" >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
echo "Two replicas, started together"
replica app1 18181 18191
replica app2 18182 18192

ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness")" = 200 ]; }
for port in 18191 18192; do
  for _ in $(seq 600); do ready $port && break; sleep 1; done
  ready $port || { echo "replica with management port $port never became ready" >&2; tail -n 20 "$WORK"/app1.log; exit 1; }
done
echo "  both ready; imports run: $(grep -h 'Import:' "$WORK"/app*.log | wc -l) (the second replica found nothing to do)"
grep -h "FlywayExecutor.*Database:" "$WORK/app1.log" | sed 's/.*: Database/  app1 migrated database/'

sed -e "s|app1:8080|127.0.0.1:18181|; s|app2:8080|127.0.0.1:18182|; s|listen 80;|listen 127.0.0.1:$PROXY_PORT;|" \
    -e "s|/var/cache/nginx/archive|$WORK/nginx-cache|" \
    -e "s|^events|pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;\nevents|" \
    -e "s|^http {|http {\n  access_log $WORK/nginx-access.log;|" deploy/nginx/nginx.conf >"$WORK/nginx.conf"
if [ "$(id -u)" -eq 0 ]; then chown -R nobody "$WORK/nginx-cache"; fi
nginx -t -q -c "$WORK/nginx.conf" -p "$WORK"
nginx -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon off;' &
PIDS+=($!)
sleep 1

proxy() { curl -s -o /dev/null -D - "http://127.0.0.1:$PROXY_PORT$1"; }
status_and_cache() { proxy "$1" | tr -d '\r' | awk '/^HTTP/ {s=$2} tolower($1)=="x-cache-status:" {c=$2} END {print s, c}'; }
ARTICLE=/2017/12/13/tillersons-new-north-korea-strategy-praised-by-china-and-russia-but-undermined-by-trump
echo "Through the proxy (status, cache):"
for path in / "$ARTICLE" "$ARTICLE" /tags/north-korea /tags/north-korea /feed.xml /a/1; do
  printf '  %-40.40s %s\n' "$path" "$(status_and_cache "$path")"
done
SEED=db/source/2017/12/tillerson-north-korea-strategy.txt
curl -s "http://127.0.0.1:$PROXY_PORT$ARTICLE/source.txt" | cmp -s - "$SEED" \
  && echo "  source.txt is byte for byte $SEED" || echo "  source.txt DIFFERS from $SEED"
echo "  info: $(curl -s http://127.0.0.1:18191/actuator/info | grep -o '"archive":{[^}]*}')"
echo "  the serving role writes: $(PGHOST=127.0.0.1 PGPORT=$PG_PORT psql -U archive_reader -d archive -tAc \
  "insert into tag (slug, name, article_count) values ('x', 'X', 0)" 2>&1 | head -1)"
echo "  the serving role makes a temporary table: $(PGHOST=127.0.0.1 PGPORT=$PG_PORT psql -U archive_reader -d archive \
  -tAc "create temporary table intruder (id int)" 2>&1 | head -1)"

echo "Stopping replica 1: the proxy goes on with replica 2"
kill "${PIDS[0]}"; wait "${PIDS[0]}" 2>/dev/null || true
printf '  %-40.40s %s\n' "/tags (uncached)" "$(status_and_cache /tags)"
printf '  %-40.40s %s\n' "/people (uncached)" "$(status_and_cache /people)"
grep -h "Graceful shutdown complete" "$WORK/app1.log" | head -1 | sed 's/.*: /  app1: /'

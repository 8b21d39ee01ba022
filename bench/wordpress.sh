#!/usr/bin/env bash
# The peer a newsroom would pick instead: stock WordPress from Debian's packages
# (MariaDB, php-fpm, nginx in front), holding the seed article at the app's permalink
# with its tags, measured side by side with the app on the seed archive: the article, a
# tag page and the front page, with wrk at 16 and 64 connections.
#
#   apt-get install -y wordpress wordpress-theme-twentytwentythree php-fpm php-mysql mariadb-server nginx wrk
#   mvn -q -B -o package -DskipTests
#   bench/wordpress.sh [--duration S] [--rounds R]
#
# Defaults: 5 s a wrk run, 1 round. Run as root: MariaDB runs as mysql and php-fpm's
# workers as www-data, as Debian runs them. Everything the script starts (MariaDB with
# its own data folder and socket, php-fpm, nginx, the app) is stopped on exit, and the
# site's config file in /etc/wordpress removed. Logs, the raw figures (wordpress.tsv)
# and results.md go to bench/work/wordpress-<time>/.
#
# Stock means: Debian's php.ini (OPcache on), Debian's php-fpm pool settings (dynamic,
# 5 children at most), Debian's MariaDB settings, the default theme, no page-cache
# plugin: WordPress renders every request. The app serves its pages from its page cache.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=5
ROUNDS=1
CONNECTIONS=(16 64)
while [ $# -gt 0 ]; do
  case $1 in
    --duration) DURATION=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    *) sed -n '2,19p' "$0" >&2; exit 2 ;;
  esac
done

[ "$(id -u)" = 0 ] || die "run as root: MariaDB and php-fpm's workers drop to their own users (mysql, www-data)"
[ -f "$JAR" ] || die "build first: mvn -q -B -o package -DskipTests"
[ -f /usr/share/wordpress/wp-load.php ] || die "WordPress is missing (apt-get install -y wordpress wordpress-theme-twentytwentythree)"
[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] \
  || die "the default theme is missing (apt-get install -y wordpress-theme-twentytwentythree)"
PHP_FPM=""
for candidate in /usr/sbin/php-fpm*; do [ -x "$candidate" ] && PHP_FPM=$candidate; done
[ -n "$PHP_FPM" ] || die "php-fpm is missing (apt-get install -y php-fpm php-mysql)"
require_tools java curl wrk nginx php mariadbd mariadb-install-db mariadb
id mysql >/dev/null 2>&1 || die "no mysql user (apt-get install -y mariadb-server)"
id www-data >/dev/null 2>&1 || die "no www-data user"

RUN=$WORK/wordpress-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
HOME_URL=http://127.0.0.1:$WP_PORT
# Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php.
WP_CONFIG_NAME=newsarchive-bench-$WP_PORT
WP_CONFIG=/etc/wordpress/config-$WP_CONFIG_NAME.php
[ ! -e "$WP_CONFIG" ] || die "$WP_CONFIG exists: another run of this script, or one that was killed (remove it)"
DB_HOME=$RUN/mariadb
DB_DIR=$DB_HOME/data
DB_SOCKET=$DB_HOME/mariadb.sock

# Stops what the script started; the database's files (over 100 MB) go too, its log stays.
cleanup() {
  stop_all
  rm -f "$WP_CONFIG"
  rm -rf "$DB_DIR"
}
trap cleanup EXIT

log "runs in $RUN"

# ---------------------------------------------------------------------------------------
# MariaDB: a folder of its own (data, socket, log), owned by mysql; no TCP port.

mkdir -p "$DB_DIR"
chown -R mysql:mysql "$DB_HOME"
log "MariaDB: a new data folder in $DB_DIR"
mariadb-install-db --user=mysql --datadir="$DB_DIR" --auth-root-authentication-method=socket \
  --skip-test-db >"$RUN/mariadb-install.log" 2>&1 || die "mariadb-install-db failed; see $RUN/mariadb-install.log"
# Debian's settings (/etc/mysql), but this run's folder and socket, and no network.
mariadbd --user=mysql --datadir="$DB_DIR" --socket="$DB_SOCKET" --pid-file="$DB_HOME/mariadb.pid" \
  --skip-networking --log-error="$DB_HOME/error.log" &
DB_PID=$!
STARTED+=("$DB_PID")
until mariadb --socket="$DB_SOCKET" -u root -e 'SELECT 1' >/dev/null 2>&1; do
  kill -0 "$DB_PID" 2>/dev/null || die "MariaDB stopped; see $DB_HOME/error.log"
  sleep 0.2
done
DB_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
mariadb --socket="$DB_SOCKET" -u root <<EOF
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
EOF

# ---------------------------------------------------------------------------------------
# WordPress's config, read by Debian's wp-config.php for this site only.

# Readable by root and www-data only: it holds the database password.
(umask 027 && cat >"$WP_CONFIG") <<EOF
<?php
// Written by bench/wordpress.sh for its run in $RUN; removed when it ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost:$DB_SOCKET');
define('WP_HOME', '$HOME_URL');
define('WP_SITEURL', '$HOME_URL');
// The machine reaches no WordPress.org: update checks fail at once instead of
// holding a php-fpm worker until they time out.
define('WP_HTTP_BLOCK_EXTERNAL', true);
EOF
chgrp www-data "$WP_CONFIG"

# ---------------------------------------------------------------------------------------
# php-fpm (Debian's pool settings, a socket of this run) and nginx (the usual WordPress
# server block: a file, else index.php).

cat >"$RUN/php-fpm.conf" <<EOF
; Written by bench/wordpress.sh: Debian's www pool, on a socket of this run.
[global]
pid = $RUN/php-fpm.pid
error_log = $RUN/php-fpm.log
daemonize = no

[www]
user = www-data
group = www-data
listen = $RUN/php-fpm.sock
listen.owner = www-data
listen.group = www-data
listen.mode = 0660
pm = dynamic
pm.max_children = 5
pm.start_servers = 2
pm.min_spare_servers = 1
pm.max_spare_servers = 3
; For drain_wordpress only.
pm.status_path = /fpm-status
EOF
"$PHP_FPM" --nodaemonize --fpm-config "$RUN/php-fpm.conf" >>"$RUN/php-fpm.log" 2>&1 &
FPM_PID=$!
STARTED+=("$FPM_PID")

mkdir -p "$RUN/nginx-temp"
chown www-data "$RUN/nginx-temp"
cat >"$RUN/nginx.conf" <<EOF
# Written by bench/wordpress.sh. Two workers for two cores, as for the app's reference;
# no access log (the app keeps none either). Workers as www-data, for php-fpm's socket.
user www-data;
worker_processes 2;
pid $RUN/nginx.pid;
error_log $RUN/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $RUN/nginx-temp/body;
  proxy_temp_path $RUN/nginx-temp/proxy;
  fastcgi_temp_path $RUN/nginx-temp/fastcgi;
  uwsgi_temp_path $RUN/nginx-temp/uwsgi;
  scgi_temp_path $RUN/nginx-temp/scgi;
  server {
    listen 127.0.0.1:$WP_PORT;
    root /usr/share/wordpress;
    index index.php;
    # Debian keeps themes, plugins and uploads here (its Apache config has the same alias).
    location /wp-content/ { alias /var/lib/wordpress/wp-content/; }
    location / { try_files \$uri \$uri/ /index.php?\$args; }
    location = /fpm-status { include /etc/nginx/fastcgi_params; fastcgi_pass unix:$RUN/php-fpm.sock; }
    location ~ \.php\$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
      fastcgi_param WORDPRESS_CONFIG $WP_CONFIG_NAME;
      # Debian's fastcgi_params passes \$host as HTTP_HOST, without the port (a security
      # fix): WordPress would redirect every page to itself, to the URL with the port.
      fastcgi_param HTTP_HOST \$host:\$server_port;
      # A whole page in memory, not in a temporary file.
      fastcgi_buffers 32 16k;
      fastcgi_pass unix:$RUN/php-fpm.sock;
    }
  }
}
EOF
[ "$(status_of "$HOME_URL/")" = 000 ] || die "port $WP_PORT is taken"
nginx -p "$RUN" -c "$RUN/nginx.conf" -g 'daemon off;' &
WP_NGINX_PID=$!
STARTED+=("$WP_NGINX_PID")
until [ "$(status_of "$HOME_URL/wp-admin/install.php")" = 200 ]; do
  kill -0 "$WP_NGINX_PID" 2>/dev/null || die "nginx stopped; see $RUN/nginx-error.log"
  kill -0 "$FPM_PID" 2>/dev/null || die "php-fpm stopped; see $RUN/php-fpm.log"
  sleep 0.2
done

# ---------------------------------------------------------------------------------------
# WordPress: installed, then the seed article published, by WordPress's own functions.

SLUG=${SEED_ARTICLE##*/}
SOURCE=$(ls db/source/*/*/*.txt)
[ "$(wc -l <<<"$SOURCE")" = 1 ] || die "expected one seed article in db/source, found: $SOURCE"
installed=$(php bench/wordpress/seed.php install "$WP_CONFIG_NAME" "$HOME_URL" 2>"$RUN/seed.log") \
  || die "the install failed; see $RUN/seed.log"
log "WordPress $installed"
published=$(php bench/wordpress/seed.php publish "$WP_CONFIG_NAME" "$HOME_URL" "$SOURCE" "${SOURCE%.txt}.meta" "$SLUG" 2>>"$RUN/seed.log") \
  || die "publishing failed; see $RUN/seed.log"
log "published $published"
[ "${published%% *}" = "$SEED_ARTICLE/" ] || die "WordPress published it at ${published%% *}, not at $SEED_ARTICLE/"

# Every page the run may ask for, before the app takes its time to start.
for path in "$SEED_ARTICLE/" / $(tr ',' '\n' <<<"${published##* }" | sed 's|.*|/tag/&/|'); do
  [ "$(status_of "$HOME_URL$path")" = 200 ] \
    || die "WordPress answers $path with: $(curl -s -o /dev/null -D - "$HOME_URL$path" | tr -s '\r\n' ' ')"
done

# ---------------------------------------------------------------------------------------
# The app, on the seed archive.

log "starting the app on the seed archive"
start_app "$RUN/app.log" 1g seed
wait_until_ready "$RUN/app.log"

# The same three pages on each: the tag is the first main tag of the app's front page.
TAG=$(curl -s "http://127.0.0.1:$APP_PORT/" | grep -o 'href="/tags/[a-z0-9-]*"' | first_line | cut -d'"' -f2)
TAG=${TAG#/tags/}
[ -n "$TAG" ] || die "the app's front page shows no tag"
PAGES="article $SEED_ARTICLE $SEED_ARTICLE/
tag /tags/$TAG /tag/$TAG/
front / /"
{
  echo "| page | app path | app bytes | WordPress path | WordPress bytes |"
  echo "| --- | --- | ---: | --- | ---: |"
} >"$RUN/pages.md"
while read -r label app_path wp_path; do
  app_status=$(curl -s -o "$RUN/app-$label.html" -w '%{http_code}' "http://127.0.0.1:$APP_PORT$app_path")
  wp_status=$(curl -s -o "$RUN/wordpress-$label.html" -w '%{http_code}' "$HOME_URL$wp_path")
  [ "$app_status" = 200 ] || die "the app answers $app_status for $app_path"
  [ "$wp_status" = 200 ] || die "WordPress answers $wp_status for $wp_path; see $RUN/wordpress-$label.html"
  echo "| $label | \`$app_path\` | $(wc -c <"$RUN/app-$label.html") | \`$wp_path\` | $(wc -c <"$RUN/wordpress-$label.html") |" >>"$RUN/pages.md"
done <<<"$PAGES"
grep -q 'twentytwentythree' "$RUN/wordpress-front.html" || die "WordPress does not render with its default theme"
grep -q 'Lu Kang' "$RUN/wordpress-article.html" || die "WordPress's article lacks the article's text"

# ---------------------------------------------------------------------------------------
# wrk: each page and connection count, the app and WordPress back to back (which goes
# first flips every time).

wrk_run() { # url connections seconds: prints "req/s p99-ms socket-errors non-2xx/3xx p50-ms"
  wrk -t2 -c"$2" -d"$3"s --timeout 10s -s bench/wrk/report.lua "$1" 2>&1 \
    | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}

# When wrk stops, the requests it left in php-fpm's queue (up to one a connection, at a
# few a second) are still rendered: the next run would start behind them. php-fpm takes
# its connections in order, so its status page answers once they are done.
drain_wordpress() {
  curl -s -o /dev/null --max-time 120 "$HOME_URL/fpm-status" || die "php-fpm did not drain its queue in 120 s"
}

log "warming up both on every page"
while read -r label app_path wp_path; do
  wrk_run "http://127.0.0.1:$APP_PORT$app_path" 16 3 >/dev/null
  wrk_run "$HOME_URL$wp_path" 16 3 >/dev/null
  drain_wordpress
done <<<"$PAGES"

TSV=$RUN/wordpress.tsv
flip=0
for round in $(seq "$ROUNDS"); do
  while read -r label app_path wp_path; do
    for conns in "${CONNECTIONS[@]}"; do
      if ((flip++ % 2)); then
        wp=$(wrk_run "$HOME_URL$wp_path" "$conns" "$DURATION")
        drain_wordpress
        app=$(wrk_run "http://127.0.0.1:$APP_PORT$app_path" "$conns" "$DURATION")
      else
        app=$(wrk_run "http://127.0.0.1:$APP_PORT$app_path" "$conns" "$DURATION")
        wp=$(wrk_run "$HOME_URL$wp_path" "$conns" "$DURATION")
        drain_wordpress
      fi
      if [ -z "$app" ] || [ -z "$wp" ]; then die "a wrk run gave no RESULT line"; fi
      printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$conns" "$round" "${app// /$'\t'}" "${wp// /$'\t'}" >>"$TSV"
      log "round $round $label c=$conns  app: $app  WordPress: $wp"
    done
  done <<<"$PAGES"
done

# Memory after the load: the app's RSS; WordPress's is MariaDB's, php-fpm's (master
# and workers) and nginx's (master and workers).
rss_tree_mb() { # pids: RSS of each and its children, in MB
  local pids
  pids=$(IFS=,; echo "$*")
  ps -o rss= -p "$pids" --ppid "$pids" | awk '{ kb += $1 } END { printf "%.0f", kb / 1024 }'
}
APP_RSS=$(rss_mb "$APP_PID")
WP_RSS=$(rss_tree_mb "$DB_PID" "$FPM_PID" "$WP_NGINX_PID")

# ---------------------------------------------------------------------------------------
# The table: medians of rounds; the ratio is the app's requests/s over WordPress's.
# TSV columns: page conns round | app: rps p99 errors non2xx p50 | wp: rps p99 errors non2xx p50

column_median() { # page conns column
  awk -F'\t' -v p="$1" -v c="$2" -v k="$3" '$1 == p && $2 == c { print $k }' "$TSV" | median
}
column_sum() { # page conns column
  awk -F'\t' -v p="$1" -v c="$2" -v k="$3" '$1 == p && $2 == c { s += $k } END { print s + 0 }' "$TSV"
}
{
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, shared; load average after the run $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php) (Debian $(dpkg-query -W -f '${Version}' wordpress)), theme Twenty Twenty-Three; $(php -r 'echo "PHP ", PHP_VERSION;') php-fpm (pm dynamic, 5 children at most, OPcache on); $(mariadbd --version | sed 's/.*Ver \([^ ]*\).*/MariaDB \1/'); nginx $(nginx -v 2>&1 | sed 's/.*\///')"
  echo "- the app: seed archive (in-memory H2), -Xmx1g, its page cache warm; $(java -version 2>&1 | sed -n 1p)"
  echo "- wrk: 2 threads, ${DURATION} s a run, ${ROUNDS} round(s), no Accept-Encoding (both send identity bytes)"
  echo "- RSS after the load: the app $APP_RSS MB; WordPress (MariaDB + php-fpm + nginx) $WP_RSS MB"
  echo
  cat "$RUN/pages.md"
  echo
  echo "| page | connections | app req/s | app p50 ms | app p99 ms | WordPress req/s | WordPress p50 ms | WordPress p99 ms | app / WordPress (req/s) | errors app / WordPress |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  while read -r label _ _; do
    for conns in "${CONNECTIONS[@]}"; do
      a_rps=$(column_median "$label" "$conns" 4); a_p99=$(column_median "$label" "$conns" 5); a_p50=$(column_median "$label" "$conns" 8)
      w_rps=$(column_median "$label" "$conns" 9); w_p99=$(column_median "$label" "$conns" 10); w_p50=$(column_median "$label" "$conns" 13)
      a_err=$(($(column_sum "$label" "$conns" 6) + $(column_sum "$label" "$conns" 7)))
      w_err=$(($(column_sum "$label" "$conns" 11) + $(column_sum "$label" "$conns" 12)))
      ratio=$(awk -v a="$a_rps" -v w="$w_rps" 'BEGIN { if (w > 0) printf "%.0f×", a / w; else print "n/a" }')
      echo "| $label | $conns | $a_rps | $a_p50 | $a_p99 | $w_rps | $w_p50 | $w_p99 | $ratio | $a_err / $w_err |"
    done
  done <<<"$PAGES"
} >"$RUN/results.md"
cat "$RUN/results.md"
log "results in $RUN/results.md"

#!/usr/bin/env bash
# Records what a crawl reaches on the seed archive and on a generated one (300 articles
# by default): every page's path, status, type, Location and the SHA-256 of its bytes
# (bench/crawl.py). A change meant to keep behaviour is checked by crawling the build
# before and the build after, then comparing:
#
#   bench/crawl.sh --out /tmp/before        # on the earlier build's jar
#   bench/crawl.sh --out /tmp/after         # on the new one
#   diff /tmp/before/crawl-seed.tsv /tmp/after/crawl-seed.tsv
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ARTICLES=300
OUT=""
while [ $# -gt 0 ]; do
  case $1 in
    --articles) ARTICLES=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) die "unknown option $1 (bench/crawl.sh [--articles N] [--out DIR])" ;;
  esac
done
OUT=${OUT:-$WORK/crawl-$(git rev-parse --short HEAD 2>/dev/null || echo build)}
[ -f "$JAR" ] || die "build the jar first: mvn -q -B package -DskipTests"
require_tools java python3 curl
trap stop_all EXIT
mkdir -p "$OUT"
generate_archive "$ARTICLES"

for archive in seed "$ARTICLES"; do
  log "crawling the $archive archive"
  start_app "$OUT/app-$archive.log" 1g "$archive"
  wait_until_ready "$OUT/app-$archive.log"
  python3 bench/crawl.py "http://127.0.0.1:$APP_PORT" "$OUT/crawl-$archive.tsv"
  stop_all
done
log "crawls in $OUT: $(wc -l "$OUT"/crawl-*.tsv | tail -1)"

#!/usr/bin/env bash
# A bounded soak: the packaged app under wrk for a while on loopback, over a mix of every
# page kind and an image, with heap and RSS sampled every 10 s; it ends with a verdict on
# the errors and on whether memory stays flat after the warm-up.
#
#   mvn -q -B -o package -DskipTests
#   bench/soak.sh [--archive seed|N] [--duration S] [--connections C] [--fresh N] [--heap SIZE]
#
# Defaults: the seed archive, 300 s, 256 connections, -Xmx512m, every request served by
# the page cache (--fresh N makes every N-th request new to it: a fresh render). A generated archive must have been
# made by bench/run.sh (or browse-latency.sh) first, so the soak imports nothing.
#
# Verdict: zero socket errors and only 2xx/3xx answers; and "flat after warm-up" when,
# comparing the last third of the samples with the middle third, neither the mean RSS
# nor the mean old generation (what survives the young collections) has grown by more
# than 10%.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ARCHIVE=seed
DURATION=300
CONNECTIONS=256
FRESH=0
HEAP=512m
EVERY=10
while [ $# -gt 0 ]; do
  case $1 in
    --archive) ARCHIVE=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --fresh) FRESH=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    *) sed -n '2,17p' "$0" >&2; exit 2 ;;
  esac
done

[ -f "$JAR" ] || die "build first: mvn -q -B -o package -DskipTests"
require_tools java jcmd jstat curl wrk
if [ "$ARCHIVE" != seed ] && [ ! -f "$(archive_dir "$ARCHIVE")/db/archive.mv.db" ]; then
  die "no imported archive of $ARCHIVE articles in $(archive_dir "$ARCHIVE"); run bench/run.sh --articles $ARCHIVE first"
fi
RUN=$WORK/soak-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
trap stop_all EXIT

log "starting the app on the $ARCHIVE archive with -Xmx$HEAP"
start_app "$RUN/app.log" "$HEAP" "$ARCHIVE"
wait_until_ready "$RUN/app.log"
discover_pages "$ARCHIVE"

# wrk in the background; the samples are taken while it runs.
paths=$(awk '{print $2}' <<<"$PAGES" | tr '\n' ' ')
log "wrk: $CONNECTIONS connections, $DURATION s, pages: $paths(fresh: one in $FRESH; 0 is none)"
# shellcheck disable=SC2086
wrk -t2 -c"$CONNECTIONS" -d"$DURATION"s --timeout 10s -s bench/wrk/mix.lua "http://127.0.0.1:$APP_PORT" -- "$FRESH" $paths \
  >"$RUN/wrk.txt" 2>&1 &
WRK=$!
STARTED+=("$WRK")

SAMPLES=$RUN/samples.tsv
started=$(date +%s)
printf '%6s %8s %14s %16s %8s\n' "t (s)" "RSS MB" "heap used MB" "heap committed MB" "old MB"
next=$((started + EVERY))
while kill -0 "$WRK" 2>/dev/null; do
  # Every EVERY seconds on the clock, however long the last sample took to take.
  sleep $((next > $(date +%s) ? next - $(date +%s) : 0))
  next=$((next + EVERY))
  kill -0 "$WRK" 2>/dev/null || break
  read -r used committed old <<<"$(jstat -gc "$APP_PID" 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    NR == 2 { printf "%.0f %.0f %.0f", ($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024,
              ($c["S0C"] + $c["S1C"] + $c["EC"] + $c["OC"]) / 1024, $c["OU"] / 1024 }')"
  sample=("$(($(date +%s) - started))" "$(rss_mb "$APP_PID")" "$used" "$committed" "$old")
  printf '%s\t%s\t%s\t%s\t%s\n' "${sample[@]}" >>"$SAMPLES"
  printf '%6s %8s %14s %16s %8s\n' "${sample[@]}"
done
wait "$WRK" || true

read -r rps p99 socket_errors non2xx <<<"$(awk '/^RESULT/ {print $2, $3, $4, $5}' "$RUN/wrk.txt")"
statuses=$(awk '/^STATUS/ {$1 = ""; print}' "$RUN/wrk.txt")
oom=$(grep -c OutOfMemoryError "$RUN/app.log" || true)

# Thirds of the samples: the first is the warm-up; the last is compared with the middle,
# by their means. The old generation is what survives the young collections, so a leak
# shows there and in RSS; the heap in use is a sawtooth, given for information only.
verdict=$(awk -F'\t' '
  { rss[NR] = $2; used[NR] = $3; old[NR] = $5 }
  function mean(v, from, to,   i, sum) { for (i = from; i <= to; i++) sum += v[i]; return sum / (to - from + 1) }
  END {
    n = NR; a = int(n / 3); b = int(2 * n / 3)
    if (n < 6) { print "too few samples for a verdict"; exit }
    mr = mean(rss, a + 1, b); lr = mean(rss, b + 1, n)
    mo = mean(old, a + 1, b); lo = mean(old, b + 1, n)
    mu = mean(used, a + 1, b); lu = mean(used, b + 1, n)
    rg = 100 * (lr / mr - 1); og = 100 * (lo / mo - 1)
    flat = (rg <= 10 && og <= 10) ? "flat after warm-up" : "GROWING after warm-up"
    printf "%s (means, middle third -> last third): RSS %.0f -> %.0f MB (%+.1f%%), old generation %.0f -> %.0f MB (%+.1f%%); heap in use %.0f -> %.0f MB\n", flat, mr, lr, rg, mo, lo, og, mu, lu
  }' "$SAMPLES")

errors_verdict="zero errors"
if [ "$socket_errors" != 0 ] || [ "$non2xx" != 0 ] || [ "$oom" != 0 ]; then
  errors_verdict="ERRORS: $socket_errors socket errors, $non2xx non-2xx/3xx, $oom OutOfMemoryError in the log"
fi

{
  echo "soak: $ARCHIVE archive, -Xmx$HEAP, wrk -t2 -c$CONNECTIONS ${DURATION} s, fresh renders: one request in $FRESH (0: none)"
  echo "requests/s $rps, p99 $p99 ms, socket errors $socket_errors, non-2xx/3xx $non2xx, statuses:$statuses"
  echo "$errors_verdict; $verdict"
} | tee "$RUN/verdict.txt"
log "samples in $SAMPLES"

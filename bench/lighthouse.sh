#!/usr/bin/env bash
# Lighthouse scores of the article, tag and person pages of the packaged archive (the seed),
# printed as a markdown table: performance, accessibility, best practices, SEO.
#
#   bench/lighthouse.sh          (needs Chromium and npm: apt-get install chromium npm)
#
# The script builds the jar and starts it on bench/lib.sh's port (APP_PORT). Lighthouse
# 12.2.3 is installed from npm into bench/work/lighthouse; its reports (HTML and JSON) go to
# bench/results/lighthouse. Lighthouse's defaults apply: a phone on a
# simulated slow 4G network and CPU. PRESET=desktop measures a desktop instead.
# Each page is measured RUNS times (default 3) and the run with the median performance
# score is reported, as Lighthouse's documentation advises against the variance of one run;
# the table's last column is the CPU benchmark index Lighthouse measured in that run.
# A last row measures a control, a static page of one heading and one paragraph (served by
# python3, when there is one, on MINIMAL_PORT): what this machine allows a page at best, at
# the time.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

RUNS=${RUNS:-3}
TOOLS=$WORK/lighthouse
OUT=$ROOT/bench/results/lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
CHROME_FLAGS="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
BASE="http://localhost:$APP_PORT"
PAGES=(
  "article $SEED_ARTICLE"
  "tag /tags/north-korea"
  "person /people/rex-tillerson"
)

require_tools java curl node npm mvn
[ -x "$CHROME_PATH" ] || die "no Chromium at $CHROME_PATH (apt-get install chromium, or set CHROME_PATH)"
trap stop_all EXIT

if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
  log "installing Lighthouse 12.2.3 from npm into $TOOLS"
  npm install --prefix "$TOOLS" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts lighthouse@12.2.3 >&2
fi
LIGHTHOUSE=$TOOLS/node_modules/.bin/lighthouse

log "building the jar"
mvn -q -B -o package -DskipTests >&2 || mvn -q -B package -DskipTests >&2
mkdir -p "$OUT"
LOG=$OUT/app.log
start_app "$LOG" 1g seed --archive.base-url="$BASE"
wait_until_ready "$LOG"

measure() { # name url label
  local name=$1 url=$2 label=$3
  log "measuring $url ($RUNS runs)"
  for run in $(seq "$RUNS"); do
    "$LIGHTHOUSE" "$url" --quiet --chrome-flags="$CHROME_FLAGS" ${PRESET:+--preset="$PRESET"} \
      --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output=html --output-path="$OUT/$name-$run" >&2
  done
  node -e '
    const [dir, name, label, runs] = process.argv.slice(1);
    const reports = [];
    for (let run = 1; run <= Number(runs); run++) reports.push(require(`${dir}/${name}-${run}.report.json`));
    const score = (report, id) => Math.round(report.categories[id].score * 100);
    reports.sort((a, b) => score(a, "performance") - score(b, "performance"));
    const median = reports[Math.floor(reports.length / 2)];
    const scores = ["performance", "accessibility", "best-practices", "seo"].map((id) => score(median, id));
    console.log(`| ${label} | ${scores.join(" | ")} | ${Math.round(median.environment.benchmarkIndex)} |`);
  ' "$OUT" "$name" "$label" "$RUNS"
}

echo "| page | performance | accessibility | best practices | SEO | benchmark index |"
echo "| --- | --- | --- | --- | --- | --- |"
for page in "${PAGES[@]}"; do
  read -r name path <<<"$page"
  url="$BASE$path"
  [ "$(status_of "$url")" = 200 ] || die "$name ($path) does not answer 200" # rendered once, as a reader after the first would find it
  measure "$name" "$url" "$name (\`$path\`)"
done

if command -v python3 >/dev/null; then
  mkdir -p "$OUT/control"
  cat >"$OUT/control/index.html" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Control</title><meta name="description" content="A control page."><link rel="icon" href="data:,"></head>
<body><main><h1>Control</h1><p>One paragraph.</p></main></body></html>
HTML
  [ "$(status_of "http://127.0.0.1:$MINIMAL_PORT/")" = 000 ] || die "port $MINIMAL_PORT is taken"
  python3 -m http.server "$MINIMAL_PORT" --bind 127.0.0.1 --directory "$OUT/control" >/dev/null 2>&1 &
  STARTED+=("$!")
  wait_for_200 "http://127.0.0.1:$MINIMAL_PORT/" "$!" "python3 -m http.server"
  measure control "http://127.0.0.1:$MINIMAL_PORT/" "control (a static page: one heading, one paragraph)"
fi
log "reports in $OUT"

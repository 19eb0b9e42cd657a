#!/usr/bin/env bash
# Search benchmark: the packaged app with a generated corpus (bench/generate-corpus.py: 10,000 entries in
# English, French and Spanish, plus 200 link resources) instead of the starter guide. Prints the time from
# start until the corpus is imported and searchable, then search requests/s, p50 and p99 at 16 connections
# (wrk, rotating queries in three languages from bench/search-queries.lua), then resident memory.
# Usage: bench/search.sh   (needs wrk, curl, bc and python3; builds the jar if missing)
# Environment: BENCH_PORT (18081), BENCH_ENTRIES (10000), BENCH_DURATION (20s), BENCH_WARMUP (40s),
#   BENCH_HEAP (1g), or BENCH_JAVA_OPTS to replace the JVM options altogether; BENCH_APP_ARGS adds
#   application arguments, e.g. --fieldguide.delivery.page-cache.enabled=false to measure every search
#   uncached (by default anonymous searches repeated within a content version come from the page cache).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18081}"
ENTRIES="${BENCH_ENTRIES:-10000}"
DURATION="${BENCH_DURATION:-20s}"
. .ci/java-home.sh
JAVA="$JAVA_HOME/bin/java"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx${BENCH_HEAP:-1g}}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f target/fieldguide.jar ] || ./mvnw -q -B -DskipTests package

WORK="$(mktemp -d)"
APP=""
trap '[ -z "$APP" ] || { kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; } || true; rm -rf "$WORK"' EXIT
python3 bench/generate-corpus.py "$WORK/corpus" --entries "$ENTRIES"
START=$(date +%s.%N)
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar target/fieldguide.jar --server.port="$PORT" --fieldguide.data-dir="$WORK/data" \
  --fieldguide.initial-package="$WORK/corpus" --logging.level.root=warn --logging.level.org.fieldguide=info \
  ${BENCH_APP_ARGS:-} \
  >"$WORK/app.log" 2>&1 &
APP=$!
URL="http://127.0.0.1:$PORT"
# Searchable: ready (after the import, and after any index rebuild), and a search for a word every
# generated entry's vocabulary contains shows a non-zero count in the results heading.
# (Responses are read whole before grep: with pipefail, grep -q exiting early would fail curl.)
searchable() {
  local ready page
  ready="$(curl -fs "$URL/actuator/health/readiness" 2>/dev/null)" && [[ "$ready" == *'"UP"'* ]] \
    && page="$(curl -fs "$URL/en/search?q=registration" 2>/dev/null)" \
    && grep -Eq 'id="results-heading"[^>]*>[1-9]' <<<"$page"
}
for _ in $(seq 1 3600); do  # 30 minutes at most
  searchable && break
  kill -0 "$APP" 2>/dev/null || { echo "the app stopped:"; tail -30 "$WORK/app.log"; exit 1; }
  sleep 0.5
done
READY=$(date +%s.%N)
searchable || { echo "not searchable after 30 minutes:"; tail -30 "$WORK/app.log"; exit 1; }
if grep -q "Imported the starter guide" "$WORK/app.log"; then
  echo "this jar imported the starter guide: it predates fieldguide.initial-package, rebuild it" >&2; exit 1
fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "java: $("$JAVA" -version 2>&1 | head -1), options: $JAVA_OPTS ${BENCH_APP_ARGS:-}"
grep -E "Started FieldguideApplication|Imported |Search index" "$WORK/app.log" | sed 's/^.* : //' || true
printf 'start to searchable (start-up, import, indexing): %.0f s\n' "$(echo "$READY - $START" | bc)"
echo "entries matching \"registration\" (API): $(curl -s "$URL/api/v1/search?q=registration" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
wrk -t1 -c2 -d"${BENCH_WARMUP:-40s}" -s bench/search-queries.lua "$URL" >/dev/null
echo "--- search page, 16 connections, $DURATION, queries rotating through bench/search-queries.lua"
wrk -t2 -c16 -d"$DURATION" --latency -s bench/search-queries.lua "$URL" \
  | grep -E 'Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors'
echo "resident memory after the run: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$APP/status)"

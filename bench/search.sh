#!/usr/bin/env bash
# Search benchmark: the packaged app with a generated corpus (10,000 entries in English, French and
# Spanish, plus 200 link resources) instead of the starter guide. Prints the time from start until the
# corpus is imported and searchable, then search requests/s, p50 and p99 at 16 connections over HTTP
# (wrk, rotating queries from bench/search-queries.lua), then resident memory.
# Usage: bench/search.sh   (needs wrk and python3; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18081}"
ENTRIES="${BENCH_ENTRIES:-10000}"
DURATION="${BENCH_DURATION:-20s}"
. .ci/java-home.sh
JAVA="$JAVA_HOME/bin/java"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f target/fieldguide.jar ] || ./mvnw -q -B -DskipTests package

WORK="$(mktemp -d)"
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
python3 bench/generate-corpus.py "$WORK/corpus" --entries "$ENTRIES"
START=$(date +%s.%N)
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar target/fieldguide.jar --server.port="$PORT" --fieldguide.data-dir="$WORK/data" \
  --fieldguide.initial-package="$WORK/corpus" --logging.level.root=warn --logging.level.org.fieldguide=info \
  >"$WORK/app.log" 2>&1 &
APP=$!
URL="http://127.0.0.1:$PORT"
for _ in $(seq 1 3600); do
  if curl -fs "$URL/actuator/health/readiness" >/dev/null 2>&1 \
    && curl -fs "$URL/en/search?q=registration" 2>/dev/null | grep -q 'id="results-heading"'; then
    break
  fi
  kill -0 "$APP" 2>/dev/null || { echo "the app stopped:"; tail -30 "$WORK/app.log"; exit 1; }
  sleep 0.5
done
READY=$(date +%s.%N)

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "java: $("$JAVA" -version 2>&1 | head -1), options: $JAVA_OPTS"
grep -E "Imported|Search index" "$WORK/app.log" | sed 's/^.*: //' || true
printf 'start to searchable (import, rendering, indexing): %.0f s\n' "$(echo "$READY - $START" | bc)"
echo "documents in the index: $(curl -s "$URL/api/v1/search?q=registration" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"], "matching registration")')"
wrk -t1 -c2 -d"${BENCH_WARMUP:-40s}" -s bench/search-queries.lua "$URL" >/dev/null
echo "--- 16 connections, $DURATION, rotating queries"
wrk -t2 -c16 -d"$DURATION" --latency -s bench/search-queries.lua "$URL" \
  | grep -E 'Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors'
echo "resident memory after the run: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$APP/status)"

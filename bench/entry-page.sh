#!/usr/bin/env bash
# Measures an anonymous entry page of the packaged app on the embedded default (H2, local files):
# requests/s, p50 and p99 at 16 and 64 concurrent connections (20 s each), then resident memory.
# Usage: bench/entry-page.sh [path]   (needs wrk: apt-get install wrk; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PATH_UNDER_TEST="${1:-/en/toolkit/protection-and-assistance/case-management}"
PORT="${BENCH_PORT:-18080}"
DURATION="${BENCH_DURATION:-20s}"  # warm-up: BENCH_WARMUP, 40s by default
. .ci/java-home.sh
JAVA="$JAVA_HOME/bin/java"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f target/fieldguide.jar ] || ./mvnw -q -B -DskipTests package

DATA="$(mktemp -d)"
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$DATA"' EXIT
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar target/fieldguide.jar --server.port="$PORT" --fieldguide.data-dir="$DATA" \
  --logging.level.root=warn >"$DATA/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 0.5
done
URL="http://127.0.0.1:$PORT$PATH_UNDER_TEST"
curl -fs -o /dev/null "$URL" || { echo "the page $URL does not answer"; cat "$DATA/app.log"; exit 1; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "java: $("$JAVA" -version 2>&1 | head -1), options: $JAVA_OPTS"
echo "page: $PATH_UNDER_TEST ($(curl -s -H 'Accept-Encoding: gzip' "$URL" | wc -c) bytes gzip, $(curl -s "$URL" | wc -c) bytes plain)"
# Warm-up at low concurrency so the JIT has compiled the hot path before measuring: on 2 cores a
# saturating load starves the compiler threads, and throughput was still rising after a minute.
wrk -t1 -c2 -d"${BENCH_WARMUP:-40s}" -H 'Accept-Encoding: gzip' "$URL" >/dev/null
for connections in 16 64; do
  echo "--- $connections connections, $DURATION"
  wrk -t2 -c"$connections" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$URL" \
    | grep -E 'Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors'
done
echo "resident memory after the run: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$APP/status)"

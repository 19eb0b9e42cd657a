#!/usr/bin/env bash
# Field delivery benchmark (issue 6): in the same run, an anonymous entry page from Fieldguide against
# Debian's nginx serving a saved static copy of the same page (both send the gzip form, prepared in
# advance: Fieldguide's page cache, nginx's gzip_static). Reports requests/s, p50 and p99 at 64
# connections, Fieldguide's resident memory before, during and after the load with -Xmx256m, cold start
# to the first served page (first start with the starter guide import, then restarts on the same data:
# the median of BENCH_COLD_RUNS, 5 by default, because a shared 2-core machine varies by a second or two
# from one start to the next), and the time to build /en/guide.pdf and /en/offline.zip (cold, then cached).
# Usage: bench/delivery.sh [path]   (needs wrk and nginx: apt-get install wrk nginx-light)
set -euo pipefail
cd "$(dirname "$0")/.."
PATH_UNDER_TEST="${1:-/en/toolkit/protection-and-assistance/case-management}"
PORT="${BENCH_PORT:-18080}"
NGINX_PORT="${BENCH_NGINX_PORT:-18081}"
DURATION="${BENCH_DURATION:-20s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
. .ci/java-home.sh
JAVA="$JAVA_HOME/bin/java"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx256m}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }
[ -f target/fieldguide.jar ] || ./mvnw -q -B -DskipTests package

WORK="$(mktemp -d)"
APP=""
cleanup() {
  [ -n "$APP" ] && { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

ms_now() { date +%s%3N; }
start_app() {
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS ${AOT_OPTS:-} -jar "${APP_JAR:-target/fieldguide.jar}" --server.port="$PORT" --fieldguide.data-dir="$WORK/data" \
    --logging.level.root=warn ${BENCH_APP_ARGS:-} >>"$WORK/app.log" 2>&1 &
  APP=$!
  local started; started=$(ms_now)
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT$PATH_UNDER_TEST" && break
    sleep 0.1
  done
  curl -fs -o /dev/null "http://127.0.0.1:$PORT$PATH_UNDER_TEST" || { echo "no answer"; cat "$WORK/app.log"; exit 1; }
  STARTUP_MS=$(( $(ms_now) - started ))
}
stop_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""; }
COLD_RUNS="${BENCH_COLD_RUNS:-5}"
# restarts on the same data; prints every time and the median; the last start is left running
cold_starts() {
  local all=""
  for run in $(seq 1 "$COLD_RUNS"); do
    start_app
    all="$all $STARTUP_MS"
    [ "$run" -lt "$COLD_RUNS" ] && stop_app
  done
  echo "cold start to the first served page, $1: median $(echo $all | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms (each:$all ms)"
}
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$APP/status"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "java: $("$JAVA" -version 2>&1 | head -1), options: $JAVA_OPTS; $("$NGINX" -v 2>&1)"
start_app
echo "cold start to the first served page, first start (imports the starter guide): $STARTUP_MS ms"
stop_app
cold_starts "restart on the same data, plain jar"
stop_app

# The recommended launch (README "Faster start"): the extracted jar with the JDK's ahead-of-time cache,
# trained by a warm-up run that reads the main pages and stops. The rest of the benchmark runs on it.
"$JAVA" -Djarmode=tools -jar target/fieldguide.jar extract --destination "$WORK/app" >/dev/null
started=$(ms_now)
"$JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$WORK/app.aot" -jar "$WORK/app/fieldguide.jar" --server.port="$PORT" \
  --fieldguide.data-dir="$WORK/warm-up" --fieldguide.warm-up-and-exit=true --logging.level.root=warn >>"$WORK/app.log" 2>&1
echo "AOT cache training run (warm-up and exit): $(( $(ms_now) - started )) ms, cache $(( $(stat -c %s "$WORK/app.aot") / 1048576 )) MiB"
APP_JAR="$WORK/app/fieldguide.jar"
AOT_OPTS="-XX:AOTCache=$WORK/app.aot"
cold_starts "restart on the same data, extracted jar with AOT cache"

URL="http://127.0.0.1:$PORT$PATH_UNDER_TEST"
# the static copy: the same page and its stylesheet, as nginx will serve them
mkdir -p "$WORK/site$(dirname "$PATH_UNDER_TEST")"
curl -fs "$URL" -o "$WORK/site$PATH_UNDER_TEST.html"
gzip -9 -k "$WORK/site$PATH_UNDER_TEST.html"
chmod 755 "$WORK"; chmod -R a+rX "$WORK/site"  # nginx workers run as www-data
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types { text/html html; }
  gzip_static on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/site;
    location / { try_files \$uri.html =404; add_header Cache-Control "public, max-age=300"; }
  }
}
CONF
"$NGINX" -c "$WORK/nginx.conf"
STATIC="http://127.0.0.1:$NGINX_PORT$PATH_UNDER_TEST"
curl -fs -o /dev/null -H 'Accept-Encoding: gzip' "$STATIC" || { echo "nginx does not answer"; cat "$WORK/nginx-error.log"; exit 1; }
echo "page: $PATH_UNDER_TEST (Fieldguide: $(curl -s -H 'Accept-Encoding: gzip' "$URL" | wc -c) bytes gzip, nginx: $(curl -s -H 'Accept-Encoding: gzip' "$STATIC" | wc -c) bytes gzip, $(curl -s "$URL" | wc -c) bytes plain)"

# warm-up at low concurrency so the JIT has compiled the hot path (2 cores: a saturating load starves it)
wrk -t1 -c2 -d"${BENCH_WARMUP:-30s}" -H 'Accept-Encoding: gzip' "$URL" >/dev/null
wrk -t1 -c2 -d5s -H 'Accept-Encoding: gzip' "$STATIC" >/dev/null
echo "resident memory before the load: $(rss) MiB"
for target in nginx fieldguide; do
  [ "$target" = nginx ] && address="$STATIC" || address="$URL"
  echo "--- $target, $CONNECTIONS connections, $DURATION"
  samples="$WORK/rss-$target"
  ( while sleep 1; do echo "$(rss)" >>"$samples"; done ) &
  SAMPLER=$!
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$address" \
    | grep -E 'Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors'
  kill "$SAMPLER"; wait "$SAMPLER" 2>/dev/null || true
  [ "$target" = fieldguide ] && echo "Fieldguide resident memory during the load: $(sort -n "$samples" | head -1)–$(sort -n "$samples" | tail -1) MiB"
done
echo "resident memory after the load: $(rss) MiB"

# Built on first request (the offline copy in the background: a request waits up to 20 s, then gets 503
# with Retry-After, so the cold time is measured until the first 200), then served from the cache.
for output in /en/guide.pdf /en/offline.zip; do
  for attempt in cold cached; do
    started=$(ms_now)
    for _ in $(seq 1 60); do
      code=$(curl -s -o "$WORK/out" -w '%{http_code}' "http://127.0.0.1:$PORT$output" || true)
      [ "$code" = 200 ] && break
      sleep 1
    done
    echo "$output ($attempt): HTTP $code, $(( $(ms_now) - started )) ms, $(wc -c <"$WORK/out") bytes"
  done
done

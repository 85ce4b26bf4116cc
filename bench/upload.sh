#!/usr/bin/env bash
# Upload benchmark (issue 5): a 6 GiB file through the real Vaadin Upload in headless Chromium,
# against the same file sent with curl to a minimal sink writing to the same disk.
# Prints both throughputs, their ratio, and the app's heap growth. Rerunnable; cleans up after itself.
#
#   bench/upload.sh              # 6 GiB (6144 MiB)
#   SIZE_MIB=512 bench/upload.sh # a quicker run
#   SKIP_BUILD=1 APP_ARGS=--cpro.upload.read-buffer=0 SIZE_MIB=1024 bench/upload.sh  # A/B of a setting
#
# Goals: heap growth under 128 MiB; app/sink throughput ratio at least 0.8.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MIB=${SIZE_MIB:-6144}
PORT=${PORT:-8084}
SINK_PORT=${SINK_PORT:-8094}
HEAP=${HEAP:-1g}
WORK=${BENCH_DIR:-target/bench}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
JCMD="$JAVA_HOME/bin/jcmd"
MVN_OFFLINE=${MVN_OFFLINE:--o}

APP_PID=""; SINK_PID=""; SAMPLER_PID=""; TARGET_PID=""
cleanup() {
  for pid in $SAMPLER_PID $TARGET_PID $SINK_PID $APP_PID; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  rm -rf "$WORK/attachments" "$WORK/sink" "$WORK/upload.bin"
}
trap cleanup EXIT
mkdir -p "$WORK"
rm -rf "$WORK/attachments" "$WORK/sink"

if [ -z "${SKIP_BUILD:-}" ]; then  # SKIP_BUILD=1: reuse the jar of the previous run (repeated quick runs)
  echo "== build (production jar) and test classpath (Playwright)"
  mvn -B $MVN_OFFLINE -q package -DskipTests
  mvn -B $MVN_OFFLINE -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
fi
JAR=$(ls target/cpro-sti-*.jar | grep -v original | head -1)

echo "== generating a ${SIZE_MIB} MiB file of random bytes"
head -c "$((SIZE_MIB * 1024 * 1024))" /dev/urandom > "$WORK/upload.bin"
BYTES=$(stat -c %s "$WORK/upload.bin")

echo "== starting the app on port $PORT (-Xmx$HEAP), storage in $WORK/attachments"
CPRO_STORAGE_DIR="$WORK/attachments" "$JAVA" -Xmx"$HEAP" -Dcpro.embedded-db.dir="$WORK/db" \
  -jar "$JAR" --server.port="$PORT" ${APP_ARGS:-} > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -fsS "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "app did not start, see $WORK/app.log"; exit 1; }
  sleep 1
done

heap_used_kib() { # used heap in KiB after a full GC
  "$JCMD" "$APP_PID" GC.run > /dev/null
  sleep 1
  "$JCMD" "$APP_PID" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9'
}
BASE_KIB=$(heap_used_kib)

# Peak heap in use while the upload runs (young + old, garbage included), sampled every second.
"$JAVA_HOME/bin/jstat" -gc "$APP_PID" 1000 | awk '
  NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > peak) { peak = used; print int(peak) > "/dev/stderr" } }
' 2> "$WORK/heap-peak.txt" > /dev/null &
SAMPLER_PID=$!

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }  # user + system CPU, in 1/100 s
echo "== browser: Vaadin Upload in headless Chromium"
APP_TICKS_0=$(cpu_ticks "$APP_PID")
# /usr/bin/time counts the bench's JVM, Playwright's driver and Chromium (all waited-for descendants).
/usr/bin/time -f 'client_cpu_seconds=%U %S' -o "$WORK/client-cpu.txt" \
  "$JAVA" -cp "$(cat "$WORK/classpath.txt")" bench/UploadBench.java "http://localhost:$PORT" "$WORK/upload.bin" \
  | tee "$WORK/browser.txt"
APP_TICKS_1=$(cpu_ticks "$APP_PID")
CLIENT_CPU_S=$(sed -n 's/^client_cpu_seconds=\([0-9.]*\) \([0-9.]*\)$/\1 \2/p' "$WORK/client-cpu.txt" | awk '{ print $1 + $2 }')
kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
PEAK_KIB=$(tail -1 "$WORK/heap-peak.txt" 2>/dev/null || echo 0)
AFTER_KIB=$(heap_used_kib)
BROWSER_S=$(grep -o 'browser_seconds=[0-9.]*' "$WORK/browser.txt" | cut -d= -f2)
STORED=$(find "$WORK/attachments" -type f -size "${BYTES}c" -not -path '*/tmp/*' | head -1)
[ -n "$STORED" ] || { echo "the uploaded file is not in storage"; exit 1; }
rm -f "$STORED"   # free the disk before the sink writes its copy

echo "== decomposition: curl to the app's own Upload address (same server path, no browser)"
rm -f "$WORK/target.txt"
"$JAVA" -cp "$(cat "$WORK/classpath.txt")" bench/UploadBench.java "http://localhost:$PORT" "$WORK/upload.bin" \
  --print-target 600 > "$WORK/target.txt" 2>&1 &
TARGET_PID=$!
for _ in $(seq 1 120); do grep -q '^cookie=' "$WORK/target.txt" 2>/dev/null && break; sleep 1; done
TARGET=$(grep -o '^target=.*' "$WORK/target.txt" | cut -d= -f2-)
COOKIE=$(grep -o '^cookie=.*' "$WORK/target.txt" | cut -d= -f2-)
APP_TICKS_2=$(cpu_ticks "$APP_PID")
APP_CURL_S=$(curl -sS -X POST -H 'Expect:' -H 'Content-Type: application/octet-stream' -H 'X-Filename: bench.bin' \
  -H "Cookie: $COOKIE" -T "$WORK/upload.bin" "$TARGET" -o /dev/null -w '%{time_total}')
APP_TICKS_3=$(cpu_ticks "$APP_PID")
kill "$TARGET_PID" 2>/dev/null || true
rm -f "$WORK"/attachments/tmp/upload-*   # that upload was never sent with a ticket

echo "== curl to a minimal sink on the same disk"
rm -f "$WORK/sink.log"
"$JAVA" bench/Sink.java "$SINK_PORT" "$WORK/sink" > "$WORK/sink.log" 2>&1 &
SINK_PID=$!
for _ in $(seq 1 60); do grep -q listening "$WORK/sink.log" 2>/dev/null && break; sleep 1; done
SINK_TICKS_0=$(cpu_ticks "$SINK_PID")
CURL_S=$(curl -sS -H 'Expect:' -T "$WORK/upload.bin" "http://127.0.0.1:$SINK_PORT/" -o /dev/null -w '%{time_total}')
SINK_TICKS_1=$(cpu_ticks "$SINK_PID")
[ "$(stat -c %s "$WORK/sink/upload.bin")" = "$BYTES" ] || { echo "sink did not receive the whole file"; exit 1; }

awk -v bytes="$BYTES" -v appb="$(( APP_TICKS_1 - APP_TICKS_0 ))" -v appc="$(( APP_TICKS_3 - APP_TICKS_2 ))" -v client="$CLIENT_CPU_S" \
  -v sinkc="$(( SINK_TICKS_1 - SINK_TICKS_0 ))" \
  -v b="$BROWSER_S" -v a="$APP_CURL_S" -v c="$CURL_S" -v base="$BASE_KIB" -v peak="$PEAK_KIB" -v after="$AFTER_KIB" '
BEGIN {
  mib = bytes / 1048576
  printf "file:                     %.0f MiB\n", mib
  printf "app (browser, Upload):    %.1f s, %.1f MiB/s\n", b, mib / b
  printf "sink (curl):              %.1f s, %.1f MiB/s\n", c, mib / c
  printf "ratio app/sink:           %.2f (goal >= 0.8)\n", (mib / b) / (mib / c)
  printf "app via curl (no browser): %.1f s, %.1f MiB/s, ratio to sink %.2f\n", a, mib / a, (mib / a) / (mib / c)
  printf "CPU, browser run:         app %.1f s, client (bench JVM + Playwright + Chromium) %.1f s\n", appb / 100, client
  printf "CPU, app via curl:        app %.1f s; sink via curl: %.1f s\n", appc / 100, sinkc / 100
  printf "heap used before (GC):    %.1f MiB\n", base / 1024
  printf "heap peak during upload:  %.1f MiB (growth %.1f MiB, goal < 128, garbage included)\n", peak / 1024, (peak - base) / 1024
  printf "heap after upload (GC):   %.1f MiB (retained %.1f MiB)\n", after / 1024, (after - base) / 1024
}' | tee "$WORK/result.txt"

#!/usr/bin/env bash
# Queue benchmark (issue 8): 1,000,000 tickets, 3,000,000 messages, 10,000 schools in a MariaDB database,
# then the calls the agents' queue makes, through the real TicketQueue service, 50 runs each after a warm-up.
# Prints one line per query: query=<name> p50_ms=<n> p95_ms=<n>. Rerunnable: the data is generated once
# (a rerun finds it and only applies new migrations and times the queries).
#
#   bench/queue.sh                 # generate if missing, then time
#   bench/queue.sh --regenerate    # drop the bench database and generate again
#   RECORD=1 bench/queue.sh        # also append the run (figures and EXPLAINs) to bench/RESULTS.md
#   SKIP_BUILD=1 bench/queue.sh    # reuse target/classes and the classpath of the previous run
#
# Database: DB_HOST/DB_PORT/DB_USER/DB_PASSWORD (default 127.0.0.1:3306, root, empty), DB_NAME (cpro_bench).
# Generated files go to BENCH_DIR (default target/bench-queue, ~1 GB), out of git.
# Goals: first page p95 < 50 ms; every filtered page and search p95 < 150 ms; no full scan of ticket or
# ticket_message (a FULL SCAN line is printed otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
DB_NAME=${DB_NAME:-cpro_bench}
WORK=${BENCH_DIR:-target/bench-queue}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
MVN_OFFLINE=${MVN_OFFLINE:--o}
NICE=${NICE:-nice -n 19}
REGENERATE=""
for arg in "$@"; do
  case "$arg" in
    --regenerate) REGENERATE=--regenerate ;;
    *) echo "unknown argument: $arg"; exit 2 ;;
  esac
done
mkdir -p "$WORK"

mysql_() { mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$@"; }

if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$WORK/classpath.txt" ]; then
  echo "== compiling the application and its classpath"
  $NICE mvn -B $MVN_OFFLINE -q compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/classpath.txt"
fi

if [ -n "$REGENERATE" ]; then
  echo "== dropping database $DB_NAME"
  mysql_ -e "drop database if exists \`$DB_NAME\`"
fi
# Only when missing: CREATE DATABASE IF NOT EXISTS waits for the schema lock of any ALTER running on it.
if [ -z "$(mysql_ -N -e "show databases like '$DB_NAME'")" ]; then
  mysql_ -e "create database \`$DB_NAME\` character set utf8mb4 collate utf8mb4_unicode_ci"
fi

echo "== the application's Flyway migrates $DB_NAME; data generated unless present; timings"
export CPRO_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB_NAME?allowLocalInfile=true"
export CPRO_DB_USER="$DB_USER" CPRO_DB_PASSWORD="$DB_PASSWORD"
# Scheduled jobs and mail stay quiet: no SMTP host, the jobs' first run is an hour away.
# Compiled, not run as a source file: Spring Data's proxies need the app's own class loader.
CP="target/classes:$(cat "$WORK/classpath.txt")"
"$JAVA_HOME/bin/javac" -nowarn -d "$WORK/classes" -cp "$CP" bench/QueueBench.java
$NICE "$JAVA" -Xmx2g -cp "$WORK/classes:$CP" QueueBench \
  "$WORK" "$WORK/results.md" $REGENERATE 2>&1 | grep --line-buffered -v -e '^WARNING' -e '^\s*$' | tee "$WORK/output.txt"

if [ -n "${RECORD:-}" ]; then
  { echo; echo "## Queue benchmark: run of $(date -u '+%d %B %Y, %H:%M UTC') (\`bench/queue.sh\`, branch $(git rev-parse --abbrev-ref HEAD) at $(git rev-parse --short HEAD))"; echo;
    cat "$WORK/results.md"; } >> bench/RESULTS.md
  echo "== appended to bench/RESULTS.md"
fi

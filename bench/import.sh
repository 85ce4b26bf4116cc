#!/usr/bin/env bash
# Directory import benchmark: generates a directory of 70,000 lines in the published layout of the
# Annuaire de l'éducation, then times its preview and its import (and the same file again) through
# DirectoryImportService on the tests' embedded MariaDB, in a JVM capped at -Xmx512m. Prints the figures
# (also in target/bench/import-results.md). ROWS=10000 bench/import.sh for a quick run.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
export CPRO_BENCH_ROWS="${ROWS:-70000}"
export CPRO_BENCH_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
HEAP="${HEAP:-512m}"
echo "Directory import benchmark: $CPRO_BENCH_ROWS lines, -Xmx$HEAP, load average $CPRO_BENCH_LOAD"
mvn -o -q verify -Dtest=DirectoryImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs \
    -DargLine="-Xmx$HEAP" > target/bench-import.log 2>&1 || { tail -50 target/bench-import.log; exit 1; }
grep -h "Directory preview\|Directory import" target/bench-import.log | sed 's/^.*: Directory/Directory/' || true
cat target/bench/import-results.md

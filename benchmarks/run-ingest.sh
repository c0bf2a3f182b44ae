#!/usr/bin/env bash
# Sustained ingest through the gateway's push API, the raw PostgreSQL COPY rate of the same rows
# for the ratio, and an Excel upload, measured on the distribution archive the build makes, with
# Karaf's heap limited (1 GiB by default) and a GC log. Prints a Markdown report.
#
#   benchmarks/run-ingest.sh [learners] [batch] [senders] [excel-learners] [providers] [schools]
#
#   learners        learners pushed, each with one enrollment: 2 records each (default 500000:
#                   1M records)
#   batch           persons per package, with as many memberships (default 5000)
#   senders         concurrent senders (default 2)
#   excel-learners  learners of the uploaded workbook, a row on «Обучающиеся» and one on
#                   «Зачисления» each; 0 skips the upload (default 50000: 100k rows)
#   providers       providers the packages are spread over, round robin (default 2; the gateway
#                   applies one provider's packages one after another)
#   schools         general schools of the demo region the learners are enrolled in (default 50)
#
# Environment: INGEST_HEAP (Karaf's -Xmx, default 1024m), DEMO_LEARNERS (the demo region loaded
# first for its authorities and schools, default 20000), KEEP_WORK=1 keeps the work folder.
#
# Build first: mvn -B -DskipTests install (the script reads its jars from ~/.m2 as well).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
archive=$(ls karaf-assembly/target/kontingent-karaf-assembly-*.tar.gz 2>/dev/null | head -1)
if [ -z "$archive" ]; then
    echo "No distribution archive: run 'mvn -B -DskipTests install' first" >&2
    exit 2
fi
m2="${M2_REPOSITORY:-$HOME/.m2/repository}"

# The version a pom sets in a property, or nothing.
pom_property() {
    sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$2" | head -1
}

# A jar from the local Maven repository: the version asked for when it is there, else the newest.
jar() {
    local folder="$m2/$1/$2" version="${3:-}"
    if [ -z "$version" ] || [ ! -f "$folder/$version/$2-$version.jar" ]; then
        version=$(ls "$folder" 2>/dev/null | sort -V | while read -r v; do
            [ -f "$folder/$v/$2-$v.jar" ] && echo "$v"; done | tail -1)
    fi
    if [ -z "$version" ]; then
        echo "No $2 jar in $folder: build the project first" >&2
        exit 2
    fi
    echo "$folder/$version/$2-$version.jar"
}

# The arguments joined into a class path.
class_path() {
    local IFS=:
    echo "$*"
}

parent=pom.xml
excel=bundles/kontingent-connector-excel/pom.xml
poi=$(pom_property poi.version "$excel")
classpath=$(class_path "$(jar org/postgresql postgresql "$(pom_property postgresql.version "$parent")")" \
    "$(jar com/fasterxml/jackson/core jackson-databind "$(pom_property jackson.version "$parent")")" \
    "$(jar com/fasterxml/jackson/core jackson-core "$(pom_property jackson.version "$parent")")" \
    "$(jar com/fasterxml/jackson/core jackson-annotations "$(pom_property jackson.version "$parent")")" \
    "$(jar org/apache/poi poi "$poi")" \
    "$(jar org/apache/poi poi-ooxml "$poi")" \
    "$(jar org/apache/poi poi-ooxml-lite "$poi")" \
    "$(jar org/apache/xmlbeans xmlbeans "$(pom_property xmlbeans.version "$excel")")" \
    "$(jar org/apache/commons commons-compress "$(pom_property commons-compress.version "$parent")")" \
    "$(jar org/apache/commons commons-collections4 "$(pom_property commons-collections4.version "$excel")")" \
    "$(jar org/apache/commons commons-lang3 "$(pom_property commons-lang3.version "$parent")")" \
    "$(jar commons-io commons-io "$(pom_property commons-io.version "$parent")")" \
    "$(jar commons-codec commons-codec "$(pom_property commons-codec.version "$parent")")" \
    "$(jar com/zaxxer SparseBitSet "$(pom_property sparsebitset.version "$excel")")" \
    "$(jar org/apache/logging/log4j log4j-api)")

work=$(mktemp -d)
benchmark_pid=""

# Whatever happens, nothing of this run keeps running: the benchmark, its Karaf and the embedded
# PostgreSQL Karaf started (found by the process ids recorded in the work folder, never by name).
cleanup() {
    if [ -n "$benchmark_pid" ] && kill -0 "$benchmark_pid" 2>/dev/null; then
        kill -TERM "$benchmark_pid" 2>/dev/null || true   # its shutdown hook stops Karaf
        for _ in $(seq 1 120); do kill -0 "$benchmark_pid" 2>/dev/null || break; sleep 1; done
    fi
    if [ -f "$work/run/karaf.pid" ]; then
        while read -r pid; do
            if [ -n "$pid" ] && grep -qs "$work" "/proc/$pid/cmdline"; then
                echo "Stopping Karaf process $pid left running" >&2
                kill -TERM "$pid" 2>/dev/null || true
                for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
                kill -KILL "$pid" 2>/dev/null || true
            fi
        done < "$work/run/karaf.pid"
    fi
    for pidfile in "$work"/run/*/data/postgresql/postmaster.pid; do
        [ -f "$pidfile" ] || continue
        pid=$(head -1 "$pidfile")
        if [ -n "$pid" ] && grep -qs "$work" "/proc/$pid/cmdline"; then
            echo "Stopping the embedded PostgreSQL $pid left running" >&2
            kill -INT "$pid" 2>/dev/null || true        # fast shutdown
            for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        fi
    done
    if [ -n "${KEEP_WORK:-}" ]; then
        echo "Work folder kept: $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A copy of its own, so that a rebuild during the run does not pull the archive away.
cp "$archive" "$work/distribution.tar.gz"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
java -cp "$classpath" -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    benchmarks/IngestBenchmark.java "$work/distribution.tar.gz" "$work/run" \
    "$repo/bundles/kontingent-demo-region/src/main/resources/demo" "${1:-500000}" "${2:-5000}" "${3:-2}" \
    "${4:-50000}" "${5:-2}" "${6:-50}" "${DEMO_LEARNERS:-20000}" "${INGEST_HEAP:-1024m}" &
benchmark_pid=$!
wait "$benchmark_pid"

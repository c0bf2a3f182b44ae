#!/usr/bin/env bash
# Generates and loads a demo region of N learners (default 300,000) into a fresh embedded
# PostgreSQL, then times the registry's queries on it. Prints a Markdown report (copy it into
# docs/BENCHMARKS.md).
#
#   benchmarks/run-registry.sh [learners [folder to keep the database in, or the JDBC URL of a loaded one]]
set -euo pipefail
cd "$(dirname "$0")/.."
learners="${1:-300000}"
module=bundles/kontingent-demo-region
mvn -B -q -DskipTests install -pl "$module" -am
# a private copy of the classpath: installing modules while a long run goes on does not touch it
rm -rf "$module/target/benchmark"
mvn -B -q -pl "$module" dependency:copy-dependencies -DincludeScope=test -DoutputDirectory="$PWD/$module/target/benchmark/lib"
cp -r "$module/target/classes" "$module/target/test-classes" "$module/target/benchmark/"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
java -Xmx4g -cp "$module/target/benchmark/test-classes:$module/target/benchmark/classes:$module/target/benchmark/lib/*" \
    org.kontingent.demo.internal.RegistryBenchmark "$learners" ${2:+"$2"}

#!/usr/bin/env bash
# Times every report form through the report engine on a generated region, for the whole region
# and for single organizations, and the Excel export of a million rows and the PDF of ten
# thousand. Prints a Markdown report (copy it into docs/BENCHMARKS.md).
#
#   benchmarks/run-reports.sh [learners [folder]]
#
# FORMS=id,id times those forms only (and no exports); a JDBC URL as the folder uses a running database.
#
# The region is generated once by benchmarks/run-registry.sh into the folder (default
# target/report-region-<learners>) and reused by later runs. The engine's JVM gets 512 MiB of heap.
set -euo pipefail
cd "$(dirname "$0")/.."
learners="${1:-2000000}"
folder="${2:-$PWD/target/report-region-$learners}"
if [[ "$folder" != jdbc:* && ! -f "$folder/PG_VERSION" ]]; then
    mkdir -p "$(dirname "$folder")"
    benchmarks/run-registry.sh "$learners" "$folder"
fi
module=bundles/kontingent-report-engine
mvn -B -q -DskipTests install -pl "$module" -am
rm -rf "$module/target/benchmark"
mvn -B -q -pl "$module" dependency:copy-dependencies -DincludeScope=test -DoutputDirectory="$PWD/$module/target/benchmark/lib"
cp -r "$module/target/classes" "$module/target/test-classes" "$module/target/benchmark/"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
java -Xmx512m ${FORMS:+-Dkontingent.benchmark.forms=$FORMS} -cp "$module/target/benchmark/test-classes:$module/target/benchmark/classes:$module/target/benchmark/lib/*" \
    org.kontingent.report.engine.internal.ReportBenchmark "$folder"

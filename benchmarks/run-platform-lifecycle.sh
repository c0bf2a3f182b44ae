#!/usr/bin/env bash
# Boot-to-healthy, plugin install/uninstall and failed requests under load, measured on the
# distribution archive the build makes. Prints a Markdown report (copy it into docs/BENCHMARKS.md).
#
#   benchmarks/run-platform-lifecycle.sh [boots] [cycles] [load-threads]
#
# Build first: mvn -B -DskipTests install
set -euo pipefail
cd "$(dirname "$0")/.."
archive=$(ls karaf-assembly/target/kontingent-karaf-assembly-*.tar.gz 2>/dev/null | head -1)
if [ -z "$archive" ]; then
    echo "No distribution archive: run 'mvn -B -DskipTests install' first" >&2
    exit 2
fi
work=$(mktemp -d)
[ -n "${KEEP_WORK:-}" ] && echo "Work folder kept: $work" || trap 'rm -rf "$work"' EXIT
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
java benchmarks/PlatformLifecycle.java "$archive" "$work" "${1:-3}" "${2:-10}" "${3:-4}"

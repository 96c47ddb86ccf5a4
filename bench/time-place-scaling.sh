#!/usr/bin/env bash
# Scaling benchmark of the time-and-place stage (extract.time), outside the unit tests: builds
# articles of about 1, 4 and 16 MB by joining PolNeAR training texts (in a temporary folder, never
# in the project), then prints the CPU seconds of the stage on each; linear growth shows as a
# constant CPU s per MB. Usage: bench/time-place-scaling.sh [ARTICLES_DIR] [SIZES_MB...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$here/../shared/polnear/train/text}"
shift || true

[ $# -gt 0 ] && sizes=("$@") || sizes=(1 4 16)
if [ ! -d "$corpus" ]; then echo "bench: no articles at $corpus" >&2; exit 2; fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
files=()
for mb in "${sizes[@]}"; do
    out="$tmp/article-${mb}mb.txt"
    while [ "$(stat -c %s "$out" 2>/dev/null || echo 0)" -lt $((mb * 1000000)) ]; do
        for f in "$corpus"/*.txt; do
            cat "$f" >> "$out"; printf '\n\n' >> "$out"
            [ "$(stat -c %s "$out")" -ge $((mb * 1000000)) ] && break
        done
    done
    files+=("$out")
done

(cd "$here" && mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" >/dev/null)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) processors"
java -Xmx8g -XX:+UseSerialGC -cp "$here/target/test-classes:$here/target/classes:$(cat "$tmp/cp.txt")" \
    extract.time.TimePlaceScaling "${files[@]}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

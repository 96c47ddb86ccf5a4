#!/usr/bin/env bash
# Speed benchmark, outside the unit tests: throughput of `extract quotes` on the PolNeAR training
# articles with 1 and N threads, one article (named, and as the seeds/ folder), a worst case (one
# 200,000-character word), time to the first and last row, and peak resident memory. Rerun after
# any pipeline change:  bench/run.sh [--profile] [ARTICLES_DIR] [SINGLE_ARTICLE]
# --profile adds CPU seconds per stage and per article (extract.bench.StageBenchmark, one thread).
# The machine's load matters: each row has the load average at its start; compare CPU seconds
# (user + sys), and ratios measured in one run, not wall times from different days.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
profile=false
if [ "${1:-}" = --profile ]; then profile=true; shift; fi
corpus="${1:-$here/../shared/polnear/train/text}"
single="${2:-$(ls "$here"/seeds/*.txt | head -n 1)}"
threads="$(nproc)"
extract="$here/extract"

if [ ! -d "$corpus" ]; then echo "bench: no articles at $corpus" >&2; exit 2; fi
articles="$(find "$corpus" -name '*.txt' | wc -l)"
"$extract" --version >/dev/null # builds the jar (and the class-data archive) first, so they are not timed
"$extract" quotes -q -f tsv "$single" >/dev/null

load() { cut -d' ' -f1 /proc/loadavg; }

# Runs the command, prints "wall_s cpu_s peak_rss_mb" (stdout of the command goes to /dev/null).
measure() {
    if [ -x /usr/bin/time ]; then
        local log; log="$(mktemp)"
        /usr/bin/time -f '%e %U %S %M' -o "$log" "$@" >/dev/null
        awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$log"
        rm -f "$log"
    else
        # No GNU time: poll the process's high-water mark (VmHWM) until it ends.
        local start end hwm=0 pid
        start=$(date +%s.%N)
        "$@" >/dev/null & pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            h=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
            [ -n "$h" ] && [ "$h" -gt "$hwm" ] && hwm=$h
            sleep 0.05
        done
        wait "$pid"
        end=$(date +%s.%N)
        awk -v s="$start" -v e="$end" -v m="$hwm" 'BEGIN { printf "%.2f ? %.0f\n", e - s, m / 1024 }'
    fi
}

# One table row: label, article count (empty: no rates), then the command.
row() {
    local label="$1" n="$2"; shift 2
    local l; l="$(load)"
    read -r wall cpu rss < <(measure "$@")
    if [ -n "$n" ]; then
        awk -v label="$label" -v n="$n" -v w="$wall" -v c="$cpu" -v r="$rss" -v l="$l" 'BEGIN {
            printf "| %s | %s | %s | %.1f | %.1f | %.0f | %s | %s |\n", label, w, c, 1000 * c / n, n / c, n / w, r, l }'
    else
        echo "| $label | $wall | $cpu | | | | $rss | $l |"
    fi
}

# Seconds from start to the first row and to the end of the output, for one article.
first_and_last_row() {
    local start; start=$(date +%s.%N)
    "$extract" quotes -f tsv --no-header "$single" | {
        IFS= read -r _ || true
        first=$(date +%s.%N)
        cat >/dev/null
        last=$(date +%s.%N)
        awk -v s="$start" -v f="$first" -v l="$last" 'BEGIN { printf "%.2f %.2f\n", f - s, l - s }'
    }
}

# The worst case of issue 15: one article whose middle is a single 200,000-character word.
worst="$(mktemp -d)"
trap 'rm -rf "$worst"' EXIT
{ printf 'The file began here. '; head -c 200000 /dev/zero | tr '\0' 'x'; printf ' "It ended," she said.\n'; } > "$worst/long-word.txt"

echo "# extract bench: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# java: $(java -version 2>&1 | head -n 1)"
echo
echo "| run | wall s | CPU s | CPU ms per article | articles per CPU s | articles/s | peak RSS MB | load |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for t in 1 "$threads"; do
    row "quotes, $articles articles, --threads $t" "$articles" "$extract" quotes -q -f tsv --threads "$t" "$corpus"
done
row "quotes, one article ($(basename "$single"))" 1 "$extract" quotes -q -f tsv "$single"
row "quotes, seeds/ (a folder with one article)" 1 "$extract" quotes -q -f tsv "$here/seeds"
row "quotes, one 200,000-character word" "" "$extract" quotes -q -f tsv "$worst/long-word.txt"
best_first=99 best_last=99
for _ in 1 2 3; do
    read -r f l < <(first_and_last_row)
    best_first=$(awk -v a="$best_first" -v b="$f" 'BEGIN { print (b < a ? b : a) }')
    best_last=$(awk -v a="$best_last" -v b="$l" 'BEGIN { print (b < a ? b : a) }')
done
echo
echo "One article, start to first row: ${best_first} s; start to last row: ${best_last} s (best of 3)."

if $profile; then
    echo
    java -XX:+UseSerialGC -cp "$here/target/extract.jar" extract.bench.StageBenchmark "$corpus" 2
fi

#!/usr/bin/env bash
# Speed benchmark, outside the unit tests: throughput of `extract quotes` on the PolNeAR training
# articles with 1 and N threads, time from start to the first and last row of one article, and peak
# resident memory. Rerun after any pipeline change:  bench/run.sh [ARTICLES_DIR] [SINGLE_ARTICLE]
# The machine's load matters: the script prints the load average and CPU time next to wall time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$here/../shared/polnear/train/text}"
single="${2:-$(ls "$here"/seeds/*.txt | head -n 1)}"
threads="$(nproc)"
extract="$here/extract"

if [ ! -d "$corpus" ]; then echo "bench: no articles at $corpus" >&2; exit 2; fi
articles="$(find "$corpus" -name '*.txt' | wc -l)"
"$extract" --version >/dev/null # builds the jar first if needed, so the build is not timed

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

echo "# extract bench: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# java: $(java -version 2>&1 | head -n 1)"
echo
echo "| run | wall s | CPU s | articles/s | peak RSS MB |"
echo "| --- | ---: | ---: | ---: | ---: |"
for t in 1 "$threads"; do
    read -r wall cpu rss < <(measure "$extract" quotes -q -f tsv --threads "$t" "$corpus")
    rate=$(awk -v n="$articles" -v w="$wall" 'BEGIN { printf "%.1f", n / w }')
    echo "| quotes, $articles articles, --threads $t | $wall | $cpu | $rate | $rss |"
done
read -r wall cpu rss < <(measure "$extract" quotes -q -f tsv "$single")
echo "| quotes, one article ($(basename "$single")) | $wall | $cpu | | $rss |"
best_first=99 best_last=99
for _ in 1 2 3; do
    read -r f l < <(first_and_last_row)
    best_first=$(awk -v a="$best_first" -v b="$f" 'BEGIN { print (b < a ? b : a) }')
    best_last=$(awk -v a="$best_last" -v b="$l" 'BEGIN { print (b < a ? b : a) }')
done
echo
echo "One article, start to first row: ${best_first} s; start to last row: ${best_last} s (best of 3)."

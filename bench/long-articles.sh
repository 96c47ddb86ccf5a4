#!/usr/bin/env bash
# Worst-case benchmark: one very long article. Builds single articles of 1, 4 and 16 MB (or the
# sizes given) in a temporary folder from the PolNeAR training texts (repeated as often as needed,
# one article after another as paragraphs), runs `extract quotes -f tsv` on each, and prints wall
# time, CPU seconds (user+sys), peak resident memory and the load average beside each run.
# The articles are made under /tmp, never in the project.
#   bench/long-articles.sh [SIZE_MB...]          e.g. bench/long-articles.sh 1 4 16
# Environment: TEXTS (default ../shared/polnear/train/text), TIMEOUT (seconds per run, default 1800).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
texts="${TEXTS:-$here/../shared/polnear/train/text}"
limit="${TIMEOUT:-1800}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 4 16)
extract="$here/extract"
work="$(mktemp -d /tmp/extract-long.XXXXXX)"
trap 'rm -rf "$work"' EXIT

if [ ! -d "$texts" ]; then echo "bench: no texts at $texts" >&2; exit 2; fi
"$extract" --version >/dev/null # builds the jar first if needed, so the build is not timed

# One article of at least SIZE MB: the training texts in name order, again and again.
make_article() {
    local mb="$1" out="$2" want=$(( $1 * 1024 * 1024 ))
    : >"$out"
    while [ "$(stat -c %s "$out")" -lt "$want" ]; do
        for f in "$texts"/*.txt; do
            cat "$f" >>"$out"; printf '\n\n' >>"$out"
            [ "$(stat -c %s "$out")" -ge "$want" ] && break
        done
    done
    truncate -s "$want" "$out"
    sed -i '$d' "$out" # the cut may split a line, even a UTF-8 sequence: drop the last line
}

echo "# extract long-article bench: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) processors"
echo "# java: $(java -version 2>&1 | head -n 1)"
echo
echo "| article | wall s | CPU s | peak RSS MB | rows | load avg before | load avg after |"
echo "| --- | ---: | ---: | ---: | ---: | --- | --- |"
for mb in "${sizes[@]}"; do
    article="$work/long-${mb}mb.txt"
    make_article "$mb" "$article"
    log="$work/time.log"
    before="$(cut -d' ' -f1-3 /proc/loadavg)"
    status=0
    /usr/bin/time -f '%e %U %S %M' -o "$log" timeout "$limit" \
        "$extract" quotes -q -f tsv --no-header --max-size 64 "$article" >"$work/rows.tsv" 2>"$work/err.log" || status=$?
    after="$(cut -d' ' -f1-3 /proc/loadavg)"
    rows="$(wc -l <"$work/rows.tsv")"
    read -r wall user sys kb < <(tail -n 1 "$log")
    note=""
    [ "$status" -eq 124 ] && note=" (stopped after ${limit} s)"
    [ "$status" -ne 0 ] && [ "$status" -ne 124 ] && note=" (exit $status: $(head -c 200 "$work/err.log"))"
    awk -v a="$mb MB$note" -v w="$wall" -v u="$user" -v s="$sys" -v k="$kb" -v r="$rows" -v b="$before" -v e="$after" \
        'BEGIN { printf "| %s | %.1f | %.1f | %.0f | %d | %s | %s |\n", a, w, u + s, k / 1024, r, b, e }'
done

#!/usr/bin/env bash
# A/B speed comparison of two builds of extract, interleaved (A B A B ...) so that both see the
# same load on a shared machine, and a check that their output is byte-identical.
#   bench/compare.sh A.jar B.jar [ARTICLES_DIR] [ROUNDS] [-- extract arguments]
# Default: `quotes -q -f tsv --threads 1` over the PolNeAR training articles, 3 rounds, with the
# launcher's JVM flags for a batch under its C1 limit (EXTRACT_BENCH_JVM overrides them), and a
# class-data-sharing archive per build made first, as the launcher makes one (EXTRACT_BENCH_CDS=0: none).
# Prints CPU s (user + sys), wall s and the load average at the start of each run, then the
# median CPU s of each build and their ratio.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
a="$1" b="$2"
corpus="${3:-$here/../shared/polnear/train/text}"
rounds="${4:-3}"
shift $(( $# < 4 ? $# : 4 ))
[ "${1:-}" = -- ] && shift
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(quotes -q -f tsv --threads 1)
read -r -a jvm <<< "${EXTRACT_BENCH_JVM:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

cds() { # jar label -> JVM options of its archive (made here, once)
    [ "${EXTRACT_BENCH_CDS:-1}" = 0 ] && return
    [ -f "$out/$2.jsa" ] || java "${jvm[@]}" -XX:ArchiveClassesAtExit="$out/$2.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -jar "$1" "${args[@]}" "$corpus" >/dev/null 2>&1 || true
    [ -f "$out/$2.jsa" ] && echo "-XX:SharedArchiveFile=$out/$2.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
}

run() { # jar label round -> "cpu wall load"
    local l c; c="$(cds "$1" "$2")"; l="$(cut -d' ' -f1 /proc/loadavg)"
    # shellcheck disable=SC2086 # the archive options are words
    /usr/bin/time -f '%U %S %e' -o "$out/time" java "${jvm[@]}" $c -jar "$1" "${args[@]}" "$corpus" >"$out/$2.out" 2>"$out/$2.err"
    awk -v l="$l" '{ printf "%.2f %.2f %s\n", $1 + $2, $3, l }' "$out/time"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ) ${args[*]} $corpus ($(find "$corpus" -name '*.txt' | wc -l) files), JVM ${jvm[*]}"
echo "| round | build | CPU s | wall s | load |"
echo "| ---: | --- | ---: | ---: | ---: |"
: >"$out/A.cpu"; : >"$out/B.cpu"
for r in $(seq 1 "$rounds"); do
    for x in A B; do
        jar="$a"; [ "$x" = B ] && jar="$b"
        read -r cpu wall load < <(run "$jar" "$x")
        echo "$cpu" >>"$out/$x.cpu"
        echo "| $r | $x | $cpu | $wall | $load |"
    done
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ma="$(median "$out/A.cpu")" mb="$(median "$out/B.cpu")"
echo
echo "Median CPU s: A $ma, B $mb, B/A $(awk -v a="$ma" -v b="$mb" 'BEGIN { printf "%.3f", b / a }')."
if cmp -s "$out/A.out" "$out/B.out"; then echo "Output: identical."; else echo "Output: DIFFERENT"; exit 1; fi

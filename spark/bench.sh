#!/usr/bin/env bash
# Throughput of the Spark job in local mode (1 and 2 cores) against the CLI on one folder of
# articles, and a check that all three give the same rows. Prints wall and CPU seconds (user+sys)
# of each whole process, the job's own seconds after Spark's start-up (from its summary), and the
# load average before and after each run (the machine is shared: compare ratios within one run).
#   spark/bench.sh [FOLDER]        (default: ../shared/polnear/train/text, 840 articles)
set -euo pipefail
cd "$(dirname "$0")/.."
in="${1:-../shared/polnear/train/text}"
n=$(find "$in" -type f -name '*.txt' | wc -l)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./extract --version >/dev/null # builds the CLI jar first, outside the timings
[ -f spark/target/extract-spark.jar ] || { mvn -q -B -DskipTests install && mvn -q -B -f spark/pom.xml -DskipTests package; }

load() { cut -d' ' -f1 /proc/loadavg; }
run() { # name, command...
    local name=$1; shift
    local l0; l0=$(load)
    /usr/bin/time -f "%e %U %S" -o "$tmp/$name.time" "$@" > "$tmp/$name.out" 2> "$tmp/$name.err" || { cat "$tmp/$name.err" >&2; exit 1; }
    read -r wall user sys < "$tmp/$name.time"
    local job="-"
    if [ -f "$tmp/$name/summary.json" ]; then
        job=$(python3 -c 'import json,sys; print("%.1f" % json.load(open(sys.argv[1]))["seconds"])' "$tmp/$name/summary.json")
    fi
    local rate=${job/-/$wall}
    printf "| %-14s | %7.1f | %7.1f | %7s | %6.1f | %s → %s |\n" "$name" "$wall" "$(echo "$user + $sys" | bc)" "$job" \
        "$(echo "scale=2; $n / $rate" | bc)" "$l0" "$(load)"
}
spark() { # cores
    run "spark-local$1" spark/submit-local --master "local[$1]" --conf spark.ui.enabled=false \
        --conf spark.driver.bindAddress=127.0.0.1 --conf spark.driver.host=127.0.0.1 \
        spark/target/extract-spark.jar "$in" -f csv -o "$tmp/spark-local$1"
}
echo "$n articles in $in; $(nproc) cores"
echo "| run            | wall s  | CPU s   | job s   | art./s | load avg before → after |"
echo "| ---            | ---     | ---     | ---     | ---    | ---                     |"
run cli ./extract quotes -q -f tsv "$in"
spark 2
spark 1
run cli-again ./extract quotes -q -f tsv "$in"
echo "(art./s: articles per job second for Spark, i.e. after its start-up; per wall second for the CLI)"

# The same rows: the CLI's TSV lines against the job's CSV rendered as TSV.
python3 - "$tmp" <<'PY'
import csv, glob, re, sys
tmp = sys.argv[1]
def tsv(cells):
    out = []
    for c in cells:
        c = re.sub('[\t\n\r\x0b\x0c\x85\u2028\u2029]', ' ', c)
        out.append('"' + c.replace('"', '""') + '"' if c.startswith('"') else c)
    return '\t'.join(out)
cli = sorted(open(tmp + '/cli.out', encoding='utf-8').read().splitlines()[1:])
for run in ('spark-local2', 'spark-local1'):
    rows = []
    for part in sorted(glob.glob(tmp + '/' + run + '/quotes/*.csv')):
        with open(part, encoding='utf-8', newline='') as f:
            r = csv.reader(f); next(r)
            rows += [tsv(x) for x in r]
    same = sorted(rows) == cli
    print(f"{run}: {len(rows)} rows, CLI: {len(cli)} rows, identical: {same}")
    if not same: sys.exit(1)
PY

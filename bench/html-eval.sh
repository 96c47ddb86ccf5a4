#!/usr/bin/env bash
# Article-extraction benchmark: F1 of `extract text` on real news pages with gold article text,
# scored by the benchmark's own evaluate.py (Zyte article-extraction-benchmark, MIT), and the cost
# per page. The headline is not counted (the gold has none): the first paragraph of a page's text is
# left out when it is the page's headline.
#   bench/html-eval.sh [BENCHMARK_DIR] [--pages]     (default ../shared/html/dev; --pages lists
#                                                      the 15 worst pages with their F1)
# Needs python3 (standard library only). Prints the load average and CPU time beside wall time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$here/../shared/html/dev"
pages=0
for a in "$@"; do
    if [ "$a" = --pages ]; then pages=1; else data="$a"; fi
done
data="$(cd "$data" && pwd)"
if [ ! -f "$data/evaluate.py" ] || [ ! -d "$data/pages" ]; then echo "html-eval: no benchmark at $data" >&2; exit 2; fi
extract="$here/extract"
"$extract" --version >/dev/null # builds the jar first if needed, so the build is not timed

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pages" "$work/output"
for f in "$data"/pages/*.html.gz; do
    id="$(basename "$f" .html.gz)"
    gzip -dc "$f" > "$work/pages/$id.html"
done
n="$(ls "$work/pages" | wc -l)"
printf '<html><body><p>One line.</p></body></html>' > "$work/one.html"

# "wall_s cpu_s" of a run (output to the file named first): CPU is user+sys of the children this
# shell waited for, read from /proc before and after.
measure() {
    local out="$1"; shift
    local start end st t0 t1
    read -r -a st < "/proc/$BASHPID/stat"; t0=$(( st[15] + st[16] ))
    start="$(date +%s.%N)"
    "$@" > "$out"
    end="$(date +%s.%N)"
    read -r -a st < "/proc/$BASHPID/stat"; t1=$(( st[15] + st[16] ))
    awk -v s="$start" -v e="$end" -v a="$t0" -v b="$t1" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%.2f %.2f\n", e - s, (b - a) / hz }'
}

# Warm cost: the same pages twice more in the same run (copies, since a file is read once per run);
# the extra CPU over the single pass is what a page costs once the JVM has warmed up.
cp -r "$work/pages" "$work/again1"
cp -r "$work/pages" "$work/again2"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r wall cpu < <(measure "$work/extract.jsonl" "$extract" text -q --threads 1 -f jsonl "$work/pages")
read -r wall1 cpu1 < <(measure /dev/null "$extract" text -q --threads 1 -f jsonl "$work/one.html")
read -r wall3 cpu3 < <(measure /dev/null "$extract" text -q --threads 1 -f jsonl "$work/pages" "$work/again1" "$work/again2")
echo "extract text, 1 thread: $n pages in ${wall}s wall, ${cpu}s CPU (user+sys); one tiny page (start-up): ${wall1}s wall, ${cpu1}s CPU; the pages three times: ${wall3}s wall, ${cpu3}s CPU"
awk -v w="$wall" -v w1="$wall1" -v c="$cpu" -v c1="$cpu1" -v c3="$cpu3" -v n="$n" \
    'BEGIN { printf "per page: %.0f ms CPU in one cold pass (start-up taken out), %.0f ms CPU warm (passes 2 and 3)\n", (c - c1) * 1000 / n, (c3 - c) * 1000 / (2 * n) }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work" "$data" "$pages" <<'PY'
import json, os, sys
work, data, pages = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
truth = json.load(open(os.path.join(data, "ground-truth.json"), encoding="utf8"))
texts = {}
for line in open(os.path.join(work, "extract.jsonl"), encoding="utf8"):
    row = json.loads(line)
    page = os.path.basename(row["file"])[:-len(".html")]
    text, headline = row["text"], row["headline"]
    first, _, rest = text.partition("\n\n")
    if headline and first.strip() == headline.strip():
        text = rest
    texts[page] = text
out = {k: {"articleBody": texts.get(k, "")} for k in truth}
json.dump(out, open(os.path.join(work, "output", "extract.json"), "w", encoding="utf8"))
if pages:
    sys.path.insert(0, data)
    import evaluate
    rows = []
    for k in truth:
        tp, fp, fn = evaluate.string_shingle_matching(truth[k]["articleBody"], out[k]["articleBody"])
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, k, truth[k]["url"]))
    rows.sort()
    print("worst pages (F1 precision recall id url):")
    for f, p, r, k, u in rows[:15]:
        print(f"  {f:.3f} {p:.3f} {r:.3f} {k[:12]} {u}")
    print(f"pages at F1 0: {sum(1 for r in rows if r[0] == 0)}")
PY
cp "$data/ground-truth.json" "$work/ground-truth.json"
(cd "$work" && python3 "$data/evaluate.py" --n-bootstrap 200)

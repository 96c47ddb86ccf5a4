#!/usr/bin/env python3
"""Derives src/main/resources/extract/speaker/group-nouns.txt from PolNeAR train's speakers.tsv.

The plural common nouns that head a description source ("officials", "many analysts", "critics of the
plan") at least three times: the groups that speak, and so the nouns "they" may stand for. Only the
counted nouns are kept, never article text. Usage:
    python3 src/tools/derive-group-nouns.py ../shared/polnear/train/speakers.tsv > src/main/resources/extract/speaker/group-nouns.txt
"""
import collections, csv, re, sys

# the head comes before the words that open its modifier ("critics of the plan", "aides who")
MODIFIER = {"of", "who", "that", "in", "from", "at", "for", "with", "on", "close", "familiar", "to"}
MIN_COUNT = 3
# plurals without an -s
IRREGULAR = {"people", "men", "women", "children"}


def head(source):
    words = source.split()
    for i, w in enumerate(words):
        if w.lower() in MODIFIER and i > 0:
            return words[i - 1]
    return words[-1] if words else ""


def main(path):
    counts = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["source_kind"] != "description":
                continue
            h = re.sub(r"[^A-Za-z-]", "", head(row["source_text"].strip().rstrip(",")))
            # lower case only: "Sanders" is a name, not a group
            if h.islower() and (h.endswith("s") and not h.endswith("ss") and len(h) > 3 or h in IRREGULAR):
                counts[h] += 1
    print("# plural nouns that head a group's description as a source, learned from PolNeAR train by")
    print("# src/tools/derive-group-nouns.py (at least %d times); \"they\" stands for a phrase headed by one" % MIN_COUNT)
    for noun in sorted(n for n, c in counts.items() if c >= MIN_COUNT):
        print(noun)


if __name__ == "__main__":
    main(sys.argv[1])

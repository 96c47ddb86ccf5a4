#!/usr/bin/env python3
"""Derives src/main/resources/extract/speaker/first-names-learned.tsv from PolNeAR train articles.

Two kinds of evidence for each "Firstname Lastname" (two capitalised words): "Mr. Lastname" or
"Mrs./Ms. Lastname" in the same article (strong, counted three times), and the first personal pronoun
in the next 25 words (weak). A first name seen mostly with male evidence is male, mostly female female.
Only the learned statistics are kept, never article text. Usage:
    python3 src/tools/derive-first-names.py ../shared/polnear/train/text > src/main/resources/extract/speaker/first-names-learned.tsv
"""
import collections, os, re, sys

MALE = {"he", "his", "him", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
NOT_FIRST = {"The", "A", "An", "In", "On", "At", "But", "And", "For", "Of", "To", "With", "By", "From", "As",
             "It", "He", "She", "They", "We", "I", "His", "Her", "Its", "Their", "This", "That", "If", "When",
             "While", "After", "Before", "During", "So", "Yet", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov",
             "President", "New", "United", "North", "South", "East", "West", "White", "Supreme", "Republican",
             "Democratic", "Democrat", "GOP", "Senate", "House", "State", "National", "American", "Clinton", "Trump"}

def main(folder):
    counts = collections.defaultdict(lambda: [0, 0])
    for name in sorted(os.listdir(folder)):
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        mr = set(re.findall(r"\bMr\. ([A-Z][a-z]+)", text))
        mrs = set(re.findall(r"\bM(?:rs|s)\. ([A-Z][a-z]+)", text))
        words = re.findall(r"[A-Za-z][A-Za-z'’.-]*", text)
        seen = set()
        for i in range(len(words) - 1):
            first, last = words[i], words[i + 1]
            if (first, last) in seen or first in NOT_FIRST or not first.isalpha() or not first[0].isupper():
                continue
            if last in mr and last not in mrs:
                counts[first][0] += 3
                seen.add((first, last))
            elif last in mrs and last not in mr:
                counts[first][1] += 3
                seen.add((first, last))
        for i in range(len(words) - 1):
            first, last = words[i], words[i + 1]
            if not (first[0].isupper() and last[0].isupper() and first.isalpha() and len(first) > 1):
                continue
            if first in NOT_FIRST or first.isupper():
                continue
            for w in words[i + 2:i + 27]:
                lw = w.lower()
                if lw in MALE:
                    counts[first][0] += 1
                    break
                if lw in FEMALE:
                    counts[first][1] += 1
                    break
    print("# first name\tgender (m/f), learned from PolNeAR train by src/tools/derive-first-names.py")
    for first, (m, f) in sorted(counts.items()):
        n = m + f
        if n >= 4 and max(m, f) / n >= 0.8:
            print(f"{first.lower()}\t{'m' if m > f else 'f'}")

if __name__ == "__main__":
    main(sys.argv[1])

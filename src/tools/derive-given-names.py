#!/usr/bin/env python3
"""Derives src/main/resources/extract/speaker/given-names.tsv from the name lists in datafaker's jar.

datafaker (Apache-2.0, on Maven Central as net.datafaker:datafaker) ships the US Social Security
Administration's common first names as two lists, male_first_name and female_first_name, in
en/name.yml. A name in one list only gets that gender; a name in both ("Carol", "Jordan") gets none.
Left out too, since they open names that are no given names: words of three letters or fewer (many are
East Asian surnames written first: "Li", "Le", "Yu"), the project's function words, name prefixes and
nationality adjectives ("Many", "German"), and words that PolNeAR train's text writes in lower case more
often than capitalised inside a sentence ("Will", "Grace", "Major"). Only the lists are read from the
jar; only counts are taken from the text. Usage, after
`mvn dependency:get -Dartifact=net.datafaker:datafaker:2.7.0 -Dtransitive=false`:
    python3 src/tools/derive-given-names.py ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar \
        ../shared/polnear/train/text > src/main/resources/extract/speaker/given-names.tsv
"""
import collections, os, re, sys, zipfile

RESOURCES = os.path.join(os.path.dirname(__file__), "..", "main", "resources", "extract")


def words(path, column=None):
    out = set()
    for line in open(os.path.join(RESOURCES, path), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cell = line.rstrip("\n").split("\t")[column] if column is not None else line.strip()
        out.update(w.strip().lower() for w in cell.split(";") if w.strip() and w.strip() != "-")
    return out


def common_words(folder):
    """Words written lower case more often than capitalised after a sentence's first word."""
    lower, capital = collections.Counter(), collections.Counter()
    for name in os.listdir(folder):
        for sentence in re.split(r"[.!?]\s+|\n+", open(os.path.join(folder, name), encoding="utf-8").read()):
            for w in re.findall(r"[A-Za-z]+", sentence)[1:]:
                (capital if w[0].isupper() else lower)[w.lower()] += 1
    return {w for w in lower if lower[w] > capital[w]}


def main(jar, folder):
    lists = {"male_first_name": set(), "female_first_name": set()}
    current = None
    for line in zipfile.ZipFile(jar).read("en/name.yml").decode("utf-8").splitlines():
        key = re.match(r"^\s{6}([a-z_]+):", line)
        if key:
            current = key.group(1)
            continue
        item = re.match(r'^\s{6}- "(.+)"$', line)
        if item and current in lists:
            lists[current].add(item.group(1).lower())
    male, female = lists["male_first_name"], lists["female_first_name"]
    left_out = (words("nlp/function-words.txt") | words("nlp/closed-class-words.txt") | words("speaker/name-prefixes.txt")
                | words("ner/demonyms.txt") | words("time/countries.tsv", 2) | common_words(folder))
    print("# given name\tgender (m/f): datafaker 2.7.0's en/name.yml (Apache-2.0; US SSA names), names in one list only;"
          " derived by src/tools/derive-given-names.py")
    for name in sorted(male ^ female):
        if len(name) <= 3 or name in left_out:
            continue
        print(f"{name}\t{'m' if name in male else 'f'}")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

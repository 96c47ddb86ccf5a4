#!/usr/bin/env python3
"""Derives src/main/resources/extract/speaker/given-names.tsv from the name lists in datafaker's jar.

datafaker (Apache-2.0, on Maven Central as net.datafaker:datafaker) ships the US Social Security
Administration's common first names as two lists, male_first_name and female_first_name, in
en/name.yml. A name in one list only gets that gender; a name in both ("Carol", "Jordan") gets none.
Usage, after `mvn dependency:get -Dartifact=net.datafaker:datafaker:2.7.0 -Dtransitive=false`:
    python3 src/tools/derive-given-names.py ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar \
        > src/main/resources/extract/speaker/given-names.tsv
"""
import re, sys, zipfile

def main(jar):
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
    print("# given name\tgender (m/f): datafaker 2.7.0's en/name.yml (Apache-2.0; US SSA names), names in one list only;"
          " derived by src/tools/derive-given-names.py")
    for name in sorted(male ^ female):
        print(f"{name}\t{'m' if name in male else 'f'}")

if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env bash
# Derives the NER model's Wikipedia gazetteer and Brown word clusters from the NLP4J English
# lexica (edu.emory.mathcs.nlp:nlp4j-english 1.1.3, Apache-2.0, from Maven Central) into DIR
# (default target/ner-lexica). Only needed to rebuild them: `extract ner-train` otherwise takes
# them from the shipped model. Usage: models/tools/derive-lexica.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/ner-lexica}
repo=$(mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=settings.localRepository -DforceStdout | sed "s/\x1b\[[0-9;]*m//g")
for a in edu.emory.mathcs.nlp:nlp4j-english:1.1.3 edu.emory.mathcs.nlp:nlp4j-api:1.1.3 org.tukaani:xz:1.5; do
  mvn -q -B dependency:get -Dartifact="$a" -Dtransitive=false
done
jar() { local g=${1//.//}; echo "$repo/$g/$2/$3/$2-$3.jar"; }
java -Xmx4g -cp "$(jar edu.emory.mathcs.nlp nlp4j-api 1.1.3):$(jar org.tukaani xz 1.5)" \
  src/tools/DeriveNlp4jLexica.java "$(jar edu.emory.mathcs.nlp nlp4j-english 1.1.3)" "$out"

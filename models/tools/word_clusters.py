#!/usr/bin/env python3
"""Derive word clusters for the name finder's WordClusterFeatureGenerator from unlabeled text.

Reads the tokens of name-sample files (markup dropped, labels unused), describes each frequent word
by the words seen right before and after it (positive PMI, reduced to DIM dimensions by SVD) and
groups the words with k-means, once per cluster count. Writes one OpenNLP word-cluster file per
count: `word cluster` a line. Only derived data (word -> cluster id) is written, never text.

usage: word_clusters.py OUT_PREFIX K[,K...] FILE...    e.g. word_clusters.py clusters 64,256,1024 a.txt b.txt
Needs numpy and scipy; deterministic (fixed seed).
"""
import re
import sys
from collections import Counter

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

MIN_COUNT = 3      # words seen fewer times get no cluster
CONTEXTS = 3000    # most frequent words used as left/right contexts
DIM = 100
MARKUP = re.compile(r"<START(:[^>]*)?>|<END>")
# as extract.text.ModelText: the name finder sees typographic quotes as ASCII
ASCII = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
                       "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                       "\u00ab": '"', "\u00bb": '"'})


def sentences(paths):
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                toks = MARKUP.sub(" ", line).translate(ASCII).split()
                if toks:
                    yield toks


def kmeans(x, k, rng, iters=25):
    centers = x[rng.choice(len(x), k, replace=False)]
    for _ in range(iters):
        labels = np.argmax(x @ centers.T, axis=1)  # rows are unit vectors: cosine
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                centers[c] = v / (np.linalg.norm(v) or 1)
            else:
                centers[c] = x[rng.integers(len(x))]
    return np.argmax(x @ centers.T, axis=1)


def main():
    prefix, ks, paths = sys.argv[1], [int(k) for k in sys.argv[2].split(",")], sys.argv[3:]
    counts = Counter(t for s in sentences(paths) for t in s)
    vocab = [w for w, c in counts.most_common() if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    rows, cols = [], []
    for s in sentences(paths):
        padded = ["<s>"] + s + ["</s>"]
        for i in range(1, len(padded) - 1):
            w = index.get(padded[i])
            if w is None:
                continue
            left, right = ctx.get(padded[i - 1]), ctx.get(padded[i + 1])
            if left is not None:
                rows.append(w); cols.append(left)
            if right is not None:
                rows.append(w); cols.append(CONTEXTS + right)
    m = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 2 * CONTEXTS)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel()
    m = m.tocoo()
    pmi = np.log(m.data * total / (row[m.row] * col[m.col] + 1e-12))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    u, sv, _ = svds(ppmi, k=DIM, random_state=0)
    x = u * np.sqrt(sv)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    rng = np.random.default_rng(0)
    for k in ks:
        labels = kmeans(x, k, rng)
        with open(f"{prefix}-{k}.txt", "w", encoding="utf-8") as out:
            for w, c in zip(vocab, labels):
                out.write(f"{w} {c}\n")
        print(f"{prefix}-{k}.txt: {len(vocab)} words, {k} clusters", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A measured lower bound on Mordecai 3's geoparsing time, for issue 4's speed goal.

Mordecai 3 cannot run here: it needs an Elasticsearch 7 server holding all of
GeoNames and spaCy's en_core_web_trf model, and neither is reachable from this
machine (no Debian/PyPI/npm package). Before it looks up a single place, though,
Mordecai 3 runs en_core_web_trf, whose core is a roberta-base transformer
(12 layers, hidden 768, 12 heads, feed-forward 3072), over every token of the
text in spaCy's default strided windows (128 tokens, stride 96). This script
times exactly that arithmetic with random float32 weights of the same shapes
in numpy (OpenBLAS), on one thread, over the texts of a GeoWebNews file.
Mordecai 3 does strictly more (tokenisation, tagging/parsing heads, its own
torch ranking model, Elasticsearch queries), so the real ratio is larger.

Tokens are counted as words and punctuation marks; RoBERTa's byte-level BPE
splits rare words further, so this undercounts tokens: again conservative.

Usage: OPENBLAS_NUM_THREADS=1 python3 tools/speed/transformer_floor.py ../shared/dev-data/GeoWebNews.xml
(needs numpy: pip install numpy)
"""
import re
import sys
import time
import xml.etree.ElementTree as ET

import numpy as np

HIDDEN, HEADS, FFN, LAYERS = 768, 12, 3072, 12
WINDOW, STRIDE = 128, 96


def windows(n_tokens):
    """Lengths of spaCy-style strided spans covering n tokens."""
    out, start = [], 0
    while True:
        out.append(min(WINDOW, n_tokens - start))
        if start + WINDOW >= n_tokens:
            return out
        start += STRIDE


def layer_norm(x):
    mu = x.mean(-1, keepdims=True)
    var = x.var(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + 1e-5)


def gelu(x):
    return 0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x**3)))


def encoder(x, weights):
    d = HIDDEN // HEADS
    for wq, wk, wv, wo, w1, w2 in weights:
        n = x.shape[0]
        q = (x @ wq).reshape(n, HEADS, d).transpose(1, 0, 2)
        k = (x @ wk).reshape(n, HEADS, d).transpose(1, 0, 2)
        v = (x @ wv).reshape(n, HEADS, d).transpose(1, 0, 2)
        s = q @ k.transpose(0, 2, 1) / np.sqrt(d)
        s = np.exp(s - s.max(-1, keepdims=True))
        s /= s.sum(-1, keepdims=True)
        a = (s @ v).transpose(1, 0, 2).reshape(n, HIDDEN)
        x = layer_norm(x + a @ wo)
        x = layer_norm(x + gelu(x @ w1) @ w2)
    return x


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    texts = [t.text or "" for t in ET.parse(sys.argv[1]).getroot().iter("text")]
    tokens = [len(re.findall(r"\w+|[^\w\s]", t)) for t in texts]
    rng = np.random.default_rng(0)
    w = lambda a, b: (rng.standard_normal((a, b)) * 0.02).astype(np.float32)
    weights = [
        (w(HIDDEN, HIDDEN), w(HIDDEN, HIDDEN), w(HIDDEN, HIDDEN), w(HIDDEN, HIDDEN), w(HIDDEN, FFN), w(FFN, HIDDEN))
        for _ in range(LAYERS)
    ]
    spans = [n for t in tokens if t for n in windows(t)]
    start = time.perf_counter()
    for n in spans:
        encoder(rng.standard_normal((n, HIDDEN)).astype(np.float32), weights)
    secs = time.perf_counter() - start
    chars = sum(len(t.encode()) for t in texts)
    print(f"articles {len(texts)}  tokens (words+punctuation) {sum(tokens)}  windows {len(spans)}  text {chars / 1e6:.2f} MB")
    print(f"roberta-base forward passes, numpy float32, 1 thread: {secs:.1f} s  ({chars / 1e6 / secs:.4f} MB/s)")


if __name__ == "__main__":
    main()

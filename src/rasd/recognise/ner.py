"""Statistical named-entity tagger (linear-chain CRF) for PER, ORG, LOC and MISC.

Not a pipeline stage: the actors and places recognisers call `tag(doc)` for names that no
dictionary holds. The model (`data/models/ner.crfsuite`) is trained by `scripts/train_ner.py`
on ANERcorp (the script can add NewsFANE Gold and the Wojood sample); see `data/models/TRAINING.md`
for the recorded run and `data/models/LICENSE.md` for what it derives from (ANERcorp: research use only).

Features come from the normalised, folded word: affixes, the clitic-stripped stem, shape,
distributional word clusters learnt from unlabelled news (`ner_clusters.tsv`), place-name
gazetteer hits (`ner_gazetteer.tsv`), the label shares of the word and its stem in the training
data (`ner_lexicon.tsv`) and a +-2 word window. The same `sentence_features`
is used in training and at run time, so the two cannot drift apart.
"""

from __future__ import annotations

import collections
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pycrfsuite

from rasd.analyse.normalise import fold, normalise
from rasd.analyse.tokens import segment_word, word_frequencies
from rasd.document import Document, Token

LABELS = ("PER", "ORG", "LOC", "MISC")
_MODELS = "models"
_MAX_GAZ_WORDS = 4
_MEMORY_MAX_FQ = 12  # log2 news frequency above which a word is a function word, not remembered
_ARABIC = re.compile(r"^[\u0621-\u064A]+$")
_LATIN = re.compile(r"^[A-Za-z]+$")
_DIGITS = re.compile(r"^[0-9]+$")


@dataclass(frozen=True)
class Resources:
    """Word clusters (word -> ids, coarse to fine), gazetteer (name words -> type) and label lexicon.

    The lexicon maps a word (or "~" + its stem) to how often each label type (PER ... MISC, O) tagged it
    in the training data: a name seen as PER elsewhere is likely PER here, whatever its context.
    """

    clusters: dict[str, tuple[str, ...]]
    gazetteer: dict[tuple[str, ...], str]
    lexicon: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)


def load_clusters(lines: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        word, *ids = line.rstrip("\n").split("\t")
        out[word] = tuple(ids)
    return out


def load_gazetteer(lines: Iterable[str]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        name, kind = line.rstrip("\n").split("\t")[:2]
        out[tuple(name.split())] = kind
    return out


def load_lexicon(lines: Iterable[str]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Lines "key<TAB>TYPE:count ..." -> key -> ((type, count), ...)."""
    out: dict[str, tuple[tuple[str, int], ...]] = {}
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        key, counts = line.rstrip("\n").split("\t")
        out[key] = tuple((t, int(n)) for t, n in (c.split(":") for c in counts.split()))
    return out


def _data_lines(name: str) -> list[str]:
    path = resources.files("rasd.data").joinpath(f"{_MODELS}/{name}")
    return path.read_text(encoding="utf-8").splitlines() if path.is_file() else []


@lru_cache(maxsize=1)
def packaged_resources() -> Resources:
    return Resources(load_clusters(_data_lines("ner_clusters.tsv")), load_gazetteer(_data_lines("ner_gazetteer.tsv")),
                     load_lexicon(_data_lines("ner_lexicon.tsv")))


def person_name_word(text: str) -> bool:
    """Whether the training data tagged this word a person's name at least as often as anything else
    (سليمان, عادل, أبو): a given name, not an everyday word."""
    counts = dict(packaged_resources().lexicon.get(norm_word(text), ()))
    per = counts.get("PER", 0)
    return per > 0 and per >= max((n for t, n in counts.items() if t != "PER"), default=0)


def norm_word(text: str) -> str:
    return fold(normalise(text).text)


@lru_cache(maxsize=200_000)
def _word_shape(word: str) -> tuple[str, ...]:
    """Per-word features that need no context: affixes, stem, clitics, shape."""
    if _ARABIC.match(word):
        shape = "A"
    elif _DIGITS.match(word):
        shape = "D"
    elif _LATIN.match(word):
        shape = "L"
    elif word.isalnum():
        shape = "M"
    else:
        shape = "P:" + word[:3]
    pieces = segment_word(word)
    stem = next((p for p, role in pieces if role == "stem"), word)
    procl = "".join(p for p, role in pieces if role == "proclitic")
    freqs = word_frequencies()  # how common the word is in news: rare words are often foreign names
    feats = [f"sh={shape}", f"st={stem}", f"len={min(len(word), 8)}",
             f"fq={int(math.log2(1 + freqs.get(word, 0)))}", f"sfq={int(math.log2(1 + freqs.get(stem, 0)))}"]
    feats += [f"p{n}={word[:n]}" for n in (1, 2, 3) if len(word) > n]
    feats += [f"s{n}={word[-n:]}" for n in (1, 2, 3) if len(word) > n]
    feats += [f"ss{n}={stem[-n:]}" for n in (2, 3) if len(stem) > n]
    if procl:
        feats.append(f"pc={procl}")
    if any(role == "article" for _, role in pieces):
        feats.append("art")
    if any(role == "enclitic" for _, role in pieces):
        feats.append("enc")
    return (stem, *feats)


def word_stem(word: str) -> str:
    """The clitic-stripped stem the features use (the label lexicon keys stems by it)."""
    return _word_shape(word)[0]


def _cluster_ids(word: str, stem: str, res: Resources) -> tuple[str, ...]:
    ids = res.clusters.get(word) or res.clusters.get(stem)
    if ids is None and stem.startswith("ال"):
        ids = res.clusters.get(stem[2:])
    return ids or ()


def _gazetteer_tags(stems: Sequence[str], words: Sequence[str], res: Resources) -> list[str]:
    """Longest gazetteer match over words (or stems: بدمشق, والقاهرة) as B-/I-type tags."""
    tags = [""] * len(words)
    i = 0
    while i < len(words):
        for n in range(min(_MAX_GAZ_WORDS, len(words) - i), 0, -1):
            rest = tuple(words[i + 1 : i + n])
            firsts = (words[i], stems[i], "ال" + stems[i])
            kind = next((k for f in firsts if (k := res.gazetteer.get((f, *rest)))), None)
            if kind is not None:
                tags[i] = f"B-{kind}"
                for j in range(i + 1, i + n):
                    tags[j] = f"I-{kind}"
                i += n
                break
        else:
            i += 1
    return tags


@lru_cache(maxsize=100_000)
def _ratio_features(tag: str, counts: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    """Binned share of each label type (high >= 0.7, mid >= 0.3, low), and a flag for rare words."""
    total = sum(n for _, n in counts)
    out = [f"{tag}{t}={'h' if n >= 0.7 * total else 'm' if n >= 0.3 * total else 'l'}" for t, n in counts if n]
    if total < 3:
        out.append(f"{tag}=rare")
    return tuple(out)


def _lexicon_features(word: str, stem: str, res: Resources) -> list[str]:
    out: list[str] = []
    for key, tag in ((word, "lw"), ("~" + stem, "ls")):
        counts = res.lexicon.get(key)
        out += _ratio_features(tag, counts) if counts else [f"{tag}=unk"]
    return out


Memory = dict[str, collections.Counter[str]]


def _contexts(words: Sequence[str], stems: Sequence[str], i: int, res: Resources) -> list[str]:
    out = []
    if i > 0:
        out.append(f"m-1={stems[i - 1]}")
        out += [f"mc-1={c}" for c in _cluster_ids(words[i - 1], stems[i - 1], res)[1:2]]
    if i + 1 < len(words):
        out += [f"mc+1={c}" for c in _cluster_ids(words[i + 1], stems[i + 1], res)[1:2]]
    return out


def _remembered(word: str, stem: str) -> bool:
    return len(stem) >= 3 and int(_word_shape(word)[4][3:]) < _MEMORY_MAX_FQ


def doc_memory(sentences: Iterable[Sequence[str]], res: Resources | None = None) -> Memory:
    """Per stem, the contexts it has anywhere in the document (previous word, neighbours' clusters).

    A name seen once after "الرئيس" or "وزير الدفاع" is a name in its other sentences too, where it
    may stand alone after "قال"; the CRF learns which remembered contexts mark which type.
    """
    res = res or packaged_resources()
    out: dict[str, collections.Counter[str]] = {}
    for words in sentences:
        stems = [_word_shape(w)[0] for w in words]
        for i, st in enumerate(stems):
            if _remembered(words[i], st):
                out.setdefault(st, collections.Counter()).update(_contexts(words, stems, i, res))
    return out


def _memory_features(memory: Memory, words: Sequence[str], stems: Sequence[str], i: int,
                     res: Resources) -> list[str]:
    """Contexts of the word's OTHER occurrences (its own context is already in the window features)."""
    mem = memory.get(stems[i])
    if not mem:
        return []
    own = collections.Counter(_contexts(words, stems, i, res))
    return sorted(k for k, n in mem.items() if n > own[k])


def sentence_features(words: Sequence[str], res: Resources | None = None,
                      memory: Memory | None = None) -> list[list[str]]:
    """CRF features for one sentence of normalised, folded words (memory: see `doc_memory`)."""
    res = res or packaged_resources()
    shapes = [_word_shape(w) for w in words]
    stems = [s[0] for s in shapes]
    clusters = [_cluster_ids(w, st, res) for w, st in zip(words, stems, strict=True)]
    gaz = _gazetteer_tags(stems, words, res)
    n = len(words)

    def at(i: int, seq: Sequence[str], pad: str) -> str:
        return seq[i] if 0 <= i < n else pad

    out: list[list[str]] = []
    for i, w in enumerate(words):
        f = ["b", f"w={w}", *shapes[i][1:], *_lexicon_features(w, stems[i], res)]
        f += [f"c{k}={c}" for k, c in enumerate(clusters[i])] or ["c=none"]
        if gaz[i]:
            f.append(f"g={gaz[i]}")
        for d in (-2, -1, 1, 2):
            f.append(f"w{d}={at(i + d, words, '<s>' if d < 0 else '</s>')}")
            f.append(f"st{d}={at(i + d, stems, '<s>' if d < 0 else '</s>')}")
        for d in (-1, 1):
            j = i + d
            if 0 <= j < n:
                f += [f"c{k}{d:+d}={c}" for k, c in enumerate(clusters[j][:2])]
                f.append(f"sh{d:+d}={shapes[j][1]}")
                f.append(f"fq{d:+d}={shapes[j][4][3:]}")
                if gaz[j]:
                    f.append(f"g{d:+d}={gaz[j]}")
        if memory:
            f += _memory_features(memory, words, stems, i, res)
        f.append(f"bi-1={at(i - 1, words, '<s>')}|{w}")
        f.append(f"bi+1={w}|{at(i + 1, words, '</s>')}")
        out.append(f)
    return out


@lru_cache(maxsize=1)
def _tagger() -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    path = resources.files("rasd.data").joinpath(f"{_MODELS}/ner.crfsuite")
    with resources.as_file(path) as model_file:
        tagger.open(str(model_file))
    return tagger


O_THRESHOLD = 1.0  # P(O) below this makes a token an entity; 1.0 = plain Viterbi, best on dev (TRAINING.md)


def decode(tagger: pycrfsuite.Tagger, feats: list[list[str]], o_threshold: float = O_THRESHOLD) -> list[str]:
    """Viterbi labels, then recall-leaning: a token the model is unsure is O takes its likeliest entity label.

    The CRF is precise but misses unseen names; spending some precision for recall raises F1.
    """
    labels = tagger.tag(feats)
    if o_threshold >= 1.0:
        return repair_bio(labels)
    names = [lab for lab in tagger.labels() if lab != "O"]
    for i, lab in enumerate(labels):
        if lab == "O" and tagger.marginal("O", i) < o_threshold:
            labels[i] = max(names, key=lambda y: tagger.marginal(y, i))
    return repair_bio(labels)


def repair_bio(labels: Sequence[str]) -> list[str]:
    """Make a label sequence valid BIO: an I-X not continuing an X entity starts one (B-X)."""
    out: list[str] = []
    prev = "O"
    for lab in labels:
        if lab.startswith("I-") and prev[2:] != lab[2:]:
            lab = "B-" + lab[2:]
        out.append(lab)
        prev = lab
    return out


def tag_tokens(words: list[str]) -> list[str]:
    """BIO labels for one sentence of words (raw text; normalised here)."""
    if not words:
        return []
    normed = [norm_word(w) or "_" for w in words]
    return decode(_tagger(), sentence_features(normed, memory=doc_memory([normed])))


def bio_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) token-index spans of a valid BIO sequence."""
    spans: list[tuple[int, int, str]] = []
    for i, lab in enumerate(labels):
        if lab.startswith("B-"):
            spans.append((i, i + 1, lab[2:]))
        elif lab.startswith("I-") and spans and spans[-1][1] == i and spans[-1][2] == lab[2:]:
            spans[-1] = (spans[-1][0], i + 1, lab[2:])
    return spans


def _sentence_tokens(doc: Document) -> list[list[Token]]:
    if not doc.sentences:
        return [list(doc.tokens)] if doc.tokens else []
    groups: list[list[Token]] = [[] for _ in doc.sentences]
    k = 0
    for tok in doc.tokens:
        while k < len(doc.sentences) - 1 and tok.start >= doc.sentences[k].end:
            k += 1
        groups[k].append(tok)
    return [g for g in groups if g]


def tag(doc: Document) -> list[tuple[int, int, str]]:
    """Entity spans (start, end, PER/ORG/LOC/MISC) in ORIGINAL offsets of doc.text; needs the analyse stage.
    The place and actor stages both read them: tagged once per token list."""
    return list(doc.memoised("ner", lambda: tuple(_tag(doc))))


def _tag(doc: Document) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    sentences = _sentence_tokens(doc)
    words = [[t.norm or "_" for t in toks] for toks in sentences]
    memory = doc_memory(words)
    for toks, ws in zip(sentences, words, strict=True):
        labels = decode(_tagger(), sentence_features(ws, memory=memory))
        spans += [(toks[a].start, toks[b - 1].end, typ) for a, b, typ in bio_spans(labels)]
    return spans

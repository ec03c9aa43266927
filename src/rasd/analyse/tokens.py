"""Tokens with clitics split off as sub-tokens that keep their own original offsets.

Arabic writes conjunctions (و ف), prepositions (ب ل ك), the article (ال) and object or
possessive pronouns (ه ها هم ...) as part of the word: وبالأجهزة = و + ب + ال + أجهزة. A letter
that could be a clitic often is not (وزير, بشار, لبنان), so a split is kept only when the stem
is a word in its own right: more frequent in a news word list (`data/lexicon/wordfreq.tsv`,
built by `scripts/build_lexicon.py`) than the unsplit form, or the unsplit form unknown.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from rasd.analyse.normalise import Normalised, fold
from rasd.document import Segment, Token

_WORD = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
_ARABIC = re.compile(r"^[\u0621-\u064A]+$")

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
# Pronoun suffixes, longest first; split only after a preposition-like stem or when the list says so.
_ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ي")
_PREP_STEMS = frozenset({"من", "عن", "علي", "الي", "في", "ل", "ب", "لدي", "عند", "مع", "حول", "ضد", "بين",
                         "امام", "خلف", "منذ", "لدى", "فوق", "تحت", "عبر", "بحق"})
# Words that start like article + stem but are not (normalised, folded).
_NOT_ARTICLE = frozenset({"الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                          "اللاتي", "اللواتي", "الله", "الان", "الف", "الاف", "اليوم"})
_MIN_STEM = 2


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, int]:
    path = resources.files("rasd.data").joinpath("lexicon/wordfreq.tsv")
    freqs: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, _, count = line.rstrip("\n").partition("\t")
            if count.isdigit():
                freqs[word] = int(count)
    return freqs


def _logf(word: str) -> float:
    return math.log1p(word_frequencies().get(word, 0))


# How much likelier a letter is a clitic than part of the word (log scale): a split is kept when
# the stem's frequency, raised by this bonus, beats the unsplit form's. Conjunctions are the
# likeliest; "وقال" is more frequent than "قال" in news, but still و + قال.
_BONUS = {"و": 3.0, "ف": 2.5, "ب": 2.0, "ل": 2.0, "ك": 1.5}
_MIN_STEM_LOGF = math.log1p(2)


def _proclitic_options(word: str) -> Iterator[list[str]]:
    """Every grammatical proclitic sequence: at most one conjunction, then at most one preposition."""
    for conj in ["", *(c for c in _CONJ if word.startswith(c))]:
        rest = word[len(conj):]
        for prep in ["", *(p for p in _PREP if rest.startswith(p))]:
            yield [c for c in (conj, prep) if c]


def _split_article(proclitics: list[str], rest: str) -> list[tuple[str, str]]:
    """Peel the article off the stem: ال, or the ل left of it after ل (للقوات = ل + ل + قوات)."""
    if proclitics[-1:] == ["ل"] and rest.startswith("ل") and _logf("ال" + rest[1:]) > _MIN_STEM_LOGF:
        return [("ل", "article"), *_split_enclitic(rest[1:])]
    if rest.startswith("ال") and rest not in _NOT_ARTICLE and len(rest) - 2 >= _MIN_STEM:
        return [("ال", "article"), *_split_enclitic(rest[2:])]
    if proclitics and rest in _ENCLITICS:
        return [(rest, "enclitic")]  # لهم, بها: a preposition carrying a pronoun
    return _split_enclitic(rest)


def segment_word(word: str) -> list[tuple[str, str]]:
    """Split a normalised, folded Arabic word into (piece, role) pairs whose texts concatenate to it."""
    if len(word) <= _MIN_STEM or not _ARABIC.match(word):
        return [(word, "stem")]
    best_score, best = _logf(word), []
    for proclitics in _proclitic_options(word):
        rest = word[len("".join(proclitics)):]
        if not proclitics or len(rest) < _MIN_STEM:
            continue
        stem_f = _logf(rest)
        if proclitics[-1] == "ل" and rest.startswith("ل"):
            stem_f = max(stem_f, _logf("ا" + rest))  # للقوات: the stem is القوات
        if stem_f < _MIN_STEM_LOGF:
            continue
        score = stem_f + sum(_BONUS[c] for c in proclitics)
        if score > best_score:
            best_score, best = score, proclitics
    rest = word[len("".join(best)):]
    return [*((c, "proclitic") for c in best), *_split_article(best, rest)]


def _split_enclitic(stem: str) -> list[tuple[str, str]]:
    for suffix in _ENCLITICS:
        base = stem[: -len(suffix)]
        if stem.endswith(suffix) and len(base) >= 1 and base in _PREP_STEMS | {"ل", "ب"}:
            return [(base, "stem"), (suffix, "enclitic")]
    return [(stem, "stem")]


def tokenise(norm: Normalised) -> list[Token]:
    """Tokens of the normalised copy, reported with ORIGINAL offsets and segments."""
    tokens: list[Token] = []
    folded = fold(norm.text)
    for m in _WORD.finditer(norm.text):
        start, end = norm.to_original(m.start(), m.end())
        word = folded[m.start() : m.end()]
        segments: list[Segment] = []
        pos = m.start()
        for piece, role in segment_word(word):
            s, e = norm.to_original(pos, pos + len(piece))
            segments.append(Segment(s, e, norm.original[s:e], role))  # type: ignore[arg-type]
            pos += len(piece)
        tokens.append(Token(start, end, norm.original[start:end], word, tuple(segments)))
    return tokens

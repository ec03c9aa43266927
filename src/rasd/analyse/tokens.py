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
_FUTURE = "س"  # future particle, only before an imperfect verb prefix
IMPERFECT_PREFIXES = ("ي", "ت", "ن")  # not ا: سألت is a verb, not س + الت; اسلحه is not "I arm"
# Pronoun suffixes, longest first. After particles and prepositions every listed suffix is a pronoun
# (منهم, عليها, إنه); on other stems only the unambiguous third-person ones are, and only when the
# base is a known word (نشرتها = نشرت + ها). ي, نا and ك are left alone: too often part of the word.
_ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ي")
_OPEN_ENCLITICS = ("هما", "هم", "هن", "كم", "ها", "ه")
_PREP_STEMS = frozenset({"من", "عن", "على", "علي", "الى", "الي", "في", "ل", "ب", "لدى", "لدي", "عند", "مع",
                         "حول", "ضد", "بين", "امام", "خلف", "منذ", "فوق", "تحت", "عبر", "بحق", "ان", "لكن",
                         "لان", "كان", "عليه"})
_ENCLITIC_BONUS = 1.0
# Words that start like article + stem but are not (normalised, folded).
_NOT_ARTICLE = frozenset({"الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                          "اللاتي", "اللواتي", "الله", "الان", "الف", "الاف", "اليوم"})
# Words that start like conjunction + preposition but are not: فتحت is 'opened', not ف + تحت; ولي is the
# guardian of ولي العهد, not و + لي. The word list cannot tell them apart (تحت, لي are far more frequent), so
# they are named here.
_NOT_CLITIC = frozenset({"فتحت", "ولي"})
_MIN_STEM = 2
_MIN_PROCLITIC_STEM = 3  # كان is not ك + ان, لكن is not ل + كن ...
# ... but وفي, وما, وقد are: short function words after a conjunction
_SHORT_STEMS = frozenset({"في", "ما", "قد", "من", "عن", "لا", "لم", "لن", "ان", "مع", "هو", "هي", "كل", "لو"})


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


COMMON_WORD = 20  # a form seen this often in the news word list is a word of its own


def is_common_word(norm: str) -> bool:
    """Whether the news word list (data/lexicon/wordfreq.tsv) holds this normalised form as a word of its own:
    not a clitic-prefixed form of another word (وزارة is no و + زارة), not a name (كيماوي)."""
    return word_frequencies().get(norm, 0) >= COMMON_WORD


def _logf(word: str) -> float:
    return math.log1p(word_frequencies().get(word, 0))


# How much likelier a letter is a clitic than part of the word (log scale): a split is kept when
# the stem's frequency, raised by this bonus, beats the unsplit form's. Conjunctions are the
# likeliest; "وقال" is more frequent than "قال" in news, but still و + قال.
_BONUS = {"و": 3.0, "ف": 2.5, "ب": 2.0, "ل": 2.0, "ك": 1.5, "س": 2.0}
_ARTICLE_BONUS = 3.0  # a preposition or conjunction before ال (بال, وال, فال) is almost always a clitic
_MIN_STEM_LOGF = math.log1p(2)


def _proclitic_options(word: str) -> Iterator[list[str]]:
    """Every grammatical proclitic sequence: at most one conjunction, then at most one preposition."""
    for conj in ["", *(c for c in _CONJ if word.startswith(c))]:
        rest = word[len(conj):]
        for prep in ["", *(p for p in _PREP if rest.startswith(p))]:
            yield [c for c in (conj, prep) if c]
        if rest.startswith(_FUTURE) and rest[1:2] in IMPERFECT_PREFIXES:
            yield [c for c in (conj, _FUTURE) if c]


def _split_article(proclitics: list[str], rest: str) -> list[tuple[str, str]]:
    """Peel the article off the stem: ال, or the ل left of it after ل (للقوات = ل + ل + قوات)."""
    if proclitics[-1:] == ["ل"] and rest.startswith("ل") and len(rest) > 3 and max(
            _logf("ال" + fold(rest[1:])), _logf(fold(rest[1:]))) > _MIN_STEM_LOGF:
        return [("ل", "article"), *_split_enclitic(rest[1:])]
    if rest.startswith("ال") and fold(rest) not in _NOT_ARTICLE and len(rest) - 2 >= _MIN_STEM:
        return [("ال", "article"), *_split_enclitic(rest[2:])]
    if proclitics and fold(rest) in _ENCLITICS:
        return [(rest, "enclitic")]  # لهم, بها: a preposition carrying a pronoun
    return _split_enclitic(rest)


def segment_word(word: str) -> list[tuple[str, str]]:
    """Split a normalised Arabic word into (piece, role) pairs whose texts concatenate to it.

    Frequencies are looked up under the folded form; the split itself works on the unfolded
    word so that ة (never a pronoun) is not confused with the pronoun ه.
    """
    if len(word) <= _MIN_STEM or not _ARABIC.match(word) or fold(word) in _NOT_CLITIC:
        return [(word, "stem")]
    best_score, best = _logf(fold(word)), []
    for proclitics in _proclitic_options(word):
        rest = word[len("".join(proclitics)):]
        short_ok = fold(rest) in _ENCLITICS or (fold(rest) in _SHORT_STEMS and proclitics in (["و"], ["ف"]))
        if not proclitics or (len(rest) < _MIN_PROCLITIC_STEM and not short_ok):
            continue
        key = fold(rest)
        stem_f = _logf(key)
        if proclitics[-1] == "ل" and key.startswith("ل"):
            stem_f = max(stem_f, _logf("ا" + key))  # للقوات: the stem is القوات
        if stem_f < _MIN_STEM_LOGF and key not in _ENCLITICS:
            continue
        score = stem_f + sum(_BONUS[c] for c in proclitics)
        if key.startswith("ال") and len(key) >= 4:
            score += _ARTICLE_BONUS
        if score > best_score:
            best_score, best = score, proclitics
    rest = word[len("".join(best)):]
    return [*((c, "proclitic") for c in best), *_split_article(best, rest)]


def _split_enclitic(stem: str) -> list[tuple[str, str]]:
    for suffix in _ENCLITICS:
        base = fold(stem[: -len(suffix)])
        if not stem.endswith(suffix) or not base:
            continue
        if base in _PREP_STEMS or (suffix in _OPEN_ENCLITICS and _enclitic_plausible(fold(stem), base)):
            cut = len(stem) - len(suffix)
            return [(stem[:cut], "stem"), (stem[cut:], "enclitic")]
    return [(stem, "stem")]


def _enclitic_plausible(word: str, base: str) -> bool:
    """A pronoun suffix on a noun or verb: the base must be a known word at least as likely as the whole."""
    if len(base) < 3:
        return False
    base_f = _logf(base)
    return base_f >= _MIN_STEM_LOGF + 1 and base_f + _ENCLITIC_BONUS >= _logf(word)


def tokenise(norm: Normalised) -> list[Token]:
    """Tokens of the normalised copy, reported with ORIGINAL offsets and segments."""
    tokens: list[Token] = []
    folded = fold(norm.text)
    for m in _WORD.finditer(norm.text):
        start, end = norm.to_original(m.start(), m.end())
        word = norm.text[m.start() : m.end()]
        segments: list[Segment] = []
        pos = m.start()
        pieces = segment_word(word)
        for piece, role in pieces:
            s, e = norm.to_original(pos, pos + len(piece))
            segments.append(Segment(s, e, norm.original[s:e], role))  # type: ignore[arg-type]
            pos += len(piece)
        stem_norm = next((fold(piece) for piece, role in pieces if role == "stem"), folded[m.start() : m.end()])
        tokens.append(Token(start, end, norm.original[start:end], folded[m.start() : m.end()], tuple(segments),
                            stem_norm))
    return tokens

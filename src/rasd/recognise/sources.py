"""Recognise who says so: source mentions with the kind of attribution they give.

A source is the subject of a reporting verb that introduces what was said (قال وزير الخارجية ... إن,
أفاد المرصد السوري ... بأن), the one named after "according to" (بحسب المرصد, وفقا لشهود عيان), the
one a relayed report quotes (نقلت سبوتنيك عن مصدر سوري), or an unnamed source phrase on its own
(مصادر مطلعة, شهود عيان, مواقع التواصل الاجتماعي). Each mention has `attrs["attribution"]`
(outlet | named_official | named_person | anonymous | witness | document | social_media) and
`attrs["speech_verb"]`, the original (start, end) of the reporting verb or phrase, or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rasd.analyse.normalise import match_key
from rasd.document import Document
from rasd.pipeline import stage
from rasd.recognise.wordlists import keys, load
from rasd.recognise.words import LETTERS_OR_DIGITS, Word, folded_words

_MAX_WORDS = 8
_LOOKAHEAD = 12  # words between the source phrase and إن/أن (an apposition: "، ومقره بريطانيا،")
_SAME_CLAUSE = 8  # words allowed between the source and إن/أن (في بيان له، الأحد)
_SENTENCE_END = frozenset(".!?\n")


@dataclass(frozen=True)
class Found:
    start: int  # word indices, end exclusive
    end: int
    kind: str
    verb: tuple[int, int] | None  # word indices of the reporting verb or phrase


@cache
def _set(name: str) -> frozenset[str]:
    return frozenset(keys(load("sources")[name]))


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(head word sequence, attribution kind), longest first."""
    pairs = [(tuple(k.split()), kind) for kind, forms in load("sources")["heads"].items() for k in keys(forms)]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def _according() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(k.split()) for k in keys(load("sources")["according_to"])}, key=len, reverse=True))


@stage("sources", requires=("normalised",), assigns=("sources",))
def source_stage(doc: Document) -> None:
    assert doc.normalised is not None
    words = folded_words(doc, LETTERS_OR_DIGITS)
    own = match_key(doc.meta.outlet or "")
    for f in find_sources(words):
        start, end = doc.normalised.to_original(words[f.start].start, words[f.end - 1].end)
        # the outlet quoting itself speaks in its own voice; its anonymous informants stay anonymous
        names_own = own and own in " ".join(w.text for w in words[f.start:f.end])
        kind = "outlet" if names_own and f.kind not in ("anonymous", "witness") else f.kind
        verb = None
        if f.verb:
            verb = doc.normalised.to_original(words[f.verb[0]].start, words[f.verb[1] - 1].end)
        doc.new_mention("source", start, end, attribution=kind, speech_verb=verb)


def find_sources(words: list[Word]) -> list[Found]:
    found: list[Found] = []
    i = 0
    while i < len(words):
        f = _after_verb(words, i) or _according_to(words, i) or _standalone(words, i)
        if f and not (found and f.start < found[-1].end):
            found.append(f)
            i = f.end
        else:
            i += 1
    return found


def _strip(w: str) -> str:
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def _after_verb(words: list[Word], v: int) -> Found | None:
    """VERB SOURCE ... إن/أن: the subject of a reporting verb that introduces a statement."""
    verb = _strip(words[v].text)
    if verb not in _set("verbs"):
        return None
    start = v + 1
    end = _phrase_end(words, start)
    if verb in _set("relay_verbs"):
        relay = _relayed(words, end)
        if relay:
            return Found(relay[0], relay[1], _classify(words[relay[0]:relay[1]]), (v, v + 1))
    if end == start or not _statement_follows(words, end):
        return None
    return Found(start, end, _classify(words[start:end]), (v, v + 1))


def _relayed(words: list[Word], k: int) -> tuple[int, int] | None:
    """نقلت X عن Y: Y, when عن follows the relaying outlet."""
    if k < len(words) and words[k].text == "عن":
        end = _phrase_end(words, k + 1)
        return (k + 1, end) if end > k + 1 else None
    return None


def _phrase_end(words: list[Word], start: int) -> int:
    """Index after the source phrase at `start`: a name of up to three words, or a noun phrase (head,
    one adjective, then definite words, nisba adjectives and من/ل phrases), up to a stop or punctuation."""
    if start >= len(words) or _ends(words[start].text):
        return start
    first = words[start].text
    title = _head_kind(words[start:start + 1]) == "named_person"  # الدكتور حمزة حسن: a title, then a name
    named = title or not (first.startswith("ال") or _head_kind(words[start:start + 1]) or _bare(first) != first)
    k = start + 1
    while k < len(words) and k - start < _MAX_WORDS and not _ends(words[k].text):
        if named and k - start >= 3 + title:
            break
        if not named and not (k == start + 1 or _continues(words[k].text, words[k - 1].text)):
            break
        k += 1
    return k


def _ends(w: str) -> bool:
    return not w[0].isalnum() or w in _set("stops") or _strip(w) in _set("verbs")


def _continues(w: str, prev: str) -> bool:
    """Words that go on a noun phrase: definite words, nisba adjectives, من/ل/باسم phrases, Latin names."""
    return (w.startswith(("ال", "لل", "ل", "بال")) or w.isascii() or prev in ("من", "باسم")
            or w in ("من", "باسم") or re.search(r"(?:ي|يه|يون|يين|يا|يان)$", w) is not None)


def _statement_follows(words: list[Word], k: int) -> bool:
    """A complementiser (إن, أن, بأن ...) or a colon follows within a few words of the same clause; an
    apposition between two commas (", ومقره بريطانيا،") may come first."""
    commas = 0
    for n, w in enumerate(words[k:k + _LOOKAHEAD]):
        if w.text in _SENTENCE_END or commas > 2 or (commas == 0 and n > _SAME_CLAUSE):
            return False
        if w.text == ":" or w.text in _set("complementisers"):
            return commas % 2 == 0 or n <= _SAME_CLAUSE
        commas += w.text == ","
    return False


def _according_to(words: list[Word], i: int) -> Found | None:
    """بحسب X, وفقا لـ X, نقلا عن X, وفق ما أفاد X."""
    for seq in _according():
        n = len(seq)
        if i + n > len(words):
            continue
        first = [words[i].text, _strip(words[i].text)]
        if seq[0] in first and all(words[i + j].text == seq[j] for j in range(1, n)):
            start = i + n
            if start < len(words) and _strip(words[start].text) in _set("verbs") | {"قاله", "ذكره", "نقلته"}:
                start += 1  # وفق ما أفاد المرصد
            end = _phrase_end(words, start)
            if end > start:
                return Found(start, end, _classify(words[start:end]), (i, start))
    return None


def _standalone(words: list[Word], i: int) -> Found | None:
    """An unnamed source phrase without a verb: مصادر مطلعة, شهود عيان, مواقع التواصل الاجتماعي."""
    kind = _head_kind(words[i:i + 3])
    if kind is None or not _standalone_head(words[i:i + 2]) or (i and words[i - 1].text == "عدد"):
        return None
    end = _phrase_end(words, i)
    return Found(i, end, kind, None) if end > i else None


def _standalone_head(phrase: list[Word]) -> bool:
    for texts in (" ".join(_bare(w.text) for w in phrase), " ".join(w.text for w in phrase)):
        if any(texts == h or texts.startswith(h + " ") for h in _set("standalone")):
            return True
    return False


def phrase_kind(text: str) -> str | None:
    """The attribution kind the head words of a phrase give (مصادر عسكرية -> anonymous), if any."""
    key = match_key(text)
    words = [Word(m.start(), m.end(), m.group()) for m in LETTERS_OR_DIGITS.finditer(key)]
    return _head_kind(words[:3])


def _classify(phrase: list[Word]) -> str:
    """The attribution a source phrase gives, from its head words; a named body or person by default."""
    return _head_kind(phrase) or "named_official"


def _head_kind(phrase: list[Word]) -> str | None:
    texts = [_bare(w.text) for w in phrase]
    for seq, kind in _heads():
        if tuple(texts[:len(seq)]) == seq or tuple(w.text for w in phrase[:len(seq)]) == seq:
            return kind
    return None


def _bare(w: str) -> str:
    """A word without a leading conjunction/preposition and article (والمصادر -> مصادر)."""
    for prefix in ("وال", "بال", "لل", "فال", "ال", "و", "ل", "ب"):
        if w.startswith(prefix) and len(w) - len(prefix) >= 3:
            return w[len(prefix):]
    return w

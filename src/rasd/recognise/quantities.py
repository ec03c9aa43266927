"""Recognise counts of people and things: "حوالي 1700 شخص", "60 شخصا على الأقل", "عشرات القتلى", "قتيلين".

A count is a number (digits, number words, a dual noun, or a vague count such as عشرات whose value is
None) with what it counts: a counted noun (unit "person" for people, else the noun), a partitive
("14 من قوات النظام") or a word of harm around it. Approximators (حوالي, أكثر من, على الأقل) make it
approximate. Years, dates, ages, durations, percentages, measures and identifiers (الفرقة 30) are not
counts. The kind (killed, injured, detained, displaced) comes from the noun or the words around it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from rasd.analyse.normalise import match_key
from rasd.document import Document, Quantity, Span
from rasd.pipeline import stage
from rasd.recognise import numbers
from rasd.recognise.repeats import occurrences_in
from rasd.recognise.wordlists import keys, load
from rasd.recognise.words import NUMBERS_APART, Word, folded_words

_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_ARTICLES = ("ال", "بال", "لل", "وال", "وبال", "فال")
_OTHERS = frozenset(keys(["آخرين", "آخرون", "أخرى", "آخر", "اخريين", "آخريين", "أخريات", "غيرهم"]))
_PARTITIVE = frozenset(keys(["منهم", "منهن", "منها"]))
_DEFINITE_CARDINALS = {match_key("ال" + f): v for v in range(3, 11)
                       for f in load("numbers")["units"][v]}
_MAX_NOUN_WORDS = 2
_PERCENT = ("بالمئه", "بالمائه", "بالميه")  # also when glued to the next word (بالمئةمن)


@dataclass(frozen=True)
class Noun:
    unit: str
    person: bool
    kind: str | None


@dataclass
class Count:
    start: int  # word indices, end exclusive
    end: int
    value: int | float | None
    approx: bool = False
    noun: Noun | None = None
    cue: bool = False  # partitive, "others" or a word of harm makes it a count


@lru_cache(maxsize=1)
def _nouns() -> tuple[dict[str, Noun], dict[str, Noun]]:
    """(folded form -> noun, folded dual form -> noun)."""
    data = load("quantity_nouns")
    forms: dict[str, Noun] = {}
    duals: dict[str, Noun] = {}
    for group in ("people", "things"):
        for lemma, entry in data[group].items():
            noun = Noun("person" if group == "people" else lemma, group == "people", entry.get("kind"))
            forms.update({k: noun for k in keys(entry["forms"])})
            duals.update({k: noun for k in keys(entry.get("dual", []))})
    return forms, duals


@cache
def _set(name: str) -> frozenset[str]:
    return frozenset(keys(load("quantity_nouns")[name]))


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, str]:
    return {k: kind for kind, forms in load("quantity_nouns")["kinds"].items() for k in keys(forms)}


@lru_cache(maxsize=1)
def _approximators() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    rel = load("relative_times")
    before = sorted({tuple(k.split()) for k in keys(rel["approximators"])}, key=len, reverse=True)
    after = sorted({tuple(k.split()) for k in keys(rel["approximators_after"])}, key=len, reverse=True)
    return tuple(before), tuple(after)


@stage("quantities", requires=("normalised", "times"), assigns=("quantities",))
def quantity_stage(doc: Document) -> None:
    assert doc.normalised is not None
    words = folded_words(doc, NUMBERS_APART)
    blocked = _time_spans(doc)
    first: dict[str, list[dict]] = {}
    for c in find_counts(words, blocked):
        start, end = doc.normalised.to_original(words[c.start].start, words[c.end - 1].end)
        noun = c.noun or Noun("person", True, None)
        q = Quantity("", c.value, c.approx, noun.unit, noun.kind or _kind_near(words, c))
        text = doc.text[start:end]
        if text in first:  # the gold marks each distinct count once; repeats stay reachable
            first[text].append({"start": start, "end": end, **vars(q)})
            continue
        m = doc.new_mention("quantity", start, end, repeats=[])
        first[text] = m.attrs["repeats"]
        q.mention = m.id
        doc.quantities.append(q)


def quantities_in(doc: Document, span: Span) -> list[tuple[Span, Quantity]]:
    """Every count occurrence inside `span` (the mention itself or one of its repeats), in text order."""
    out = [(where, q if r is None else Quantity(q.mention, r["value"], r["approx"], r["unit"], r["kind"]))
           for q in doc.quantities for where, r in occurrences_in(doc, q.mention, span)]
    return sorted(out, key=lambda x: x[0])


def _time_spans(doc: Document) -> list[tuple[int, int]]:
    """Normalised-copy spans of every time occurrence (a number inside a date is not a count)."""
    assert doc.normalised is not None
    offsets = doc.normalised.offsets
    return [(bisect_left(offsets, s), bisect_left(offsets, e)) for m in doc.mentions_of("time")
            for s, e in [(m.start, m.end), *((r["start"], r["end"]) for r in m.attrs.get("repeats", []))]]


def find_counts(words: list[Word], blocked: list[tuple[int, int]]) -> list[Count]:
    out: list[Count] = []
    i = 0
    while i < len(words):
        c = _count_at(words, i) or _noun_first(words, i)
        if c and _accepted(words, c) and not _in_blocked(words, c, blocked) \
                and not (out and c.start < out[-1].end):
            out.append(c)
            i = c.end
        else:
            i += 1
    return out


def _noun_first(words: list[Word], i: int) -> Count | None:
    """Counts written after their noun: "رجلا واحدا", "قوافل عدة", "الدول الغربية الثلاثة"."""
    w = words[i].text
    nxt = words[i + 1].text if i + 1 < len(words) else ""
    noun = next((n for r in _unclitic(w) if (n := _nouns()[0].get(r))), None)
    if noun and noun.person and nxt in keys(["واحد", "واحدا", "واحدة"]):
        c = Count(i, i + 2, 1, noun=noun)
    elif noun and nxt == match_key("عدة"):
        c = Count(i, i + 2, None, approx=True, noun=noun)
    elif nxt in _DEFINITE_CARDINALS and w.startswith("ال") and not _not_counted(words, i):
        start = i
        while start > max(0, i - 3) and words[start - 1].text.startswith("ال"):
            start -= 1
        if start > 0 and _nouns()[0].get(words[start - 1].text):
            start -= 1  # جماعات المعارضة المسلحة الثلاث: the head noun carries no article
        c = Count(start, i + 2, _DEFINITE_CARDINALS[nxt], noun=_noun_at(words, start), cue=True)
    else:
        return None
    after = _match_seq(words, c.end, _approximators()[1], clitics=False, skip_comma=True)
    if after is not None:
        c.approx, c.end = True, after
    return c


def _in_blocked(words: list[Word], c: Count, blocked: list[tuple[int, int]]) -> bool:
    s, e = words[c.start].start, words[c.end - 1].end
    return any(s < be and bs < e for bs, be in blocked)


def _count_at(words: list[Word], i: int) -> Count | None:
    approx_end = _match_seq(words, i, _approximators()[0], clitics=True)
    j = approx_end if approx_end is not None else i
    core = _core(words, j)
    if core is None:
        return None
    value, k, noun, vague = core
    if noun is None and _not_counted(words, k):
        return None
    c = Count(i, k, value, approx=approx_end is not None or vague, noun=noun, cue=_scaled(words, j, k))
    _extend(words, c)
    return c


def _scaled(words: list[Word], j: int, k: int) -> bool:
    """A number with a scale word (50 ألفا, ثلاثة آلاف) counts something by itself."""
    return any((w := numbers.word(x.text)) is not None and w.kind.startswith("scale") and w.value >= 1000
               for x in words[j:k])


def _core(words: list[Word], j: int) -> tuple[int | float | None, int, Noun | None, bool] | None:
    """The number at word j: (value, index after it, noun if the number word is one, vague?)."""
    if j >= len(words):
        return None
    w = words[j].text
    if w[0].isdigit():
        value = numbers.parse_digits(w)
        if value is None or _glued(words, j):
            return None
        scale = numbers.word(words[j + 1].text) if j + 1 < len(words) else None
        if scale and scale.kind in ("scale_one", "scale_many"):
            return value * scale.value, j + 2, None, False
        return value, j + 1, None, False
    for rest in _unclitic(w):
        parsed = numbers.parse_words([rest] + [x.text for x in words[j + 1:j + 8]])
        if parsed:
            return parsed[0], j + parsed[1], None, False
        vague = _vague(words, j, rest)
        if vague:
            return vague
        dual = _nouns()[1].get(rest)
        if dual:
            return 2, j + 1, dual, False
    return None


def _vague(words: list[Word], j: int, w: str) -> tuple[None, int, Noun | None, bool] | None:
    """عشرات, آلاف, عشرات الآلاف, عدة X, عدد من, أعداد كبيرة من: a count without a value."""
    nxt = words[j + 1].text if j + 1 < len(words) else ""
    if w in keys(load("numbers")["vague_counts"]):
        end = j + 2 if nxt in keys(["آلاف", "الآلاف", "الاف"]) else j + 1
        return None, end, None, True
    if w in keys(["عدة"]) and _noun_at(words, j + 1) and nxt not in _set("not_counted_vague"):
        return None, j + 1, None, True
    if w in keys(["عدد", "عددا", "أعداد", "اعداد"]) and not _superlative_before(words, j):
        k = j + 1
        if k < len(words) and words[k].text in keys(["كبير", "كبيرا", "كبيرة", "قليل", "محدود", "آخر"]):
            k += 1
        if k < len(words) and words[k].text == "من" and k + 1 < len(words) \
                and words[k + 1].text not in _set("not_counted_vague"):
            return None, k + 1, None, True
    return None


def _superlative_before(words: list[Word], j: int) -> bool:
    """"أكبر عدد من القتلى" speaks of a number, it does not give one."""
    return j > 0 and bool(re.match(r"^[وفب]?(?:اكبر|اعلي|اقل|اكثر|ارتفاع|ارتفع|بلغ|حصيله)$", words[j - 1].text))


@lru_cache(maxsize=65536)
def _unclitic(w: str) -> tuple[str, ...]:
    """The word and what is left after each proclitic it may carry (asked for every word and sequence)."""
    return tuple(w[len(p):] for p in _CLITICS if w.startswith(p) and len(w) - len(p) >= 2)


def _glued(words: list[Word], j: int) -> bool:
    """Digits glued to a hyphen or Latin letters are a model or an identifier (F-16, T-4)."""
    prev = words[j - 1] if j else None
    if prev is None or prev.end != words[j].start:
        return False
    return prev.text == "-" or (prev.text.isascii() and prev.text.isalpha())


def _noun_at(words: list[Word], k: int) -> Noun | None:
    for n in range(_MAX_NOUN_WORDS, 0, -1):
        if k + n <= len(words):
            phrase = " ".join(w.text for w in words[k:k + n])
            for form in [phrase, *(phrase[len(a):] for a in _ARTICLES if phrase.startswith(a))]:
                if form in _nouns()[0]:
                    return _nouns()[0][form]
    return None


def _extend(words: list[Word], c: Count) -> None:
    """Take in what the number counts, and a trailing approximator."""
    k = c.end
    nxt = words[k].text if k < len(words) else ""
    noun = _noun_at(words, k) if c.noun is None else None
    if noun:
        c.noun, k = noun, k + 1
        while k < len(words) and (words[k].text in _OTHERS or _is_adjective(words[k].text)):
            k += 1
    elif nxt in _OTHERS or nxt in _PARTITIVE:
        c.cue, k = True, k + 1
    elif nxt == "من" and k + 1 < len(words) and words[k + 1].text[0].isalpha():
        c.cue, k = True, k + 2
        c.noun = _noun_at(words, k - 1)
    elif c.value is not None and nxt and nxt[0].isalpha() and _free_noun(words, c, k):
        c.noun, k = Noun(nxt, False, None), k + 1
    c.end = k
    after = _match_seq(words, k, _approximators()[1], clitics=False, skip_comma=True)
    if after is not None:
        c.approx, c.end = True, after


def _is_adjective(w: str) -> bool:
    """Nisba adjectives after a counted noun (مدنيين سوريين, فصيلان إسلاميان)."""
    return not w.startswith("ال") and len(w) > 3 and re.search(r"(?:ي|يا|يين|يون|يه|يات|يان|يتان)$", w) is not None


def _free_noun(words: list[Word], c: Count, k: int) -> bool:
    """Digits before an unlisted indefinite noun (46 شاحنة) count it; number words need a listed noun."""
    w = words[k].text
    if not words[c.end - 1].text[0].isdigit() or w.startswith("ال") or len(w) < 3:
        return False
    return w not in _set("function_words") and not _not_counted(words, k)


def _not_counted(words: list[Word], k: int) -> bool:
    for n in (2, 1):
        phrase = " ".join(w.text for w in words[k:k + n])
        for form in [phrase, *(phrase[len(a):] for a in _ARTICLES if phrase.startswith(a))]:
            if form in _set("not_counted"):
                return True
    return k < len(words) and (words[k].text == "%" or words[k].text.startswith(_PERCENT))


def _accepted(words: list[Word], c: Count) -> bool:
    if c.value is None:
        return True
    if _identifier_before(words, c.start, listed=c.noun is not None and c.noun.unit in _listed_units()):
        return False
    return c.noun is not None or c.cue or c.approx or _casualty_before(words, c.start)


def _identifier_before(words: list[Word], i: int, listed: bool) -> bool:
    """الفرقة 30, جبل البحوث 47: a number right after a name or a definite noun names, it does not count
    (unless a listed counted noun follows: "القتلى 7 مدنيين" is rare but a count)."""
    if i == 0:
        return False
    prev = words[i - 1].text
    if prev in _set("identifier_words"):
        return True
    definite = prev.startswith("ال") and len(prev) > 3 and prev not in _set("casualty_cues")
    return not listed and words[i].text[0].isdigit() and definite


@lru_cache(maxsize=1)
def _listed_units() -> frozenset[str]:
    forms, duals = _nouns()
    return frozenset(n.unit for n in [*forms.values(), *duals.values()])


def _casualty_before(words: list[Word], i: int) -> bool:
    cues = _set("casualty_cues")
    return any(rest in cues for w in words[max(0, i - 2):i] for rest in _unclitic(w.text))


def _kind_near(words: list[Word], c: Count) -> str | None:
    """The kind said by a word of harm just before the count or just after it, in the same sentence."""
    table = _kind_words()
    before = words[max(0, c.start - 3):c.start]
    after = words[c.end:c.end + 4]
    for side in (reversed(before), after):
        for w in side:
            if w.text in ".!?":
                break
            kind = next((table[r] for r in _unclitic(w.text) if r in table), None)
            if kind:
                return kind
    return None


def _match_seq(words: list[Word], i: int, seqs: tuple[tuple[str, ...], ...], clitics: bool,
               skip_comma: bool = False) -> int | None:
    """Index after the first word sequence of `seqs` found at word i (first word may carry clitics)."""
    if skip_comma and i < len(words) and words[i].text == ",":
        i += 1
    if i >= len(words):
        return None
    first = _unclitic(words[i].text) if clitics else (words[i].text,)
    for seq in seqs:
        if i + len(seq) > len(words):
            continue
        if seq[0] in first and all(words[i + n].text == seq[n] for n in range(1, len(seq))):
            return i + len(seq)
    return None

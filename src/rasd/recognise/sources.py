"""Recognise who says so: source mentions with the kind of attribution they give.

A source is the subject of a reporting verb that introduces what was said (قال وزير الخارجية ... إن,
أفاد المرصد السوري ... بأن), the one named after "according to" (بحسب المرصد, وفقا لشهود عيان), the
one a relayed report quotes (نقلت سبوتنيك عن مصدر سوري), the topic a فـ-verb of saying takes up
(أما X ... فقال), or an unnamed source phrase on its own (مصادر مطلعة, شهود عيان, ورود تقارير). The kind
comes from the phrase's words: a quantifier makes it unnamed (عدة مصادر), a carrier of what a body says takes
its owner's kind (بيان للوزارة, تقديرات جمعيات حقوقية), head words give theirs. Each mention has `attrs["attribution"]`
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
_LOOKAHEAD = 18  # words between the source phrase and إن/أن (an apposition: "، ومقره بريطانيا،")
_SAME_CLAUSE = 8  # words allowed between the source and إن/أن (في بيان له، الأحد)
_SENTENCE_END = frozenset(".!?\n")
_UNNAMED = frozenset({"anonymous", "witness", "social_media"})
_REPORT_VERB_WINDOW = 10  # "وكانت تقارير سابقة، أي في ديسمبر 2012، قد تحدثت عن"
_CHANNEL_WINDOW = 5  # "على قناته في موقع التواصل «يوتيوب»"
_MAX_COMMAS = 4  # two appositions: "قال أحمد، رئيس المكتب الإعلامي، لشبكة CNN، إن"


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


@cache
def _seqs(name: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences of a list, longest first."""
    return tuple(sorted({tuple(k.split()) for k in keys(load("sources")[name])}, key=len, reverse=True))


def _according() -> tuple[tuple[str, ...], ...]:
    return _seqs("according_to")


@lru_cache(maxsize=1)
def _carriers() -> dict[str, str]:
    """{carrier word: the kind it gives without an owner}."""
    return {k: kind for kind, forms in load("sources")["carriers"].items() for k in keys(forms)}


def _starts_with(texts: list[str], name: str) -> int:
    """How many of the first words form a sequence of list `name` (0 if none)."""
    return next((len(seq) for seq in _seqs(name) if tuple(texts[:len(seq)]) == seq), 0)


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
        f = _after_verb(words, i) or _according_to(words, i) or _topic(words, i) or _standalone(words, i)
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
    if end == start:
        return None
    kind = _classify(words[start:end])
    end, kind = _conjunct(words, end, kind)
    # an unnamed source noun after a reporting verb is a source by itself (أفادت تقارير عن, تحدثت صحيفة محلية
    # عن); an unnamed actor (أعلن مقاتلون سيطرتهم) still needs a statement to follow, as it may be the doer
    unnamed = kind in _UNNAMED and (_source_noun(words[start:end]) or _telling_people(verb, words[start:end]))
    if not unnamed and not _statement_follows(words, end):
        return None
    if unnamed and not _statement_follows(words, end):
        end = _described_end(words, start, end)  # "أكد ناشطون مقتل 40 عنصرا": the object is no part of it
    return Found(start, end, kind, (v, v + 1))


def _described_end(words: list[Word], start: int, end: int) -> int:
    """The end of a head and its adjectives (مصادر محلية, صحيفة روسية, شهود عيان) within a source phrase."""
    k = start + 1
    if k < end and " ".join(_bare(w.text) for w in words[start:k + 1]) in _set("standalone"):
        k += 1
    while k < end and (_nisba(words[k].text) or words[k].text in _set("carrier_adjectives")):
        k += 1
    return k


def _topic(words: list[Word], i: int) -> Found | None:
    """أما X، ...، فقال "...": the topic a فـ-verb of saying takes up is its subject."""
    if _strip(words[i].text) not in _set("topic_markers"):
        return None
    start = i + 1
    end = _phrase_end(words, start)
    if end == start:
        return None
    for k in range(end, min(len(words), end + _LOOKAHEAD)):
        w = words[k].text
        if w in _SENTENCE_END:
            return None
        if w.startswith("ف") and len(w) > 3 and w[1:] in _set("verbs"):
            return Found(start, end, _classify(words[start:end]), (k, k + 1))
    return None


def _conjunct(words: list[Word], end: int, kind: str) -> tuple[int, str]:
    """"أفادت شبكة أنباء سورية والمرصد السوري أن": a second source joined by و; a named one names both."""
    if end >= len(words) or not words[end].text.startswith("و") or len(words[end].text) < 4 \
            or _ends(words[end].text):
        return end, kind
    second = _phrase_end(words, end)
    if second == end:
        return end, kind
    other = _classify(words[end:second])
    return second, "named_official" if "named_official" in (kind, other) else kind


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
    common = _head_kind(words[start:start + 1]) or _bare(first) in _carriers() or _quantifier([first])
    named = title or not (first.startswith("ال") or common or _bare(first) != first)
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
            or w in ("من", "باسم") or re.search(r"(?:ي|يه|يون|يين|يا|يان)$", w) is not None
            or _bare(prev) in _set("institutions"))  # مجموعات معارضة, صحيفة نيويورك


def _statement_follows(words: list[Word], k: int) -> bool:
    """A complementiser (إن, أن, بأن ...) or a colon follows within a few words of the same clause; an
    apposition between two commas (", ومقره بريطانيا،") may come first."""
    commas = 0
    window = words[k:k + _LOOKAHEAD]
    # a relative clause describing the source may run long: "قال التحالف الذي تقوده الولايات المتحدة ... إنه"
    same_clause = _LOOKAHEAD if window and window[0].text in _set("relatives") else _SAME_CLAUSE
    for n, w in enumerate(window):
        if w.text in _SENTENCE_END or commas > _MAX_COMMAS or (commas == 0 and n > same_clause):
            return False
        if w.text == ":" or w.text in _set("complementisers"):
            return commas % 2 == 0 or n <= same_clause
        if w.text == "," and not (commas % 2 and _addressee(window[n + 1:n + 5])):
            commas += 1  # an apposition's closing comma before an addressee leaves the addressee's to close it
    return False


def _addressee(after: list[Word]) -> bool:
    """"، لشبكة CNN، إن": a short ل phrase between commas, the one spoken to; it closes no apposition."""
    if not after or not after[0].text.startswith("ل") or after[0].text in _set("complementisers"):
        return False
    return any(w.text == "," for w in after[1:])


def _according_to(words: list[Word], i: int) -> Found | None:
    """بحسب X, وفقا لـ X, وفقا للأمم المتحدة, نقلا عن X, وفق ما أفاد X, كما أفاد X."""
    for seq, verb_needed in [(s, False) for s in _according()] + [(s, True) for s in _seqs("according_as")]:
        start = _after_sequence(words, i, seq)
        if start is None:
            continue
        if start < len(words) and _reporting_verb(words[start].text):
            start += 1  # وفق ما أفاد المرصد, وفقا لما ذكرته مؤسسة
            if start < len(words) and _strip(words[start].text) in _set("between_verb_and_source"):
                start += 1  # حسبما أفاد الأحد المرصد, بحسب ما أفادت به وكالة
        elif verb_needed:
            continue
        end = _phrase_end(words, start)
        if end > start:
            return Found(start, end, _classify(words[start:end]), (i, start))
    return None


def _reporting_verb(w: str) -> bool:
    """أفاد, وذكرت, and with an object pronoun ذكرته, قاله."""
    w = _strip(w)
    return w in _set("verbs") or (w.endswith("ه") and w[:-1] in _set("verbs"))


def _after_sequence(words: list[Word], i: int, seq: tuple[str, ...]) -> int | None:
    """Index after `seq` at word i (a leading و/ف allowed), or at the word a final ل is fused to
    (وفقا لمراقبين: the source's span keeps the preposition); None if it is not there."""
    n = len(seq)
    if i + n > len(words) or seq[0] not in (words[i].text, _strip(words[i].text)):
        return None
    if all(words[i + j].text == seq[j] for j in range(1, n)):
        return i + n
    last = words[i + n - 1].text
    fused = n > 1 and seq[-1] == "ل" and last.startswith("ل") and len(last) > 3
    if fused and all(words[i + j].text == seq[j] for j in range(1, n - 1)):
        return i + n - 1
    return None


def _standalone(words: list[Word], i: int) -> Found | None:
    """An unnamed source phrase without a verb: مصادر مطلعة, شهود عيان, مواقع التواصل الاجتماعي, تقارير."""
    if i and (words[i - 1].text == "عدد" or _bare(words[i - 1].text) in _set("origin_words")):
        return None  # عدد من المصادر counts; قذيفة مجهولة المصدر names an origin
    indefinite = _strip(words[i].text) in _set("standalone_indefinite") and _report_subject(words, i)
    kind = _head_kind(words[i:i + 3])
    if not indefinite and (kind is None or not _standalone_head(words[i:i + 2])):
        return None
    if kind == "social_media" and (_own_channel(words, i) or _posted_by(words, i)):
        return None
    end = _phrase_end(words, i)
    if indefinite:
        kind = _classify(words[i:end])
    return Found(i, end, kind, None) if kind and end > i else None


def _report_subject(words: list[Word], i: int) -> bool:
    """تقارير as who says so: after a word that opens a report (ورود تقارير, إلا أن تقارير أكدت) or at a
    clause's start, with a reporting verb soon after; not after a preposition (ردا على تقارير حول هجوم)."""
    prev = words[i - 1].text if i else "."
    if prev in _set("report_openers"):
        return True
    if not (prev in _SENTENCE_END or prev == "," or _strip(prev) in _set("clause_starts")):
        return False
    return any(_reporting_verb(w.text) for w in words[i + 1:i + 1 + _REPORT_VERB_WINDOW])


def _posted_by(words: list[Word], i: int) -> bool:
    """"ناشطون على مواقع التواصل": the posters are the source already found; the site is where they wrote."""
    return i > 1 and words[i - 1].text in ("علي", "عبر") and _bare(words[i - 2].text) in _set("source_people")


def _own_channel(words: list[Word], i: int) -> bool:
    """"بث التنظيم شريطا على قناته في موقع يوتيوب": a body's own channel is its medium, not who says so."""
    return any(w.text in _set("own_channels") for w in words[max(0, i - _CHANNEL_WINDOW):i])


def _standalone_head(phrase: list[Word]) -> bool:
    for texts in (" ".join(_bare(w.text) for w in phrase), " ".join(w.text for w in phrase)):
        if any(texts == h or texts.startswith(h + " ") for h in _set("standalone")):
            return True
    return False


def phrase_kind(text: str) -> str | None:
    """The attribution kind a phrase gives by its words (مصادر عسكرية, أحد المسؤولين -> anonymous), if any."""
    key = match_key(text)
    words = [Word(m.start(), m.end(), m.group()) for m in LETTERS_OR_DIGITS.finditer(key)]
    return _kind(words[:_MAX_WORDS])


def _classify(phrase: list[Word]) -> str:
    """The attribution a source phrase gives; a named body or person by default."""
    return _kind(phrase) or "named_official"


def _kind(phrase: list[Word]) -> str | None:
    """The kind the phrase's words give: a quantifier makes it unnamed (عدة مصادر, أحد القادة), a carrier
    takes its owner's kind (تقرير للأمم المتحدة), a head word gives its own (شهود عيان), and an indefinite
    body described by a nisba adjective is unnamed (صحيفة محلية); None for a named body or person."""
    texts = [w.text for w in phrase]
    q = _quantifier(texts)
    if q and len(phrase) > q:
        return _kind(phrase[q:]) or "anonymous"
    carried = _carrier_kind(phrase)
    if carried is not None:
        return carried
    kind = _head_kind(phrase)
    if kind is not None:
        return kind
    return "anonymous" if _unnamed_body(texts) else None


def _quantifier(texts: list[str]) -> int:
    """How many first words are a quantifier (عدة, أحد, وبعض, عدد من), 0 if none."""
    return _starts_with(texts, "quantifiers") or _starts_with([_bare(t) for t in texts], "quantifiers")


def _carrier_kind(phrase: list[Word]) -> str | None:
    """تقارير, بيان للوزارة, تقديرات جمعيات حقوقية: the owner's kind, or the carrier's own without one."""
    if not phrase:
        return None
    default = _carriers().get(_bare(phrase[0].text))
    if default is None:
        return None
    rest = phrase[1:]
    if rest and rest[0].text in ("من", "عن"):
        rest = rest[1:]
    if not rest or _adjective(rest[0].text):
        return default
    return _kind(rest) or "named_official"


def _source_noun(phrase: list[Word]) -> bool:
    """مصادر, تقارير, شهود عيان, صحيفة محلية: words that name a source, not an actor who might act."""
    texts = [w.text for w in phrase]
    q = _quantifier(texts)
    phrase, texts = phrase[q:], texts[q:]
    if not phrase:
        return False
    return (_standalone_head(phrase[:2]) or _bare(texts[0]) in _carriers()
            or _head_kind(phrase) in ("witness", "social_media")
            or (_bare(texts[0]) in _set("media_bodies") and _unnamed_body(texts)))


def _telling_people(verb: str, phrase: list[Word]) -> bool:
    """"وأكد ناشطون مقتل 40 عنصرا": people who report, after a verb that only tells (not اتهم, نفى)."""
    return verb in _set("telling_verbs") and _bare(phrase[0].text) in _set("source_people")


def _unnamed_body(texts: list[str]) -> bool:
    """وكالات أنباء روسية, مؤسسة خيرية طبية: an indefinite body that only an adjective describes."""
    if not texts or texts[0].startswith("ال") or _bare(texts[0]) not in _set("institutions"):
        return False
    for t in texts[1:3]:
        if t.startswith(("ال", "لل")):
            return False
        if _nisba(t):
            return True
    return False


def _adjective(w: str) -> bool:
    return _nisba(w) or w in _set("carrier_adjectives")


def _nisba(w: str) -> bool:
    """An indefinite nisba adjective (محلية, روسي, إعلاميون); a definite word is a name's or an idafa's."""
    return not w.startswith(("ال", "لل")) and len(w) > 3 and re.search(r"(?:ي|يه|يون|يين|يان)$", w) is not None


@lru_cache(maxsize=1)
def _heads_by_first() -> dict[str, tuple[tuple[int, tuple[str, ...], str], ...]]:
    """_heads() indexed by first word, each with its rank in that (longest-first) order."""
    index: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for rank, (seq, kind) in enumerate(_heads()):
        index.setdefault(seq[0], []).append((rank, seq, kind))
    return {first: tuple(rows) for first, rows in index.items()}


def _head_kind(phrase: list[Word]) -> str | None:
    """The kind of the first head (longest first) the phrase opens with, bare (مصادر) or as written."""
    if not phrase:
        return None
    texts = tuple(_bare(w.text) for w in phrase)
    raw = tuple(w.text for w in phrase)
    index = _heads_by_first()
    rows = sorted(index.get(texts[0], ()) + (index.get(raw[0], ()) if raw[0] != texts[0] else ()))
    for _, seq, kind in rows:
        if texts[:len(seq)] == seq or raw[:len(seq)] == seq:
            return kind
    return None


def _bare(w: str) -> str:
    """A word without a leading conjunction/preposition and article (والمصادر -> مصادر)."""
    for prefix in ("وال", "بال", "لل", "فال", "ال", "و", "ل", "ب"):
        if w.startswith(prefix) and len(w) - len(prefix) >= 3:
            return w[len(prefix):]
    return w

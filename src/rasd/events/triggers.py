"""Find event triggers in a document and merge those that name one action.

"ضرب وتعذيب" is one ASSAULT; "شن هجوماً" is one ASSAULT whose trigger covers the light verb and
its noun. Triggers of different types stay apart ("أجبر ... وهدده" is a COERCE and a THREATEN).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.analyse.tokens import word_frequencies
from rasd.document import Document, Span, Token
from rasd.events.context import clause_of
from rasd.events.cues import find_cue
from rasd.events.lexicon import Entry, Lexicon, load_lexicon
from rasd.recognise.quantities import quantities_in
from rasd.recognise.times import time_values_in

_GOVERN_WINDOW = 3
_CONDITION_WINDOW = 4  # "في حال وقوع هجوم", "إذا تعرضت لهجوم"
_MERGE_GAP = 2  # tokens allowed between two triggers of one type for them to be one action


@dataclass
class Trigger:
    first: int  # index of the first token
    last: int  # index of the last token
    entry: Entry
    pos: str  # verb | noun | form | phrase

    def span(self, tokens: list[Token]) -> Span:
        return Span(tokens[self.first].start, tokens[self.last].end)


_COMMON_WORD = 20  # a form seen this often in the news word list is a word of its own
_CONJ_STRIPS = ("و", "ف")
_NOUN_STRIPS = ("وب", "ول", "فب", "فل", "ب", "ل", "ال", "وال", "بال", "لل", "وبال", "ولل")  # not before verbs


def _keys(token: Token) -> list[tuple[str, bool]]:
    """Lookup keys of a token, each with whether only a noun may match it: its clitic-stripped stem, the
    whole word, then the word with proclitics peeled by the lexicon itself (the tokenizer keeps وخطفت whole
    when خطفت is rare in its word list). A preposition or article never stands before a verb."""
    stem = token.stem_norm
    keys = [(stem, False)]
    if token.segments and token.segments[-1].role == "enclitic":
        keys.append((stem + token.norm[len(token.norm) - len(token.segments[-1].text):], False))
    keys.append((token.norm, False))
    if word_frequencies().get(token.norm, 0) < _COMMON_WORD:  # وزارة is a word, not و + زارة
        for strips, nouns_only in ((_CONJ_STRIPS, False), (_NOUN_STRIPS, True)):
            keys += [(token.norm[len(p):], nouns_only) for p in strips
                     if token.norm.startswith(p) and len(token.norm) - len(p) >= (2 if p in _CONJ_STRIPS else 3)]
    return keys


def _match_word(lex: Lexicon, tokens: list[Token], i: int) -> Trigger | None:
    """A guarded reading (تعهد بالرد is a threat) wins when its condition holds; else the plain one."""
    for table in (lex.guarded, lex.words):
        for k, nouns_only in _keys(tokens[i]):
            hit = table.get(k)
            if hit is None or (nouns_only and hit[1] == "verb"):
                continue
            if hit[1] == "verb" and _ta_marbuta(tokens[i]):
                continue  # السمحة is not سمحه: ة never ends a verb form
            trig = _conditioned(tokens, i, *hit, nominal=nouns_only)
            if trig is not None or table is lex.words:
                return trig
            break
    return None


def _conditioned(tokens: list[Token], i: int, entry: Entry, pos: str, nominal: bool) -> Trigger | None:
    """The trigger of `entry` at token i if the entry's conditions (article, label, needs) are met."""
    if entry.indefinite and _is_definite(tokens[i]):
        return None
    if pos in ("verb", "either") and (nominal or _nominal(tokens[i]) or _ta_marbuta(tokens[i])):
        pos = "noun"  # القتل, بالقصف, ضربة: article, preposition or ة make a noun of the same letters
    elif pos == "either":
        pos = "verb"
    if entry.label:
        end = _quoted_label(tokens, i)
        return Trigger(i, end, entry, pos) if end is not None else None
    if entry.governed and not any(t.stem_norm in entry.governed or t.norm in entry.governed
                                  for t in tokens[max(0, i - _GOVERN_WINDOW) : i + 1 + _GOVERN_WINDOW]):
        return None
    if entry.needs:
        window = tokens[i + 1 : i + 1 + entry.window]
        window = window[: next((k for k, t in enumerate(window) if t.norm in _SENTENCE_ENDS), len(window))]
        found = next((j for j, t in enumerate(window, i + 1)
                      if t.stem_norm in entry.needs or t.norm in entry.needs), None)
        return Trigger(i, found, entry, pos) if found is not None else None
    return Trigger(i, i, entry, pos)


_LABEL_WINDOW = 15  # the verb, its subject and object, then بـ"..." or بأنه "..."
_LABEL_MARKERS = frozenset({"ب", "ك", "بان", "بانه", "بانها", "بانهم", "بانهما"})
_LABEL_LENGTH = 6
_QUOTE = '"'  # every quotation mark folds to this
_STATE_OBJECTS = frozenset({"الوضع", "الاوضاع", "الحاله", "الموقف"})  # describing a state is no accusation


def _quoted_label(tokens: list[Token], i: int) -> int | None:
    """Index of the last word of the quoted label a labelling verb gives its object (وصف ترامب الأسد
    بـ"الحيوان", وصفت الحكومة الهجوم بأنه "اعتداء سافر"), else None. The label must open within the
    sentence, right after بـ, كـ or بأنه; an object that is a state (الوضع) makes it a description."""
    for j in range(i + 1, min(len(tokens) - 1, i + 1 + _LABEL_WINDOW)):
        tok = tokens[j]
        if tok.norm in _SENTENCE_ENDS or tok.norm in _STATE_OBJECTS:
            return None
        if tok.norm == _QUOTE and tokens[j - 1].norm in _LABEL_MARKERS and tokens[j + 1].norm != _QUOTE:
            closing = next((k for k in range(j + 1, min(len(tokens), j + 2 + _LABEL_LENGTH))
                            if tokens[k].norm == _QUOTE), None)
            return closing - 1 if closing is not None else j + 1
    return None


_SENTENCE_ENDS = frozenset({".", "!", "?", "؟"})
_TOLL_WINDOW = 4  # "مقتل أكثر من 350 ألف", "نحو 14 ألف طفل قتلوا"


def _blocked(trig: Trigger, tokens: list[Token]) -> bool:
    """A word next to the trigger that makes it another word (وقف إطلاق النار, طائرة مسيرة, طلبوا عدم
    ذكر أسمائهم), or a generic determiner (أي هجوم) that makes it no event at all."""
    prev = tokens[trig.first - 1] if trig.first > 0 else None
    nxt = tokens[trig.last + 1] if trig.last + 1 < len(tokens) else None
    if prev is not None and {prev.stem_norm, prev.norm} & trig.entry.not_after:
        return True
    if prev is not None and trig.first > 1 and find_cue([prev], "modifier") is not None and {
            tokens[trig.first - 2].stem_norm, tokens[trig.first - 2].norm} & trig.entry.not_after:
        return True  # "وقف فوري لإطلاق النار"
    if nxt is not None and {nxt.stem_norm, nxt.norm} & trig.entry.not_before:
        return True
    if prev is not None and (find_cue([prev], "generic") is not None or find_cue([prev], "negated") is not None):
        return True
    return trig.entry.casualty and _war_toll(tokens, trig)


def _in_boilerplate(doc: Document, trig: Trigger) -> bool:
    """A trigger in a line that opens with a link or tag marker ("رابط الخبر بصحيفة ...: <the headline>")."""
    start = doc.tokens[trig.first].start
    line_start = max(doc.text.rfind("\n", 0, start) + 1, doc.sentence_of(start).start)
    head = doc.tokens_in(Span(line_start, min(start, line_start + 40)))[:3]
    return find_cue(head, "boilerplate") is not None


_FAILED_WINDOW = 6  # "فشل الطرفان في التوصل إلى هدنة": the subject stands between
_FAILABLE = frozenset({"AGREE", "CONCEDE", "COOPERATE", "SUPPORT", "AID", "RETREAT"})  # talks that failed were held


def _prevented(tokens: list[Token], trig: Trigger) -> bool:
    before = tokens[max(0, trig.first - 3) : trig.first]
    return find_cue(before, "prevented") is not None or (trig.entry.type in _FAILABLE and find_cue(
        tokens[max(0, trig.first - _FAILED_WINDOW) : trig.first], "failed") is not None)


def _only_possible(tokens: list[Token], trig: Trigger) -> bool:
    """A noun the text marks as only possible or awaited (ضربة محتملة, ترقب لضربة)."""
    return trig.pos != "verb" and (
        find_cue(tokens[trig.last + 1 : trig.last + 3], "possible_after") is not None
        or find_cue(tokens[max(0, trig.first - 2) : trig.first], "possible_before") is not None)


def _war_toll(tokens: list[Token], trig: Trigger) -> bool:
    """"نزاع أسفر عن مقتل أكثر من 350 ألف شخص", "آلاف الأطفال قتلوا": the dead counted in thousands are the
    war's toll told as background, not an event of the report."""
    return (find_cue(tokens[trig.last + 1 : trig.last + 1 + _TOLL_WINDOW], "war_toll") is not None
            or find_cue(tokens[max(0, trig.first - _TOLL_WINDOW + 1) : trig.first], "war_toll") is not None)


def _match_phrase(lex: Lexicon, tokens: list[Token], i: int) -> Trigger | None:
    for n in range(lex.longest_phrase, 0, -1):
        window = tokens[i : i + n]
        if len(window) < n:
            continue
        for keys in (tuple(t.stem_norm for t in window), tuple(t.norm for t in window),
                     (window[0].stem_norm, *(t.norm for t in window[1:]))):
            entry = lex.phrases.get(keys)
            if entry:
                return Trigger(i, i + n - 1, entry, "phrase")
    return None


def find_triggers(doc: Document, lexicon: Lexicon | None = None) -> list[Trigger]:
    lex = lexicon or load_lexicon()
    tokens = doc.tokens
    places = [m.span for m in doc.mentions if m.kind == "place"]
    found: list[Trigger] = []
    i = 0
    while i < len(tokens):
        trig = _match_phrase(lex, tokens, i) or _match_word(lex, tokens, i)
        condition = find_cue(tokens[max(0, i - _CONDITION_WINDOW) : i], "conditional")
        if trig and (_prevented(tokens, trig) or _only_possible(tokens, trig) or _in_boilerplate(doc, trig)
                     or find_cue(tokens[max(0, i - 3) : i], "purpose") is not None):
            trig = None  # "من شأنه منع تهجير", "ضربة محتملة", "بهدف إجلاء": no action told as done;
            # "رابط الخبر: ..." repeats the headline
        if trig and (_blocked(trig, tokens) or condition is not None
                     or any(p.contains(trig.span(tokens)) for p in places)):
            trig = None  # another word, only a condition ("في حال رفضه"), or a place name (وتدمر)
        if trig:
            found.append(trig)
            i = trig.last + 1 if trig.pos == "phrase" else i + 1
        else:
            i += 1
    merged = _absorb_targeting(doc, _negated(doc, _absorb_instruments(doc, merge_triggers(doc, _drop_nested(found)))))
    return _drop_repeats(doc, _absorb_casualties(doc, _absorb_complements(doc, merged)))


_NEGATION_FLIPS = {"AGREE": "REJECT", "CONSULT": "REJECT", "SUPPORT": "REJECT", "COOPERATE": "REJECT",
                   "CONCEDE": "COERCE"}


def _negated(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """"لا هدنة", "لم تتفق" refuse what they name; "لم تسمح" withholds: the type turns over. A refusal
    negated ("لا نستبعد", "لم ينف") refuses nothing."""
    out = []
    for t in triggers:
        flip = _NEGATION_FLIPS.get(t.entry.type)
        negated = (flip or t.entry.type == "REJECT") and find_cue(
            doc.tokens[max(0, t.first - 2) : t.first], "negation") is not None
        if negated and not flip:
            continue
        if negated and flip:
            t = Trigger(t.first, t.last, replace(t.entry, type=flip, mode=None), t.pos)
        out.append(t)
    return out


_INSTRUMENT_WINDOW = 6


def _absorb_instruments(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """"قصف الطيران بالبراميل المتفجرة": a weapon after بـ is how the attack was done, not a new one."""
    out: list[Trigger] = []
    for t in triggers:
        prev = out[-1] if out else None
        first = doc.tokens[t.first]
        instrument = first.segments[:1] and first.segments[0].role == "proclitic" and first.segments[0].text == "ب"
        if (prev and instrument and t.pos != "verb" and prev.entry.type == t.entry.type
                and t.first - prev.last <= _INSTRUMENT_WINDOW
                and doc.sentence_of(doc.tokens[prev.first].start) == doc.sentence_of(first.start)):
            out[-1] = Trigger(prev.first, prev.last, _richer(prev.entry, t.entry), prev.pos)
            continue
        out.append(t)
    return out


_TARGETING = frozenset({"استهدف"})
_TARGETING_WINDOW = 8


def _absorb_targeting(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """"17 ضربة جوية نفذت قرب دير الزور، استهدفت مناطق": the verb whose subject is the strike named just
    before tells what it hit, not another attack."""
    actors = [m.span for m in doc.mentions if m.kind == "actor"]
    out: list[Trigger] = []
    for t in triggers:
        prev = out[-1] if out else None
        if (prev and t.pos == "verb" and t.entry.lemma in _TARGETING and prev.entry.type == "ASSAULT"
                and prev.pos != "verb" and t.first - prev.last <= _TARGETING_WINDOW
                and doc.sentence_of(doc.tokens[prev.first].start) == doc.sentence_of(doc.tokens[t.first].start)
                and not any(doc.tokens[prev.last].end <= a.start and a.end <= doc.tokens[t.first].start
                            for a in actors)):
            continue
        out.append(t)
    return out


def _absorb_casualties(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """The dead and wounded of an attack told in the same sentence are its toll, not another event."""
    by_sentence: dict[Span, list[Trigger]] = {}
    for t in triggers:
        by_sentence.setdefault(doc.sentence_of(doc.tokens[t.first].start), []).append(t)
    keep: list[Trigger] = []
    for t in triggers:
        sentence = by_sentence[doc.sentence_of(doc.tokens[t.first].start)]
        attack = next((o for o in sentence if o.entry.type == "ASSAULT" and not o.entry.casualty), None)
        if t.entry.casualty and attack is not None:
            continue
        if t is attack:
            tolls = [o.entry for o in sentence if o.entry.casualty]
            t = Trigger(t.first, t.last, _with_violations(t.entry, tolls), t.pos)
        keep.append(t)
    return keep


def _with_violations(entry: Entry, others: list[Entry]) -> Entry:
    tags = tuple(dict.fromkeys(entry.violations + tuple(v for o in others for v in o.violations)))
    return replace(entry, violations=tags)


_COMPLEMENT_TYPES = frozenset({"AGREE", "CONCEDE"})  # ceasefire, truce: usually what is asked, agreed, refused
_COMPLEMENT_WINDOW = 4


def _absorb_complements(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """"دعا إلى هدنة" is one REQUEST: a nominal truce right after another trigger is its object; so is
    what a threat threatens ("هدده بالقتل" is one THREATEN)."""
    out: list[Trigger] = []
    content: Trigger | None = None  # the last trigger absorbed as a deal's content
    for t in triggers:
        prev = out[-1] if out else None
        if prev and prev.entry.type == "THREATEN" and _threat_content(doc, prev, t):
            continue
        if prev and _purpose_accusative(doc, prev, t):
            continue  # "تظاهر آلاف تنديدا بالتدخل": why the protest was held, not a second event
        if prev and (_agreed_content(doc, prev, t) or (content is not None and _more_content(doc, content, t))):
            content = t  # "يقضي بخروج المقاتلين ... وتسليم أسلحتهم": the terms go on with و
            continue
        if (prev and t.pos in ("noun", "form", "phrase")
                and (t.entry.type in _COMPLEMENT_TYPES or prev.entry.type == "THREATEN")
                and prev.entry.type != t.entry.type and t.first - prev.last <= _COMPLEMENT_WINDOW
                and doc.sentence_of(doc.tokens[prev.first].start) == doc.sentence_of(doc.tokens[t.first].start)):
            continue
        out.append(t)
    return out


_CONTENT_TYPES = frozenset({"RETREAT", "CONCEDE", "AID"})  # what deals and demands are about
_CONTENT_WINDOW = 6
_DEMAND_WINDOW = 12  # tokens, commas included: the urged party and a date may stand between


def _agreed_content(doc: Document, prev: Trigger, t: Trigger) -> bool:
    """"اتفاق لإجلاء المقاتلين", "اتفاق ينص على تسليم السلاح": a withdrawal or hand-over named as the
    content of a deal or a demand is part of that deal, not an action told as done, and a demand named
    again as what is demanded is the same demand; so is what a denial
    denies when it is named by a noun ("نفت موسكو تلك الاتهامات", "نفى تنفيذ ضربات")."""
    if prev.entry.type == "REQUEST" == t.entry.type and t.pos != "verb" and t.first - prev.last <= _DEMAND_WINDOW \
            and doc.sentence_of(doc.tokens[prev.first].start) == doc.sentence_of(doc.tokens[t.first].start):
        return True  # "حثت واشنطن مجلس الأمن على الدعوة إلى وقف": urging to call is one demand
    if t.pos == "verb" or not (prev.entry.type == "REJECT" or (
            prev.entry.type in ("AGREE", "REQUEST") and t.entry.type in _CONTENT_TYPES)):
        return False
    between = doc.tokens[prev.last + 1 : t.first]
    return len(between) <= _CONTENT_WINDOW and all(tok.text.isalnum() for tok in between)


_STANCE_TYPES = frozenset({"ACCUSE", "PROTEST", "SUPPORT", "REJECT"})


def _purpose_accusative(doc: Document, prev: Trigger, t: Trigger) -> bool:
    """A stance noun in the bare accusative (تنديدا, احتجاجا, دعما, رفضا) after another action of the
    sentence says why that action was done (مفعول لأجله)."""
    tok = doc.tokens[t.first]
    bare = not any(seg.role in ("proclitic", "article") for seg in tok.segments)
    return (t.entry.type in _STANCE_TYPES and t.pos != "verb" and t.first == t.last and tok.norm.endswith("ا")
            and bare and len(tok.norm) > 4
            and t.first - prev.last <= 10
            and doc.sentence_of(tok.start) == doc.sentence_of(doc.tokens[prev.first].start))


def _more_content(doc: Document, content: Trigger, t: Trigger) -> bool:
    """A further nominal term of the same deal: و-coordinated, close after the last one, same sentence."""
    first = doc.tokens[t.first]
    return (t.pos != "verb" and t.entry.type in _CONTENT_TYPES and t.first - content.last <= _CONTENT_WINDOW
            and bool(first.segments) and first.segments[0].text == "و"
            and doc.sentence_of(first.start) == doc.sentence_of(doc.tokens[content.first].start))


def _threat_content(doc: Document, threat: Trigger, t: Trigger) -> bool:
    """"هددت تركيا بأنها ستستهدف القوات": what follows أن in the threat's clause is what is threatened."""
    between = doc.tokens[threat.last + 1 : t.first]
    if len(between) > _COMPLEMENT_WINDOW + 2 or any(not tok.text.isalnum() for tok in between):
        return False
    return find_cue(between, "content") is not None


_FRESH_TYPES = frozenset({"REJECT"})  # "سارعت دمشق إلى النفي": a denial named again is a new denial
_REFERRED_TYPES = frozenset({"ASSAULT"})  # attacks are named again under other words (الغارة, القصف, الهجوم)


def _drop_repeats(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """"الهجوم" after a first report of an attack refers back to it: one event per real action. A definite
    noun of another attack word refers back too unless its clause brings a place, a time or a count."""
    seen: set[tuple[str, str]] = set()
    out: list[Trigger] = []
    for t in triggers:
        ident = (t.entry.type, t.entry.lemma)
        nominal = _is_definite(doc.tokens[t.first]) and t.pos in ("noun", "form") and t.first == t.last
        if nominal and ident in seen and t.entry.type not in _FRESH_TYPES:
            continue
        if nominal and t.entry.type in _REFERRED_TYPES and (t.entry.type, "") in seen and (
                _same_as_before(doc, t) or not _brings_news(doc, t)):
            continue  # "الغارات ... القصف", "في نفس المعركة": another word for an attack already told
        seen.update((ident, (t.entry.type, "")))
        out.append(t)
    return out


def _same_as_before(doc: Document, t: Trigger) -> bool:
    """"الهجوم ذاته", "نفس المعركة", "هذا الاشتباك": the words themselves point back."""
    before = doc.tokens[max(0, t.first - 1) : t.first]
    after = doc.tokens[t.last + 1 : t.last + 2]
    return find_cue(before, "same_before") is not None or find_cue(after, "same_after") is not None


def _brings_news(doc: Document, t: Trigger) -> bool:
    """A place, a time or a count in the trigger's clause: "الهجوم على بلدة X أمس" tells something new."""
    start = doc.tokens[t.first].start
    clause = clause_of(doc, doc.sentence_of(start), start)
    return bool(time_values_in(doc, clause) or quantities_in(doc, clause) or any(
        m.kind == "place" and clause.contains(m.span) for m in doc.mentions))


def _ta_marbuta(token: Token) -> bool:
    return token.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة")


def _nominal(token: Token) -> bool:
    return any(s.role == "article" or (s.role == "proclitic" and s.text in ("ب", "ل")) for s in token.segments)


def _is_definite(token: Token) -> bool:
    return any(s.role == "article" for s in token.segments) or token.norm.startswith(("ال", "وال", "بال", "لل"))


def _drop_nested(triggers: list[Trigger]) -> list[Trigger]:
    """A word inside an earlier trigger's span (شن هجوما: هجوما) is part of it, not a new trigger."""
    out: list[Trigger] = []
    for t in triggers:
        if out and t.first <= out[-1].last:
            continue
        out.append(t)
    return out


def merge_triggers(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """Join triggers of one type that stand together in one sentence (ضرب وتعذيب, قصف جوي وصاروخي)."""
    merged: list[Trigger] = []
    for t in triggers:
        prev = merged[-1] if merged else None
        if (prev and prev.entry.type == t.entry.type and t.first - prev.last <= _MERGE_GAP
                and doc.sentence_of(doc.tokens[prev.first].start) == doc.sentence_of(doc.tokens[t.first].start)
                and _joined(doc.tokens, prev.last, t.first)):
            merged[-1] = Trigger(prev.first, t.last, _richer(prev.entry, t.entry), prev.pos)
        else:
            merged.append(t)
    return merged


def _joined(tokens: list[Token], a: int, b: int) -> bool:
    """Only the conjunction و, a comma-free gap of at most one plain word, or nothing lies between."""
    between = tokens[a + 1 : b]
    if any(not t.text.isalnum() for t in between):
        return False
    nxt = tokens[b]
    return len(between) <= 1 or bool(nxt.segments and nxt.segments[0].text in ("و", "ف"))


def _richer(a: Entry, b: Entry) -> Entry:
    """Keep the more specific reading: one with a mode or violations wins."""
    score_a = (a.mode is not None) + len(a.violations)
    score_b = (b.mode is not None) + len(b.violations)
    base = b if score_b > score_a else a
    return replace(base, violations=tuple(dict.fromkeys(a.violations + b.violations)),
                   casualty=a.casualty and b.casualty)

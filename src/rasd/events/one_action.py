"""One event per action (GUIDE.md): triggers that name the same action are merged or absorbed.

"ضرب وتعذيب" is one ASSAULT; "شن هجوماً" is one ASSAULT whose trigger covers the light verb and its
noun; "غارة ... أسفرت عن مقتل" is one attack with its toll; "اتفاق لإجلاء المقاتلين" is the deal, not a
withdrawal. Triggers of different types stay apart ("أجبر ... وهدده" is a COERCE and a THREATEN).
"""

from __future__ import annotations

from dataclasses import replace

from rasd.document import Document, Span, Token
from rasd.events.assertion import negated
from rasd.events.context import clause_of
from rasd.events.cues import find_cue
from rasd.events.lexicon import Entry
from rasd.events.roles_clauses import has_object_pronoun, single
from rasd.events.trigger_match import Trigger, is_definite, with_bi
from rasd.recognise.quantities import quantities_in
from rasd.recognise.times import time_values_in

_MERGE_GAP = 2  # tokens allowed between two triggers of one type for them to be one action


def one_per_action(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """Merge and absorb the triggers that name one action, in this order: words inside a phrase, neighbours of
    one type, weapons, negation turning a type over, what an attack hit, the content of statements, the toll
    of an attack, and later mentions that refer back to an action already told."""
    merged = _absorb_targeting(doc, negated(doc, _absorb_instruments(doc, merge_triggers(doc, _drop_nested(triggers)))))
    return _drop_later_tolls(doc, _drop_repeats(doc, _absorb_casualties(doc, _absorb_complements(doc, merged))))


def _drop_later_tolls(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """"وأضاف المرصد أن عشرات أصيبوا": dead or wounded counted in the sentence after an attack, with no
    attack, place or time of their own, are that attack's toll told on, not another event."""
    out: list[Trigger] = []
    for t in triggers:
        prev = out[-1] if out else None
        if (prev is not None and t.entry.casualty and t.entry.type == "ASSAULT" and prev.entry.type == "ASSAULT"
                and not t.toll and _next_sentence(doc, prev, t) and not _own_setting(doc, t) and _suffered(doc, t)):
            continue
        out.append(t)
    return out


def _suffered(doc: Document, t: Trigger) -> bool:
    """A word of dying or being hurt (أصيبوا, لقوا حتفهم, مقتل), or a killing verb read passive: followed by
    its count, a preposition or nothing ("وقتل خمسة عناصر"); not one with an object ("قتلوا مقاتلين", "قتل
    زوجته"), a deed of its own."""
    first = doc.tokens[t.first]
    if find_cue([first], "dying") is not None or find_cue([first], "losses") is not None:
        return True
    if t.last + 1 >= len(doc.tokens):
        return True
    nxt = doc.tokens[t.last + 1]
    return not _plain(nxt) or nxt.stem_norm in single("nominal_after") or _is_count(doc, t.last + 1)


def _next_sentence(doc: Document, a: Trigger, b: Trigger) -> bool:
    sentences = doc.sentences
    sa = doc.sentence_of(doc.tokens[a.first].start)
    sb = doc.sentence_of(doc.tokens[b.first].start)
    return sa in sentences and sb in sentences and sentences.index(sb) - sentences.index(sa) == 1


def _own_setting(doc: Document, t: Trigger) -> bool:
    """The sentence names a place or a time of its own."""
    sentence = doc.sentence_of(doc.tokens[t.first].start)
    return any(sentence.start <= m.start < sentence.end for m in doc.mentions if m.kind in ("place", "time"))


def _same_sentence(doc: Document, a: Trigger, b: Trigger) -> bool:
    return doc.sentence_of(doc.tokens[a.first].start) == doc.sentence_of(doc.tokens[b.first].start)


def _drop_nested(triggers: list[Trigger]) -> list[Trigger]:
    """A word inside an earlier trigger's span (شن هجوما: هجوما) is part of it, not a new trigger."""
    out: list[Trigger] = []
    for t in triggers:
        if out and t.first <= out[-1].last:
            continue
        out.append(t)
    return out


def merge_triggers(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """Join triggers of one type that stand together in one sentence (ضرب وتعذيب, قصف جوي وصاروخي); two
    kinds of attack told side by side (القصف والاشتباكات, shelling and ground clashes) stay two actions."""
    merged: list[Trigger] = []
    for t in triggers:
        prev = merged[-1] if merged else None
        if (prev and prev.entry.type == t.entry.type and t.first - prev.last <= _MERGE_GAP
                and _same_sentence(doc, prev, t)
                and _joined(doc.tokens, prev.last, t.first)
                and not (prev.entry.mode and t.entry.mode and prev.entry.mode != t.entry.mode)):
            merged[-1] = Trigger(prev.first, t.last, _richer(prev.entry, t.entry), prev.pos)
        else:
            merged.append(t)
    return merged


def _joined(tokens: list[Token], a: int, b: int) -> bool:
    """Only the conjunction و, a comma-free gap of at most one plain word, or nothing lies between; a word
    of sequence (بعد, غداة, منذ) sets two deeds apart in time."""
    between = tokens[a + 1 : b]
    if any(not _plain(t) for t in between) or find_cue(between, "sequence") is not None:
        return False
    nxt = tokens[b]
    return len(between) <= 1 or bool(nxt.segments and nxt.segments[0].text in ("و", "ف"))


def _plain(tok: Token, quotes: bool = False) -> bool:
    """A word, not punctuation (vowel marks and tanween do not count: هجوماً is a word); a quotation mark
    counts as part of the phrase when `quotes` (محذرا بأن دمشق "ستدفع ثمنا")."""
    return tok.norm.isalnum() or (quotes and tok.norm == '"')


def _richer(a: Entry, b: Entry) -> Entry:
    """Keep the more specific reading: one with a mode or violations wins."""
    score_a = (a.mode is not None) + len(a.violations)
    score_b = (b.mode is not None) + len(b.violations)
    base = b if score_b > score_a else a
    return replace(base, violations=tuple(dict.fromkeys(a.violations + b.violations)),
                   casualty=a.casualty and b.casualty)


_INSTRUMENT_WINDOW = 6


def _absorb_instruments(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """"قصف الطيران بالبراميل المتفجرة": a weapon after بـ is how the attack was done, not a new one."""
    out: list[Trigger] = []
    for t in triggers:
        prev = out[-1] if out else None
        first = doc.tokens[t.first]
        counted = doc.tokens[t.first - 1] if t.first > 0 and _is_count(doc, t.first - 1) else None
        instrument = with_bi(counted or first)  # "بالبراميل", "بتسع ضربات جوية"
        if (prev and instrument and t.pos != "verb" and prev.entry.type == t.entry.type
                and t.first - prev.last <= _INSTRUMENT_WINDOW
                and _same_sentence(doc, prev, t)):
            out[-1] = Trigger(prev.first, prev.last, _richer(prev.entry, t.entry), prev.pos)
            continue
        out.append(t)
    return out


def _is_count(doc: Document, i: int) -> bool:
    """A number word or figure standing at token i (بتسع, ب 9)."""
    tok = doc.tokens[i]
    return any(tok.start <= m.start < tok.end for m in doc.mentions_of("quantity")) or any(
        ch.isdigit() for ch in tok.norm)


_TARGETING = frozenset({"استهدف"})
_TARGETED_BY = frozenset({"ASSAULT", "SANCTION"})  # "العقوبات الجديدة تستهدف أربعة أفراد": whom sanctions hit
_TARGETING_WINDOW = 8


def _absorb_targeting(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """"17 ضربة جوية نفذت قرب دير الزور، استهدفت مناطق": the verb whose subject is the strike (or the
    sanctions) named just before tells what it hit, not another attack."""
    actors = [m.span for m in doc.mentions if m.kind == "actor"]
    out: list[Trigger] = []
    for t in triggers:
        prev = out[-1] if out else None
        if (prev and t.pos == "verb" and t.entry.lemma in _TARGETING and prev.entry.type in _TARGETED_BY
                and prev.pos != "verb" and t.first - prev.last <= _TARGETING_WINDOW
                and _same_sentence(doc, prev, t)
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
        if attack is None:
            if keep and _same_toll(doc, keep[-1], t):
                keep[-1] = replace(keep[-1], entry=_with_violations(keep[-1].entry, [t.entry]))
            else:
                keep.append(t)
            continue
        tolls = [o for o in sentence if o.entry.casualty]
        lead = tolls[0] if tolls and tolls[0].first < attack.first and _bare(doc, attack) and not _same_as_before(
            doc, attack) else None  # "في نفس المعركة" points back: the repeat is dropped, toll and all
        if t is (lead or attack):  # the event's trigger: the toll word when the attack is bare
            base = replace(lead.entry, mode=lead.entry.mode or attack.entry.mode) if lead else attack.entry
            entry = _with_violations(base, [o.entry for o in tolls])
            keep.append(Trigger(t.first, t.last, entry, t.pos, toll=bool(tolls)))
        elif t is not attack and not t.entry.casualty:
            keep.append(t)
    return keep


_TOLL_GAP = 6  # tokens between "قتل 18 مدنيا" and "وأصيب العشرات"


def _same_toll(doc: Document, prev: Trigger, t: Trigger) -> bool:
    """"قتل 18 مدنياً وأصيب العشرات": the wounded joined by و to the dead, with no place between, are the toll
    of one deed, not a second one ("قتل خمسة في حلب وأصيب ثلاثة في إدلب" stays two)."""
    if not (prev.entry.casualty and t.entry.casualty and _same_sentence(doc, prev, t)):
        return False
    if doc.tokens[t.first].proclitics[:1] != ("و",) or not 0 < t.first - prev.last <= _TOLL_GAP:
        return False
    gap = Span(doc.tokens[prev.last].end, doc.tokens[t.first].start)
    return not any(gap.start <= m.start and m.end <= gap.end for m in doc.mentions_of("place"))


_BARE_NEXT = frozenset({"في", "علي", "قرب", "الي", "عند", "داخل"})


def _bare(doc: Document, attack: Trigger) -> bool:
    """An attack noun that says nothing of its own, neither who struck, nor how, nor with what ("مقتل أربعة
    جنود جراء هجوم في دير الزور", "جراء الغارة."): the toll told before it is the news, and its word the
    trigger."""
    if attack.pos == "verb" or attack.first != attack.last:
        return False
    if attack.last + 1 >= len(doc.tokens):
        return True
    nxt = doc.tokens[attack.last + 1]
    return not nxt.norm.isalnum() or nxt.norm in _BARE_NEXT or nxt.proclitics[:1] == ("و",)


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
        if prev and _demanded(doc, prev, t):
            continue  # "دعا المعتصمون إلى إعدام", "طالب بمحاسبة": what is asked for is not done
        if (prev and t.pos in ("noun", "form", "phrase")
                and (t.entry.type in _COMPLEMENT_TYPES or prev.entry.type == "THREATEN")
                and prev.entry.type != t.entry.type and t.first - prev.last <= _COMPLEMENT_WINDOW
                and _same_sentence(doc, prev, t)):
            continue
        out.append(t)
    return out


def _demanded(doc: Document, request: Trigger, t: Trigger) -> bool:
    """A verbal noun governed by إلى or بـ right after a demand (its subject may stand between) is what is
    demanded."""
    if request.entry.type != "REQUEST" or t.pos == "verb" or not _same_sentence(doc, request, t):
        return False
    between = doc.tokens[request.last + 1 : t.first]
    if len(between) > _COMPLEMENT_WINDOW or any(not _plain(tok) for tok in between):
        return False
    return with_bi(doc.tokens[t.first]) or bool(between and between[-1].norm in ("الي", "الى"))


_CONTENT_TYPES = frozenset({"RETREAT", "CONCEDE", "AID"})  # what deals and demands are about
_CONTENT_WINDOW = 6
_DEMAND_WINDOW = 12  # tokens, commas included: the urged party and a date may stand between


def _agreed_content(doc: Document, prev: Trigger, t: Trigger) -> bool:
    """"اتفاق لإجلاء المقاتلين", "اتفاق ينص على تسليم السلاح": a withdrawal or hand-over named as the
    content of a deal or a demand is part of that deal, not an action told as done; a demand named again
    as what is demanded is the same demand; what a denial denies, named by a noun, is part of the denial
    ("نفت موسكو تلك الاتهامات", "نفى تنفيذ ضربات")."""
    if prev.entry.type == "REQUEST" == t.entry.type and t.pos != "verb" and t.first - prev.last <= _DEMAND_WINDOW \
            and _same_sentence(doc, prev, t):
        return True  # "حثت واشنطن مجلس الأمن على الدعوة إلى وقف": urging to call is one demand
    if t.pos == "verb" or not (prev.entry.type == "REJECT" or (
            prev.entry.type in ("AGREE", "REQUEST") and t.entry.type in _CONTENT_TYPES)):
        return False
    between = doc.tokens[prev.last + 1 : t.first]
    return len(between) <= _CONTENT_WINDOW and all(_plain(tok) for tok in between)


_STANCE_TYPES = frozenset({"ACCUSE", "PROTEST", "SUPPORT", "REJECT"})
_STANCE_WINDOW = 10


def _purpose_accusative(doc: Document, prev: Trigger, t: Trigger) -> bool:
    """A stance noun in the bare accusative (تنديدا, احتجاجا, دعما, رفضا) after another action of the
    sentence says why that action was done (مفعول لأجله)."""
    tok = doc.tokens[t.first]
    bare = not any(seg.role in ("proclitic", "article") for seg in tok.segments)
    return (t.entry.type in _STANCE_TYPES and t.pos != "verb" and t.first == t.last and tok.norm.endswith("ا")
            and bare and len(tok.norm) > 4
            and t.first - prev.last <= _STANCE_WINDOW
            and _same_sentence(doc, prev, t))


def _more_content(doc: Document, content: Trigger, t: Trigger) -> bool:
    """A further nominal term of the same deal: و-coordinated, close after the last one, same sentence."""
    first = doc.tokens[t.first]
    return (t.pos != "verb" and t.entry.type in _CONTENT_TYPES and t.first - content.last <= _CONTENT_WINDOW
            and bool(first.segments) and first.segments[0].text == "و"
            and _same_sentence(doc, content, t))


def _threat_content(doc: Document, threat: Trigger, t: Trigger) -> bool:
    """"هددت تركيا بأنها ستستهدف القوات": what follows أن in the threat's clause is what is threatened."""
    between = doc.tokens[threat.last + 1 : t.first]
    if len(between) > _COMPLEMENT_WINDOW + 2 or any(not _plain(tok, quotes=True) for tok in between):
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
        if ident in seen and t.entry.type in _DESCRIBED_AGAIN_TYPES and _describes_antecedent(doc.tokens, t):
            continue  # "المقاتلين الذين دربتهم الولايات المتحدة" told again: the same description
        nominal = is_definite(doc.tokens[t.first]) and (t.pos == "phrase" or (
            t.pos in ("noun", "form") and t.first == t.last)) \
            and find_cue(doc.tokens[max(0, t.first - 1) : t.first], "undergo") is None  # تعرضت للقصف: a passive verb
        if nominal and ident in seen and t.entry.type not in _FRESH_TYPES and not t.toll:
            continue
        if nominal and t.entry.type in _REFERRED_TYPES and (t.entry.type, "") in seen and (
                _same_as_before(doc, t) or not _brings_news(doc, t)):
            continue  # "الغارات ... القصف", "في نفس المعركة": another word for an attack already told
        if nominal and (t.entry.type, "") in seen and _same_as_before(doc, t):
            continue  # "هذا اللقاء", "الاتفاق ذاته": any action pointed back to
        seen.update((ident, (t.entry.type, "")))
        out.append(t)
    return out


# Types whose relative-clause descriptions, told again, are dropped as repeats. Measured: for AID (the US-trained
# fighters described over and over) this removes repeats gold does not list; for other types gold lists such
# repeats as optional events and dropping them only loses their roles.
_DESCRIBED_AGAIN_TYPES = frozenset({"AID"})


def _describes_antecedent(tokens: list[Token], t: Trigger) -> bool:
    """"المقاتلين الذين دربتهم الولايات المتحدة": a verb right after a relative pronoun that points back, with
    its object pronoun, to the noun the clause describes."""
    if t.pos != "verb" or t.first == 0:
        return False
    return tokens[t.first - 1].norm in single("relatives") and has_object_pronoun(tokens[t.first])


def _same_as_before(doc: Document, t: Trigger) -> bool:
    """"الهجوم ذاته", "نفس المعركة", "هذا الاشتباك": the words themselves point back."""
    before = doc.tokens[max(0, t.first - 1) : t.first]
    after = doc.tokens[t.last + 1 : t.last + 2]
    return find_cue(before, "same_before") is not None or find_cue(after, "same_after") is not None


def _brings_news(doc: Document, t: Trigger) -> bool:
    """A place, a time or a count in the trigger's clause: "الهجوم على بلدة X أمس" tells something new; so
    does the attack's toll told with it (مقتل 42 مدنيا جراء القصف)."""
    if t.toll:
        return True
    start = doc.tokens[t.first].start
    clause = clause_of(doc, doc.sentence_of(start), start)
    return bool(time_values_in(doc, clause) or quantities_in(doc, clause) or any(
        m.kind == "place" and clause.contains(m.span) for m in doc.mentions))

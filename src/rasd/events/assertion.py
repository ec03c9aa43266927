"""Actions a text names without asserting them: prevented, possible, intended, conditional, negated,
another word of the same letters, or a repeated headline. GUIDE.md: an event is an action the report
asserts happened, is happening, was announced or is planned."""

from __future__ import annotations

from dataclasses import replace

from rasd.document import Document, Span, Token
from rasd.events.cues import find_cue
from rasd.events.trigger_match import Trigger, is_definite
from rasd.recognise.quantities import quantities_in

_CONDITION_WINDOW = 4  # "في حال وقوع هجوم", "إذا تعرضت لهجوم"
_PURPOSE_WINDOW = 3  # "عملية تهدف إلى طرد"
_TOLL_WINDOW = 4  # "مقتل أكثر من 350 ألف", "نحو 14 ألف طفل قتلوا"


def not_asserted(doc: Document, trig: Trigger) -> bool:
    """Whether the text names the action without telling it as done: prevented (من شأنه منع تهجير), only
    possible (ضربة محتملة, بإمكانها أن), a purpose (بهدف إجلاء), a condition (في حال رفضه), a topic (جدوى
    الغارات), leaving a body rather than a front (انسحب من المفاوضات), the war's toll told as background,
    another word (وقف إطلاق النار, طائرة مسيرة), or a repeat of the headline in a link line (رابط الخبر: ...)."""
    tokens = doc.tokens
    before = tokens[max(0, trig.first - _CONDITION_WINDOW) : trig.first]
    return (_prevented(tokens, trig) or _only_possible(tokens, trig) or _in_boilerplate(doc, trig)
            or _left_a_body(tokens, trig) or _a_topic(tokens, trig)
            or (trig.entry.casualty and _war_toll(doc, trig))
            or find_cue(tokens[max(0, trig.first - _PURPOSE_WINDOW) : trig.first], "purpose") is not None
            or _blocked(trig, tokens) or find_cue(before, "conditional") is not None or _disavowed(tokens, trig))


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
    # a word reaching on to what it needs ("دفع ... قوات") is still blocked by the word after it (دفع رباعي)
    second = tokens[trig.first + 1] if trig.pos != "phrase" and trig.first < trig.last else None
    if second is not None and {second.stem_norm, second.norm} & trig.entry.not_before:
        return True
    if prev is not None and (find_cue([prev], "generic") is not None or find_cue([prev], "negated") is not None):
        return True
    if prev is not None and trig.pos != "verb" and find_cue([prev], "copula") is not None \
            and not is_definite(tokens[trig.first]):
        return True  # "وليس هجوما على مطار": what it is not ("وليست الزيارة الأولى" still tells of a visit)
    # "لم يقتل أحد", "لم يصب أي من": nobody was hurt
    return prev is not None and trig.entry.casualty and find_cue([prev], "negation") is not None


_DISAVOW_WINDOW = 4  # "لا تعتزم توجيه ضربات": the light verb's noun may stand between


def _disavowed(tokens: list[Token], trig: Trigger) -> bool:
    """"أكدت أنها لا تعتزم توجيه ضربات جديدة": an intention denied right before the deed; nothing is told
    as done or planned."""
    before = tokens[max(0, trig.first - _DISAVOW_WINDOW) : trig.first]
    at = find_cue(before, "intend")
    return at is not None and at > 0 and find_cue(before[at - 1 : at], "negation") is not None


def _in_boilerplate(doc: Document, trig: Trigger) -> bool:
    """A trigger in a line that opens with a link or tag marker ("رابط الخبر بصحيفة ...: <the headline>")."""
    start = doc.tokens[trig.first].start
    line_start = max(doc.text.rfind("\n", 0, start) + 1, doc.sentence_of(start).start)
    # the line's first words, the trigger's own among them ("* بالاتفاق مع «بلومبيرغ»")
    head = doc.tokens_in(Span(line_start, min(len(doc.text), line_start + 40)))[:3]
    return find_cue(head, "boilerplate") is not None


_FAILED_WINDOW = 6  # "فشل الطرفان في التوصل إلى هدنة": the subject stands between
_FAILABLE = frozenset({"AGREE", "CONCEDE", "COOPERATE", "SUPPORT", "AID", "RETREAT"})  # talks that failed were held


def _prevented(tokens: list[Token], trig: Trigger) -> bool:
    before = tokens[max(0, trig.first - 3) : trig.first]
    return find_cue(before, "prevented") is not None or (trig.entry.type in _FAILABLE and find_cue(
        tokens[max(0, trig.first - _FAILED_WINDOW) : trig.first], "failed") is not None)


_POSSIBLE_VERB_WINDOW = 5  # "بإمكان تركيا أن تطلب": the cue, its subject, أن, the verb


def _only_possible(tokens: list[Token], trig: Trigger) -> bool:
    """A noun the text marks as only possible or awaited (ضربة محتملة, ترقب لضربة); a verb after أن that a
    word of possibility governs (بإمكان تركيا أن تطلب, يمكن أن تشن)."""
    if trig.pos == "verb":
        before = tokens[max(0, trig.first - _POSSIBLE_VERB_WINDOW) : trig.first]
        if before and before[-1].norm == "ربما":
            return True  # "روسيا ربما تعارض الاتفاق": may oppose (not قد: before a perfect, قد توعدت, it is "has")
        return bool(before) and before[-1].norm in ("ان", "بان") and find_cue(before, "possible_verb") is not None
    return trig.pos != "verb" and (
        find_cue(tokens[trig.last + 1 : trig.last + 3], "possible_after") is not None
        or find_cue(tokens[max(0, trig.first - 2) : trig.first], "possible_before") is not None)


_WAR_TOLL_MIN = 10_000  # "أكثر من ألف مدني خلال 3 أسابيع" is an offensive's toll; "350 ألف" the war's


def _war_toll(doc: Document, trig: Trigger) -> bool:
    """"نزاع أسفر عن مقتل أكثر من 350 ألف شخص", "آلاف الأطفال قتلوا": the dead counted in (tens of) thousands
    are the war's toll told as background, not an event of the report."""
    tokens = doc.tokens
    for window in (tokens[trig.last + 1 : trig.last + 1 + _TOLL_WINDOW],
                   tokens[max(0, trig.first - _TOLL_WINDOW + 1) : trig.first]):
        if window and find_cue(window, "war_toll") is not None:
            counts = quantities_in(doc, Span(window[0].start, window[-1].end))
            if not (counts and all(
                    q.value is not None and q.value < _WAR_TOLL_MIN for _, q in counts)):
                return True
    return False


_NEGATION_FLIPS = {"AGREE": "REJECT", "CONSULT": "REJECT", "SUPPORT": "REJECT", "COOPERATE": "REJECT",
                   "CONCEDE": "COERCE"}


def negated(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """"لا هدنة", "لم تتفق" refuse what they name; "لم تسمح" withholds: the type turns over. A refusal
    negated ("لا نستبعد", "لم ينف") refuses nothing."""
    out = []
    for t in triggers:
        flip = _NEGATION_FLIPS.get(t.entry.type)
        before = doc.tokens[max(0, t.first - 2) : t.first]
        negated = (flip or t.entry.type == "REJECT") and find_cue(before, "negation") is not None
        if t.entry.type == "REJECT" and (negated or find_cue(before, "negated") is not None):
            continue  # "لم ينف", "بدون أن يستبعد": no refusal
        if negated and flip and not _copula(before):
            t = Trigger(t.first, t.last, replace(t.entry, type=flip, mode=None), t.pos)
        out.append(t)
    return out


def _copula(before: list[Token]) -> bool:
    """"وليست الزيارة الأولى": ليس right before the noun negates what is said of it, it refuses nothing;
    "ليس هناك اتفاق" (there is none) does refuse."""
    return find_cue(before[-1:], "copula") is not None


_LEFT_WINDOW = 6  # "انسحب الوفد أمس من المفاوضات": the subject and a date may stand between


def _left_a_body(tokens: list[Token], trig: Trigger) -> bool:
    """A withdrawal from talks, a deal, a programme or a body (انسحب من برنامج التدريب) is no military retreat."""
    if trig.entry.type != "RETREAT":
        return False
    after = tokens[trig.last + 1 : trig.last + 1 + _LEFT_WINDOW]
    at = next((i for i, t in enumerate(after) if t.stem_norm == "من" or t.norm == "من"), None)
    return at is not None and find_cue(after[at + 1 : at + 2], "left_body") is not None


def _a_topic(tokens: list[Token], trig: Trigger) -> bool:
    """A verbal noun governed by a word that makes it a topic (حق الرد, خيار الضربة, جدوى الغارات)."""
    if trig.first == 0:
        return False
    prev = tokens[trig.first - 1]
    if trig.pos != "verb" and find_cue([prev], "topic_before") is not None:
        return True
    # "حق تركيا في ضرب": the right's holder and في stand between
    return trig.first > 2 and prev.norm == "في" and find_cue(
        tokens[trig.first - 3 : trig.first - 2], "topic_before") is not None

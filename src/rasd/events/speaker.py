"""The speaker of a sentence ("قال التحالف إنه نفذ ضربة"): who tells what follows a speech verb."""

from __future__ import annotations

from functools import cache

from rasd.document import Actor, Document, Span, Token
from rasd.events.context import Located
from rasd.events.cues import find_cue
from rasd.events.lexicon import key
from rasd.events.triggers import Trigger
from rasd.recognise.wordlists import load
from rasd.resolve.actor_dictionary import load_dictionary

_REPORTERS = frozenset({"media", "ngo"})
_OWN_DEED_WINDOW = 6  # "قالت ماي إنها سمحت للقوات البريطانية بتوجيه ضربات": إنها a few words back
_SPEAKER_WINDOW = 2  # 4 was best on train (0.820 vs 0.817) but lowered dev attribution under its floor


def speaker_of(doc: Document, sentence: Span, trig: Trigger | None, actors: list[Located],
               categories: dict[str, Actor]) -> Actor | None:
    """The actor named right after the last speech verb before the trigger (or in the sentence), if any."""
    upto = trig.first if trig is not None else len(doc.tokens)
    before = [t for t in doc.tokens[:upto] if sentence.start <= t.start < sentence.end]
    cues = [i for i in range(len(before)) if find_cue(before[i : i + 1], "speech") is not None]
    # a participle says on behalf of an earlier subject: in "أكدت مصادر ... مضيفة أن التنظيم اشتبك" the
    # actor after أن is what is told, not who tells it
    while cues and cues[-1] + 1 < len(before) and find_cue(before[cues[-1] + 1 : cues[-1] + 2], "content") is not None:
        cues.pop()
    cue = cues[-1] if cues else None
    if cue is None or cue + 1 >= len(before):
        return None
    # the speaker may stand a few words on: "أعلن رئيس ما يسمى بمركز المصالحة ..."
    window = before[cue + 1 : cue + 1 + _SPEAKER_WINDOW]
    hit = next((a for a in actors for t in window[:1] if a.start <= t.start < a.end), None) or next(
        (a for a in actors if window and window[0].start <= a.start < window[-1].end), None)
    return categories.get(hit.ref) if hit else None


def tells_own_deed(doc: Document, sentence: Span, trig: Trigger, speaker: Actor | None) -> bool:
    """"إنه/إنها ..." shortly before the trigger, after a speech verb whose speaker is not a reporter; a
    further "أن" or a comma in between hands the deed to someone else ("إنهم يعتقدون أن عضوا ...")."""
    if speaker is None or speaker.category in _REPORTERS:
        return False
    before = [t for t in doc.tokens[max(0, trig.first - 3) : trig.first] if t.start >= sentence.start]
    if find_cue(before, "self_report") is not None:
        return True
    window = [t for t in doc.tokens[max(0, trig.first - _OWN_DEED_WINDOW) : trig.first] if t.start >= sentence.start]
    at = find_cue(window, "self_report")
    return at is not None and find_cue(window[at + 1 :], "content") is None and not any(
        t.text in (",", "،") for t in window[at:])


def same_side(a: Actor, b: Actor) -> bool:
    """Two actors of one state, movement or body by the dictionary's parent chains: "سانا" telling what
    "الدفاعات الجوية السورية" did, a US Army spokesman telling what the coalition did."""
    d = load_dictionary()
    side = d.side(a.kb_id or a.parent)
    return side is not None and side == d.side(b.kb_id or b.parent)


@cache
def _stance_verbs() -> frozenset[str]:
    return frozenset(key(w) for w in load("sources").get("stance_verbs", []))


def _says(tok: Token) -> bool:
    return find_cue([tok], "speech") is not None or tok.stem_norm in _stance_verbs() or tok.norm in _stance_verbs()


def stance_speaker(doc: Document, sentence: Span, trig: Trigger | None, actors: list[Located],
                   categories: dict[str, Actor]) -> Actor | None:
    """The actor named next to the last speech or stance verb (اتهمت دمشق, نفت روسيا) before the trigger that
    has one; a participle ("قائلا إنه") has no subject of its own, so an earlier verb's is taken."""
    upto = trig.first if trig is not None else len(doc.tokens)
    before = [t for t in doc.tokens[:upto] if sentence.start <= t.start < sentence.end]
    for cue in range(len(before) - 1, -1, -1):
        if _says(before[cue]):
            hit = _subject(before, cue, actors)
            if hit is not None:
                return categories.get(hit.ref)
    return None


def _subject(before: list[Token], cue: int, actors: list[Located]) -> Located | None:
    """The actor right after the verb, else the one ending right before it ("لكن النظام السوري اعترف")."""
    window = before[cue + 1 : cue + 1 + _SPEAKER_WINDOW]
    hit = next((a for a in actors for t in window[:1] if a.start <= t.start < a.end), None) or next(
        (a for a in actors if window and window[0].start <= a.start < window[-1].end), None)
    if hit is None and cue > 0:
        prev = before[cue - 1]
        hit = next((a for a in actors if a.start <= prev.start and prev.end <= a.end <= before[cue].start), None)
    return hit

"""Source (who acts) and target (who is acted on) of a trigger, from Arabic word order and markers.

Arabic news puts the subject after the verb (قصفت الطائرات الروسية البلدة) or before it (قوات النظام
تقصف ...); a verbal noun takes its agent or object as a genitive (اعتقال الشبان, قصف قوات النظام);
agents are marked by من قبل / على يد / بواسطة, targets by ضد / بحق / على / لـ. Passive verbs
(قُتل, تم اعتقال) have a target and no source unless an agent is marked. Nothing is invented: a role
stays empty when no actor of the clause fills it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from rasd.document import Actor, Document, Span, Token
from rasd.events.context import Located
from rasd.events.triggers import Trigger

_AGENT_MARKERS = (("من", "قبل"), ("على", "يد"), ("علي", "يد"), ("بواسطة",), ("بواسطه",))
_TARGET_PREPS = frozenset({"ضد", "بحق", "على", "علي", "تجاه", "باتجاه", "نحو"})
_OBLIQUE_PREPS = frozenset({"في", "من", "الى", "الي", "عن", "مع", "بين", "منذ", "حول", "لدى", "لدي", "عبر",
                            "داخل", "خارج", "قرب", "بعد", "قبل", "خلال", "امام", "فوق", "تحت", "مثل"})
_PASSIVE_AUX = frozenset({"تم", "جرى", "جري", "يتم", "تمت"})
_LIGHT_VERBS = frozenset({"شن", "شنت", "شنوا", "يشن", "تشن", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ", "قام", "قامت",
                          "قاموا", "يقوم", "تقوم", "واصل", "واصلت", "يواصل", "تواصل", "بدا", "بدات", "جدد", "جددت"})
_VICTIM_CATEGORIES = frozenset({"civilians"})
# Casualty groups ("16 طفلا", "62 عنصرا") are the targets of an attack told without a grammatical object.
_CASUALTY_CATEGORIES = frozenset({"civilians", "combatants"})
_HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
# The partner of a meeting or agreement follows مع; most other acts take ضد / على / بحق.
_PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_NO_PLAIN_TARGET_TYPES = frozenset({"REJECT"})  # what is denied is a proposition, not an actor
_STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "CONSULT", "AGREE", "SUPPORT",
                              "SANCTION", "CONCEDE"})
_SVO_WINDOW = 5  # tokens between a preceding subject and its verb
# Who reports an attack is not its perpetrator: monitors and media fill roles only in their own statements.
_REPORTER_CATEGORIES = frozenset({"media", "ngo"})


@dataclass
class Roles:
    sources: list[str]
    targets: list[str]


class TokenIndex:
    """Token positions by character offset."""

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.starts = [t.start for t in tokens]

    def at(self, pos: int) -> int:
        """Index of the token that contains `pos` (or the last one starting before it)."""
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def before(self, pos: int) -> Token | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        return self.tokens[i] if i >= 0 else None


def assign_roles(doc: Document, trig: Trigger, clause: Span, actors: list[Located], index: TokenIndex,
                 categories: dict[str, Actor], sentence: Span | None = None) -> Roles:
    tokens = doc.tokens
    span = trig.span(tokens)
    in_clause = [a for a in actors if clause.start <= a.start and a.end <= clause.end and not _overlaps(a, span)]
    if trig.entry.type not in _STATEMENT_TYPES:
        in_clause = [a for a in in_clause if not _is_reporter(doc, a, categories)]
    after = [a for a in in_clause if a.start >= span.end]
    before = [a for a in in_clause if a.end <= span.start]
    sources: list[Located] = []
    targets: list[Located] = []

    agent = _marked_agent(doc, after, index)
    if agent:
        sources.append(agent)
        after = [a for a in after if a is not agent]
    preps = {"مع"} if trig.entry.type in _PARTNER_TYPES else _TARGET_PREPS
    marked_targets = [a for a in after if _preposition(doc, a, index) in preps or _has_lam(doc, a, index)]

    passive = _is_passive(doc, trig, index)
    if _undergone(doc, trig):
        subject = _subject(doc, Span(tokens[trig.first - 1].start, tokens[trig.first - 1].end), before, after, index)
        if subject:
            targets.append(subject)
        after = [a for a in after if a is not subject]
        passive = True
    if trig.pos == "noun" and trig.entry.type not in _STATEMENT_TYPES:
        _noun_roles(doc, trig, span, before, after, index, categories, sources, targets, agent is not None)
    elif not passive:
        subject = _subject(doc, span, before, after, index)
        if subject and not agent:
            sources.append(subject)
        rest = [a for a in after if a is not subject and _preposition(doc, a, index) not in _OBLIQUE_PREPS]
        if rest and trig.entry.type not in _NO_PLAIN_TARGET_TYPES:
            targets.append(rest[0])
    else:
        plain = [a for a in after if _preposition(doc, a, index) not in _OBLIQUE_PREPS]
        if plain:
            targets.append(plain[0])
    for t in marked_targets[:1]:
        if t not in targets and t not in sources:
            targets.append(t)
    if not sources and not passive and sentence is not None:
        sources += _sentence_subject(doc, sentence, span, actors, index, categories, targets)
    _victims_are_targets(sources, targets, categories)
    if not targets and trig.entry.type in _HARM_TYPES:
        toll = [a for a in after if a not in sources and categories.get(a.ref) is not None
                and categories[a.ref].category in _CASUALTY_CATEGORIES]
        targets += toll[:1]
    return Roles(_ids(sources), [t for t in _ids(targets) if t not in _ids(sources)])


def _noun_roles(doc: Document, trig: Trigger, span: Span, before: list[Located], after: list[Located],
                index: TokenIndex, categories: dict[str, Actor], sources: list[Located],
                targets: list[Located], has_agent: bool) -> None:
    """A verbal noun: genitive right after it, or the subject of a light verb before it."""
    genitive = after[0] if after and _adjacent(doc, span.end, after[0].start) else None
    if genitive:
        cat = categories[genitive.ref].category if genitive.ref in categories else None
        victim = cat in _VICTIM_CATEGORIES or trig.entry.type == "COERCE"
        (targets if victim or has_agent else sources).append(genitive)
    light = index.before(span.start)
    if light is not None and light.norm in _LIGHT_VERBS | {"و" + v for v in _LIGHT_VERBS} and not has_agent:
        subject = _subject(doc, Span(light.start, light.end), before, [a for a in after if a is not genitive], index)
        if subject and subject not in sources:
            sources.append(subject)


def _subject(doc: Document, verb: Span, before: list[Located], after: list[Located],
             index: TokenIndex) -> Located | None:
    """SVO: the nearest unmarked actor shortly before the verb; else VSO: the first unmarked actor after it."""
    if before:
        last = before[-1]
        gap = index.at(verb.start) - index.at(last.end - 1) - 1
        if gap <= _SVO_WINDOW and _preposition(doc, last, index) is None and not _has_lam(doc, last, index):
            return last
    for a in after[:2]:
        if _preposition(doc, a, index) is None and not _has_lam(doc, a, index):
            return a
    return None


def _sentence_subject(doc: Document, sentence: Span, span: Span, actors: list[Located], index: TokenIndex,
                      categories: dict[str, Actor], targets: list[Located]) -> list[Located]:
    """The actor that opens the sentence (after a verb at most) acts throughout it, unless it reports."""
    first = next((a for a in actors if sentence.start <= a.start and a.end <= span.start), None)
    if first is None or first in targets or _preposition(doc, first, index) is not None:
        return []
    if index.at(first.start) - index.at(sentence.start) > 2:
        return []
    actor = categories.get(first.ref)
    return [] if actor is None or actor.category in _REPORTER_CATEGORIES | _VICTIM_CATEGORIES else [first]


def _marked_agent(doc: Document, after: list[Located], index: TokenIndex) -> Located | None:
    for a in after:
        i = index.at(a.start)
        prev = tuple(t.stem_norm for t in doc.tokens[max(0, i - 2) : i])
        if any(prev[-len(m):] == m for m in _AGENT_MARKERS):
            return a
    return None


def _preposition(doc: Document, a: Located, index: TokenIndex) -> str | None:
    """The preposition governing an actor mention: a separate word before it, or a ب/ل clitic."""
    i = index.at(a.start)
    first = doc.tokens[i]
    if first.segments and first.segments[0].role == "proclitic" and first.segments[0].text in ("ب", "بـ"):
        return "ب"
    prev = doc.tokens[i - 1] if i > 0 else None
    if prev is None:
        return None
    word = prev.stem_norm
    return word if word in _OBLIQUE_PREPS | _TARGET_PREPS else None


def _has_lam(doc: Document, a: Located, index: TokenIndex) -> bool:
    first = doc.tokens[index.at(a.start)]
    return any(s.role == "proclitic" and s.text == "ل" for s in first.segments)


def _is_passive(doc: Document, trig: Trigger, index: TokenIndex) -> bool:
    """Marked passive (قُتِل with its damma), or a verbal noun after تم / جرى."""
    first = doc.tokens[trig.first]
    stem = first.stem
    if stem is not None and len(stem.text) > 1 and stem.text[1] == "\u064F":
        return True
    prev = doc.tokens[trig.first - 1] if trig.first > 0 else None
    return prev is not None and prev.stem_norm in _PASSIVE_AUX


def _undergone(doc: Document, trig: Trigger) -> bool:
    """"تعرضت البلدة لقصف": the trigger is what its subject underwent."""
    from rasd.events.cues import find_cue

    return trig.first > 0 and find_cue(doc.tokens[trig.first - 1 : trig.first], "undergo") is not None


def _adjacent(doc: Document, end: int, start: int) -> bool:
    gap = doc.text[end:start]
    return len(gap) <= 2 and not any(ch in gap for ch in ",،.;؛:")


def _victims_are_targets(sources: list[Located], targets: list[Located], categories: dict[str, Actor]) -> None:
    """Civilians do not bomb or arrest: a civilian 'source' is the victim the word order hid."""
    for s in list(sources):
        actor = categories.get(s.ref)
        if actor and actor.category in _VICTIM_CATEGORIES:
            sources.remove(s)
            if s not in targets:
                targets.append(s)


def _is_reporter(doc: Document, a: Located, categories: dict[str, Actor]) -> bool:
    """A monitor or outlet, or any actor named inside a source phrase ("مصادر خاصة لمنصة SY24")."""
    actor = categories.get(a.ref)
    if actor is not None and actor.category in _REPORTER_CATEGORIES:
        return True
    return any(m.kind == "source" and m.start <= a.start and a.end <= m.end for m in doc.mentions)


def _overlaps(a: Located, span: Span) -> bool:
    return a.start < span.end and span.start < a.end


def _ids(items: list[Located]) -> list[str]:
    return list(dict.fromkeys(x.ref for x in items))

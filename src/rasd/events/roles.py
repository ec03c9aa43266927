"""Source (who acts) and target (who is acted on) of a trigger, from Arabic word order and markers.

Arabic news puts the subject after the verb (قصفت الطائرات الروسية البلدة) or before it (قوات النظام
تقصف ...); a verbal noun takes its agent or object as a genitive (اعتقال الشبان, قصف قوات النظام);
agents are marked by من قبل / على يد / بواسطة, targets by ضد / بحق / على / لـ. Passive verbs
(قُتل, تم اعتقال) have a target and no source unless an agent is marked. Constructions beyond plain
word order (relative clauses, resumptive verbs, بين X و Y, participles) are in roles_clauses.py; the
word lists in data/events/roles.yaml. Nothing is invented: a role stays empty when no actor of the
clause fills it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from rasd.document import Actor, Document, Span, Token
from rasd.events.context import Located
from rasd.events.cues import QUOTES, find_cue
from rasd.events.lexicon import load_lexicon
from rasd.events.roles_clauses import (
    TokenIndex,
    bare,
    between_sides,
    first_actor_from,
    has_object_pronoun,
    is_participle_clause,
    is_verb_of,
    marked_agent,
    mention_of,
    own_deed_noun,
    relative_antecedent,
    resumed_doer,
    single,
    site_owner,
    speaker_subject,
    verb_forms_of,
)
from rasd.events.trigger_match import candidates, has_nominal_prefix, is_definite, is_word, ta_marbuta, with_bi
from rasd.events.triggers import Trigger

__all__ = ["Roles", "TokenIndex", "assign_roles"]

_VICTIM_CATEGORIES = frozenset({"civilians"})
# Casualty groups ("16 طفلا", "62 عنصرا") are the targets of an attack told without a grammatical object.
_CASUALTY_CATEGORIES = frozenset({"civilians", "combatants"})
_HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
# The partner of a meeting or agreement follows مع; most other acts take ضد / على / بحق.
_GIVING_TYPES = frozenset({"AID", "CONCEDE"})
_PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# What is denied is a proposition, not an actor; the forces sent or withdrawn are the mover's own.
_NO_PLAIN_TARGET_TYPES = frozenset({"REJECT", "MOBILIZE", "RETREAT"})
_STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "CONSULT", "AGREE", "SUPPORT",
                              "SANCTION", "CONCEDE"})
_SVO_WINDOW = 5  # tokens between a preceding subject and its verb
_MARKED_TARGET_WINDOW = 6  # tokens from a trigger to its ضد / على / لـ object; further on it is another word's
_UNDERGO_WINDOW = 4  # tokens from a verb of undergoing to the trigger (its subject may stand between)
_PRONOUN_WINDOW = 3  # "إنها قد أسرت": particles between the pronoun and its verb
_SITE_SPAN = 3  # "مواقع عسكرية تابعة للنظام": the owner may stand this much further than a marked target
_LAM_AGENT_WINDOW = 3  # tokens from a verbal noun to its agent marked by لـ (adjectives between)
_GOVERN_WINDOW = 6  # tokens back from a verbal noun to the control verb, doer noun or accusation governing it
_ACCUSED_WINDOW = 10  # an accusation may stand further back, a date between: "اتهمت إسرائيل في التاسع من نيسان بشن"
# Who reports an attack is not its perpetrator: monitors and media fill roles only in their own statements.
_REPORTER_CATEGORIES = frozenset({"media", "ngo"})


@dataclass
class Roles:
    sources: list[str]
    targets: list[str]


@dataclass
class _Clause:
    """The actors of a trigger's clause, split around the trigger's head word."""

    doc: Document
    trig: Trigger
    head: Span
    before: list[Located]
    after: list[Located]
    index: TokenIndex
    categories: dict[str, Actor]
    everyone: list[Located] = field(default_factory=list)  # the document's actors, for a speaker outside the clause

    def category(self, a: Located) -> str | None:
        actor = self.categories.get(a.ref)
        return actor.category if actor else None


def assign_roles(doc: Document, trig: Trigger, clause: Span, actors: list[Located], index: TokenIndex,
                 categories: dict[str, Actor], sentence: Span | None = None) -> Roles:
    c = _clause(doc, trig, clause, actors, index, categories)
    sources: list[Located] = []
    targets: list[Located] = []
    undergo = _undergo_verb(doc, trig)
    passive = _is_passive(doc, trig) or undergo is not None
    nominal = _is_nominal(doc, trig)
    agent = marked_agent(doc, c.after, index, trig.last, plain_min=passive or nominal)
    partners: list[Located] = []
    if agent is None and trig.pos == "form" and _noun_shaped(doc.tokens[trig.first]):
        agent = resumed_doer(doc, trig.last, clause, c.after, index)  # "في غارات شنتها طائرات النظام"
        partners = _coordinated(c, agent, c.after) if agent else []
    if agent:
        sources += [agent, *partners]
    after = [a for a in c.after if a is not agent and a not in partners]
    preps = ({"مع"} if trig.entry.type in _PARTNER_TYPES else single("target_preps")) | trig.entry.object_preps
    if trig.entry.type in _GIVING_TYPES:
        preps = preps | single("recipient_preps")  # "أرسلت مساعدات إلى سكان البلدة": the recipient
    if bare(doc.tokens[trig.first]) in single("clash_words"):
        preps = preps | {"مع"}  # "اشتباكات مع متشددين": the other side of a clash
    marked_targets = [a for a in after if (_preposition(doc, a, index) in preps or _has_lam(doc, a, index))
                      and index.at(a.start) - trig.last <= _MARKED_TARGET_WINDOW]

    if undergo is not None:
        verb = Span(doc.tokens[undergo].start, doc.tokens[undergo].end)
        between = [a for a in c.before if a.start >= verb.end]
        # the one who undergoes stands before the attack: "تعرضت البلدات لقصف القوات" (the genitive acts)
        subject = _subject(c, verb, [a for a in c.before if a.end <= verb.start], between)
        if subject:
            targets.append(subject)
        after = [a for a in after if a is not subject]
        doer = _undergone_genitive(c, after) if not agent else None
        if doer is not None:  # "تعرضت البلدات لقصف القوات الحكومية": the attack's genitive did it
            sources.append(doer)
            after = [a for a in after if a is not doer]
    if nominal and trig.entry.type not in _STATEMENT_TYPES:
        _noun_roles(c, after, sources, targets, agent is not None, clause)
    elif not passive:
        _verb_roles(c, after, sources, targets, agent is not None, sentence)
    else:
        plain = [a for a in after if _preposition(doc, a, index) not in single("oblique_preps")]
        if plain:
            targets.append(plain[0])
    for t in [m for m in marked_targets if m not in sources][:1]:
        if t not in targets:
            targets.append(t)
    further = [a for a in actors if sentence is not None and clause.end <= a.start and a.end <= sentence.end]
    _between(c, clause, sources, targets, nominal, further)
    owned = [a for a in c.before + c.after if site_owner(doc, index.at(a.start))]
    sources[:] = [s for s in sources if s not in owned]  # "استهدفت مواقع لتنظيم داعش": ISIS is hit
    for s in [s for s in sources if _undergoes(c, s)]:  # "تعرض مطار المزة لعدة غارات": it was hit
        sources.remove(s)
        if s not in targets:
            targets.append(s)
    if not sources and not passive and sentence is not None and not _noun_then_verb(doc, trig):
        sources += _sentence_subject(c, sentence, actors, targets)
    sources[:] = [s for s in sources if not _venue(c, s)]
    if find_cue(doc.tokens[trig.first : trig.first + 1], "dying") is not None or (
            _killed_in(doc, trig) and not any(c.category(a) in _CASUALTY_CATEGORIES for a in c.after)):
        _died_in(c, trig, clause, sources, targets)
    elif (killed := _killed_by(c, trig)) is not None:
        _swap_to(killed.victim, targets, sources)
        if killed.doer is not None:
            _swap_to(killed.doer, sources, targets)
    _victims_are_targets(c, sources, targets)
    if not targets and trig.entry.type in _HARM_TYPES:
        targets += _toll(c, after, sources)
    if not targets and trig.toll and sentence is not None:  # the dead counted anywhere in its sentence
        targets += _counted_dead(c, sentence, actors, sources)
    if not targets and trig.entry.type == "AID":  # the one aided is the first actor after the aid
        targets += [a for a in after if a not in sources][:1]
    _site_target(c, owned, targets)
    targets[:] = [t for t in targets if not _supporting(c, t) and not _own_forces(c, t, sources)]
    return Roles(_ids(sources), [t for t in _ids(targets) if t not in _ids(sources)])


_SUPPORT_WINDOW = 6  # tokens from "بدعم كامل من" to the supporting actors it names


def _own_forces(c: _Clause, a: Located, sources: list[Located]) -> bool:
    """"ضربات نفذها التحالف وغارات لطائراته": a pronoun's forces whose pronoun points at a source are the
    source's own, not whom it hits."""
    mention = mention_of(c.doc, a)
    refers = mention.attrs.get("refers_to") if mention is not None else None
    return refers is not None and any(
        refers in actor.mentions for s in sources if (actor := c.categories.get(s.ref)) is not None)


def _supporting(c: _Clause, a: Located) -> bool:
    """"تمكنت قوات النظام من السيطرة على المدينة بدعم من الطيران الروسي والميليشيات الإيرانية": who backs
    the deed is not hit by it."""
    at = c.index.at(a.start)
    markers = single("support_markers")
    for tok in reversed(c.doc.tokens[max(0, at - _SUPPORT_WINDOW) : at]):
        if any(ch in c.doc.text[tok.end : a.start] for ch in ",،.;؛:"):
            return False
        if tok.norm in markers or tok.stem_norm in markers:
            return True
    return False


def _undergoes(c: _Clause, a: Located) -> bool:
    """The actor stands right after a verb of undergoing ("تعرض مطار المزة", "تعرضت القافلة")."""
    at = c.index.at(a.start)
    return at > 0 and find_cue(c.doc.tokens[at - 1 : at], "undergo") is not None


def _killed_in(doc: Document, trig: Trigger) -> bool:
    """"25 مقاتلا قتلوا في الهجوم", "قتلوا جراء القصف": a verb of killing that may be read passive, followed
    by where or by what they died rather than by an object, is passive: its subject died (the caller checks
    that no victim follows: "مسلحون قتلوا بالرصاص خمسة مدنيين" is active)."""
    if find_cue(doc.tokens[trig.first : trig.first + 1], "killed_passive") is None or trig.first + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[trig.first + 1]
    # "إن أربعة من أفراده قتلوا.": nothing follows, so no one else was killed by them
    return nxt.stem_norm in single("nominal_after") or with_bi(nxt) or (
        nxt.text in (".", "،", ",", "؛") and not is_definite(doc.tokens[trig.first]))  # not "يستمر في القتل،"


@dataclass(frozen=True)
class _Killed:
    victim: Located
    doer: Located | None


_CAUSE_GAP = 3  # tokens from what killed to its doer: "جراء غارة جوية للنظام", "بقصف لقوات النظام"


def _killed_by(c: _Clause, trig: Trigger) -> _Killed | None:
    """"قتل ستة عناصر من الجيش التركي بقصف لقوات النظام", "قتل مدنيان جراء غارة روسية": a verb of killing
    whose first actor is followed by what killed it is passive; that actor died, and the actor of the attack
    (its genitive, or after ل) killed it."""
    doc, tokens = c.doc, c.doc.tokens
    if trig.pos != "verb" or find_cue(tokens[trig.first : trig.first + 1], "killed_passive") is None \
            or has_object_pronoun(tokens[trig.first]):
        return None
    victim = next((a for a in c.after if c.index.at(a.start) - trig.last <= 2), None)
    if victim is None:
        return None
    cause = c.index.at(victim.end - 1) + 1
    if cause >= len(tokens) or not _cause_word(doc, cause):
        return None
    doer = next((a for a in c.after if a is not victim and 0 < c.index.at(a.start) - cause <= _CAUSE_GAP
                 and _preposition(doc, a, c.index) in (None, "ل")), None)
    return _Killed(victim, doer)


def _cause_word(doc: Document, i: int) -> bool:
    """"جراء", "إثر", or an attack word with بـ (بقصف, بغارة): what the dead died of."""
    tok = doc.tokens[i]
    if tok.stem_norm in single("cause_words"):
        return True
    trig = candidates(doc, load_lexicon())[i]
    return with_bi(tok) and trig is not None and trig.entry.type == "ASSAULT"


def _swap_to(a: Located, into: list[Located], out_of: list[Located]) -> None:
    if a in out_of:
        out_of.remove(a)
    if a not in into:
        into.insert(0, a)


def _died_in(c: _Clause, trig: Trigger, clause: Span, sources: list[Located], targets: list[Located]) -> None:
    """"35 مقاتلا لقوا حتفهم في هجوم شنه التنظيم": who died before the verb was hit; the attack's doer is
    whoever the verb resuming it names."""
    for s in [s for s in sources if s.end <= c.head.start]:
        sources.remove(s)
        if s not in targets:
            targets.append(s)
    doer = resumed_doer(c.doc, trig.last, clause, c.after, c.index)
    if doer is not None and doer not in sources:
        if doer in targets:
            targets.remove(doer)
        sources.append(doer)


def _venue(c: _Clause, a: Located) -> bool:
    """The actor stands right after a verb of witnessing ("شهدت تركيا هجوما"): where it happened, not who did it."""
    at = c.index.at(a.start)
    return at > 0 and c.doc.tokens[at - 1].stem_norm in single("venue_verbs")


def _undergone_genitive(c: _Clause, after: list[Located]) -> Located | None:
    """The actor right after an undergone verbal noun is its agent: "تعرضت لقصف القوات الحكومية"."""
    first = after[0] if after else None
    if first is None or c.category(first) in _VICTIM_CATEGORIES:
        return None
    end = c.doc.tokens[c.trig.first].end
    return first if _adjacent(c.doc, end, first.start) and _preposition(c.doc, first, c.index) is None else None


def _site_target(c: _Clause, owned: list[Located], targets: list[Located]) -> None:
    """The owner of the sites a harmful act hit ("ضربات على مواقع تابعة للنظام") is its target."""
    near = [a for a in owned if a.start >= c.head.end
            and c.index.at(a.start) - c.trig.last <= _MARKED_TARGET_WINDOW + _SITE_SPAN]
    if c.trig.entry.type in _HARM_TYPES and near and near[0] not in targets:
        targets.append(near[0])


def _clause(doc: Document, trig: Trigger, clause: Span, actors: list[Located], index: TokenIndex,
            categories: dict[str, Actor]) -> _Clause:
    """Actors of the clause around the trigger's head word: a phrase trigger ("شن تنظيم الدولة هجوما",
    "أرسلت الحكومة قواتها") may hold its own subject."""
    first = doc.tokens[trig.first]
    head = Span(first.start, first.end)
    in_clause = [a for a in actors if clause.start <= a.start and a.end <= clause.end and not _overlaps(a, head)]
    c = _Clause(doc, trig, head, [], [], index, categories, actors)
    if trig.entry.type not in _STATEMENT_TYPES:
        in_clause = [a for a in in_clause if not _is_reporter(c, a)]
    c.before = [a for a in in_clause if a.end <= head.start]
    c.after = [a for a in in_clause if a.start >= head.end]
    return c


def _verb_roles(c: _Clause, after: list[Located], sources: list[Located], targets: list[Located],
                has_agent: bool, sentence: Span | None) -> None:
    doc, trig = c.doc, c.trig
    antecedent = relative_antecedent(doc, trig.first, c.before, c.index)
    if antecedent is not None:
        targets.append(antecedent)
        subject = _subject(c, c.head, [], after)
    elif is_participle_clause(doc, trig.first) and sentence is not None:
        subject = _sentence_opener(c, sentence)
    elif _noun_then_verb(doc, trig):  # "الغارات التركية استهدفت الناشطين الأكراد": who follows was hit
        subject = _subject(c, c.head, c.before, [])
    elif _spoken_about(c):
        subject = _subject(c, c.head, [], after)  # only a genitive after it: "حول ضربات روسيا"
    else:
        subject = _subject(c, c.head, c.before, after)
    partners = _coordinated(c, subject, after) if subject else []
    if subject and not has_agent:
        sources += [subject, *partners]
    rest = [a for a in after if a is not subject and a not in partners
            and _preposition(doc, a, c.index) not in single("oblique_preps")]
    # "وتحاصرها القوات": a verb that carries its object pronoun takes no further object
    carried = _carries_pronoun(doc.tokens[trig.first])
    if rest and trig.entry.type not in _NO_PLAIN_TARGET_TYPES and antecedent is None and not carried:
        targets.append(rest[0])


def _spoken_about(c: _Clause) -> bool:
    """An attack noun after عن, إزاء, حول ... ("أعربت روسيا عن قلقها إزاء الغارات") is what the sentence speaks
    about, not a deed of the actor before it; with that actor's pronoun it is its own ("أعلن عن سيطرته")."""
    at, head = c.trig.first, c.doc.tokens[c.trig.first]
    if at == 0 or c.trig.entry.type not in _HARM_TYPES or c.trig.pos == "verb" or has_object_pronoun(head):
        return False
    if c.trig.pos == "form" and not _noun_shaped(head):
        return False
    if at > 1 and is_verb_of(c.doc.tokens[at - 2], "result_verbs"):
        return False  # "أسفر عن مقتل 20": the toll of the subject's own attack
    return c.doc.tokens[at - 1].stem_norm in single("topic_preps")


def _noun_then_verb(doc: Document, trig: Trigger) -> bool:
    """A trigger merged from an attack noun and the verb it is subject of (الغارات التركية استهدفت); not
    two nouns joined by و (ضرباتها الجوية وقصف)."""
    if trig.pos != "form" or trig.last == trig.first or not _noun_shaped(doc.tokens[trig.first]) \
            or doc.tokens[trig.last].proclitics:
        return False
    last = candidates(doc, load_lexicon())[trig.last]  # the candidates the trigger stage matched
    return last is not None and last.pos == "verb"


def _coordinated(c: _Clause, first: Located, after: list[Located]) -> list[Located]:
    """"قادة الفرقة وضباط الأجهزة", "الولايات المتحدة وبريطانيا وفرنسا شنت": actors joined to the subject
    by و, after it or before it, share its role."""
    out: list[Located] = []
    last = first
    for a in after:
        if a.start < last.end:
            continue
        if not _joined(c, last, a):
            break
        out.append(a)
        last = a
    last = first
    for a in reversed(c.before):
        if a.end > last.start:
            continue
        if not _joined(c, a, last):
            break
        out.append(a)
        last = a
    return out


def _joined(c: _Clause, left: Located, right: Located) -> bool:
    """"X وY", "X و Y", "X وبريطانيا وY" (a partner the recogniser missed between), or "الرئيسان الأمريكي X
    والفرنسي Y" (an adjective of origin carrying the و)."""
    first, last = c.index.at(left.end - 1) + 1, c.index.at(right.start)
    if c.doc.text[left.end : right.start].strip() in (",", "،") and \
            c.doc.text[right.end : right.end + 2].strip()[:1] in (",", "،"):
        return True  # "الرئيس الأمريكي، دونالد ترامب، ...": an apposition between commas is the same actor
    if any(ch in c.doc.text[left.end : right.start] for ch in ",،.;؛:"):
        return False
    token = c.doc.tokens[last]
    inner = c.doc.tokens[first:last]
    if not inner:  # the recogniser may peel a و the tokeniser kept ("وحلفاؤها": the mention starts after it)
        return _fused_wa(token) or token.text == "و" or (
            token.text.startswith("و") and right.start == token.start + 1)
    if len(inner) == 1 and inner[0].text == "و":
        return True
    if len(inner) != 1 or not _fused_wa(inner[0]):
        return False
    if _fused_wa(token):
        return True
    return inner[0].stem_norm.endswith(("ي", "يه")) and c.category(right) == c.category(left)


def _fused_wa(token: Token) -> bool:
    return token.proclitics[:1] == ("و",)


def _noun_roles(c: _Clause, after: list[Located], sources: list[Located], targets: list[Located],
                has_agent: bool, clause: Span) -> None:
    """A verbal noun: genitive right after it, the subject of a light verb before it, or the subject
    of a verb that resumes it after it ("غارة نفذتها طائرات")."""
    doc, trig = c.doc, c.trig
    possessed = has_object_pronoun(doc.tokens[trig.first])  # قصفه: its agent is the pronoun
    genitive = after[0] if after and not possessed and _adjacent(doc, c.head.end, after[0].start) else None
    object_lam = _lam_after(c, genitive, after) if genitive else None
    light = c.index.before(c.head.start)
    before_light = c.index.before(light.start) if light is not None else None
    # "مع تجدد قصف الطيران": after such a word the light verb's form is a noun, whose genitive acts
    light_verb = light is not None and is_verb_of(light, "light_verbs") and not (
        before_light is not None and before_light.stem_norm in single("nominal_after"))
    # a light verb with its own subject before it governs the noun ("ستواصل القوات قصف التنظيم"); without one
    # it may be intransitive ("وتواصل قصف الطيران": the shelling went on)
    governed = light_verb and light is not None and _subject(c, Span(light.start, light.end), c.before, []) is not None
    if genitive and object_lam is not None and not has_agent:
        sources.append(genitive)  # "استهداف التحالف لمقارهم": the genitive acts on the لـ phrase
        targets.append(object_lam)
    elif genitive and trig.entry.moved and not has_agent and _unnamed(c, genitive):
        pass  # "قرر البنتاغون إرسال ألف جندي": troops sent are no party (but "استقدام الجيش لمزيد" names who sends)
    elif genitive:
        # "قتل أبو سياف", "اغتيال القيادي", "اعتقال الناشط": the genitive of a killing or an arrest suffered it
        victim = c.category(genitive) in _VICTIM_CATEGORIES or trig.entry.type == "COERCE" or (
            trig.entry.casualty or trig.entry.suffered) or (_has_lam(doc, genitive, c.index) and _directed(c, clause))
        # "ستواصل القوات قصف التنظيم": after a light verb the genitive is the object, its subject the doer
        (targets if victim or has_agent or governed else sources).append(genitive)
    if genitive is None and not possessed and not has_agent:
        lam = next((a for a in after[:1] if _has_lam(doc, a, c.index)
                    and c.index.at(a.start) - c.index.at(c.head.end - 1) <= _LAM_AGENT_WINDOW), None)
        if lam is not None and _directed(c, clause):
            targets.append(lam)  # "توجيه ضربة عسكرية للنظام": a blow directed at it
        elif lam is not None and c.category(lam) not in _VICTIM_CATEGORIES:
            sources.append(lam)  # "التصعيد العسكري لقوات النظام", "هجوم لتنظيم داعش"
    subject_between = _light_verb_subject(c) if not has_agent and not sources else None
    if subject_between is not None:  # "قام وزير الخارجية التركي بزيارة": the subject stands between
        sources += [subject_between, *_coordinated(c, subject_between, after)]
    elif light_verb and light is not None and not has_agent:
        subject = _subject(c, Span(light.start, light.end), c.before, [a for a in after if a is not genitive])
        if subject and subject not in sources:
            sources += [subject, *_coordinated(c, subject, after)]
    if not sources and not has_agent:
        doer = resumed_doer(doc, trig.last, clause, after, c.index)
        if doer is not None:
            sources += [doer, *_coordinated(c, doer, after)]
    if not sources and not has_agent and not possessed:
        doer = _governor_doer(c, clause) or _purpose_doer(c)
        if doer is not None:
            sources.append(doer)
    if not sources and not has_agent and possessed and trig.entry.type == "ASSAULT":
        owner = _owner(c)
        if owner is not None:
            sources.append(owner)


_OWNER_WINDOW = 8  # tokens back from an attack noun with a pronoun (أثناء قصفها) to the actor it stands for
_PURPOSE_WINDOW = 8  # tokens back from a verbal noun of purpose (لطرد) to the subject of its clause


_DIRECT_WINDOW = 5  # "وجهت الولايات المتحدة ضربة": its subject may stand between


def _directed(c: _Clause, clause: Span) -> bool:
    """The blow is directed (وجه, توجيه) a few words back in its clause: an actor with لـ after it is hit."""
    first = c.trig.first
    return any(is_verb_of(t, "directing_verbs") or bare(t) in single("directing_verbs")
               for t in c.doc.tokens[max(0, first - _DIRECT_WINDOW) : first] if t.start >= clause.start)


def _owner(c: _Clause) -> Located | None:
    """"تحطمت طائرة حربية أثناء قصفها": an attack noun after a word of "during" carries its doer as a
    pronoun, the nearest plain actor before."""
    if c.trig.first == 0 or c.doc.tokens[c.trig.first - 1].stem_norm not in single("during"):
        return None
    return _nearest_plain_before(c, _OWNER_WINDOW)


def _purpose_doer(c: _Clause) -> Located | None:
    """"إذا كانت قوات النظام تدخل عفرين لطرد المقاتلين": a verbal noun with the ل of purpose is done by the
    subject of the clause it ends, the nearest plain actor before it; not one that urges it ("دعت الأمم المتحدة
    إلى وقف فوري لاستهداف المدنيين"), nor across أن (what is said is another clause)."""
    if c.doc.tokens[c.trig.first].proclitics[:1] != ("ل",) or _undergo_verb(c.doc, c.trig) is not None:
        return None  # "تعرض بعضهم للاعتقال": undergone, not intended
    found = _nearest_plain_before(c, _PURPOSE_WINDOW, across_content=False)
    return None if found is None or speaker_subject(c.doc, c.index.at(found.start)) else found


def _nearest_plain_before(c: _Clause, window: int, across_content: bool = True) -> Located | None:
    """The nearest actor before the trigger, within `window` tokens, with no preposition or لـ: its subject-like
    doer; none if that actor is a victim or a reporter."""
    head = c.trig.first
    for a in reversed(c.before):
        end = c.index.at(a.end - 1)
        if head - end > window:
            return None
        if not across_content and find_cue(c.doc.tokens[end + 1 : head], "content") is not None:
            return None
        if _preposition(c.doc, a, c.index) is None and not _has_lam(c.doc, a, c.index):
            return None if c.category(a) in _VICTIM_CATEGORIES | _REPORTER_CATEGORIES else a
    return None


_LIGHT_SUBJECT_WINDOW = 6


def _light_verb_subject(c: _Clause) -> Located | None:
    """The actor standing exactly between a light verb and its noun ("قام وزير الخارجية التركي بزيارة",
    "شنت الطائرات الروسية غارات")."""
    head = c.index.at(c.head.start)
    for a in reversed(c.before):
        first, last = c.index.at(a.start), c.index.at(a.end - 1)
        if any(is_word(t) for t in c.doc.tokens[last + 1 : head]):
            continue  # only quotation marks may stand between: "تقوم «جبهة النصرة» باستهداف"
        if first > 0 and c.doc.tokens[first - 1].norm in QUOTES:
            first -= 1
        if first > 0 and head - first <= _LIGHT_SUBJECT_WINDOW and is_verb_of(c.doc.tokens[first - 1], "light_verbs"):
            return a
    return None


def _lam_after(c: _Clause, genitive: Located, after: list[Located]) -> Located | None:
    """The لـ object right after a verbal noun's genitive ("اعتقال قوات الأمن لناشطين")."""
    rest = [a for a in after if a.start >= genitive.end]
    if not rest or not _has_lam(c.doc, rest[0], c.index):
        return None
    gap = c.index.at(rest[0].start) - c.index.at(genitive.end - 1)
    between = c.doc.text[genitive.end : rest[0].start]
    return rest[0] if gap <= 2 and not any(ch in between for ch in ",،.;؛:") else None


def _governor_doer(c: _Clause, clause: Span) -> Located | None:
    """The doer of a verbal noun governed by a word a few tokens back: the subject of a control verb
    ("حاولت قوات برية اقتحام", "يستمر الأسد في القتل"), the genitive of a doer noun ("قيام التحالف بقصف",
    "نجاح الجيش في استعادة"), the accused of an accusation ("اتهمت دمشق إسرائيل بشن غارة")."""
    doc, head = c.doc, c.trig.first
    for j in range(head - 1, max(head - 1 - _ACCUSED_WINDOW, -1), -1):
        tok = doc.tokens[j]
        if tok.start < clause.start or any(ch in doc.text[tok.end : doc.tokens[j + 1].start] for ch in ",،.;؛:"):
            return None
        between = [a for a in c.before if a.start >= tok.end]
        if find_cue([tok], "accuse") is not None:  # its subject, then the accused: "اتهمت دمشق إسرائيل بشن"
            accused = [a for a in between if _preposition(doc, a, c.index) in (None, "ب")]
            return accused[-1] if accused else None
        if head - j > _GOVERN_WINDOW:
            continue  # only an accusation reaches this far back ("اتهمت إسرائيل في التاسع من نيسان بشن غارة")
        if len(between) > 1:
            return None
        if c.trig.entry.casualty and find_cue([tok], "announced") is not None:
            return None  # "أعلنت طهران مقتل سبعة من مقاتليها": who announces its dead did not kill them
        word = bare(tok)
        if word in single("doer_nouns"):
            genitive = first_actor_from(between, c.index, j + 1, upto=0)
            return genitive if genitive is not None and c.category(genitive) not in _VICTIM_CATEGORIES else None
        if is_verb_of(tok, "control_verbs") or word in _light_forms():
            verb = Span(tok.start, tok.end)
            plain = [a for a in between if _preposition(doc, a, c.index) is None and not _has_lam(doc, a, c.index)]
            subject = plain[0] if plain else _subject(c, verb, [a for a in c.before if a.end <= tok.start], [])
            if subject is not None and c.category(subject) in _VICTIM_CATEGORIES:
                return None
            return subject
    return None


@cache
def _light_forms() -> frozenset[str]:
    return frozenset(verb_forms_of("light_verbs"))


_TOLL_BEFORE = 10  # tokens from the dead counted before an attack to its word


def _toll(c: _Clause, after: list[Located], sources: list[Located]) -> list[Located]:
    """The dead or held named after the trigger, else just before it ("قتل 13 مدنيا جراء قصف")."""
    toll = [a for a in after if a not in sources and c.category(a) in _CASUALTY_CATEGORIES]
    if not toll:  # just before: "قتل 13 مدنيا جراء قصف"; not the warplanes far back that struck something else
        head = c.index.at(c.head.start)
        toll = [a for a in reversed(c.before) if a not in sources and head - c.index.at(a.end - 1) <= _TOLL_BEFORE
                and (c.category(a) in _CASUALTY_CATEGORIES or _after_loss(c, a))]
    return toll[:1]


def _after_loss(c: _Clause, a: Located) -> bool:
    """The actor right after a word of killing or loss: "قتل عنصران من قوات النظام في هجوم", of any side."""
    i = c.index.at(a.start)
    if i == 0 or has_object_pronoun(c.doc.tokens[i - 1]):
        return False  # "قتلهم حزب الله": active, its subject follows
    return any(find_cue(c.doc.tokens[i - 1 : i], name) is not None for name in ("losses", "killed_passive"))


def _counted_dead(c: _Clause, sentence: Span, actors: list[Located], sources: list[Located]) -> list[Located]:
    """"أدت إلى مقتل 40 شخصا", "مقتل أربعة جنود روس جراء هجوم": the actor right after a word of loss, or the
    subject right before a verb of dying ("35 مقاتلا ... لقوا حتفهم في هجوم")."""
    for a in actors:
        if not (sentence.start <= a.start < sentence.end) or a in sources:
            continue
        i = c.index.at(a.start)
        if i > 0 and find_cue(c.doc.tokens[i - 1 : i], "losses") is not None:
            return [a]
        next_word = c.doc.tokens[c.index.at(a.end - 1) + 1 :][:1]
        if any(find_cue(next_word, name) is not None for name in ("dying", "killed_passive")):
            return [a]
    return []


def _between(c: _Clause, clause: Span, sources: list[Located], targets: list[Located], nominal: bool,
             further: list[Located]) -> None:
    """"اشتباكات بين X و Y", "اتفاق بين X و Y": X acts, Y is the other side. `further`: the sentence's
    actors past the clause, where the second side may stand after "من جهة،"."""
    window = 1 if c.trig.pos == "verb" and not nominal else 4  # "ناقشا التقريب بين": بين is another word's
    sides = between_sides(c.doc, c.trig.last, clause, c.after, c.index, window, further)
    if sides is None:
        return
    first, second, sided = sides
    sources[:] = [first]
    if sided:  # "بين قوات النظام وحزب الله من جهة، والفصائل وجبهة النصرة من جهة أخرى"
        sources += [a for a in _coordinated(c, first, c.after) if a.start > first.start]
    if second is not None:
        targets[:] = [second]
        if sided:
            targets += [a for a in _coordinated(c, second, c.after + further) if a.start > second.start]
    else:
        targets[:] = [t for t in targets if t is not first]


def _subject(c: _Clause, verb: Span, before: list[Located], after: list[Located]) -> Located | None:
    """SVO: the nearest unmarked actor shortly before the verb; else VSO: the first unmarked actor after it.
    A verb after "إنه / أنها" has that pronoun for subject: what follows it is its object."""
    pronoun = _speaker_pronoun(c.doc, c.index.at(verb.start)) if verb != c.head or c.trig.pos == "verb" else None
    if pronoun is not None:
        speaker = _speaker_before(c, verb, pronoun)
        if speaker is not None:
            return speaker  # "قال التحالف الذي تقوده الولايات المتحدة ... إنه نفذ": the speaker, not the nearest
    if before:
        aside = _before_aside(c, before, verb)
        if aside is not None and _preposition(c.doc, aside, c.index) is None and not _has_lam(c.doc, aside, c.index):
            return aside
        last = before[-1]
        gap = c.index.at(verb.start) - c.index.at(last.end - 1) - 1
        relative = c.doc.tokens[c.index.at(verb.start) - 1].stem_norm in single("relatives")
        if gap == 1 and relative:
            return last  # "لقوات النظام التي بدأت حصارها": the antecedent, whatever governs it
        between = c.doc.tokens[c.index.at(last.end - 1) + 1 : c.index.at(verb.start)]
        subordinate = any(t.stem_norm in single("subordinators") for t in between)
        if gap <= _SVO_WINDOW and _preposition(c.doc, last, c.index) is None and not _has_lam(c.doc, last, c.index) \
                and not _set_apart(c.doc, last, verb) and not subordinate and not _urges(c, last):
            return last
    if _pronoun_subject(c.doc, c.index.at(verb.start)) or _plural_verb(c.doc.tokens[c.index.at(verb.start)]):
        return None
    for a in after[:2]:
        between = c.doc.tokens[c.index.at(verb.end - 1) + 1 : c.index.at(a.start)]
        if find_cue(between, "content") is not None:
            return None  # "نفى مصدر عسكري أن تكون القوات الروسية قصفت": what follows أن is what is said
        if any(t.proclitics[:1] in (("ب",), ("ل",)) for t in between):
            return None  # "تعهدت بإخلاء جميع مواقعها على جبهات تنظيم داعش": inside the verb's complement
        if _preposition(c.doc, a, c.index) is None and not _has_lam(c.doc, a, c.index):
            return a
    return None


def _urges(c: _Clause, actor: Located) -> bool:
    """The actor is the subject of a verb of urging or condemning and the trigger a noun it speaks of
    ("طالبت روسيا بوقف الغارات"): it asks, it does not strike."""
    return c.trig.pos != "verb" and c.trig.entry.type not in _STATEMENT_TYPES and \
        speaker_subject(c.doc, c.index.at(actor.start), "urging_verbs")


_ASIDE_MARKS = {"-": "-", "–": "–", ")": "(", ",": ","}  # the mark closing an aside -> the one opening it
_ASIDE_WINDOW = 12


def _before_aside(c: _Clause, before: list[Located], verb: Span) -> Located | None:
    """The actor before an aside that ends right before the verb: «جبهة النصرة -جناح القاعدة- هاجمت»,
    «تنظيم الدولة، الذي يسيطر على المدينة، أعدم» (between commas only a relative clause)."""
    tokens, v = c.doc.tokens, c.index.at(verb.start)
    opening = _ASIDE_MARKS.get(tokens[v - 1].norm) if v > 0 else None
    if opening is None:
        return None
    for j in range(v - 2, max(v - 2 - _ASIDE_WINDOW, -1), -1):
        if tokens[j].norm != opening:
            continue
        if opening == "," and (j + 1 >= v - 1 or tokens[j + 1].stem_norm not in single("relatives")):
            return None
        outside = [a for a in before if a.end <= tokens[j].start]
        if outside and c.index.at(tokens[j].start) - c.index.at(outside[-1].end - 1) <= 1:
            return outside[-1]  # the actor stands right before the opening mark
        return None
    return None


def _plural_verb(tok: Token) -> bool:
    """"ويطالبون قوات الأسد بوقف تقدمه", "قصفوا المدينة", "قتلنا الإرهابيين": a verb standing first agrees in
    number only with a pronoun subject (a named one after it takes the singular: يطالب السكان), and "we" is one
    too, so what follows is its object."""
    word = bare(tok)
    return len(word) > 4 and (word.endswith(("وا", "نا")) or (word.endswith("ون") and word[:1] in ("ي", "ت")))


def _pronoun_subject(doc: Document, verb: int) -> bool:
    """"قالت الجبهة إنها أسرت ...", "أعلنت أنها قد شنت": the verb's subject is the pronoun before it. A
    masculine أنه before a feminine verb ("أنه قصفت قوات النظام") is the pronoun of the matter: the subject follows."""
    for j in range(verb - 1, max(verb - 1 - _PRONOUN_WINDOW, -1), -1):
        t = doc.tokens[j]
        if t.norm in single("pronoun_subjects"):
            return not (t.norm in single("it_pronouns") and doc.tokens[verb].norm.endswith("ت"))
        if t.norm not in single("verb_particles"):
            return False
    return False


def _unnamed(c: _Clause, a: Located) -> bool:
    """An actor the dictionary does not name ("ألف جندي", "قوات برية"): people or units, not a party."""
    actor = c.categories.get(a.ref)
    return actor is None or actor.kb_id is None


_SAID_WINDOW = 16  # tokens from the verb of saying to "إنه": its subject, a relative clause, a time between


def _speaker_before(c: _Clause, verb: Span, pronoun: int) -> Located | None:
    """The subject of the nearest verb of saying before `verb` (whose subject is the pronoun at token
    `pronoun`) in its sentence: the actor right after it (VSO, "وأعلن وزير الخارجية الأميركي جون كيري ... أنه
    توصل"), else right before it."""
    tokens, at = c.doc.tokens, c.index.at(verb.start)
    start = c.index.at(c.doc.sentence_of(verb.start).start)
    said = next((j for j in range(at - 1, start - 1, -1) if find_cue(tokens[j : j + 1], "speech") is not None), None)
    if said is None or pronoun - said > _SAID_WINDOW or (
            pronoun > 0 and bare(tokens[pronoun - 1]) in single("concessives")):
        return None  # "رغم أنها تعدها", "إلا أنه قام": the pronoun is the topic's, not the speaker's
    before = [a for a in c.everyone if a.end <= verb.start]
    after_said = [a for a in before if 0 < c.index.at(a.start) - said <= 2]
    if after_said:
        return after_said[0]
    return next((a for a in reversed(before) if 0 < said - c.index.at(a.end - 1) <= 2), None)


def _speaker_pronoun(doc: Document, verb: int) -> int | None:
    """The token of the verb's subject pronoun when it is singular or first person (إنه, إنها, إننا): after a
    verb of saying it is the speaker; a plural (أنهم) points to a group named in the words reported."""
    if not _pronoun_subject(doc, verb):
        return None
    return next((j for j in range(verb - 1, max(verb - 1 - _PRONOUN_WINDOW, -1), -1)
                 if doc.tokens[j].norm in single("speaker_pronouns")), None)


def _set_apart(doc: Document, a: Located, verb: Span) -> bool:
    """A dateline ("(CNN)-- رفضت ...") or a colon stands between the actor and the verb: not its subject."""
    gap = doc.text[a.end : verb.start]
    return any(mark in gap for mark in ("-", ":", "—"))


def _sentence_opener(c: _Clause, sentence: Span) -> Located | None:
    """The first unmarked actor of the sentence: who speaks in "قال X، ...، متهما Y"."""
    for a in c.before:
        if a.start >= sentence.start and _preposition(c.doc, a, c.index) is None:
            return a
    return None


def _sentence_subject(c: _Clause, sentence: Span, actors: list[Located], targets: list[Located]) -> list[Located]:
    """The actor that opens the sentence (after a verb at most) acts throughout it, unless it reports, or the
    trigger is a noun the sentence speaks about (_spoken_about)."""
    if _spoken_about(c):
        return []
    first = next((a for a in actors if sentence.start <= a.start and a.end <= c.head.start), None)
    if first is None or first in targets or _preposition(c.doc, first, c.index) is not None:
        return []
    if c.index.at(first.start) - c.index.at(sentence.start) > 2:
        return []
    at = c.index.at(first.start)
    own = own_deed_noun(c.doc, at, c.trig.first + 1)  # "أعلن الحزب مسؤوليته عن مقتل جنديين"
    if speaker_subject(c.doc, at) and not own and c.trig.entry.type not in _STATEMENT_TYPES:
        return []  # "تحدثت وسائل إعلام عن مقتل قيادي": who tells of a deed did not do it
    if not own and find_cue(c.doc.tokens[max(0, at - 2) : at], "announced") is not None and find_cue(
            c.doc.tokens[at + 1 : c.trig.first + 1], "losses") is not None:
        return []  # "أعلنت طهران مقتل سبعة من مقاتليها جراء الغارة": who counts its dead did not strike
    if c.category(first) == "other" and find_cue(c.doc.tokens[max(0, at - 2) : at], "speech") is not None:
        return []  # "وقال ديفيد مارتن ... إن الضربات": a commentator telling of a deed did not do it
    if c.trig.entry.type == "AID" and c.category(first) == "ngo":
        return [first]  # "ووزع مركز الملك سلمان للإغاثة سلالا غذائية": aid organisations deliver, not only report
    return [] if c.category(first) in _REPORTER_CATEGORIES | _VICTIM_CATEGORIES | {None} else [first]


def _preposition(doc: Document, a: Located, index: TokenIndex) -> str | None:
    """The preposition governing an actor mention: a separate word before it, or a ب/ل clitic."""
    i = index.at(a.start)
    first = doc.tokens[i]
    if first.proclitics[:1] in (("ب",), ("بـ",)):
        return "ب"
    prev = doc.tokens[i - 1] if i > 0 else None
    if prev is None:
        return None
    word = prev.stem_norm
    return word if word in single("oblique_preps") | single("target_preps") else None


def _carries_pronoun(token: Token) -> bool:
    """An object pronoun, split off as a clitic or ending a word long enough to carry one ("تحاصرها"; but
    اتهم and متهما only end like ـهم, ـهما)."""
    if any(s.role == "enclitic" and s.text in single("object_pronouns") for s in token.segments):
        return True
    word = bare(token)
    return any(word.endswith(p) and len(word) - len(p) >= 4 for p in ("ها", "هم", "هما"))


def _has_lam(doc: Document, a: Located, index: TokenIndex) -> bool:
    first = doc.tokens[index.at(a.start)]
    return "ل" in first.proclitics


def _is_passive(doc: Document, trig: Trigger) -> bool:
    """Marked passive (قُتِل with its damma), or a verbal noun after تم / جرى."""
    stem = doc.tokens[trig.first].stem
    if stem is not None and len(stem.text) > 1 and stem.text[1] == "\u064F":
        return True
    prev = doc.tokens[trig.first - 1] if trig.first > 0 else None
    return prev is not None and prev.stem_norm in single("passive_aux")


def _is_nominal(doc: Document, trig: Trigger) -> bool:
    """A verbal noun: so tagged, or a verb-shaped word after a word no finite verb follows ("جراء قصف")."""
    if trig.pos == "noun":
        return True
    if trig.pos != "verb" or trig.first == 0:
        return False
    prev = doc.tokens[trig.first - 1]
    gap = doc.text[prev.end : doc.tokens[trig.first].start]
    if any(ch in gap for ch in ",،.:;؛"):
        return False
    return prev.stem_norm in single("nominal_after") or is_verb_of(prev, "light_verbs")


def _noun_shaped(token: Token) -> bool:
    """A listed form that can only be a noun: with an article or a preposition (بالغارات), or ending in the
    feminine plural ات or in ة (غارات, مفخخة); no verb form ends so."""
    return has_nominal_prefix(token) or ta_marbuta(token) or token.stem_norm.endswith("ات")


def _undergo_verb(doc: Document, trig: Trigger) -> int | None:
    """"تعرضت البلدة لقصف", "يتعرض مسلحو التنظيم لهجوم": the index of the verb of undergoing whose
    subject the trigger befell, a few words back in the same clause."""
    for j in range(trig.first - 1, max(trig.first - 1 - _UNDERGO_WINDOW, -1), -1):
        if any(ch in doc.tokens[j].text for ch in ",،.;؛:"):
            return None
        if find_cue(doc.tokens[j : j + 1], "undergo") is not None:
            return j
    return None


def _adjacent(doc: Document, end: int, start: int) -> bool:
    gap = doc.text[end:start]
    return len(gap) <= 2 and not any(ch in gap for ch in ",،.;؛:")


def _victims_are_targets(c: _Clause, sources: list[Located], targets: list[Located]) -> None:
    """Civilians do not bomb or arrest: a civilian 'source' is the victim the word order hid."""
    if c.trig.entry.type == "PROTEST":
        return  # "تظاهر آلاف الأشخاص": protesters act
    for s in list(sources):
        if c.category(s) in _VICTIM_CATEGORIES:
            sources.remove(s)
            if s not in targets:
                targets.append(s)


def _is_reporter(c: _Clause, a: Located) -> bool:
    """A monitor or outlet, or any actor named inside a source phrase ("مصادر خاصة لمنصة SY24")."""
    if c.category(a) in _REPORTER_CATEGORIES:
        return True
    return any(m.kind == "source" and m.start <= a.start and a.end <= m.end for m in c.doc.mentions)


def _overlaps(a: Located, span: Span) -> bool:
    return a.start < span.end and span.start < a.end


def _ids(items: list[Located]) -> list[str]:
    return list(dict.fromkeys(x.ref for x in items))

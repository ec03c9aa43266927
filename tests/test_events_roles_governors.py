"""Roles carried by a governing word (control verb, doer noun, accusation), a pronoun subject, a dateline
and the مع of a clash, on documents whose actors are placed by hand."""

from __future__ import annotations

from conftest import analysed
from rasd.document import Actor, Document
from rasd.events.context import Entities, clause_of
from rasd.events.roles import TokenIndex, assign_roles
from rasd.events.triggers import find_triggers


def _with_actors(text: str, actors: list[tuple[str, str]]) -> Document:
    doc = analysed(text)
    for i, (phrase, category) in enumerate(actors, 1):
        start = text.index(phrase)
        m = doc.new_mention("actor", start, start + len(phrase))
        doc.actors.append(Actor(f"a{i}", phrase, category, [m.id]))
    return doc


def _roles_of(doc: Document, trigger_word: str) -> tuple[list[str], list[str]]:
    """Roles of the trigger whose first word is `trigger_word`."""
    pos = doc.text.index(trigger_word)
    trig = next(t for t in find_triggers(doc) if doc.tokens[t.first].start <= pos < doc.tokens[t.first].end)
    sentence = doc.sentence_of(doc.tokens[trig.first].start)
    clause = clause_of(doc, sentence, trig.span(doc.tokens).start)
    roles = assign_roles(doc, trig, clause, Entities.of(doc).actors, TokenIndex(doc.tokens),
                         {a.id: a for a in doc.actors}, sentence)
    names = {a.id: a.name for a in doc.actors}
    return [names[s] for s in roles.sources], [names[t] for t in roles.targets]


def test_events_roles_control_verb_subject_does_the_verbal_noun() -> None:
    doc = _with_actors("حاولت قوات النظام أمس اقتحام البلدة.", [("قوات النظام", "state_forces")])
    assert _roles_of(doc, "اقتحام")[0] == ["قوات النظام"]


def test_events_roles_doer_noun_genitive_does_the_verbal_noun() -> None:
    doc = _with_actors("وأكد ناشطون قيام التحالف بقصف القرية.", [("التحالف", "foreign_state")])
    assert _roles_of(doc, "بقصف")[0] == ["التحالف"]


def test_events_roles_the_accused_does_what_he_is_accused_of() -> None:
    doc = _with_actors("واتهمت الحكومة الفصائل المسلحة بقصف الأحياء.",
                       [("الحكومة", "state_official"), ("الفصائل المسلحة", "rebel_group")])
    assert _roles_of(doc, "بقصف")[0] == ["الفصائل المسلحة"]


def test_events_roles_pronoun_subject_keeps_the_object_out_of_the_source() -> None:
    doc = _with_actors("وقالت مصادر إنها أسرت مقاتلين في الشمال.", [("مقاتلين", "combatants")])
    sources, targets = _roles_of(doc, "أسرت")
    assert sources == [] and targets == ["مقاتلين"]


def test_events_roles_dateline_outlet_is_not_the_subject() -> None:
    doc = _with_actors("أتلانتا (CNN)-- رفضت وزارة الدفاع الاتهامات.",
                       [("CNN", "media"), ("وزارة الدفاع", "state_official")])
    assert _roles_of(doc, "رفضت")[0] == ["وزارة الدفاع"]


def test_events_roles_the_other_side_of_a_clash_follows_maa() -> None:
    doc = _with_actors("خاض الجيش اشتباكات مع مسلحي التنظيم في المدينة.",
                       [("الجيش", "state_forces"), ("مسلحي التنظيم", "jihadist_group")])
    assert _roles_of(doc, "اشتباكات") == (["الجيش"], ["مسلحي التنظيم"])

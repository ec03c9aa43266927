"""Roles from Arabic word order, on documents whose actors are placed by hand (no dictionary needed)."""

from __future__ import annotations

from conftest import analysed
from rasd.document import Actor, Document, Span
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


def _roles(doc: Document) -> tuple[list[str], list[str]]:
    trig = find_triggers(doc)[0]
    sentence = doc.sentence_of(doc.tokens[trig.first].start)
    clause = clause_of(doc, sentence, trig.span(doc.tokens).start)
    roles = assign_roles(doc, trig, clause, Entities.of(doc).actors, TokenIndex(doc.tokens),
                         {a.id: a for a in doc.actors})
    names = {a.id: a.name for a in doc.actors}
    return [names[s] for s in roles.sources], [names[t] for t in roles.targets]


def test_events_roles_verb_subject_object() -> None:
    doc = _with_actors("اعتقلت قوات النظام عشرات الشبان في المدينة.",
                       [("قوات النظام", "state_forces"), ("عشرات الشبان", "civilians")])
    assert _roles(doc) == (["قوات النظام"], ["عشرات الشبان"])


def test_events_roles_subject_before_verb() -> None:
    doc = _with_actors("قوات النظام تقصف المدنيين بالمدفعية.",
                       [("قوات النظام", "state_forces"), ("المدنيين", "civilians")])
    assert _roles(doc) == (["قوات النظام"], ["المدنيين"])


def test_events_roles_agent_after_min_qibal() -> None:
    doc = _with_actors("تم اعتقال ناشط من قبل الأمن العسكري.",
                       [("ناشط", "civilians"), ("الأمن العسكري", "state_security")])
    assert _roles(doc) == (["الأمن العسكري"], ["ناشط"])


def test_events_roles_passive_has_no_invented_source() -> None:
    doc = _with_actors("قُتل مدنيون في المدينة.", [("مدنيون", "civilians")])
    assert _roles(doc) == ([], ["مدنيون"])


def test_events_roles_reporter_is_not_the_perpetrator() -> None:
    doc = _with_actors("وقال المرصد إن قصفا استهدف البلدة.", [("المرصد", "ngo")])
    assert _roles(doc) == ([], [])


def test_events_roles_clause_stops_at_comma_and_conjunction() -> None:
    doc = _with_actors("قصفت الطائرات البلدة، وقال الجيش إنه رد.",
                       [("الطائرات", "foreign_state"), ("الجيش", "state_forces")])
    assert clause_of(doc, doc.sentences[0], 0) == Span(0, doc.text.index("،"))

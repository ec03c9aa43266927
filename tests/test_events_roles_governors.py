"""Roles carried by a governing word (control verb, doer noun, accusation), a pronoun subject, a dateline
and the مع of a clash, on documents whose actors are placed by hand."""

from __future__ import annotations

from conftest import roles_of, with_actors


def test_events_roles_control_verb_subject_does_the_verbal_noun() -> None:
    doc = with_actors("حاولت قوات النظام أمس اقتحام البلدة.", [("قوات النظام", "state_forces")])
    assert roles_of(doc, "اقتحام")[0] == ["قوات النظام"]


def test_events_roles_doer_noun_genitive_does_the_verbal_noun() -> None:
    doc = with_actors("وأكد ناشطون قيام التحالف بقصف القرية.", [("التحالف", "foreign_state")])
    assert roles_of(doc, "بقصف")[0] == ["التحالف"]


def test_events_roles_the_accused_does_what_he_is_accused_of() -> None:
    doc = with_actors("واتهمت الحكومة الفصائل المسلحة بقصف الأحياء.",
                      [("الحكومة", "state_official"), ("الفصائل المسلحة", "rebel_group")])
    assert roles_of(doc, "بقصف")[0] == ["الفصائل المسلحة"]


def test_events_roles_pronoun_subject_keeps_the_object_out_of_the_source() -> None:
    doc = with_actors("وقالت مصادر إنها أسرت مقاتلين في الشمال.", [("مقاتلين", "combatants")])
    sources, targets = roles_of(doc, "أسرت")
    assert sources == [] and targets == ["مقاتلين"]


def test_events_roles_dateline_outlet_is_not_the_subject() -> None:
    doc = with_actors("أتلانتا (CNN)-- رفضت وزارة الدفاع الاتهامات.",
                      [("CNN", "media"), ("وزارة الدفاع", "state_official")])
    assert roles_of(doc, "رفضت")[0] == ["وزارة الدفاع"]


def test_events_roles_the_other_side_of_a_clash_follows_maa() -> None:
    doc = with_actors("خاض الجيش اشتباكات مع مسلحي التنظيم في المدينة.",
                      [("الجيش", "state_forces"), ("مسلحي التنظيم", "jihadist_group")])
    assert roles_of(doc, "اشتباكات") == (["الجيش"], ["مسلحي التنظيم"])

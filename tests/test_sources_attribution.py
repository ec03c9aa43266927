"""Source mentions and the attribution kind they give."""

from __future__ import annotations

import pytest

from conftest import analysed
from rasd.recognise.sources import phrase_kind, source_stage


def sources(text: str) -> list[tuple[str, str, str | None]]:
    doc = source_stage(analysed(text))
    out = []
    for m in doc.mentions_of("source"):
        verb = m.attrs["speech_verb"]
        out.append((m.text, m.attrs["attribution"], doc.text[verb[0]:verb[1]] if verb else None))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال وزير الخارجية الروسي إن الهجوم مفبرك", ("وزير الخارجية الروسي", "named_official", "وقال")),
    ("وأكد المرصد السوري لحقوق الإنسان، ومقره بريطانيا، أن القصف مستمر",
     ("المرصد السوري لحقوق الإنسان", "named_official", "وأكد")),
    ("قتل ثلاثة مدنيين بحسب شهود عيان", ("شهود عيان", "witness", "بحسب")),
    ("وقالت مصادر مطلعة إن الدورية اعتقلت شابين", ("مصادر مطلعة", "anonymous", "وقالت")),
    ("ونقلت سبوتنيك عن مصدر سوري إن الضربات قصفت المطار", ("مصدر سوري", "anonymous", "ونقلت")),
    # a body's statement speaks for the body (the gold's "بيان للوزارة"): named_official, not document
    ("وقال بيان للجيش إن العملية انتهت", ("بيان للجيش", "named_official", "وقال")),
    ("وقالت وثيقة مسربة إن القوات اعتقلت شابين", ("وثيقة مسربة", "document", "وقالت")),
    ("وتداولت مواقع التواصل الاجتماعي صورا للقصف", ("مواقع التواصل الاجتماعي", "social_media", None)),
    ("وقال الدكتور حمزة حسن إن المشفى قصف", ("الدكتور حمزة حسن", "named_person", "وقال")),
])
def test_sources_attribution_kinds(text: str, expected: tuple[str, str, str | None]) -> None:
    assert sources(text) == [expected]


def test_sources_attribution_private_sources_for_an_outlet() -> None:
    (found,) = sources("وأفادت مصادر خاصة لمنصة SY24 بأن الدورية انسحبت")
    assert found[:2] == ("مصادر خاصة لمنصة SY24", "anonymous")


def test_sources_attribution_verb_with_object_is_not_a_source() -> None:
    assert sources("وأعلن الجيش السيطرة على البلدة") == []


def test_sources_attribution_dated_source_before_complementiser() -> None:
    (found,) = sources("وأفاد المرصد السوري لحقوق الإنسان الأحد، أن تنظيم الدولة أعدم أحد الرهائن")
    assert found == ("المرصد السوري لحقوق الإنسان", "named_official", "وأفاد")


def test_sources_attribution_phrase_kind() -> None:
    assert phrase_kind("مصادر عسكرية أمريكية") == "anonymous"
    assert phrase_kind("دبلوماسيون غربيون") == "anonymous"
    assert phrase_kind("وزارة الدفاع الروسية") is None

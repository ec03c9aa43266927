from __future__ import annotations

from conftest import analysed
from rasd.events.lexicon import load_lexicon, noun_forms, verb_forms
from rasd.events.triggers import find_triggers


def _found(text: str) -> list[tuple[str, str]]:
    doc = analysed(text)
    return [(t.entry.type, doc.span_text(t.span(doc.tokens))) for t in find_triggers(doc)]


def test_events_lexicon_generates_inflections_from_lemmas() -> None:
    forms = verb_forms("اعتقل")
    assert {"اعتقلت", "اعتقلوا", "يعتقل", "تعتقلهم"} <= forms
    assert {"غارات", "غارته"} <= noun_forms("غاره")


def test_events_lexicon_types_cliticised_and_inflected_forms() -> None:
    words = load_lexicon().words
    for form, type_ in (("قصفت", "ASSAULT"), ("يعتقل", "COERCE"), ("اتهامات", "ACCUSE"), ("نفت", "REJECT")):
        assert words[form][0].type == type_, form


def test_events_trigger_found_through_clitics() -> None:
    assert _found("وبقصف الطائرات للمدينة قتل مدنيان.")[0] == ("ASSAULT", "وبقصف")


def test_events_beat_and_torture_is_one_assault() -> None:
    assert _found("قام الضباط بضرب وتعذيب عدد منهم.") == [("ASSAULT", "بضرب وتعذيب")]


def test_events_coerce_and_threaten_stay_two_events() -> None:
    types = [t for t, _ in _found("أجبر الضابط الشاب على الشرب، وهدده بالقتل.")]
    assert types == ["COERCE", "THREATEN"]


def test_events_light_verb_and_its_noun_are_one_trigger() -> None:
    assert _found("شن الطيران الحربي غارات على البلدة.") == [("ASSAULT", "شن الطيران الحربي غارات")]


def test_events_toll_of_an_attack_is_not_a_second_event() -> None:
    assert [t for t, _ in _found("قصفت الطائرات السوق ما أسفر عن مقتل عشرة مدنيين.")] == ["ASSAULT"]


def test_events_truce_asked_for_is_part_of_the_request() -> None:
    assert [t for t, _ in _found("دعا المبعوث إلى هدنة فورية.")] == ["REQUEST"]


def test_events_words_that_only_look_like_triggers_are_skipped() -> None:
    assert _found("زارت وزارة الخارجية المنطقة الاجتماعية وشهدت فجر اليوم طائرة مسيرة.") == [
        ("CONSULT", "زارت")]


def test_events_generic_attack_and_fixed_phrases_are_not_events() -> None:
    assert _found("حذر من أي هجوم على المدينة.") == [("THREATEN", "حذر")]
    assert _found("قال المسؤولون الذين طلبوا عدم ذكر أسمائهم إن الوضع هادئ.") == []


def test_events_weapon_after_bi_is_the_instrument_of_the_attack() -> None:
    assert [t for t, _ in _found("قصف الطيران المروحي بالبراميل المتفجرة أحياء المدينة.")] == ["ASSAULT"]


def test_events_threat_content_and_decided_against_are_not_events() -> None:
    assert [t for t, _ in _found("هددت تركيا بأنها ستستهدف القوات القادمة.")] == ["THREATEN"]
    assert _found("اتخذ قرار عدم ضرب المطارات.") == []


def test_events_negated_accord_is_a_refusal() -> None:
    assert _found("وتصر روسيا على أنه لا هدنة مع الجهاديين.") == [("REJECT", "هدنة")]
    assert [t for t, _ in _found("لم تسمح الحكومة بإدخال المساعدات.")][:1] == ["COERCE"]

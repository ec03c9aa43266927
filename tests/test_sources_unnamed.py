"""Source recognition: sources after the event, quantified and unnamed sources, carriers of what a body says."""

from __future__ import annotations

import pytest

from conftest import analysed
from rasd.recognise.sources import phrase_kind, source_stage


def sources(text: str) -> list[tuple[str, str]]:
    doc = source_stage(analysed(text))
    return [(m.text, m.attrs["attribution"]) for m in doc.mentions_of("source")]


@pytest.mark.parametrize(("text", "expected"), [
    # "according to" with the preposition fused to the source, after the event
    ("وقتل عشرة أشخاص في غارة جوية، وفقا لمراقبين.", [("لمراقبين", "anonymous")]),
    ("ونزح آلاف المدنيين نحو الحدود، وفقاً للأمم المتحدة.", [("للأمم المتحدة", "named_official")]),
    ("ووفقا لمعلومات، فإن القصف استمر", [("لمعلومات", "anonymous")]),
    ("وقتل خمسة مدنيين، وفقا لما ذكرته مؤسسة خيرية طبية.", [("مؤسسة خيرية طبية", "anonymous")]),
    # "as X reported" after what was said, and a weekday between the verb and the source
    ("وقتل خمسة مدنيين في غارة، كما أفاد المرصد السوري.", [("المرصد السوري", "named_official")]),
    ("وقتل خمسة مدنيين في غارة، حسبما أفاد الأحد المرصد السوري.", [("المرصد السوري", "named_official")]),
    # a shell "of unknown origin" names no source
    ("وسقطت قذيفة هاون مجهولة المصدر في الشارع.", []),
    # a quantifier makes a source unnamed
    ("وكشفت عدة مصادر استخباراتية وعسكرية أن الهجوم وقع", [("عدة مصادر استخباراتية وعسكرية", "anonymous")]),
    ("وقال أحد قادة الفصائل إن الهجوم فشل", [("أحد قادة الفصائل", "anonymous")]),
    # unnamed source nouns need no إن/أن after their verb
    ("وأفادت تقارير صباح يوم الاثنين عن تجدد القصف", [("تقارير", "anonymous")]),
    ("وتحدثت صحيفة محلية عن جنازات لأربعة جنود", [("صحيفة محلية", "anonymous")]),
    ("وأكد ناشطون مقتل 40 عنصرا", [("ناشطون", "anonymous")]),
    # carriers take their owner's kind
    ("وتشير تقديرات جمعيات حقوقية إلى أن القصف مستمر", [("تقديرات جمعيات حقوقية", "anonymous")]),
    ("ونقلت وكالات أنباء روسية عن بيان للوزارة أن اشتباكا اندلع", [("بيان للوزارة", "named_official")]),
    ("وقال تقرير للأمم المتحدة إن المدنيين نزحوا", [("تقرير للأمم المتحدة", "named_official")]),
    # تقارير as the subject that reports, not the object of a preposition
    ("يأتي هذا بعد ورود تقارير من مجموعات معارضة بوقوع قتلى", [("تقارير من مجموعات معارضة", "anonymous")]),
    ("وكانت تقارير سابقة قد تحدثت عن استخدام الغاز", [("تقارير سابقة", "anonymous")]),
    ("وشنت الدول الثلاث ضربات ردا على تقارير حول هجوم كيميائي", []),
])
def test_sources_unnamed(text: str, expected: list[tuple[str, str]]) -> None:
    assert sources(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an apposition and an addressee between the source and إن
    ("قال أحمد سعيد، رئيس المكتب الإعلامي للدفاع المدني في إدلب، لشبكة CNN، إن رجلا قتل",
     [("أحمد سعيد", "named_official")]),
    # a relative clause describing the source
    ("قال التحالف الذي تقوده الولايات المتحدة ضد تنظيم الدولة في سوريا والعراق إنه نفذ ضربة",
     [("التحالف", "named_official")]),
    # two sources joined by و: a named one names both
    ("أفادت شبكة أنباء سورية والمرصد السوري لحقوق الإنسان الأحد، أن التنظيم أعدم رهينة",
     [("شبكة أنباء سورية والمرصد السوري لحقوق الإنسان", "named_official")]),
    # أما X ... فقال
    ("أما مدير المستشفى، وهو طبيب من المدينة، فقال إن القصف لم يتوقف", [("مدير المستشفى", "named_official")]),
    # a body's own channel is its medium, not a social-media source
    ("وبث التنظيم شريطا على قناته في موقع يوتيوب بعنوان المعركة", []),
    ("وتداول ناشطون على مواقع التواصل صورا للقصف", [("ناشطون", "social_media")]),
    # "no one" is no source
    ("فلن يتحدث أحد حتى عن أي حماية للصحفيين", []),
])
def test_sources_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    assert sources(text) == expected


def test_sources_phrase_kind_quantified_and_carried() -> None:
    assert phrase_kind("أحد المسؤولين الأمريكيين") == "anonymous"
    assert phrase_kind("صحيفة روسية") == "anonymous"
    assert phrase_kind("وكالة الأنباء السورية") is None
    assert phrase_kind("بيان الجيش") is None

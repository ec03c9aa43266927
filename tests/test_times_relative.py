"""Relative times against the publication date, weekdays, and one mention per distinct expression."""

from __future__ import annotations

import pytest

from conftest import analysed
from rasd.document import Span
from rasd.recognise.times import time_stage, time_values_in


def value(text: str, published: str | None = "2018-03-18") -> str | None:
    doc = time_stage(analysed(text, published))
    assert len(doc.times) == 1, [doc.mention(t.mention).text for t in doc.times]
    return doc.times[0].value


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت الطائرات أمس", "2018-03-17"),
    ("وقع أول أمس", "2018-03-16"),
    ("غادروا خلال الأسبوع الماضي", "2018-03"),
    ("بدأت قبل شهر", "2018-02"),
    ("في الشهر الماضي", "2018-02"),
    ("خلال العام الماضي", "2017"),
    ("هذا العام", "2018"),
    ("تصاعد القصف مؤخراً", "2018-03"),
    ("منذ ثلاثة أسابيع", "2018-02"),
    ("قبل عامين", "2016"),
    ("نهاية العام الماضي", "2017"),
    ("في 12 الشهر الجاري", "2018-03-12"),
])
def test_times_relative_values(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قال يوم الأحد", "2018-03-18"),           # publication day is a Sunday
    ("وقع الخميس الماضي", "2018-03-15"),
    ("قصف السبت", "2018-03-17"),
    ("ستبدأ الهدنة بدءا من يوم الثلاثاء", "2018-03-20"),  # planned: the next one
    ("الاجتماع الأحد المقبل", "2018-03-25"),
    ("مساء السبت", "2018-03-17"),
    ("منتصف ليل الخميس", "2018-03-16"),       # the midnight that ends Thursday
])
def test_times_relative_weekdays(text: str, expected: str) -> None:
    assert value(text) == expected


def test_times_relative_unknown_without_publication_date() -> None:
    doc = time_stage(analysed("قصفت الطائرات أمس", None))
    assert (doc.times[0].value, doc.times[0].precision) == (None, "unknown")


def test_times_relative_month_only_publication_date() -> None:
    assert value("في الشهر الماضي", "2018-03") == "2018-02"


def test_times_relative_repeats_share_one_mention() -> None:
    text = "قتل ثلاثة السبت. وأصيب آخرون السبت في القصف."
    doc = time_stage(analysed(text, "2018-03-18"))
    assert len(doc.mentions_of("time")) == 1
    second = Span(text.index(". ") + 1, len(text))
    found = time_values_in(doc, second)
    assert [(doc.text[s.start:s.end], tv.value) for s, tv in found] == [("السبت", "2018-03-17")]

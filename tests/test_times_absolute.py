"""Absolute dates: month names, numeric dates, years, parts of a period, Hijri months."""

from __future__ import annotations

import pytest

from conftest import analysed
from rasd.document import Document
from rasd.recognise.times import time_stage


def times_of(text: str, published: str | None = "2018-03-18") -> list[tuple[str, str | None]]:
    doc: Document = time_stage(analysed(text, published))
    return [(doc.mention(t.mention).text, t.value) for t in doc.times]


@pytest.mark.parametrize(("text", "expected"), [
    ("بدأ الهجوم في 18 فبراير/ شباط الماضي", ("18 فبراير/ شباط الماضي", "2018-02-18")),
    ("في 20 كانون الثاني/يناير 2017", ("20 كانون الثاني/يناير 2017", "2017-01-20")),
    ("منذ مارس/ آذار 2011", ("مارس/ آذار 2011", "2011-03")),
    ("في شهر تشرين الثاني من العام الجاري", ("شهر تشرين الثاني من العام الجاري", "2018-11")),
    ("اعتقل في 2\\1\\2022 من منزله", ("2\\1\\2022", "2022-01-02")),
    ("بتاريخ 14/04/2018", ("14/04/2018", "2018-04-14")),
    ("في السادس من تموز/يوليو", ("السادس من تموز/يوليو", "2017-07-06")),
    ("منذ عام 2012", ("عام 2012", "2012")),
    ("في 3 و5 مايو 2013", ("3 و5 مايو 2013", "2013-05")),
])
def test_times_absolute_values_and_spans(text: str, expected: tuple[str, str]) -> None:
    assert times_of(text) == [expected]


def test_times_absolute_late_year_has_bounds() -> None:
    doc = time_stage(analysed("سيطرت القوات على المدينة أواخر عام 2017", "2018-03-18"))
    (t,) = doc.times
    assert doc.mention(t.mention).text == "أواخر عام 2017"
    assert (t.value, t.earliest, t.latest, t.precision) == ("2017", "2017-09-01", "2017-12-31", "year")


def test_times_absolute_hijri_date_uses_umm_al_qura() -> None:
    assert times_of("في 1 رمضان 1439 هـ") == [("1 رمضان 1439 هـ", "2018-05-16")]


def test_times_absolute_hijri_month_name_alone_is_not_a_time() -> None:
    assert times_of("قال رجب طيب أردوغان") == []


def test_times_absolute_march_as_a_verb_is_not_a_month() -> None:
    assert times_of("مارس الضغط على الحكومة") == []


def test_times_absolute_resolve_without_publication_date() -> None:
    assert times_of("في 18 شباط 2018 وأمس", published=None) == [("18 شباط 2018", "2018-02-18"), ("أمس", None)]


def test_times_absolute_count_is_not_a_year() -> None:
    assert times_of("نحو 2000 مقاتل") == []

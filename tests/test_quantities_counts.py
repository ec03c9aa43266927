"""Counts: span, value, approx, unit and kind; what is not a count."""

from __future__ import annotations

import pytest

from conftest import analysed
from rasd.recognise.quantities import quantity_stage
from rasd.recognise.times import time_stage


def counts(text: str) -> list[tuple[str, object, bool, str, str | None]]:
    doc = quantity_stage(time_stage(analysed(text, "2018-03-18")))
    return [(doc.mention(q.mention).text, q.value, q.approx, q.unit, q.kind) for q in doc.quantities]


@pytest.mark.parametrize(("text", "expected"), [
    ("نزح حوالي 1700 شخص من المدينة", ("حوالي 1700 شخص", 1700, True, "person", "displaced")),
    ("قتل 60 شخصا على الأقل", ("60 شخصا على الأقل", 60, True, "person", "killed")),
    ("أصيب ١٬٧٠٠ مدني", ("١٬٧٠٠ مدني", 1700, False, "person", "injured")),
    ("نفذتها أربع طائرات بريطانية", ("أربع طائرات بريطانية", 4, False, "طائرة", None)),
    ("سقط عشرات القتلى", ("عشرات القتلى", None, True, "person", "killed")),
    ("سقط قتيلين في القصف", ("قتيلين", 2, False, "person", "killed")),
    ("اعتقلت أكثر من 1000 شخص", ("أكثر من 1000 شخص", 1000, True, "person", "detained")),
    ("استهدفت عدة مواقع", ("عدة مواقع", None, True, "موقع", None)),
    ("غادر 50 ألفا المنطقة", ("50 ألفا", 50_000, False, "person", "displaced")),
    ("قتل 14 من قوات النظام", ("14 من قوات", 14, False, "person", "killed")),
    ("اتهمت الدول الغربية الثلاثة دمشق", ("الدول الغربية الثلاثة", 3, False, "دولة", None)),
])
def test_quantities_counts_values(text: str, expected: tuple) -> None:
    assert counts(text) == [expected]


@pytest.mark.parametrize("text", [
    "يسيطر على 80 بالمائة من المحافظة",
    "قتل طفل يبلغ من العمر 14 عاما",
    "لمدة 30 يوما",
    "عناصر من الفرقة 30 في حلب",
    "منذ عام 2012",
    "طائرة أف-16 إسرائيلية",
    "قصفت الفرقة الرابعة البلدة",
    "قال أحد السكان",
])
def test_quantities_counts_not_a_count(text: str) -> None:
    assert counts(text) == []


def test_quantities_counts_repeats_share_one_mention() -> None:
    doc = quantity_stage(time_stage(analysed("قتل 16 مدنيا. وقال المرصد إن 16 مدنيا قتلوا.", "2018-03-16")))
    (m,) = doc.mentions_of("quantity")
    assert len(m.attrs["repeats"]) == 1

"""Property test: any text through the whole pipeline gives a record that keeps the contract."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.evaluate.contract import check
from rasd.extract import extract_records
from rasd.ingest.text import read_text
from rasd.pipeline import default_pipeline

_PIPELINE = default_pipeline()
_WORDS = ["قصفت", "قوات", "النظام", "مدينة", "دير الزور", "أمس", "وقتل", "10", "مدنيين", "قال", "المرصد",
          "إن", "اعتقال", "ريف", "حلب", "الغربي", "، ", ". ", "\n", "“", "”", "٢\\١\\٢٠٢٢", "عشرات", "في",
          "تنظيم", "داعش", "وأكدت", "مصادر", "خاصة", "ـ", "\u064e", "\u200f", "ﻻ"]
arabicish = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(arabicish, st.text(min_size=1, max_size=200)), st.sampled_from([None, "2021-12", "2018-04-14"]))
def test_pipeline_any_text_keeps_the_record_contract(text: str, published: str | None) -> None:
    if not text.strip():
        return
    docs = read_text(text.encode("utf-8"), "test", published)
    (record,) = extract_records(docs, _PIPELINE)
    assert record["text"] == text.removeprefix("\ufeff")
    assert check(record) == []

from __future__ import annotations

from conftest import analysed


def _sentences(text: str) -> list[str]:
    doc = analysed(text)
    return [doc.span_text(s) for s in doc.sentences]


def test_sentences_arabic_comma_does_not_end_a_sentence() -> None:
    assert _sentences("قصفت الطائرات البلدة، وقتل مدنيان. ثم انسحبت القوات.") == [
        "قصفت الطائرات البلدة، وقتل مدنيان.", "ثم انسحبت القوات."]


def test_sentences_question_mark_and_paragraph_break_end_sentences() -> None:
    assert _sentences("هل انتهت الحرب؟ لا\nسطر جديد") == ["هل انتهت الحرب؟", "لا", "سطر جديد"]


def test_sentences_closing_quote_stays_with_its_sentence() -> None:
    assert _sentences("وقال إن “الوضع صعب.” وأضاف أمراً آخر.") == ["وقال إن “الوضع صعب.”", "وأضاف أمراً آخر."]


def test_sentences_decimals_dates_and_abbreviations_do_not_split() -> None:
    assert len(_sentences("بلغت النسبة 3.5 بالمئة في 2.1.2022 بحسب د. أحمد.")) == 1


def test_sentences_offsets_point_into_the_original() -> None:
    text = "  الجملة الأولى.\u200f  الثانية؟  "
    doc = analysed(text)
    assert [doc.span_text(s) for s in doc.sentences] == ["الجملة الأولى.", "الثانية؟"]

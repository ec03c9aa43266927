"""Normalisation keeps a map back to the original: property tests over any Unicode text."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from rasd.analyse.normalise import fold, match_key, normalise

arabic_text = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(
    list(" \n.،؛؟“”«»\u200f\u200c\u0640ﻻﷲ0123456789")), max_size=80)
any_text = st.text(max_size=80) | arabic_text


@given(any_text)
def test_normalise_offsets_point_at_the_character_they_came_from(text: str) -> None:
    norm = normalise(text)
    assert len(norm.offsets) == len(norm.text)
    assert list(norm.offsets) == sorted(norm.offsets)
    for i, ch in enumerate(norm.text):
        source = text[norm.offsets[i]]
        assert ch in normalise(source).text


@given(any_text, st.data())
def test_normalise_every_span_maps_back_to_a_covering_original_span(text: str, data: st.DataObject) -> None:
    norm = normalise(text)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    s, e = norm.to_original(start, end)
    assert 0 <= s < e <= len(text)
    # a span that ends inside an expanded ligature (ﻵ -> لا) covers the whole original character
    assert norm.text[start:end] in normalise(text[s:e]).text


@given(any_text)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text).text
    assert normalise(once).text == once
    assert fold(fold(once)) == fold(once)
    assert len(fold(once)) == len(once)


@given(any_text)
def test_normalise_offsets_survive_json_round_trip(text: str) -> None:
    norm = normalise(text)
    if not norm.text:
        return
    s, e = norm.to_original(0, len(norm.text))
    record = json.loads(json.dumps({"text": text, "start": s, "end": e}, ensure_ascii=False))
    assert record["text"][record["start"]:record["end"]] == text[s:e]


def test_normalise_arabic_examples() -> None:
    assert normalise("أَحْمَد").text == "احمد"
    assert normalise("إسـرائيل").text == "اسرائيل"
    assert normalise("٢\\١\\٢٠٢٢").text == "2\\1\\2022"
    assert normalise("۱۷۰۰").text == "1700"
    assert normalise("قال: «نعم»، ثم؟").text == 'قال: "نعم", ثم?'
    assert normalise("ﻻ").text == "لا"
    assert normalise("دير\u200fالزور").text == "ديرالزور"


def test_normalise_match_key_folds_spelling_variants() -> None:
    assert match_key("مدينة  الرَّقَّة") == match_key("مدينه الرقه")
    assert match_key("مستشفى") == match_key("مستشفي")

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from conftest import analysed
from rasd.analyse.tokens import segment_word


def _parts(word: str) -> list[tuple[str, str]]:
    token = analysed(word).tokens[0]
    return [(s.text, s.role) for s in token.segments]


def test_tokens_conjunction_preposition_article_split() -> None:
    assert _parts("وبالأجهزة") == [("و", "proclitic"), ("ب", "proclitic"), ("ال", "article"), ("أجهزة", "stem")]


def test_tokens_preposition_on_noun() -> None:
    assert _parts("لمنصة") == [("ل", "proclitic"), ("منصة", "stem")]


def test_tokens_lam_before_article_is_fused() -> None:
    assert _parts("للقوات") == [("ل", "proclitic"), ("ل", "article"), ("قوات", "stem")]


def test_tokens_words_that_only_look_cliticised_stay_whole() -> None:
    for word in ("وزير", "بشار", "لبنان", "كان", "لكن", "إلى", "الذين", "فصائل"):
        assert [role for _, role in _parts(word)] == ["stem"], word


def test_tokens_pronoun_after_preposition() -> None:
    assert _parts("منهم") == [("من", "stem"), ("هم", "enclitic")]


def test_tokens_segments_keep_original_offsets_with_diacritics() -> None:
    text = "قال: وَبِالأَجْهِزَةِ"
    doc = analysed(text)
    token = doc.tokens[-1]
    assert doc.text[token.start:token.end] == "وَبِالأَجْهِزَةِ"
    for seg in token.segments:
        assert doc.text[seg.start:seg.end] == seg.text
    assert token.segments[0].text == "وَ"  # a clitic keeps its own vowel


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآ", min_size=1, max_size=12))
def test_tokens_segments_concatenate_to_the_word(word: str) -> None:
    assert "".join(piece for piece, _ in segment_word(word)) == word


def test_tokens_opened_is_not_so_under() -> None:
    doc = analysed("فتحت القوات النار.")
    assert [s.role for s in doc.tokens[0].segments] == ["stem"]


def test_tokens_wali_is_a_word() -> None:
    # ولي العهد: the guardian, not و + لي
    assert [s for s, _ in segment_word("ولي")] == ["ولي"]

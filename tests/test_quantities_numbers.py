"""Number parsing: digits in either script with separators, and Arabic number words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.analyse.normalise import normalise
from rasd.recognise.numbers import parse_digits, parse_words

_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@given(st.integers(min_value=0, max_value=999_999))
def test_quantities_numbers_arabic_indic_digits_parse_to_their_value(n: int) -> None:
    assert parse_digits(normalise(str(n).translate(_INDIC)).text) == n


@given(st.integers(min_value=1000, max_value=999_999_999))
def test_quantities_numbers_thousands_separators_in_both_scripts(n: int) -> None:
    assert parse_digits(f"{n:,}") == n
    assert parse_digits(normalise(f"{n:,}".replace(",", "٬").translate(_INDIC)).text) == n


@pytest.mark.parametrize(("words", "expected"), [
    ("ثلاثة وعشرون", 23), ("مئة وخمسون", 150), ("ألفين", 2000), ("ثلاثة آلاف", 3000),
    ("خمسة عشر", 15), ("أحد عشر", 11), ("ثلاثمائة ألف", 300_000), ("مئتي ألف", 200_000),
    ("عشرون ألفا", 20_000), ("ألف وخمسمئة", 1500), ("تسعة", 9), ("مليون", 1_000_000),
])
def test_quantities_numbers_words(words: str, expected: int) -> None:
    assert parse_words(words.split()) is not None
    assert parse_words(words.split())[0] == expected  # type: ignore[index]


@pytest.mark.parametrize("words", ["واحد", "أحد", "آلاف", "عشرات"])
def test_quantities_numbers_words_that_are_not_a_value(words: str) -> None:
    assert parse_words(words.split()) is None


def test_quantities_numbers_decimal_point() -> None:
    assert parse_digits("1.5") == 1.5

"""Words of the folded normalised copy, for recognisers that match word patterns on it.

Offsets are into the normalised copy; map them back with `doc.normalised.to_original`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.analyse.normalise import fold
from rasd.document import Document

LETTERS_OR_DIGITS = re.compile(r"[^\W_]+|[^\w\s]")  # a word is a run of letters and digits (SY24)
NUMBERS_APART = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]")  # digits and letters are separate words


@dataclass(frozen=True)
class Word:
    start: int  # offsets in the normalised copy
    end: int
    text: str  # folded


def folded_words(doc: Document, pattern: re.Pattern[str] = LETTERS_OR_DIGITS) -> list[Word]:
    assert doc.normalised is not None, "the analyse stage must run first"
    return [Word(m.start(), m.end(), m.group()) for m in pattern.finditer(fold(doc.normalised.text))]

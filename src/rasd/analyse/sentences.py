"""Sentence splitting for Arabic news.

A sentence ends at `.`, `!`, `?`/`؟` or a line break; the Arabic comma `،` and `؛` do not end
one (Arabic news chains clauses with them). A closing quote or bracket right after the stop
stays with the sentence it closes. A full stop does not end a sentence inside a number (3.5),
after a one-letter abbreviation (د. for doctor, م. for engineer) or after a known abbreviation.
Works on the normalised copy, so ؟ is already `?`.
"""

from __future__ import annotations

import re

from rasd.analyse.normalise import Normalised
from rasd.document import Span

_STOP = re.compile(r"[.!?]+|\n+")
_CLOSERS = "\"')]}"
# Abbreviations that end in a full stop inside a sentence (normalised spelling).
_ABBREVIATIONS = frozenset({"د", "م", "أ", "ا", "ج", "ص", "ه", "ق", "ب", "Dr", "Mr", "Mrs", "St", "U.S", "U.N"})


def _is_false_stop(text: str, start: int, end: int) -> bool:
    stop = text[start:end]
    if stop != ".":
        return False
    before = text[:start].split()[-1:] or [""]
    word = before[0] if not text[start - 1 : start].isspace() else ""
    if start > 0 and end < len(text) and text[start - 1].isdigit() and text[end].isdigit():
        return True  # decimal or dotted date 2.1.2022
    return word.lstrip("\"'(") in _ABBREVIATIONS


def split_sentences(norm: Normalised) -> list[Span]:
    """Sentence spans in ORIGINAL offsets, trimmed of surrounding white space."""
    text = norm.text
    spans: list[Span] = []
    begin = 0
    for m in _STOP.finditer(text):
        if _is_false_stop(text, m.start(), m.end()):
            continue
        end = m.end()
        while end < len(text) and text[end] in _CLOSERS:
            end += 1
        _add(spans, norm, begin, end)
        begin = end
    _add(spans, norm, begin, len(text))
    return spans


def _add(spans: list[Span], norm: Normalised, begin: int, end: int) -> None:
    chunk = norm.text[begin:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s, e = norm.to_original(begin + lead, begin + lead + len(stripped))
    spans.append(Span(s, e))

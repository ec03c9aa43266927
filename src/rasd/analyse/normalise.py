"""Arabic normalisation on a copy of the text, with a map back to the original offsets.

Every character of the normalised copy remembers the index of the original character it came
from, so a match found in the copy is reported as a span of the ORIGINAL text. Characters are
only deleted (diacritics, tatweel, invisible controls), replaced one for one (alef variants,
digits, punctuation) or expanded (presentation-form ligatures such as ﻻ -> لا); never reordered.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks: removed.
_DIACRITICS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670"} | {
    chr(c) for c in range(0x06D6, 0x06EE)
} - {"\u06DD", "\u06DE", "\u06E9"}
_TATWEEL = "\u0640"
# Zero-width and bidi controls, soft hyphen, BOM: invisible, removed.
_INVISIBLE = {
    "\u00AD", "\u061C", "\u180E", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F",
    "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2060", "\u2066", "\u2067",
    "\u2068", "\u2069", "\uFEFF",
}
_REMOVE = frozenset(_DIACRITICS | _INVISIBLE | {_TATWEEL})
_MARKS = frozenset(_DIACRITICS | {_TATWEEL})

_REPLACE: dict[str, str] = {
    # alef variants -> bare alef
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    # Persian/Urdu letter forms met in Arabic web text
    "ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك", "ە": "ه", "ۀ": "ه",
    # punctuation and quotes -> ASCII
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‹": "'", "›": "'",
    "‘": "'", "’": "'", "‚": "'", "′": "'", "″": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
    "\u00A0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202F": " ",
}
# Arabic-Indic (U+0660..) and Persian (U+06F0..) digits -> ASCII
_REPLACE.update({chr(0x0660 + i): str(i) for i in range(10)})
_REPLACE.update({chr(0x06F0 + i): str(i) for i in range(10)})

# Matching goes one step further than the copy: letters that spelling treats as one. The fold is
# one character for one, so a folded copy keeps the offsets of the normalised copy.
_KEY_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})


def _is_presentation_form(ch: str) -> bool:
    o = ord(ch)
    return 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFE


@lru_cache(maxsize=4096)
def _normalise_char(ch: str) -> str:
    if ch in _REMOVE:
        return ""
    if ch in _REPLACE:
        return _REPLACE[ch]
    if _is_presentation_form(ch):
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:  # unassigned code points in the block decompose to themselves
            return "".join(_normalise_char(c) for c in decomposed)
    return ch


@dataclass(frozen=True)
class Normalised:
    """A normalised copy of `original`; `offsets[i]` is the original index of `text[i]`."""

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the copy to the smallest span of the original that covers it."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}..{end} outside the normalised text of length {len(self.text)}")
        if start == end:
            pos = self.offsets[start] if start < len(self.original) and start < len(self.text) else len(
                self.original)
            return pos, pos
        stop = self.offsets[end - 1] + 1
        # a word's trailing diacritics and tatweel belong to it (قُتِلَ ends after its last fatha)
        while stop < len(self.original) and self.original[stop] in _MARKS:
            stop += 1
        return self.offsets[start], stop

    def original_text(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]


def normalise(text: str) -> Normalised:
    """Normalise `text` (see the module docstring) and keep the offset map."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        rep = _normalise_char(ch)
        out.append(rep)
        offsets.extend([i] * len(rep))
    return Normalised(original=text, text="".join(out), offsets=tuple(offsets))


def fold(text: str) -> str:
    """Fold an already normalised string further for dictionary matching (ة/ه, ى/ي, hamza seats)."""
    return text.translate(_KEY_FOLD)


def match_key(text: str) -> str:
    """The key under which a name is looked up: normalised, folded, single-spaced."""
    return " ".join(fold(normalise(text).text).split())

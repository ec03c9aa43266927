"""Arabic numbers: digit strings with separators, and number words (ثلاثة وعشرون, مئتي ألف).

Works on normalised, folded words (`match_key` forms): Arabic-Indic digits are already ASCII and
the Arabic thousands separator is already ",". Word lists live in `data/lexicon/numbers.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.analyse.normalise import match_key
from rasd.recognise.wordlists import inverted, keys, load

Number = int | float

_GROUPED = re.compile(r"^\d{1,3}(?:([,.])\d{3})+$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")


def parse_digits(text: str) -> Number | None:
    """Value of a digit string: 1700, 1,700, 1.700 (a dot before three digits groups thousands), 1.5."""
    m = _GROUPED.match(text)
    if m:
        return int(re.sub(r"[,.]", "", text))
    if _PLAIN.match(text):
        value = float(text)
        return int(value) if value.is_integer() and "." not in text else value
    return None


@dataclass(frozen=True)
class Word:
    kind: str  # unit, teen_unit, teen, tens, hundred, scale_one, scale_two, scale_many
    value: int


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Word]:
    """Folded number word -> its kind and value."""
    data = load("numbers")
    table: dict[str, Word] = {}
    for kind in ("units", "teen_units", "tens"):
        for form, value in inverted(data[kind]).items():
            table.setdefault(form, Word(kind.rstrip("s"), value))
    for form in keys(data["teen"]):
        table[form] = table.get(form) or Word("teen", 10)
    for form in keys(data["hundred"]):
        table[form] = Word("hundred", 100)
    for form in keys(data["hundred_dual"]):
        table[form] = Word("hundreds", 200)
    for form, unit in inverted(data["hundred_stems"]).items():
        for hundred in keys(data["hundred"]):
            table[form + hundred] = Word("hundreds", unit * 100)
    for scale, forms in data["scales"].items():
        for grade in ("one", "two", "many"):
            for form in keys(forms[grade]):
                table[form] = Word(f"scale_{grade}", int(scale))
    return table


def word(form: str) -> Word | None:
    return lexicon().get(match_key(form))


def _teen_word(form: str) -> bool:
    return form in keys(load("numbers")["teen"])


class _Builder:
    """Accumulates one number from its words, in the order Arabic writes them."""

    def __init__(self) -> None:
        self.total = 0
        self.current = 0
        self.last: Word | None = None
        self.words = 0

    def add(self, w: Word, form: str, joined: bool) -> bool:
        """Take one word (`joined`: it carried the conjunction و); False when it cannot continue."""
        last = self.last
        if last is None:
            ok = w.kind != "teen"
        elif w.kind == "teen" or (_teen_word(form) and last.kind in ("unit", "teen_unit")):
            ok = not joined and last.kind in ("unit", "teen_unit") and self.current % 10 == self.current
            w = Word("teen", 10)
        elif w.kind.startswith("scale"):
            ok = not joined
        elif w.kind == "hundred" and last.kind == "unit" and not joined:
            self.current += last.value * 99 - 100  # ثلاث مئة: the unit multiplies the hundred
            ok = True
        else:
            ok = joined and last.kind != "teen_unit"
        if not ok:
            return False
        self._apply(w)
        return True

    def _apply(self, w: Word) -> None:
        if w.kind == "scale_one":
            self.total += (self.current or 1) * w.value
            self.current = 0
        elif w.kind == "scale_two":
            self.total += 2 * w.value
        elif w.kind == "scale_many":
            self.total += self.current * w.value
            self.current = 0
        else:
            self.current += w.value
        self.last = w
        self.words += 1

    def value(self) -> int | None:
        if self.last is None or self.last.kind == "teen_unit":
            return None
        return self.total + self.current


def parse_words(words: list[str], start: int = 0) -> tuple[int, int] | None:
    """Parse number words from `words[start]` on; returns (value, index after the last word used).

    "آلاف" alone is a vague count, not a number; "واحد" alone and "أحد" alone are not parsed here.
    """
    b = _Builder()
    i = start
    while i < len(words):
        form = match_key(words[i])
        joined = False
        w = lexicon().get(form)
        if w is None and b.last is not None and form.startswith("و"):
            w, form, joined = lexicon().get(form[1:]), form[1:], True
        if w is None or (w.kind == "scale_many" and not 3 <= b.current <= 10):
            break
        if not b.add(w, form, joined):
            break
        i += 1
    value = b.value()
    if value is None or (b.words == 1 and b.last is not None and b.last.kind == "unit" and value == 1):
        return None
    return value, i

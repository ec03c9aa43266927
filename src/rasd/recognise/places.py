"""Recognise place mentions: gazetteer names and the phrases news builds around them.

Finds, over tokens and tolerant to clitics (بمدينة، وفي، لبلدة، للعاصمة):
- gazetteer names, longest match first (دير الزور، مطار دمشق الدولي، الغوطة الشرقية);
- a type word and a name: مدينة X، قرية X، حي X، مخيم X، ناحية X، محافظة X، مطار/قاعدة/سجن/معسكر/حاجز "X";
  after a plural or dual type word (قريتي، بلدات) the names coordinated with it;
- countryside: ريف X [الغربي ...]، ريفها، الريف الشمالي لـX؛ directions: شمال [غرب] X، جنوبي البلاد;
- the capital (العاصمة [السورية] [دمشق]) and the country's territory (الأراضي السورية).
Village names that are also common words are taken only after a type word (the gazetteer's `bare` flag).
Each mention's attrs say what the resolver needs: gazetteer hits, the type constraint, direction, base.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rasd.analyse.tokens import word_frequencies
from rasd.document import Document, Token
from rasd.pipeline import stage
from rasd.recognise import ner
from rasd.resolve.gazetteer import GazPlace, NameHit, gazetteer

# Type words (folded) -> what they allow; plural/dual forms admit a coordinated list of names.
TYPE_WORDS = {
    "مدينه": "settlement", "بلده": "settlement", "قريه": "settlement", "بلدات": "settlement+",
    "قري": "settlement+", "قريتي": "settlement+", "بلدتي": "settlement+", "مدن": "settlement+",
    "مدينتي": "settlement+", "مزرعه": "settlement", "حي": "neighbourhood", "احياء": "neighbourhood+",
    "حيي": "neighbourhood+", "ناحيه": "subdistrict", "منطقه": "area", "محافظه": "governorate",
    "محافظتي": "governorate+", "مخيم": "camp", "مطار": "facility", "قاعده": "facility", "سجن": "facility",
    "معسكر": "facility", "حاجز": "facility", "معبر": "facility", "مستشفي": "facility", "سد": "facility",
    "جامعه": "facility",
}
DIRECTIONS = {"شمال": (1, 0), "جنوب": (-1, 0), "شرق": (0, 1), "غرب": (0, -1)}
_DIR_FORMS = {**{d: d for d in DIRECTIONS}, **{d + "ي": d for d in DIRECTIONS},
              **{"ال" + d + "ي": d for d in DIRECTIONS}, "وسط": "وسط"}
_QUOTES = {'"', "'"}
_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_FACILITY_TAIL = {"العسكري", "الجوي", "الجويه", "العسكريه", "الدولي", "المركزي", "الحدودي", "الرئيسي"}
_TERRITORY = {"الاراضي", "التراب", "اراضي"}
# Words before a name that make it a location rather than an actor (folded, without و).
_LOCATIVE = {"في", "داخل", "الي", "عبر", "نحو", "ومقره", "مقره", "مقرها", "انحاء", "حدود", "اراضي", "تتاخم",
             "قرب", "بالقرب", "ارض", "من", "منطقه", "مناطق", "جنوب", "شمال", "شرق", "غرب", "مدينه", "عاصمه",
             "خارج", "حول", "بين"}


@dataclass
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    label: str
    attrs: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Country adjective (folded) -> ISO3."""
    from rasd.analyse.normalise import match_key

    path = resources.files("rasd.data").joinpath("gazetteer/demonyms.tsv")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "adjectives")):
            forms, iso3 = line.split("\t")
            for form in map(match_key, forms.split("|")):
                out[form] = out[form.removeprefix("ال")] = iso3  # الروسية and روسية
    return out


class Scanner:
    """Token-level matching over one document."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.toks = [t for t in doc.tokens]
        self.gaz = gazetteer()
        assert doc.normalised is not None
        self.inv: dict[int, int] = {}
        for i, o in enumerate(doc.normalised.offsets):
            self.inv.setdefault(o, i)
        self._norms = [t.norm.lower() for t in self.toks]  # looked up for every candidate name: fold once
        self._variants: dict[int, list[tuple[str, int]]] = {}

    # --- keys -------------------------------------------------------------------------------
    def norm(self, i: int) -> str:
        return self._norms[i] if i < len(self._norms) else ""

    def variants(self, i: int) -> list[tuple[str, int]]:
        """The first token of a name without its proclitics: (folded form, original start offset)."""
        if i not in self._variants:
            self._variants[i] = self._variants_of(i)
        return self._variants[i]

    def _variants_of(self, i: int) -> list[tuple[str, int]]:
        tok, word = self.toks[i], self.norm(i)
        out = [(word, tok.start)]
        for pre in _PROCLITICS:
            rest = word[len(pre):]
            if word.startswith(pre) and len(rest) >= 2:
                if pre.endswith("ل") and rest.startswith("ل") and not rest.startswith("ال"):
                    out.append(("ا" + rest, tok.start))  # للعاصمة: the article fused with ل
                out.append((rest, self.offset_in(tok, len(pre))))
        return out

    def offset_in(self, tok: Token, n: int) -> int:
        """Original offset of the n-th normalised character of a token."""
        base = self.inv.get(tok.start)
        norm = self.doc.normalised
        if base is None or norm is None or base + n >= len(norm.offsets):
            return tok.start
        return norm.offsets[base + n]

    def stem(self, i: int) -> str:
        """The folded token without one proclitic sequence (for type words and directions)."""
        word = self.norm(i)
        for pre in ("", *_PROCLITICS):
            if word.startswith(pre) and (word[len(pre):] in TYPE_WORDS or word[len(pre):] in _DIR_FORMS
                                         or word[len(pre):] in _KEYWORDS):
                return word[len(pre):]
        if word.startswith(("لل", "ولل", "فلل")):
            return "ا" + word[word.index("لل") + 1:]
        return word

    def word_start(self, i: int) -> int:
        """Original start of token i without the proclitics peeled by `stem` (وحي -> حي)."""
        word, st = self.norm(i), self.stem(i)
        if st != word and word.endswith(st):
            return self.offset_in(self.toks[i], len(word) - len(st))
        return self.toks[i].start

    def next_word(self, i: int) -> int:
        """Skip quote tokens."""
        while i < len(self.toks) and self.norm(i) in _QUOTES:
            i += 1
        return i

    # --- gazetteer names --------------------------------------------------------------------
    def name_at(self, i: int, need_bare: bool = True) -> Match | None:
        """Longest gazetteer name starting at token i (quotes inside are skipped)."""
        if i >= len(self.toks) or not self.norm(i)[:1].isalnum():
            return None
        limit = min(len(self.toks), i + self.gaz.max_tokens + 2)
        rests = [""]  # rests[j - i - 1]: the words i+1 .. j-1 joined, quotes left out
        for k in range(i + 1, limit):
            rests.append(rests[-1] + ("" if self.norm(k) in _QUOTES else self.norm(k)))
        for j in range(limit, i, -1):
            if j - 1 > i and self.norm(j - 1) in _QUOTES:
                continue
            rest = rests[j - i - 1]
            for n, (first, start) in enumerate(self.variants(i)):
                if n and self.whole_word_likelier(i, first):
                    continue
                hits = self.hits(first + rest, stripped=n > 0)
                weak = False
                if not hits and j == i + 1 and len(first) >= 5 and first not in demonyms():
                    other = first[2:] if first.startswith("ال") else "ال" + first
                    hits, weak = tuple(h for h in self.hits(other, stripped=True) if h.bare), True
                if j == i + 1 and first in demonyms():  # تركية، السورية: adjectives, unless a country
                    hits = tuple(h for h in hits if self.gaz.place(h.place).feature == "country")
                if hits and (not need_bare or any(h.bare for h in hits)):
                    return Match(i, j, "gazetteer", {"hits": [h.place for h in hits], "start": start,
                                                     "weak": weak})
        return None

    def whole_word_likelier(self, i: int, stem: str) -> bool:
        """وزارة is a word, not و + the village زارة: keep a token whole when news uses it more."""
        freq = word_frequencies()
        return freq.get(self.norm(i), 0) > max(freq.get(stem, 0), 1)

    def hits(self, key: str, stripped: bool) -> tuple[NameHit, ...]:
        """Gazetteer hits; a form reached by peeling clitics must name a Syrian place or a major one abroad."""
        hits = self.gaz.lookup(key)
        if stripped:
            hits = tuple(h for h in hits if self.major(self.gaz.place(h.place)))
        return hits

    @staticmethod
    def major(p: GazPlace) -> bool:
        return p.syrian or p.feature == "country" or p.capital or p.pop >= 1_000_000

    def locative(self, i: int, start: int, end: int) -> bool:
        """Is the name at token i used as a location (في سوريا، بسوريا، داخل تركيا, a dateline)?"""
        if start > self.toks[i].start and self.norm(i).startswith(("ب", "وب", "فب")):
            return True
        if self.toks[i].start < 40 and self.norm(end) in {",", "("}:
            return True  # a dateline: أتلانتا، الولايات المتحدة (CNN)
        k = i - 1
        while k >= 0 and self.norm(k) in _QUOTES:
            k -= 1
        return k >= 0 and self.norm(k).removeprefix("و") in _LOCATIVE

    # --- phrases ----------------------------------------------------------------------------
    def typed_at(self, i: int) -> list[Match]:
        kind = TYPE_WORDS.get(self.stem(i))
        if kind is None:
            return []
        j = self.next_word(i + 1)
        name = self.name_at(j, need_bare=False)
        if name is None:
            return self.facility_without_name(i, j, kind)
        end = self.close_quote(name.end, j > i + 1)
        end = self.tail(end, kind)
        first = Match(i, end, "typed", {**name.attrs, "type": kind.rstrip("+"), "start": self.word_start(i)})
        out = [first]
        if kind.endswith("+"):
            out.extend(self.coordinated(end, kind.rstrip("+")))
        return out

    def facility_without_name(self, i: int, j: int, kind: str) -> list[Match]:
        """معسكر "الطلائع", حاجز "X": a named facility absent from the gazetteer (name in quotes)."""
        if kind not in ("facility", "camp") or j == i + 1 or j >= len(self.toks):
            return []
        k = j
        while k < len(self.toks) and k < j + 4 and self.norm(k) not in _QUOTES:
            k += 1
        if k >= len(self.toks) or self.norm(k) not in _QUOTES:
            return []
        return [Match(i, k + 1, "facility", {"type": "facility", "start": self.word_start(i), "hits": []})]

    def close_quote(self, end: int, opened: bool) -> int:
        return end + 1 if opened and end < len(self.toks) and self.norm(end) in _QUOTES else end

    def tail(self, end: int, kind: str) -> int:
        """Take adjectives that belong to the name: العسكري، الدولي; a country adjective (حمص السورية)."""
        while end < len(self.toks) and (self.norm(end) in demonyms()
                                        or (kind == "facility" and self.norm(end) in _FACILITY_TAIL)):
            end += 1
        return end

    def coordinated(self, i: int, kind: str) -> list[Match]:
        """The names joined to a plural or dual type word: قريتي X وY، بلدات X، Y وZ."""
        out: list[Match] = []
        while i < len(self.toks) and len(out) < 10:
            k = i
            while k < len(self.toks) and self.norm(k) in {",", "و"}:
                k += 1
            m = self.name_at(k, need_bare=False)
            joined = k > i or self.norm(k).startswith("و")
            if m is None or not joined:
                break
            m.attrs["type"] = kind
            out.append(m)
            i = m.end
        return out

    def countryside_at(self, i: int) -> Match | None:
        """ريف X [الغربي]، ريفي X وY، ريفها، الريف الشمالي لـX."""
        word = self.stem(i)
        if word not in ("ريف", "ريفي", "الريف", "ريفها", "ريفه"):
            return None
        j, direction = self.direction_adj(i + 1)
        if word in ("ريفها", "ريفه") or (word == "الريف" and direction):
            if word == "الريف" and j < len(self.toks):
                base = self.name_at(j) or self.name_after_prep(j)
                if base:
                    return Match(i, base.end, "countryside", {**base.attrs, "direction": direction,
                                                              "start": self.word_start(i)})
            return Match(i, j, "countryside", {"hits": [], "direction": direction, "anaphor": True,
                                               "start": self.word_start(i)})
        if word == "الريف":
            return None
        k = j
        if TYPE_WORDS.get(self.stem(k)) == "governorate":
            k += 1
        base = self.name_at(k, need_bare=False)
        if base is None:
            return None
        end, direction2 = self.direction_adj(base.end)
        return Match(i, end, "countryside", {**base.attrs, "direction": direction or direction2,
                                             "start": self.word_start(i)})

    def name_after_prep(self, j: int) -> Match | None:
        """لحلب / لمدينة حلب after "الريف الشمالي"."""
        m = self.name_at(j)
        return m if m and m.attrs["start"] > self.toks[j].start else None

    def direction_adj(self, i: int) -> tuple[int, str | None]:
        """Direction adjectives after a noun: الشمالي، الجنوبي الغربي."""
        parts: list[str] = []
        while i < len(self.toks) and len(parts) < 2 and self.norm(i) in _DIR_FORMS and self.norm(i).startswith("ال"):
            parts.append(_DIR_FORMS[self.norm(i)])
            i += 1
        return i, "-".join(parts) or None

    def direction_at(self, i: int) -> Match | None:
        """شمال X، جنوب غربي X، شمال وغرب X (X a gazetteer place, محافظة/مدينة X, or البلاد)."""
        word = self.stem(i)
        if _DIR_FORMS.get(word) not in DIRECTIONS or word.startswith("ال"):
            return None
        parts, j = [_DIR_FORMS[word]], i + 1
        while j < len(self.toks) and len(parts) < 2:
            w = self.norm(j).removeprefix("و")
            if _DIR_FORMS.get(w) in DIRECTIONS and not w.startswith("ال"):
                parts.append(_DIR_FORMS[w])
                j += 1
            else:
                break
        k = j + 1 if TYPE_WORDS.get(self.stem(j)) in ("governorate", "settlement") else j
        base = self.name_at(k)
        if base is None or base.attrs["start"] != self.toks[k].start:
            return None
        return Match(i, base.end, "direction", {**base.attrs, "direction": "-".join(parts),
                                                "start": self.word_start(i)})

    def capital_at(self, i: int) -> Match | None:
        """العاصمة [السورية] [دمشق]."""
        if self.stem(i) != "العاصمه":
            return None
        j, iso3 = i + 1, None
        if self.norm(j) in demonyms():
            iso3, j = demonyms()[self.norm(j)], j + 1
        name = self.name_at(j)
        if name and any(self.gaz.place(h).feature == "city" for h in name.attrs["hits"]):
            return Match(i, name.end, "capital", {**name.attrs, "start": self.word_start(i), "country": iso3})
        return Match(i, j, "capital", {"hits": [], "country": iso3 or "SYR", "start": self.word_start(i)})

    def territory_at(self, i: int) -> Match | None:
        """الأراضي السورية، التراب السوري: the country."""
        if self.stem(i) in _TERRITORY and self.norm(i + 1) in demonyms():
            return Match(i, i + 2, "territory", {"hits": [], "country": demonyms()[self.norm(i + 1)],
                                                 "start": self.word_start(i)})
        return None

    # --- driver -----------------------------------------------------------------------------
    def scan(self) -> list[Match]:
        """Left to right; at each token the longest reading wins (a gazetteer name on ties)."""
        out, i = [], 0
        while i < len(self.toks):
            name = self.name_at(i)
            readings = [[self.extend(name)]] if name else []
            readings += [[m] for m in (self.countryside_at(i), self.capital_at(i), self.territory_at(i),
                                       self.direction_at(i)) if m]
            typed = self.typed_at(i)
            if typed:
                readings.append(typed)
            if not readings:
                i += 1
                continue
            best = max(readings, key=lambda ms: ms[0].end)  # max() keeps the first of equals
            for m in best:
                m.attrs["locative"] = self.locative(m.start, m.attrs.get("start", self.toks[m.start].start), m.end)
            out.extend(best)
            i = max(m.end for m in best)
        return out

    def extend(self, m: Match) -> Match:
        """A name followed by its country adjective or facility words keeps them in the span."""
        m.end = self.tail(m.end, "facility" if self.is_facility(m) else "")
        return m

    def is_facility(self, m: Match) -> bool:
        return any(self.gaz.place(h).feature == "facility" for h in m.attrs.get("hits", []))


_KUNYA = frozenset({"ابو", "ابا", "ابي"})
_KEYWORDS = {"ريف", "ريفي", "الريف", "ريفها", "ريفه", "العاصمه", *_TERRITORY}


@stage("places", requires=("tokens",), assigns=("place_mentions",))
def place_stage(doc: Document) -> None:
    scanner = Scanner(doc)
    persons = [(s, e) for s, e, label in ner.tag(doc) if label == "PER"]
    for m in scanner.scan():
        start = m.attrs.pop("start", scanner.toks[m.start].start)
        end = scanner.toks[m.end - 1].end
        if m.label == "gazetteer" and any(s <= start and end <= e for s, e in persons):
            continue  # a village that shares a person's name (نور رضوان, شون ريان) inside a name
        if m.label == "gazetteer" and m.start > 0 and scanner.toks[m.start - 1].stem_norm in _KUNYA:
            continue  # "أبو سياف": a name after أبو is a person's (a village named أبو الظهور matches whole)
        if end > start:
            doc.new_mention("place", start, end, m.label, **m.attrs)

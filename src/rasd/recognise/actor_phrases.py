"""The grammar of actor phrases over token views: dictionary names and descriptive phrases.

See `rasd.recognise.actors` for what is recognised; this module holds the left-to-right parser.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rasd.analyse.tokens import word_frequencies
from rasd.document import Token
from rasd.resolve.actor_dictionary import ActorDictionary, ActorEntry, Lexicon, key, load_lexicon

_PRONOMINAL_ALLIES = ("حلفا", "شركا", "انصار", "مناصري")
# Titles after which the next words are a person's name even without an office named ("العميد X").
_NAME_TITLES = frozenset({"المدعو", "المدعوه", "العميد", "اللواء", "العقيد", "العماد", "المقدم", "الرائد", "النقيب",
                          "الملازم", "المساعد", "الرقيب", "الدكتور", "الشيخ", "شيخ", "الناشط", "الصحفي", "الاعلامي",
                          "القيادي", "المواطن", "المختار"})
_NAME_LINKS = frozenset({"ابو", "ابي", "بن", "ابن", "عبد", "ال", "ام", "بنت"})
_NOT_NAMES = frozenset({"قال", "قالت", "ان", "انه", "انها", "الذي", "التي", "الذين", "في", "علي", "من", "الي", "عن",
                        "مع", "امس", "اليوم", "خلال", "بعد", "قبل", "لدي", "حيث", "كما", "او", "ثم", "هو", "هي",
                        "اكد", "اكدت", "اعلن", "اعلنت", "اضاف", "اضافت", "اوضح", "اوضحت", "صرح", "ذكر", "ذكرت",
                        "يوم", "منذ", "عبر", "بان", "لان", "وقال", "وقالت", "فيما", "بينما", "حول", "ضد"})
_NAME_MAX_FREQ = 150


def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """Military ranks (split an office from its holder's name) and first words of unit names (not people)."""
    lex = load_lexicon()
    return lex.ranks, lex.unit_words


_MAX_QUANT = 7
# Quantity words that need a number or a stronger word with them ("نحو 20", "عدد من").
_WEAK_QUANT = frozenset({"من", "ما", "لا", "يقل", "عن", "علي", "الاقل", "اكثر", "اقل", "يزيد", "نحو", "حوالي",
                         "قرابه", "زهاء", "عدد", "عددا"})
_NOT_OPENING = frozenset({"من", "عن", "علي", "لا", "يقل", "يزيد", "الاقل"})
# Definite quantity nouns that stand for people on their own: "قتل العشرات", "نزوح الآلاف".
_PEOPLE_QUANT = frozenset({"العشرات", "المئات", "الالاف", "الاف"})


@dataclass
class TokView:
    tok: Token
    full: str  # lower-cased folded key of the whole token
    variants: list[tuple[str, int]]  # phrase-initial keys and the span start each implies
    after_quote: bool = False  # a quotation mark stands right before the word

    def stripped(self) -> str:
        """The key without a leading conjunction (for the second of two coordinated words)."""
        return self.full[1:] if self.full.startswith("و") and len(self.full) > 3 else self.full


@dataclass
class Phrase:
    i: int
    j: int
    start: int
    end: int
    kind: str  # dictionary, force, civilian, people, title, org, pronominal, anaphor, demonstrative, capital
    entry: ActorEntry | None = None
    relation: str | None = None  # how `entry` relates to the phrase: self, member, ally, person
    category: str | None = None
    country: str | None = None
    kb_id: str | None = None
    parent: str | None = None
    stem: str | None = None  # for anaphors: the word the antecedent must hold
    flavour: str | None = None  # for pronominal heads: forces, allies or country (بلاده)
    needs_antecedent: bool = False
    key: str = ""

    def attrs(self) -> dict[str, Any]:
        return {"kb_id": self.kb_id, "category": self.category, "country": self.country, "parent": self.parent,
                "relation": self.relation, "key": self.key,
                "name_key": self.entry.name if self.entry else ""}


class PhraseParser:
    def __init__(self, views: list[TokView], dictionary: ActorDictionary, lexicon: Lexicon,
                 places: dict[int, int], event_words: frozenset[int] = frozenset()):
        self.v, self.d, self.lx, self.places = views, dictionary, lexicon, places
        self.event_words = event_words  # starts of the tokens where the event lexicon reads an action
        self.n = len(views)
        self._dict_cache: dict[tuple[int, bool], tuple[int, ActorEntry, int] | None] = {}

    # ---- lookups ---------------------------------------------------------------------------------------
    def keys_at(self, p: int, first: bool) -> list[tuple[str, int]]:
        view = self.v[p]
        return view.variants if first else [(view.full, view.tok.start)]

    def longest(self, p: int, table: dict, max_len: int, first: bool = True) -> tuple[int, Any, int] | None:
        """Longest entry of `table` starting at token p: (end token, value, span start)."""
        for length in range(min(max_len, self.n - p), 0, -1):
            rest = " ".join(self.v[q].full for q in range(p + 1, p + length))
            for k, start in self.keys_at(p, first):
                hit = table.get(f"{k} {rest}" if rest else k)
                if hit is not None:
                    return p + length, hit, start
        return None

    def dict_at(self, p: int, clitics: bool = True) -> tuple[int, ActorEntry, int] | None:
        """The longest dictionary name at token p; with `clitics` False its first word must be bare."""
        if (p, clitics) not in self._dict_cache:
            hit = self.longest(p, self.d.index, self.d.max_tokens, first=clitics) if p < self.n else None
            self._dict_cache[p, clitics] = (hit[0], self.d.entries[hit[1]], hit[2]) if hit else None
        return self._dict_cache[p, clitics]

    def span(self, i: int, j: int, start: int) -> tuple[int, int]:
        return start, self.v[j - 1].tok.end

    # ---- the walk --------------------------------------------------------------------------------------
    def phrases(self) -> Iterator[Phrase]:
        p = 0
        while p < self.n:
            found = self.best_at(p)
            if found is None:
                p += 1
                continue
            yield found
            p = found.j
            if found.kind == "title" and self.is_rank(p) and (named := self.ranked_name(found, p + 1)):
                yield named
                p = named.j

    def best_at(self, p: int) -> Phrase | None:
        if p > 0 and self.v[p - 1].full == "ك":
            return None  # كـ"تنظيمات إرهابية": a description, not a mention
        candidates = [c for c in (self.dictionary_phrase(p), self.descriptive(p)) if c is not None]
        if not candidates:
            return self.capital(p) or self.anaphor(p)
        return max(candidates, key=lambda c: (c.j, c.kind == "dictionary"))

    def dictionary_phrase(self, p: int) -> Phrase | None:
        hit = self.dict_at(p)
        if hit is None:
            return None
        j, entry, start = hit
        if entry.is_state and self.is_place(p, j):
            return None
        if j == p + 1 and j < self.n and key(self.v[j].full) in entry.not_before:
            return None  # "القاعدة الجوية" is an air base, not al-Qaeda
        ph = Phrase(p, j, *self.span(p, j, start), "dictionary", entry, "self")
        return self.finish(ph)

    def state_at(self, p: int) -> bool:
        """A state's name at p that is also the accusative of its adjective: "روسيا", "تركيا" (روسيًا, تركيًا).
        After an office it is another actor ("حث وزير الخارجية الأمريكي روسيا"); after a force it still says
        whose ("ميليشيات روسيا")."""
        hit = self.dict_at(p, clitics=False)
        return self.v[p].full.endswith("ا") and hit is not None and hit[1].is_state

    def is_rank(self, p: int) -> bool:
        return p < self.n and self.v[p].full in _title_words()[0]

    def holder_at(self, hit: tuple[int, ActorEntry, int], p: int) -> bool:
        """Whether a dictionary name at p names a person by name ("محمد جواد ظريف", "الأمير محمد بن سلمان"),
        not by an institution that stands for them ("الرئاسة التركية" for the president)."""
        for q in range(p, hit[0]):
            k = self.v[q].full
            if k in self.lx.demonyms or k in self.lx.adjectives or k.removeprefix("ال") in self.lx.gov_heads \
                    or self.lx.heads.get(k, ("title",))[0] != "title":
                return False
        return self.is_person(hit[1])

    def is_person(self, e: ActorEntry) -> bool:
        """A dictionary entry naming a person: two or more words, a parent, no institution or unit word."""
        words = key(e.name).split()
        if e.parent is None or e.category == "media" or len(words) < 2 or words[0].startswith("ال"):
            return False
        if words[0] in _title_words()[1]:
            return False
        return not any(w in self.lx.heads or w in self.lx.demonyms or w in self.lx.adjectives for w in words)

    def ranked_name(self, office: Phrase, p: int) -> Phrase | None:
        """The name after "office + rank" (the rank itself belongs to neither span, as annotators mark it)."""
        if p >= self.n:
            return None
        hit = self.dict_at(p, clitics=False)
        if hit and self.holder_at(hit, p):
            return self.finish(Phrase(p, hit[0], *self.span(p, hit[0], hit[2]), "dictionary", hit[1], "self"))
        first = self.v[p].full
        if not first.isalpha() or first in self.lx.heads or first in self.lx.demonyms:
            return None
        q = p + 1  # after a rank the first word is a name even when it is also a common word (علي)
        while q < self.n and q - p < 3 and self.name_like(self.v[q]):
            q += 1
        if self.v[q - 1].full in _NAME_LINKS:
            return None
        ph = Phrase(p, q, *self.span(p, q, self.v[p].tok.start), "title", relation="person",
                    category=office.category, country=office.country, parent=office.parent or office.kb_id)
        ph.key = " ".join(self.v[r].full for r in range(p, q))
        return ph

    # ---- descriptive phrases ---------------------------------------------------------------------------
    def quantity(self, p: int) -> int:
        """The token after a quantity opening at p ("نحو 400 ألف", "عشرات", "ما لا يقل عن 20"), or p."""
        if self.v[p].full in _NOT_OPENING:
            return p
        q, strong = p, False
        while q < self.n and q - p < _MAX_QUANT:
            keys = [k for k, _ in self.keys_at(q, q == p)]
            if any(k.isdigit() for k in keys) or self.v[q].full.replace(".", "").isdigit():
                strong = True
            elif not any(k in self.lx.quantifiers for k in keys):
                break
            elif not any(k in _WEAK_QUANT for k in keys):
                strong = True
            q += 1
        return q if strong else p

    def descriptive(self, p: int) -> Phrase | None:
        q = p + 1 if any(k in self.lx.demonstratives for k, _ in self.v[p].variants) else p
        demonstrative = q > p
        q2 = self.quantity(q)
        quant = q2 > q
        start = self.v[p].variants[-1][1] if p < self.n else 0
        start = min((s for k, s in self.v[p].variants if k in self.lx.demonstratives or k in self.lx.quantifiers
                     or k.isdigit()), default=self.v[p].tok.start) if (demonstrative or quant) else start
        q = q2
        if q >= self.n:
            return None
        if (quant or demonstrative) and (hit := self.dict_at(q)):
            ph = Phrase(p, hit[0], *self.span(p, hit[0], start), "force", hit[1], "member")
            return self.finish(ph)
        head = self.longest(q, self.lx.heads, self.lx.max_head_tokens, first=q == p)
        if head is None:
            return self.bare_quantity(p, q, start) if quant else None
        j, (kind, category), head_start = head
        if q == p:
            start = head_start
        while j < self.n and self.v[j].stripped() != self.v[j].full and self.v[j].stripped() in self.lx.heads \
                and self.lx.heads[self.v[j].stripped()][0] == kind:
            j += 1  # coordinated heads: ضباط وعناصر, نساء وأطفال
        ph = Phrase(p, j, *self.span(p, j, start), kind, category=category)
        ph.key = self.v[q].full
        if kind == "pronominal":
            if self.v[q].full in self.lx.subject_only and (q == 0 or self.v[q - 1].full not in self.lx.subject_after):
                return None  # "داخل بلاده": a place; "إن بلاده قتلت": an actor
            ph.needs_antecedent = True
            allies = any(k.startswith(_PRONOMINAL_ALLIES) for k, _ in self.v[q].variants)
            ph.flavour = "country" if self.v[q].full in self.lx.subject_only else "allies" if allies else "forces"
            return ph
        has_mod = self.modifiers(ph)
        if demonstrative and not has_mod:
            ph.kind, ph.needs_antecedent = "demonstrative", True
            ph.stem = self.v[q].full.removeprefix("ال")[:4]
            return ph
        if kind == "title" and ph.relation != "person":  # a holder already named ends the phrase
            has_mod = self.person_name(ph, q) or has_mod
        if not self.worth_keeping(ph, kind, quant, has_mod, q, " ".join(self.v[r].full for r in range(q, j))):
            return None
        ph.end = self.v[ph.j - 1].tok.end
        return self.finish(ph)

    def bare_quantity(self, p: int, q: int, start: int) -> Phrase | None:
        """"العشرات", "عشرات الآلاف" with no noun after them: people."""
        if self.v[q - 1].full not in _PEOPLE_QUANT or (q < self.n and self.v[q].full == "من"):
            return None
        return self.finish(Phrase(p, q, *self.span(p, q, start), "people", category="civilians"))

    def worth_keeping(self, ph: Phrase, kind: str, quant: bool, has_mod: bool, q: int, head: str = "") -> bool:
        if kind == "civilian":
            return True
        if kind == "people":
            return quant or has_mod
        if kind == "force":  # a head of several words may stand alone too: "الطيران المروحي"
            return quant or has_mod or head in self.lx.alone or any(k in self.lx.alone for k, _ in self.v[q].variants)
        return has_mod  # title, org

    def modifiers(self, ph: Phrase) -> bool:
        """Extend `ph` over adjectives, a country adjective, a linked or genitive named actor, a place."""
        q, found = ph.j, False
        head_end = q
        while q < self.n:
            k, ks = self.v[q].full, self.v[q].stripped()
            if (k in self.lx.demonyms or ks in self.lx.demonyms) and not (ph.kind == "title" and self.state_at(q)):
                ph.country = ph.country or self.lx.demonyms.get(k) or self.lx.demonyms[ks]
                q, found = q + 1, True
                continue
            if k in self.lx.adjectives or ks in self.lx.adjectives:
                cat, country = self.lx.adjectives.get(k) or self.lx.adjectives[ks]
                ph.category = cat or ph.category
                ph.country = ph.country or country
                found = True  # any adjective describes the force ("الطيران المروحي", "قوات محلية")
                q += 1
                if cat == "militia" and (hit := self.ally_after(q)):
                    return self.absorb(ph, hit, "ally")
                continue
            if k in self.lx.trailing:
                q, found = q + 1, True
                continue
            break
        ph.j = q
        if ph.kind == "title" and self.is_rank(q):
            return found  # "رئيس الأركان الإيراني | اللواء محمد باقري": the office ends before the rank
        for relation in ("member", "ally"):
            if hit := self.linked(q, relation):
                if key(hit[1].name.split()[0]) in self.lx.held_in:
                    return found  # "عشرات المعتقلين من سجن صيدنايا": held there, not its men
                return self.absorb(ph, hit, relation)
        if ph.kind == "force" and ph.country is None and not self.v[head_end - 1].full.startswith("ال") \
                and q < self.n and self.v[q].full.startswith("ل") and (hit := self.dict_at(q)):
            return self.absorb(ph, hit, "member")  # "دورية للشرطة العسكرية", "رتل عسكري للقوات الأمريكية"
        if hit := self.dict_at(q, clitics=False):
            person = ph.kind == "title" and self.holder_at(hit, q)
            if not person and (q > head_end or self.v[head_end - 1].full.startswith("ال")):
                return found  # "اتهم النظام السوري إسرائيل": a genitive follows its head directly, never "ال..."
            return self.absorb(ph, hit, "person" if person else "member")
        if ph.kind in ("civilian", "people") and (q < self.n) and (end := self.places.get(self.v[q].tok.start)):
            while ph.j < self.n and self.v[ph.j].tok.end <= end:
                ph.j += 1
            return True
        return found

    def linked(self, q: int, relation: str) -> tuple[int, ActorEntry, int] | None:
        """A named actor after a link phrase of `relation` at q ("من", "التابعة ل", "الموالية ل")."""
        for length in (3, 2, 1):
            if q + length > self.n:
                continue
            words = [self.v[r].full for r in range(q, q + length)]
            after = q + length
            if self.lx.links.get(" ".join(words)) == relation and (hit := self.dict_at(after)):
                return hit
            # a link ending in ل fuses with the next word: الموالية للنظام
            if self.lx.links.get(" ".join(words) + " ل") == relation and after < self.n \
                    and self.v[after].full.startswith("ل") and (hit := self.dict_at(after)):
                return hit
        return None

    def ally_after(self, q: int) -> tuple[int, ActorEntry, int] | None:
        """The actor after "موالية" / "المتحالفة": fused with ل (للنظام) or after مع."""
        if q < self.n and self.v[q].full == "مع":
            return self.dict_at(q + 1, clitics=False)
        if q < self.n and self.v[q].full.startswith("ل"):
            return self.dict_at(q)
        return None

    def absorb(self, ph: Phrase, hit: tuple[int, ActorEntry, int], relation: str) -> bool:
        ph.j, ph.entry, ph.relation = hit[0], hit[1], relation
        return True

    def person_name(self, ph: Phrase, head: int) -> bool:
        """After a title: a dictionary person, or up to three name-like words."""
        q = ph.j
        if self.is_rank(q):
            return False  # the name follows a rank: a span of its own
        hit = self.dict_at(q)
        if hit and hit[1].is_state and self.dict_at(q, clitics=False) is not None:
            return False  # a state: "حث وزير الخارجية الأمريكي روسيا على": Russia is urged, it is no one's name
            # (but "مسؤول بالإدارة الأميركية" is an official of it)
        if hit and hit[2] == self.v[q].tok.start and self.lx.heads.get(self.v[q].full, ("",))[0] == "title":
            return False  # another office: "استقبل ولي العهد السعودي المبعوث الأممي"
        if hit and hit[2] == self.v[q].tok.start and hit[1].category != "media":
            ph.j, ph.relation = hit[0], "person"
            ph.entry = hit[1]
            return True
        titled = ph.country or ph.entry or self.v[head].full in _NAME_TITLES
        if not titled or self.v[head].full in self.lx.group_titles:
            return False  # "مسؤولون أمريكيون": several people, no one's name follows
        names = 0
        # The name ends at a quotation mark ('متحدثة باسم الأمم المتحدة "استمرت الغارات' is speech), at a
        # dictionary actor behind a preposition ("مسؤول أمريكي لرويترز" speaks to Reuters; a surname that is an
        # entry, "جيم ماتيس", stays) and at a word naming an action ("وزير الخارجية الروسي سيرغي لافروف دعم").
        while q < self.n and names < 3 and self.name_like(self.v[q]) and not self.v[q].after_quote \
                and not self._behind_preposition(q) and self.v[q].tok.start not in self.event_words:
            q, names = q + 1, names + 1
        if names and self.v[q - 1].full not in _NAME_LINKS:
            ph.j, ph.relation = q, ph.relation or "person"
            return True
        return False

    def _behind_preposition(self, q: int) -> bool:
        """A dictionary actor starts at q only once a clitic is peeled off (لرويترز, وروسيا)."""
        return self.dict_at(q) is not None and self.dict_at(q, clitics=False) is None

    def name_like(self, view: TokView) -> bool:
        k = view.full
        if k in _NAME_LINKS:
            return True
        if any(v in self.lx.heads for v, _ in view.variants):
            return False  # "بالرئيس", "وقوات": a new actor phrase begins, the name has ended
        if not k.isalpha() or k in _NOT_NAMES or k in self.lx.heads or k in self.lx.demonyms \
                or k in self.lx.adjectives or len(k) < 2:
            return False
        if view.tok.proclitics[-1:] in (("ب",), ("ل",), ("ك",)) or _preposition_and_action(k):
            return False  # "هدد الرئيس التركي بشن", "توعد زعيم حزب الله بالرد": the name has ended
        return word_frequencies().get(k, 0) < _NAME_MAX_FREQ and not k.startswith("و")

    # ---- categories ------------------------------------------------------------------------------------
    def finish(self, ph: Phrase) -> Phrase:
        ph.key = ph.key or self.v[ph.i].full
        e = ph.entry
        if ph.relation == "self" and e is not None:
            ph.kb_id, ph.category, ph.country, ph.parent = e.id, e.category, e.country, e.parent
        elif ph.relation == "member" and e is not None:
            self.member_of(ph, e)
        elif ph.relation == "ally" and e is not None:
            ph.parent, ph.country = e.id, e.country
            ph.category = _ally_category(e)
        elif ph.relation == "person" and e is not None:
            ph.kb_id, ph.category, ph.country, ph.parent = e.id, e.category, e.country, e.parent
        elif ph.country:
            self.of_country(ph)
        ph.key = " ".join(self.v[q].full for q in range(ph.i, ph.j))
        return ph

    def member_of(self, ph: Phrase, e: ActorEntry) -> None:
        ph.category, ph.country = e.category, e.country
        if ph.kind in ("title", "org"):
            ph.parent = e.id  # a spokesman of X is a person of X, not X itself
        else:
            ph.kb_id, ph.parent = e.id, e.parent  # "عناصر الفرقة الرابعة" are the Fourth Division

    def of_country(self, ph: Phrase) -> None:
        if ph.category not in (None, "combatants", "other", "civilians", "state_forces"):
            return  # an adjective already said what it is ("قوات موالية", "فصائل معارضة")
        syrian = ph.country == "SYR"
        if ph.country is None:
            return
        if ph.kind == "force" and {self.v[ph.i].full, self.v[ph.i].stripped()} & self.lx.group_heads:
            # "فصائل سورية", "ميليشيات عراقية": of that country, not its army; the militias a state backs where
            # the dictionary names them ("الميليشيات الإيرانية")
            backed = None if syrian else self.d.entries.get(f"{ph.country.lower()}.militias")
            ph.kb_id, ph.parent = (backed.id, backed.parent) if backed else (None, None)
            ph.category = "combatants" if syrian else "foreign_militia"
        elif ph.kind == "force":
            forces = self.d.for_country(ph.country, "forces")
            ph.kb_id = forces.id if forces else None
            ph.category = "state_forces" if syrian else "foreign_state"
        elif ph.kind in ("org", "title"):
            gov = self.d.for_country(ph.country, "gov")
            head = self.v[ph.i].full.removeprefix("ال")
            is_gov = ph.kind == "org" and head in self.lx.gov_heads
            ph.kb_id = gov.id if gov and is_gov else None
            ph.parent = None if is_gov or gov is None else gov.id
            if ph.kind == "org" and head in self.lx.media_heads:
                ph.category = "media"
            elif ph.category in (None, "other"):
                ph.category = "state_official" if syrian else "foreign_state"
        elif ph.category in (None, "combatants"):
            ph.category = "state_forces" if syrian else "foreign_state"

    # ---- capitals and anaphors -------------------------------------------------------------------------
    def is_place(self, p: int, j: int) -> bool:
        """A country or capital name used as a place: after a locative word, with ب (بدمشق), or in a
        dateline ("دبي، الإمارات العربية المتحدة (CNN)"). A name holding an institution word is not."""
        if any(self.v[q].full in self.lx.heads for q in range(p, j)):
            return False
        before = [self.v[q].stripped() for q in range(max(0, p - 2), p)]
        prev = self.v[p - 1].tok if p > 0 else None
        # بريف دمشق: a locative noun with its preposition (not فيه, whose stem is في)
        area = prev is not None and bool({"ب", "ل"} & set(prev.proclitics)) \
            and key(prev.stem_norm) in self.lx.area_locatives
        if (before and before[-1] in self.lx.locatives) or area or "ب" in self.v[p].tok.proclitics:
            return True  # "في دمشق", "بدمشق"; not بريطانيا, whose ب is its own first letter
        if before[-2:-1] == ["العاصمه"] or (before and before[-1] in ("-", "ك", "العاصمه")):
            return True  # "العاصمة السورية دمشق", datelines "واشنطن -"
        if self._joins_a_place(p):
            return True  # "في سوريا والعراق": the second of two places
        after = [self.v[q].full for q in range(j, min(self.n, j + 2))]
        return after[:1] in (["("], ["الدولي"]) or (after[:1] == [","] and self.dict_at(j + 1) is not None)

    def _joins_a_place(self, p: int) -> bool:
        """A name at p joined by و to a one-word place right after في ("في سوريا والعراق")."""
        return "و" in self.v[p].tok.proclitics and p >= 2 and self.v[p - 2].stripped() == "في"

    def capital(self, p: int) -> Phrase | None:
        hit = self.longest(p, self.lx.capitals, 2)
        if hit is None:
            return None
        j, actor_id, start = hit
        if self.is_place(p, j):
            return None
        ph = Phrase(p, j, *self.span(p, j, start), "capital", self.d.get(actor_id), "self")
        return self.finish(ph)

    def anaphor(self, p: int) -> Phrase | None:
        for k, start in self.v[p].variants:
            if k in self.lx.anaphors:
                end = p + 1
                if end < self.n and self.v[end].full in self.lx.trailing:
                    end += 1
                ph = Phrase(p, end, *self.span(p, end, start), "anaphor", stem=k.removeprefix("ال")[:4])
                ph.needs_antecedent, ph.key = True, k
                return ph
        return None


def _ally_category(e: ActorEntry) -> str:
    if e.country == "SYR" and e.category.startswith("state"):
        return "militia"
    if e.country == "IRN":
        return "foreign_militia"
    if e.country == "TUR":
        return "rebel_group"
    return e.category


def _preposition_and_action(k: str) -> bool:
    """بـ or لـ fused to a word the event lexicon knows (بشن, لقصف): no part of a person's name (بشار, لبيب)."""
    from rasd.events.lexicon import load_lexicon as event_lexicon  # the event stage reads actors: import late

    return k[:1] in "بل" and len(k) >= 3 and k[1:] in event_lexicon().words

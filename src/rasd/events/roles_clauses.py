"""Clause patterns that place an actor in a role beyond plain word order (data/events/roles.yaml).

Each finder looks at the tokens around a trigger and returns the actor(s) a construction marks:
the agent after من قبل / من جانب, the doer named after a resumptive verb (غارة نفذتها طائرات), the
antecedent of a relative clause with an object pronoun (القوة التي دربها الجيش), the two sides after
بين, the speaker of a clause-initial participle (..، متهما الفصائل).
"""

from __future__ import annotations

import bisect
from functools import cache, lru_cache
from importlib import resources

import yaml

from rasd.document import Document, Mention, Span, Token
from rasd.events.context import Located
from rasd.events.cues import QUOTES, find_cue
from rasd.events.lexicon import key, verb_forms

_RESUME_WINDOW = 6  # tokens from a noun trigger to the verb that resumes it
_AGENT_WINDOW = 5  # tokens from a trigger to the من of its agent
_BETWEEN_WINDOW = 4  # tokens from a trigger to بين
_MARKED_AGENT_WINDOW = 8  # tokens from a trigger to من قبل / على يد: further on they mark another verb's agent
_SITE_WINDOW = 3  # tokens from a site noun to its owner: "مواقع عسكرية تابعة للنظام"
_PUNCT = ",،.;؛:"


@lru_cache(maxsize=1)
def words() -> dict[str, tuple[tuple[str, ...], ...]]:
    raw = yaml.safe_load(resources.files("rasd.data").joinpath("events/roles.yaml").read_text(encoding="utf-8"))
    return {name: tuple(tuple(key(w) for w in str(item).split()) for item in items) for name, items in raw.items()}


@cache
def single(name: str) -> frozenset[str]:
    """A word list as a set of one-word entries."""
    return frozenset(p[0] for p in words()[name] if len(p) == 1)


def verb_forms_of(name: str) -> frozenset[str]:
    """Every conjugated form of the verbs of list `name`."""
    return _verb_forms(name)


@cache
def _verb_forms(name: str) -> frozenset[str]:
    forms: set[str] = set()
    for (stem,) in (p for p in words()[name] if len(p) == 1):
        forms |= verb_forms(stem)
    return frozenset(forms | {"و" + f for f in forms} | {"ف" + f for f in forms})


class TokenIndex:
    """Token positions by character offset."""

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.starts = [t.start for t in tokens]

    def at(self, pos: int) -> int:
        """Index of the token that contains `pos` (or the last one starting before it)."""
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def before(self, pos: int) -> Token | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        return self.tokens[i] if i >= 0 else None


def has_object_pronoun(token: Token) -> bool:
    pronouns = single("object_pronouns")
    if any(s.role == "enclitic" and key(s.text) in pronouns for s in token.segments):
        return True
    return token.norm.endswith(tuple(p for p in pronouns if len(p) > 1))  # ه alone is also a folded ة


def is_verb_of(token: Token, name: str) -> bool:
    forms = _verb_forms(name)
    return token.norm in forms or token.stem_norm in forms


def preceded_by(doc: Document, i: int, name: str) -> bool:
    """Whether the words right before token i end with an entry of list `name`."""
    for phrase in words()[name]:
        n = len(phrase)
        prev = doc.tokens[max(0, i - n) : i]
        if len(prev) == n and all(t.stem_norm == w or t.norm == w for t, w in zip(prev, phrase, strict=True)):
            return True
    return False


def first_actor_from(actors: list[Located], index: TokenIndex, i: int, upto: int = 2) -> Located | None:
    """The actor whose mention starts at token i or within `upto` tokens after it."""
    for a in actors:
        j = index.at(a.start)
        if i <= j <= i + upto:
            return a
    return None


def resumed_doer(doc: Document, last: int, clause: Span, after: list[Located], index: TokenIndex) -> Located | None:
    """"هجمات شنتها القوات", "حصار تفرضه قوات النظام", "غارة شاركت فيها طائرات", "اعتداء قام به داعش": the
    subject of the verb that resumes the noun."""
    tokens = doc.tokens
    for j in range(last + 1, min(last + 1 + _RESUME_WINDOW, len(tokens))):
        t = tokens[j]
        if t.start >= clause.end or any(ch in doc.text[tokens[j - 1].end : t.start] for ch in ",،.;؛:"):
            return None
        if is_verb_of(t, "resumptive_verbs") and (has_object_pronoun(t) or (
                t.norm.endswith("ه") and t.norm[:-1] in _verb_forms("resumptive_verbs"))):  # شنه: شن + ه
            return first_actor_from(after, index, j + 1)
        if is_verb_of(t, "did_it_verbs") and j + 1 < len(tokens) and tokens[j + 1].norm in single("by_it"):
            return first_actor_from(after, index, j + 2)  # "اعتداء قام به داعش"
        if is_verb_of(t, "joined_in_verbs") and j + 1 < len(tokens) and tokens[j + 1].norm in single("in_it"):
            if find_cue(tokens[j - 1 : j], "negation") is not None:
                return None  # "الاشتباكات التي لم يشارك فيها أي من الجنود الروس"
            return first_actor_from(after, index, j + 2)  # "الضربة التي شاركت فيها فرنسا وبريطانيا"
        if t.norm in single("during_it"):  # "حملة سيطر خلالها الجيش", "هجوم تمكنت قوات النظام خلاله من"
            return next((a for a in after if index.at(a.start) <= j + 1), None)  # before it or right after
    return None


def marked_agent(doc: Document, after: list[Located], index: TokenIndex, trigger_end: int,
                 plain_min: bool) -> Located | None:
    """The agent after من قبل / على يد / من جانب anywhere in the clause; after a bare من close to the
    trigger when `plain_min` (a passive, an undergone attack: "تعرضت لقصف من الجيش")."""
    for a in after:
        i = index.at(a.start)
        if preceded_by(doc, i, "agent_markers") and i - trigger_end <= _MARKED_AGENT_WINDOW:
            return a
        if plain_min and doc.tokens[i - 1].stem_norm == "من" and i - 1 - trigger_end <= _AGENT_WINDOW \
                and not _partitive(doc.tokens[i - 2]) \
                and not any(t.stem_norm in single("target_preps") for t in doc.tokens[trigger_end + 1 : i - 1]):
            return a  # not "عقوبات على شخصيات مقربة من النظام": that من belongs to the target
    return None


def _partitive(token: Token) -> bool:
    """"26 مقاتلا من قوات النظام", "أعداد من المقاتلين": this من counts, it does not mark an agent."""
    return any(ch.isdigit() for ch in token.norm) or token.stem_norm in single("partitive_before") \
        or token.norm.endswith("ا")


_NAMES = frozenset({"dictionary", "capital"})  # actor mentions that name someone (recognise/actors.py)


def mention_of(doc: Document, a: Located) -> Mention | None:
    """The actor mention an entity position stands for (its label and attributes: named, a pronoun's referent)."""
    return next((m for m in doc.mentions if m.kind == "actor" and m.start == a.start and m.end == a.end), None)


def relative_antecedent(doc: Document, trig_first: int, before: list[Located], index: TokenIndex) -> Located | None:
    """"القوة التي دربها الجيش", "مقاتلين دربتهم الولايات المتحدة": the actor the relative clause is about,
    when the verb carries the object pronoun that points back to it."""
    if not before:
        return None
    i = trig_first - 1
    relative = i >= 0 and doc.tokens[i].stem_norm in single("relatives")
    verb = doc.tokens[trig_first]
    # after a relative pronoun a final ه is the object pronoun (تصنفه), not a folded ة
    if not has_object_pronoun(verb) and not (relative and verb.text.endswith("ه") and len(verb.text) > 3):
        return None
    if relative:
        i -= 1
    while i >= 0 and doc.tokens[i].norm in QUOTES:
        i -= 1  # «جبهة النصرة» التي تصنفها
    last = before[-1]
    if index.at(last.end - 1) != i:
        return None
    # without a relative pronoun only an indefinite antecedent heads a relative clause ("مقاتلين دربتهم"); a
    # name is definite ("واصلت تركيا قصفها": its own shelling)
    named = (mention := mention_of(doc, last)) is not None and mention.label in _NAMES
    definite = named or any(s.role == "article" for t in doc.tokens[index.at(last.start) : i + 1] for s in t.segments)
    return last if relative or not definite else None


def between_sides(doc: Document, trig_last: int, clause: Span, after: list[Located], index: TokenIndex,
                  window: int = _BETWEEN_WINDOW, further: list[Located] | None = None,
                  ) -> tuple[Located, Located | None, bool] | None:
    """"اشتباكات بين قوات النظام وفصائل المعارضة": the first side is the source, the second the target.
    After "من جهة" the second side may stand past a comma that closed the clause: `further` holds the
    sentence's actors there. The flag says whether the sides were so marked (then each side may be several
    actors joined by و)."""
    tokens = doc.tokens
    for j in range(trig_last + 1, min(trig_last + 1 + window, len(tokens))):
        if tokens[j].start >= clause.end:
            return None
        if tokens[j].stem_norm in single("between"):
            first = first_actor_from(after, index, j + 1, upto=1)
            if first is None:
                return None
            rest = [a for a in after if a.start >= first.end and index.at(a.start) > index.at(first.end - 1)]
            side_end = _side_marker(doc, index.at(first.end - 1) + 1, clause)
            if side_end is not None:  # "بين A وB من جهة، وC من جهة أخرى": B fights beside A
                rest = [a for a in rest + (further or []) if index.at(a.start) > side_end]
            second = rest[0] if rest and doc.tokens[index.at(rest[0].start)].norm.startswith("و") else None
            return first, second, side_end is not None
    return None


_SIDE_WINDOW = 12


def _side_marker(doc: Document, start: int, clause: Span) -> int | None:
    """Index of the word closing the first side of a fight ("من جهة", "من طرف"), if it follows soon."""
    tokens = doc.tokens
    for j in range(start + 1, min(start + _SIDE_WINDOW, len(tokens))):
        if tokens[j].start >= clause.end:
            return None
        if tokens[j].stem_norm in single("side_words") and tokens[j - 1].stem_norm == "من":
            return j
    return None


def is_participle_clause(doc: Document, trig_first: int) -> bool:
    """"..، متهما الفصائل": an active participle opening a comma clause."""
    t = doc.tokens[trig_first]
    if trig_first == 0 or not t.norm.startswith(tuple(p[0] for p in words()["participle_prefixes"])):
        return False
    if not t.norm.endswith(("ا", "ه", "ين")):
        return False
    prev = doc.tokens[trig_first - 1]
    return bool({"،", ","} & set(doc.text[prev.start : t.start]))


def bare(token: Token) -> str:
    """A word without the conjunction or preposition fused to it: "بقيام" -> "قيام"."""
    word = token.stem_norm
    while len(word) > 3 and word[0] in "وفبل":
        word = word[1:]
    return word


def site_owner(doc: Document, i: int) -> bool:
    """Whether the actor starting at token i owns a site named just before it ("مواقع لتنظيم داعش",
    "مواقع عسكرية تابعة للنظام", "مقرات الفصائل"): what is hit there is the owner's, so it is a target."""
    for j in range(i - 1, max(i - 1 - _SITE_WINDOW, -1), -1):
        tok = doc.tokens[j]
        if any(ch in doc.text[tok.start : doc.tokens[j + 1].start] for ch in _PUNCT):
            return False
        word = bare(tok)
        if word in single("site_nouns") or tok.stem_norm in single("site_nouns"):
            return True
        if tok.stem_norm in single("oblique_preps") or tok.stem_norm in single("target_preps"):
            return False
    return False


def speaker_subject(doc: Document, i: int, verbs: str = "speaker_verbs") -> bool:
    """Whether the actor starting at token i is the subject of a verb of saying, urging or denying (of list
    `verbs`) just before it ("تحدثت وسائل إعلام عن مقتل", "دعا وزير الخارجية، عادل الجبير، إلى"): it tells,
    it does not act."""
    for j in range(i - 1, max(i - 3, -1), -1):
        tok = doc.tokens[j]
        if is_verb_of(tok, verbs):
            return True
        if any(ch in doc.text[tok.start : doc.tokens[j + 1].start] for ch in _PUNCT):
            return False
    return False


def own_deed_noun(doc: Document, start: int, end: int) -> bool:
    """A doer noun with a pronoun between a speaker and the deed ("تنفي روسيا تورطها في قصف", "يؤكد
    قيامه بخطف"): the speaker tells of its own act."""
    return any((bare(t) in single("doer_nouns") and has_object_pronoun(t)) or _owned(bare(t)) in single("doer_nouns")
               for t in doc.tokens[start:end])


_OWNER_SUFFIXES = ("هما", "هم", "ها", "ه")


def _owned(word: str) -> str | None:
    """A noun in ة with a pronoun the tokenizer left on it ("مسؤوليته", "محاولتها"): the noun, folded (ة -> ه)."""
    for suffix in _OWNER_SUFFIXES:
        if word.endswith("ت" + suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix) - 1] + "ه"
    return None

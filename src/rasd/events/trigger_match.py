"""Trigger matching: where the lexicon (data/events/triggers.yaml) names an action in the tokens.

Inflected and cliticised forms reach their lemma family through clitic-stripped stems; an entry's
conditions (needs, governed, label, indefinite, not_after, not_before) decide whether a form is a trigger
here. What the text does not assert is filtered in events/assertion.py, and triggers that name one
action are merged in events/one_action.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.analyse.tokens import is_common_word
from rasd.document import Document, Span, Token
from rasd.events.lexicon import Entry, Lexicon

_SENTENCE_ENDS = frozenset({".", "!", "?", "؟"})


@dataclass
class Trigger:
    first: int  # index of the first token
    last: int  # index of the last token
    entry: Entry
    pos: str  # verb | noun | form | phrase
    toll: bool = False  # the dead or wounded of its sentence were folded into it (one_action._absorb_casualties)

    def span(self, tokens: list[Token]) -> Span:
        return Span(tokens[self.first].start, tokens[self.last].end)


_CONJ_STRIPS = ("و", "ف")
_NOUN_STRIPS = ("وب", "ول", "فب", "فل", "ب", "ل", "ال", "وال", "بال", "لل", "وبال", "ولل")  # not before verbs


def _keys(token: Token, peel_common: bool = False) -> list[tuple[str, bool]]:
    """Lookup keys of a token, each with whether only a noun may match it: its clitic-stripped stem, the
    whole word, then the word with proclitics peeled by the lexicon itself (the tokenizer keeps وخطفت whole
    when خطفت is rare in its word list). A preposition or article never stands before a verb. A common word
    is peeled only for readings that carry their own condition (وفر أكثر من ألف مدني: و + فر)."""
    stem = token.stem_norm
    keys = [(stem, False)]
    if token.segments and token.segments[-1].role == "enclitic":
        keys.append((stem + token.norm[len(token.norm) - len(token.segments[-1].text):], False))
    keys.append((token.norm, False))
    if peel_common or not is_common_word(token.norm):  # وزارة is a word, not و + زارة
        for strips, nouns_only in ((_CONJ_STRIPS, False), (_NOUN_STRIPS, True)):
            keys += [(token.norm[len(p):], nouns_only) for p in strips
                     if token.norm.startswith(p) and len(token.norm) - len(p) >= (2 if p in _CONJ_STRIPS else 3)
                     and (p not in _CONJ_STRIPS or peel_common or not _owned_word(token.norm))]
    return keys


_PRONOUNS = ("ه", "ها", "هم", "هما", "كم", "نا", "ي")


def _owned_word(norm: str) -> bool:
    """A common word ending in ة with a pronoun after it (وزارته: the word list has وزارة, folded وزاره), which a
    conjunction does not open (not و + زارته)."""
    return any(norm.endswith("ت" + p) and is_common_word(norm[: -len(p) - 1] + "ه") for p in _PRONOUNS)


def candidates(doc: Document, lex: Lexicon) -> list[Trigger | None]:
    """The trigger starting at each token (match_at), computed once per document and lexicon: the actor
    recogniser reads them (no name runs on into an action) before the event stage does."""
    return doc.memoised("trigger_candidates", lambda: [match_at(lex, doc.tokens, i) for i in range(len(doc.tokens))],
                        id(lex))


def match_at(lex: Lexicon, tokens: list[Token], i: int) -> Trigger | None:
    """The trigger starting at token i, a phrase before a word, if the lexicon has one whose conditions hold."""
    return _match_phrase(lex, tokens, i) or _match_word(lex, tokens, i)


def _match_word(lex: Lexicon, tokens: list[Token], i: int) -> Trigger | None:
    """A guarded reading (تعهد بالرد is a threat) wins when its condition holds; else the plain one."""
    for guarded in (True, False):
        for k, nouns_only in _keys(tokens[i], peel_common=guarded):
            hits = lex.guarded.get(k, []) if guarded else [lex.words[k]] if k in lex.words else []
            usable = [hit for hit in hits if _fits(lex, tokens[i], k, hit, nouns_only)]
            if not usable:
                continue
            for hit in usable:
                trig = _conditioned(tokens, i, *hit, nominal=nouns_only)
                if trig is not None or not guarded:
                    return trig
            break
    return None


def _fits(lex: Lexicon, token: Token, k: str, hit: tuple[Entry, str], nouns_only: bool) -> bool:
    """Whether the reading `hit` of key `k` can be this token's at all, before its entry's conditions."""
    pos = hit[1]
    if nouns_only and pos == "verb":
        return False
    if pos == "verb" and ta_marbuta(token):
        return False  # السمحة is not سمحه: ة never ends a verb form
    if pos == "verb" and k in lex.imperfect and (nouns_only or is_definite(token)):
        return False  # التدرب is 'practising', not the imperfect تدرب
    if pos == "verb" and is_definite(token) and len(k) == 4 and k[1] == "ا":
        return False  # الطالب, القاتل: the participle of the same letters as a فاعل verb, a person
    return not (pos == "form" and _construct_noun(token, k))  # لسيطرتهم: سيطرة + هم, not the verb سيطرت


def _conditioned(tokens: list[Token], i: int, entry: Entry, pos: str, nominal: bool) -> Trigger | None:
    """The trigger of `entry` at token i if the entry's conditions (article, label, needs) are met."""
    if entry.indefinite and is_definite(tokens[i]):
        return None
    if pos in ("verb", "either") and (nominal or has_nominal_prefix(tokens[i]) or ta_marbuta(tokens[i])):
        pos = "noun"  # القتل, بالقصف, ضربة: article, preposition or ة make a noun of the same letters
    elif pos == "either":
        pos = "verb"
    if entry.label:
        end = _quoted_label(tokens, i)
        return Trigger(i, end, entry, pos) if end is not None else None
    if entry.governed and not any(t.stem_norm in entry.governed or t.norm in entry.governed
                                  for t in tokens[max(0, i - entry.govern_window) : i + 1 + entry.govern_window]):
        return None
    if entry.needs:
        found = _needed_after(tokens, i, entry)
        if found is not None:
            return Trigger(i, found, entry, pos)
        return Trigger(i, i, entry, pos) if _needed_before(tokens, i, entry) else None
    return Trigger(i, i, entry, pos)


def _needed_after(tokens: list[Token], i: int, entry: Entry) -> int | None:
    """Index of one of the entry's `needs` in the `window` words after the trigger, within its sentence;
    commas and brackets are not words (أوقفت، منذ أمس الجمعة، 320 شخصا)."""
    if entry.window <= 0:
        return None  # the need may only stand before (تم القبض)
    words = 0
    for j in range(i + 1, len(tokens)):
        t = tokens[j]
        if t.norm in _SENTENCE_ENDS:
            return None
        if t.stem_norm in entry.needs or t.norm in entry.needs:
            return j
        if is_word(t):
            words += 1
            if words >= entry.window:
                return None
    return None


def _needed_before(tokens: list[Token], i: int, entry: Entry) -> bool:
    """One of the entry's `needs` in the `window_before` words before the trigger, within its sentence."""
    for t in reversed(tokens[max(0, i - entry.window_before) : i]):
        if t.norm in _SENTENCE_ENDS:
            return False
        if t.stem_norm in entry.needs or t.norm in entry.needs:
            return True
    return False


_LABEL_WINDOW = 15  # the verb, its subject and object, then بـ"..." or بأنه "..."
_LABEL_MARKERS = frozenset({"ب", "ك", "بان", "بانه", "بانها", "بانهم", "بانهما"})
_LABEL_LENGTH = 6
_QUOTE = '"'  # every quotation mark folds to this
_STATE_OBJECTS = frozenset({"الوضع", "الاوضاع", "الحاله", "الموقف"})  # describing a state is no accusation


def _quoted_label(tokens: list[Token], i: int) -> int | None:
    """Index of the last word of the quoted label a labelling verb gives its object (وصف ترامب الأسد
    بـ"الحيوان", وصفت الحكومة الهجوم بأنه "اعتداء سافر"), else None. The label must open within the
    sentence, right after بـ, كـ or بأنه; an object that is a state (الوضع) makes it a description."""
    for j in range(i + 1, min(len(tokens) - 1, i + 1 + _LABEL_WINDOW)):
        tok = tokens[j]
        if tok.norm in _SENTENCE_ENDS or tok.norm in _STATE_OBJECTS:
            return None
        if tok.norm == _QUOTE and tokens[j - 1].norm in _LABEL_MARKERS and tokens[j + 1].norm != _QUOTE:
            closing = next((k for k in range(j + 1, min(len(tokens), j + 2 + _LABEL_LENGTH))
                            if tokens[k].norm == _QUOTE), None)
            return closing - 1 if closing is not None else j + 1
    return None


def _match_phrase(lex: Lexicon, tokens: list[Token], i: int) -> Trigger | None:
    for n in range(lex.longest_phrase, 0, -1):
        window = tokens[i : i + n]
        if len(window) < n:
            continue
        for keys in (tuple(t.stem_norm for t in window), tuple(t.norm for t in window),
                     (window[0].stem_norm, *(t.norm for t in window[1:]))):
            entry = lex.phrases.get(keys)
            if entry:
                return Trigger(i, i + n - 1, entry, "phrase")
    return None


def _construct_noun(token: Token, key: str) -> bool:
    """A form ending in ت, with a preposition or article before and a pronoun after, is a noun whose ة turned
    to ت before the pronoun (لسيطرتهم), not a verb (سيطرت); plurals in ات keep their reading (بمساعداتهم)."""
    return (key.endswith("ت") and not key.endswith("ات") and has_nominal_prefix(token)
            and bool(token.segments) and token.segments[-1].role == "enclitic")


def ta_marbuta(token: Token) -> bool:
    return token.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة")


def has_nominal_prefix(token: Token) -> bool:
    return any(s.role == "article" for s in token.segments) or any(p in ("ب", "ل") for p in token.proclitics)


def is_word(token: Token) -> bool:
    """A word, not a mark: commas, brackets and quotation marks are none."""
    return any(ch.isalnum() for ch in token.norm)


def with_bi(token: Token) -> bool:
    """The preposition بـ fused to the word (بالبراميل, بقتل)."""
    return token.proclitics[:1] == ("ب",)


def is_definite(token: Token) -> bool:
    return any(s.role == "article" for s in token.segments) or token.norm.startswith(("ال", "وال", "بال", "لل"))

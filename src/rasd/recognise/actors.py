"""Recognise actor mentions: dictionary names, descriptive phrases, pronoun heads, anaphors, capitals.

Left to right over the tokens (quotes skipped, so «جبهة النصرة» reads as جبهة النصرة), at each token the
longest of two readings wins:
- a dictionary name (`data/actors/*.yaml`), its first token tolerant to clitics (وقوات, للقوات, بقوات);
- a descriptive phrase: [quantity] head [adjectives | country adjective | link + named actor | name], e.g.
  "عشرات المدنيين", "ضباط وعناصر الفرقة الرابعة", "قوات موالية للنظام", "وزير الخارجية الروسي سيرغي لافروف".
A span keeps a preposition fused to its first word (للقوات, لدمشق, as GUIDE asks) but drops a leading
conjunction (و, ف). Each mention carries what resolution needs in `attrs`: kb_id, category, country, parent,
and for anaphors ("التنظيم", "تلك القوات", "قواته") the id of the mention they point back to.
"""

from __future__ import annotations

from rasd.analyse.tokens import is_common_word
from rasd.document import Document, Mention, Span, Token
from rasd.pipeline import stage
from rasd.recognise.actor_phrases import Phrase, PhraseParser, TokView
from rasd.resolve.actor_dictionary import QUOTES, key, load_dictionary, load_lexicon

_CONJ = ("و", "ف")
# The statistical tagger's PER/ORG names as extra actors: off until it is shown to raise actor F1 on train
# (its model was not yet trained when this recogniser was written).
USE_NER = True  # PER and ORG names from the CRF tagger: actor F1 on train 0.934 -> 0.938
NER_LABELS = ("PER", "ORG")
_PREP = ("ب", "ل")  # not ك: "كقوات نظامية" (as regular forces) describes, it names no one


def _variants(tok: Token, text: str) -> list[tuple[str, int]]:
    """Keys a phrase-initial token may stand for, with where the span starts: the whole token, then without
    a leading conjunction (span starts after it), then without a preposition too (span keeps it)."""
    full = tok.norm.lower()
    out = [(full, tok.start)]
    for conj in ("", *_CONJ):
        if conj and not full.startswith(conj):
            continue
        rest = full[len(conj):]
        start = _skip(text, tok.start, len(conj))
        if conj and len(rest) >= 2:
            out.append((rest, start))
        for prep in _PREP:
            if rest.startswith(prep) and len(rest) - 1 >= 2:
                stem = rest[1:]
                out.append(("ا" + stem if prep == "ل" and stem.startswith("ل") else stem, start))
    return out


def _skip(text: str, start: int, letters: int) -> int:
    """The offset after `letters` letters from `start`, skipping diacritics and tatweel between them."""
    pos = start
    for _ in range(letters):
        pos += 1
        while pos < len(text) and ("\u064B" <= text[pos] <= "\u065F" or text[pos] == "\u0640"):
            pos += 1
    return pos


def token_views(doc: Document) -> list[TokView]:
    """The words without quotation marks (a name matches inside «...»), each noting whether one preceded it."""
    views: list[TokView] = []
    quoted = False
    for t in doc.tokens:
        if t.norm in QUOTES:
            quoted = True
            continue
        views.append(TokView(t, t.norm.lower(), _variants(t, doc.text), after_quote=quoted))
        quoted = False
    return views


def _place_starts(doc: Document) -> dict[int, int]:
    """Start offset -> end offset of the place mentions found before this stage (if any)."""
    return {m.start: m.end for m in doc.mentions_of("place")}


@stage("actors", requires=("tokens",), assigns=("actor_mentions",))
def actor_stage(doc: Document) -> None:
    views = token_views(doc)
    parser = PhraseParser(views, load_dictionary(), load_lexicon(), _place_starts(doc), _event_words(doc))
    mentions: list[Mention] = []
    names = _ner_names(doc) if USE_NER else []
    people = [(start, end) for start, end, label in names if label == "PER"]
    for phrase in parser.phrases():
        if _surname_of_another(doc, phrase, people):
            continue
        antecedent = _antecedent(doc, mentions, phrase) if phrase.needs_antecedent else None
        if phrase.needs_antecedent and antecedent is None:
            continue
        attrs = phrase.attrs()
        if antecedent is not None:
            attrs = _inherit(attrs, antecedent, phrase)
        mentions.append(doc.new_mention("actor", phrase.start, phrase.end, label=phrase.kind, **attrs))
    _add_ner_names(doc, mentions, names)


def _ner_names(doc: Document) -> list[tuple[int, int, str]]:
    """The statistical tagger's names: (start, end, label)."""
    try:
        from rasd.recognise.ner import tag

        return tag(doc)
    except (ImportError, OSError):  # no trained model packaged
        return []


def _surname_of_another(doc: Document, phrase: Phrase, people: list[tuple[int, int]]) -> bool:
    """A one-word dictionary alias that ends a longer person's name the tagger found, opening with a given
    name not the entry's own ("سليمان هلال الأسد", "ماهر الأسد"): the family name of someone else."""
    if phrase.kind != "dictionary" or len(doc.text[phrase.start : phrase.end].split()) != 1:
        return False
    if doc.text[phrase.start - 1 : phrase.start] == "و":
        return False  # "لافروف والجبير": two people joined, not one name
    from rasd.recognise.ner import person_name_word

    own = {key(w) for name in (phrase.entry.names if phrase.entry else ()) for w in name.split()}
    for start, end in people:
        before = [w.removeprefix("و") for w in doc.text[start : phrase.start].split()]
        if phrase.end <= end and before and person_name_word(before[0]) and not {key(w) for w in before} & own:
            return True  # "محمد الجولاني" is the entry's own (أبو محمد الجولاني)
    return False


def _event_words(doc: Document) -> frozenset[int]:
    """Starts of the tokens where the event lexicon reads an action (طلب, دعم: no part of a name)."""
    from rasd.events.lexicon import load_lexicon as event_lexicon
    from rasd.events.trigger_match import candidates

    return frozenset(t.start for t, trig in zip(doc.tokens, candidates(doc, event_lexicon()), strict=True) if trig)


def _add_ner_names(doc: Document, mentions: list[Mention], names: list[tuple[int, int, str]]) -> None:
    """PER and ORG names from the statistical tagger that no rule found (people the dictionary lacks)."""
    taken = [(m.start, m.end) for m in doc.mentions if m.kind in ("actor", "place", "source")]
    for start, end, label in names:
        if _common_word(doc, start, end):
            continue  # "هجوم كيماوي", "هجوم دام": a single everyday word is no name
        if label in NER_LABELS and not any(s < end and start < e for s, e in taken):
            mentions.append(doc.new_mention("actor", start, end, label="ner", kb_id=None, category="other",
                                            country=None, parent=None, key=doc.text[start:end]))


def _common_word(doc: Document, start: int, end: int) -> bool:
    toks = doc.tokens_in(Span(start, end))
    return len(toks) == 1 and is_common_word(toks[0].norm)


def _antecedent(doc: Document, earlier: list[Mention], phrase: Phrase) -> Mention | None:
    """The nearest earlier actor mention (within ~2,000 characters) the anaphor can point at."""
    for m in reversed(earlier):
        if phrase.start - m.end > 2000:
            return None
        if m.attrs.get("category") in (None, "civilians") and phrase.kind != "demonstrative":
            continue
        if phrase.stem is None or phrase.stem in m.attrs.get("key", "") or phrase.stem in m.attrs.get("name_key", ""):
            return m
    return None


# antecedents whose "قواته" are a state's army; an armed group's "مقاتليه" are its own members
_STATE_CATEGORIES = frozenset({"foreign_state", "state_forces", "state_official", "state_security"})


def _inherit(attrs: dict, antecedent: Mention, phrase: Phrase) -> dict:
    a = antecedent.attrs
    out = dict(attrs, antecedent=antecedent.id, category=a.get("category"), country=a.get("country"))
    if phrase.kind == "pronominal":  # "قواته": the forces of the antecedent, not the antecedent itself
        out.pop("antecedent")
        out.update(kb_id=None, parent=a.get("kb_id") or a.get("parent"), refers_to=antecedent.id)
        of_state = phrase.flavour == "country" or a.get("category") in _STATE_CATEGORIES
        if phrase.flavour in ("forces", "country") and a.get("country") and of_state:
            # "قواته" of a state: its army; "قال الرئيس التركي إن بلاده": the state itself
            entry = load_dictionary().for_country(a["country"], "gov" if phrase.flavour == "country" else "forces")
            out.update(kb_id=entry.id if entry else None, category=entry.category if entry else a.get("category"))
        elif phrase.flavour == "forces":  # "الحزب ... جنوده": a group's own fighters, not its country's army
            out.update(kb_id=a.get("kb_id") or a.get("parent"), relation="member")
        elif phrase.flavour == "allies":
            out.update(category="militia" if a.get("country") == "SYR" else "other")
    else:
        out.update(kb_id=a.get("kb_id"), parent=a.get("parent"))
    return out

"""The trigger lexicon (data/events/triggers.yaml): lemma families expanded into the forms they take.

Inflection is generated here, once, so the data file names lemmas, not surface strings: a
perfect stem gives its person/number suffixes, its imperfect (prefix, with the leading alef of
derived forms dropped: اعتقل -> يعتقل) and object pronouns; a noun gives its plural and pronoun
suffixes. Matching is on clitic-stripped, folded stems (see analyse/tokens.py), so وبقصف, للقصف
and قصفتها all reach the entry of قصف.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from rasd.analyse.normalise import match_key
from rasd.analyse.tokens import IMPERFECT_PREFIXES
from rasd.errors import DataError

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
_PERFECT = ("", "ت", "تا", "وا", "ا", "نا", "تم", "ن", "تن")
_IMPERFECT_SUFFIX = ("", "ون", "ان", "ن", "وا", "ين")
_OBJECT = ("", "ه", "ها", "هم", "هما", "كم", "نا")
_NOUN_SUFFIX = ("", "ه", "ات", "ين", "ون", "ا", "ها", "هم", "اته", "اتها", "اتهم")  # not ي: اجتماعي is "social"


@dataclass(frozen=True)
class Entry:
    """One lemma family of the lexicon."""

    type: str
    mode: str | None
    violations: tuple[str, ...]
    needs: frozenset[str]
    alt: str | None
    lemma: str  # the first form named in the data file, for reports
    not_after: frozenset[str] = frozenset()
    casualty: bool = False
    not_before: frozenset[str] = frozenset()
    label: bool = False  # a trigger only before a quoted label: وصفه بـ"القاتل"
    indefinite: bool = False  # a trigger only without the article: ضرورة انسحاب, not بالضرورة
    # a trigger only next to one of these verbs (any inflection): أدخلت مساعدات, قافلة مساعدات وصلت
    governed: frozenset[str] = frozenset()
    window: int = 5  # words after the trigger in which one of `needs` must stand
    window_before: int = 0  # words before the trigger where `needs` may stand too (15 ألف شخص غادروا)
    govern_window: int = 3  # words on either side where a `governed` verb may stand
    suffered: bool = False  # the genitive of its noun suffered it: اغتيال القيادي, إعدام الرهائن
    object_preps: frozenset[str] = frozenset()  # prepositions of its object: أفرج عن المعتقلين
    moved: bool = False  # the genitive of its noun is what is moved, no party: إرسال ألف جندي, حشد المقاتلين


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, tuple[Entry, str]]  # folded stem -> (entry, "verb" | "noun" | "either" | "form")
    phrases: dict[tuple[str, ...], Entry]  # folded word sequence -> entry
    longest_phrase: int
    # readings tried before `words`, in lexicon order, each kept only when its conditions hold (تعهد بالرد is a
    # threat, تعهد a pledge; أطلق X سراح a release, أطلق عملياته an attack, أطلق النار, from `words`, fire)
    guarded: dict[str, list[tuple[Entry, str]]] = field(default_factory=dict)
    # generated imperfects: with an article they are another word (التدرب 'practising', not تدرب 'she trains')
    imperfect: frozenset[str] = frozenset()


key = match_key  # lexicon words are looked up under the one matching key of the project


def verb_forms(stem: str) -> set[str]:
    return {stem + _with_object(suffix, obj) for suffix in _PERFECT for obj in _OBJECT} | imperfect_forms(stem) \
        | _defective_forms(stem)


def _defective_forms(stem: str) -> set[str]:
    """Verbs whose last root letter is weak drop it before a suffix: نفى (folded نفي) -> نفت, نفوا, ينفي; دعا ->
    دعت, دعوا, يدعو. A three-letter stem in ا may also be a folded hamza (بدأ -> بدا): its sound forms stay."""
    if len(stem) < 3 or stem[-1] not in "اي":
        return set()
    base = stem[:-1]
    perfect = {base + s for s in ("ت", "تا", "وا", "ين")}
    if stem[-1] == "ي":  # نفي -> ينفي, تنفي, ينفون; ادعي -> يدعي
        imp_base = base[1:] if base.startswith("ا") and len(base) >= 3 else base  # ادعى -> يدعي
        imperfect = {pre + imp_base + suf for pre in IMPERFECT_PREFIXES for suf in ("ي", "ون", "ان", "ين")}
    elif len(stem) == 3:  # دعا -> يدعو, يدعون
        imperfect = {pre + base + suf for pre in IMPERFECT_PREFIXES for suf in ("و", "ون", "وان")}
    else:
        return set()
    return {f + obj for f in perfect | imperfect for obj in _OBJECT}


def imperfect_forms(stem: str) -> set[str]:
    base = stem[1:] if stem.startswith("ا") and len(stem) > 3 else stem
    return {pre + base + _with_object(suf, obj)
            for pre in IMPERFECT_PREFIXES for suf in _IMPERFECT_SUFFIX for obj in _OBJECT}


def _with_object(suffix: str, obj: str) -> str:
    """The plural's silent alif falls before an object pronoun: قصفوا + ها -> قصفوها, حذروا + ه -> حذروه."""
    return (suffix[:-1] if obj and suffix.endswith("وا") else suffix) + obj


def noun_forms(stem: str) -> set[str]:
    base = stem[:-1] if stem.endswith("ه") else stem  # غاره -> غار + ات
    duals = {base + "تين", base + "تان"} if stem.endswith("ه") else set()  # غارتين
    plural = {base + s for s in ("ات", "اته", "اتها", "اتهم", "تي", "ته", "تها")}
    return {stem + s for s in _NOUN_SUFFIX} | plural | duals


def _entries(raw: dict) -> list[tuple[dict, Entry]]:
    out = []
    for type_, items in raw.items():
        if type_ not in TYPES:
            raise DataError(f"triggers.yaml: unknown PLOVER type {type_!r}")
        for item in items:
            names = [n for k in ("verbs", "nouns", "forms") for n in item.get(k, [])]
            lemma = names[0] if names else " ".join(item["phrases"][0])
            entry = Entry(type_, item.get("mode"), tuple(item.get("violations", [])),
                          frozenset(key(n) for n in item.get("needs", [])), item.get("alt"), lemma,
                          frozenset(key(n) for n in item.get("not_after", [])), bool(item.get("casualty")),
                          frozenset(key(n) for n in item.get("not_before", [])), bool(item.get("label")),
                          bool(item.get("indefinite")),
                          frozenset(f for v in item.get("governed", []) for f in verb_forms(key(v))),
                          int(item.get("window", 5)), int(item.get("window_before", 0)),
                          int(item.get("govern_window", 3)), bool(item.get("suffered")),
                          frozenset(key(n) for n in item.get("object_preps", [])), bool(item.get("moved")))
            out.append((item, entry))
    return out


_SEED_MIN_HITS = 3
_SEED_MIN_PRECISION = 0.5


def _cameo_seed() -> list[tuple[str, Entry]]:
    """Verbs of the CAMEO Arabic dictionary (cameo_verbs.tsv) that proved reliable triggers on train."""
    path = resources.files("rasd.data").joinpath("events/cameo_verbs.tsv")
    out = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            hits, precision = row.get("train_hits") or "0", row.get("train_precision") or "0"
            if not row["plover_type"] or int(hits) < _SEED_MIN_HITS or float(precision) < _SEED_MIN_PRECISION:
                continue
            if key(row["lemma"]).endswith(("ي", "ا")):
                continue  # weak final root (دعى, نفا): generated forms would be wrong; triggers.yaml lists them
            needs = frozenset({key(row["particle"])}) if row.get("particle") else frozenset()
            violations = tuple(v for v in (row.get("violations") or "").split("|") if v)
            out.append((key(row["lemma"]), Entry(row["plover_type"], row.get("plover_mode") or None, violations,
                                                 needs, None, row["lemma"])))
    return out


def _add_verb(table: dict[str, tuple[Entry, str]], imperfect: set[str], stem: str, entry: Entry) -> None:
    """Claim the verb's forms not yet claimed (earlier entries win: likelier readings come first); remember
    which claimed forms are imperfects (توصل of وصل is not, when توصل the verb claimed it first)."""
    perfect = verb_forms(stem) - imperfect_forms(stem)
    for f in verb_forms(stem):
        if f not in table:
            table[f] = (entry, "verb")
            if f not in perfect:
                imperfect.add(f)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    path = resources.files("rasd.data").joinpath("events/triggers.yaml")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise DataError(f"cannot read the trigger lexicon {path}: {err}") from None
    words: dict[str, tuple[Entry, str]] = {}
    phrases: dict[tuple[str, ...], Entry] = {}
    guarded: dict[str, list[tuple[Entry, str]]] = {}
    imperfect: set[str] = set()
    for item, entry in _entries(raw):
        table: dict[str, tuple[Entry, str]] = {} if item.get("guarded") else words
        for v in item.get("verbs", []):
            _add_verb(table, imperfect, key(v), entry)
        for n in item.get("nouns", []):
            for f in noun_forms(key(n)):
                if table.get(f) == (entry, "verb"):
                    table[f] = (entry, "either")  # قصف, ضرب: the verb and its verbal noun share letters
                else:
                    table.setdefault(f, (entry, "noun"))
        for p in item.get("phrases", []):
            phrases[tuple(key(w) for w in p)] = entry
        if item.get("guarded"):
            for f, hit in table.items():
                guarded.setdefault(f, []).append(hit)
    for lemma, entry in _cameo_seed():
        _add_verb(words, imperfect, lemma, entry)  # the hand-written lexicon wins where both have a form
    # exact forms named in the data beat generated ones (e.g. نفي the noun over a verb form)
    for item, entry in _entries(raw):
        for f in item.get("forms", []):
            if item.get("guarded"):
                readings = [h for h in guarded.get(key(f), []) if h[0] is not entry]
                guarded[key(f)] = [*readings, (entry, "form")]
            else:
                words[key(f)] = (entry, "form")
    return Lexicon(words, phrases, max((len(p) for p in phrases), default=1), guarded, frozenset(imperfect))

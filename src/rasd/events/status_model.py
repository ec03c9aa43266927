"""A learned status classifier over the cues the rules use (events/status.py) and the rules' own answer.

Status depends on many weak signals at once (tense, a background cue at the head of the clause, a
date before the news, its distance in days, a relative clause or the pluperfect, the sentence's place
in the report, a speaker telling its own deed, words that distance the text). A maximum-entropy
classifier (CRFsuite on one-item sequences), trained on the training reports by
`scripts/train_status_model.py`, weighs them; the rule answer is one of its features, so it learns
where the rules go wrong. It overrides the rules only where it is confident (its probability at or
above the threshold chosen by cross-validation): alone it was no better than the rules, as a
corrector of them it was. It is used only when cross-validation on the training reports shows it
beating the rules (see data/models/status_model.json); otherwise the package ships without it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycrfsuite

from rasd.analyse.tokens import IMPERFECT_PREFIXES
from rasd.document import Actor, Document, EventDate, Span
from rasd.errors import DataError
from rasd.events.cues import QUOTES_CLOSE, QUOTES_OPEN, find_cue
from rasd.events.roles_clauses import single
from rasd.events.status import PLUPERFECT
from rasd.events.triggers import Trigger
from rasd.recognise.times import time_values_in

MODEL = "models/status_model.crfsuite"
META = "models/status_model.json"
_CUES = ("historical", "planned", "alleged", "alleged_after", "denied", "announced", "speech", "self_report",
         "conditional", "accuse", "undergo", "planned_after")
_ANCHORS = frozenset({"منذ", "بعد", "قبل", "اثر", "عقب", "اعقاب"})  # the event as the time of another
_PAST_WORDS = frozenset({"الماضي", "الماضيه", "ماضي", "ماضيه", "سابق", "سابقه", "السابق", "السابقه"})
_PASSIVE = frozenset({"تم", "جري", "يتم", "يجري"})


def status_features(doc: Document, trig: Trigger, sentence: Span, clause: Span, date: EventDate,
                    teller: Actor | None, own_deed: bool, rule_status: str,
                    inherited: bool = False) -> dict[str, float]:
    """What the status depends on, as named features (the model is keyed by these names). `inherited`: the
    date is the story's, carried from an earlier sentence, not one this sentence gives."""
    tokens = doc.tokens
    before_sentence = [t for t in tokens[: trig.first] if t.start >= sentence.start]
    before_clause = [t for t in before_sentence if t.start >= clause.start]
    after = tokens[trig.last + 1 : trig.last + 4]
    first = tokens[trig.first]
    f: dict[str, float] = {
        f"rule={rule_status}": 1.0,
        f"type={trig.entry.type}": 1.0,
        f"pos={trig.pos}": 1.0,
        f"rule|type={rule_status}|{trig.entry.type}": 1.0,
        "future": float("س" in first.proclitics),
        "imperfect": float(trig.pos == "verb" and first.stem_norm[:1] in IMPERFECT_PREFIXES),
        "purpose_lam": float(bool(first.segments) and first.segments[0].text == "ل"),
        "own_deed": float(own_deed),
        "speaker": float(teller is not None),
        f"speaker={teller.category if teller else '-'}": 1.0,
        "in_quote": float(_in_quote(doc.text[sentence.start : tokens[trig.first].start])),
        "clause_opens_sentence": float(clause.start == sentence.start),
        f"opener={before_sentence[0].stem_norm if before_sentence else '^'}": 1.0,
        f"prev={before_sentence[-1].stem_norm if before_sentence else '^'}": 1.0,
    }
    for cue in _CUES:
        for where, window in (("near", before_clause[-3:]), ("clause", before_clause),
                              ("head", before_sentence[:4]), ("after", after)):
            if find_cue(window, cue) is not None:
                f[f"cue:{cue}@{where}"] = 1.0
    f.update(_date_features(date, doc.meta.published))
    if inherited:
        f = {k: v for k, v in f.items() if not k.startswith(("gap=", "date="))} | {"date=story": 1.0}
    f.update(_old_times(doc, sentence))
    f.update(_context_features(doc, trig, sentence, before_sentence, before_clause))
    return f


def _words(tokens: list) -> set[str]:
    return {t.stem_norm for t in tokens} | {t.norm for t in tokens}


def _context_features(doc: Document, trig: Trigger, sentence: Span, before_sentence: list,
                      before_clause: list) -> dict[str, float]:
    """Tense and background markers around the trigger and the sentence's place in the report (background
    usually follows the lead)."""
    index = doc.sentences.index(sentence) if sentence in doc.sentences else 0
    near = before_sentence[-3:]
    return {
        f"sentence={min(index, 4)}": 1.0,
        "relative": float(bool(_words(near) & single("relatives"))),
        "anchor": float(bool(_words(near) & _ANCHORS)),
        "pluperfect_clause": float(bool(_words(before_clause) & PLUPERFECT)),
        "pluperfect_head": float(bool(before_sentence) and before_sentence[0].stem_norm in PLUPERFECT),
        "qad": float("قد" in _words(near)),
        "passive": float(bool(_words(near) & _PASSIVE)),
        "past_word": float(bool(_words(doc.tokens_in(sentence)) & _PAST_WORDS)),
        f"lemma={trig.entry.lemma}": 1.0,
    }


def _old_times(doc: Document, sentence: Span) -> dict[str, float]:
    """The sentence names a time before the month of the news (background talks of 2013, of March 2011)."""
    published = doc.meta.published
    if not published:
        return {}
    old = [t for _, t in time_values_in(doc, sentence) if t.latest and t.latest[:7] < published[:7]]
    return {"old_time_in_sentence": 1.0} if old else {}


def _in_quote(text: str) -> bool:
    return sum(text.count(q) for q in QUOTES_OPEN[:2]) > sum(text.count(q) for q in QUOTES_CLOSE[:2]) or (
        text.count('"') % 2 == 1)


def _date_features(date: EventDate, published: str | None) -> dict[str, float]:
    if date.value is None or date.precision == "unknown" or not published:
        return {"date=none": 1.0}
    value, pub = date.value, published
    gap = _gap_days(date, published)
    if gap is not None:
        bucket = next((f"<={b}" for b in (0, 1, 7, 30, 365) if gap <= b), ">365")
        extra = {f"gap={bucket}": 1.0}
    else:
        extra = {}
    if value[:4] < pub[:4]:
        where = "earlier_year"
    elif value[:7] < pub[:7]:
        where = "earlier_month"
    elif value[:7] == pub[:7]:
        where = "same_month"
    else:
        where = "later"
    return {f"date={where}": 1.0, f"date_precision={date.precision}": 1.0, **extra}


def _gap_days(date: EventDate, published: str) -> int | None:
    """Days from the event's latest possible day to publication."""
    from datetime import date as day

    if not date.latest or len(published) != 10:
        return None
    try:
        return (day.fromisoformat(published) - day.fromisoformat(date.latest[:10])).days
    except ValueError:
        return None


@dataclass(frozen=True)
class StatusModel:
    tagger: pycrfsuite.Tagger
    threshold: float = 0.0  # below this probability the rules' own answer stands

    def predict(self, feats: dict[str, float]) -> str:
        self.tagger.set([feats])
        label = self.tagger.tag()[0]
        return combine(label, self.tagger.marginal(label, 0), feats, self.threshold)


_FIRM = frozenset({"denied", "alleged"})  # rule answers that rest on a word saying so (نفى, مزعوم)


def combine(label: str, prob: float, feats: dict[str, float], threshold: float) -> str:
    """The model's label where it is confident and the rules' answer does not rest on grammar or an
    explicit word (a future verb ستقصف, a denial, a distancing word): those stand."""
    rule = next((k[len("rule="):] for k in feats if k.startswith("rule=")), label)
    if prob < threshold or rule in _FIRM or feats.get("future"):
        return rule
    return label


@lru_cache(maxsize=1)
def load_status_model() -> StatusModel | None:
    """The shipped model when its cross-validation beat the rules, else None (the rules decide)."""
    meta = resources.files("rasd.data").joinpath(META)
    model = resources.files("rasd.data").joinpath(MODEL)
    if not meta.is_file() or not model.is_file():
        return None
    try:
        info = json.loads(meta.read_text(encoding="utf-8"))
        if not info.get("use"):
            return None
        tagger = pycrfsuite.Tagger()
        with resources.as_file(model) as path:
            tagger.open(str(path))
    except (OSError, ValueError) as err:
        raise DataError(f"cannot load the status model {model}: {err}") from None
    return StatusModel(tagger, float(info.get("threshold", 0.0)))

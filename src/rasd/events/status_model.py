"""A learned status classifier over the cues the rules use (events/status.py) and the rules' own answer.

Status depends on many weak signals at once (tense, a background cue at the head of the clause, a
date before the news, a speaker telling its own deed, words that distance the text). A maximum-entropy
classifier (CRFsuite on one-item sequences), trained on the training reports by
`scripts/train_status_model.py`, weighs them; the rule answer is one of its features, so it learns
where the rules go wrong. It is used only when cross-validation on the training reports shows it
beating the rules (see data/models/status_model.json); otherwise the package ships without it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycrfsuite

from rasd.document import Actor, Document, EventDate, Span
from rasd.errors import DataError
from rasd.events.cues import find_cue
from rasd.events.triggers import Trigger

MODEL = "models/status_model.crfsuite"
META = "models/status_model.json"
_CUES = ("historical", "planned", "alleged", "denied", "announced", "speech", "self_report", "conditional")
_QUOTES_OPEN, _QUOTES_CLOSE = "“«\"", "”»\""


def status_features(doc: Document, trig: Trigger, sentence: Span, clause: Span, date: EventDate,
                    teller: Actor | None, own_deed: bool, rule_status: str) -> dict[str, float]:
    """What the status depends on, as named features (the model is keyed by these names)."""
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
        "future": float(any(s.role == "proclitic" and s.text == "س" for s in first.segments)),
        "imperfect": float(trig.pos == "verb" and first.stem_norm[:1] in ("ي", "ت", "ن")),
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
    return f


def _in_quote(text: str) -> bool:
    return sum(text.count(q) for q in _QUOTES_OPEN[:2]) > sum(text.count(q) for q in _QUOTES_CLOSE[:2]) or (
        text.count('"') % 2 == 1)


def _date_features(date: EventDate, published: str | None) -> dict[str, float]:
    if date.value is None or date.precision == "unknown" or not published:
        return {"date=none": 1.0}
    value, pub = date.value, published
    if value[:4] < pub[:4]:
        where = "earlier_year"
    elif value[:7] < pub[:7]:
        where = "earlier_month"
    elif value[:7] == pub[:7]:
        where = "same_month"
    else:
        where = "later"
    return {f"date={where}": 1.0, f"date_precision={date.precision}": 1.0}


@dataclass(frozen=True)
class StatusModel:
    tagger: pycrfsuite.Tagger

    def predict(self, feats: dict[str, float]) -> str:
        return self.tagger.tag([feats])[0]


@lru_cache(maxsize=1)
def load_status_model() -> StatusModel | None:
    """The shipped model when its cross-validation beat the rules, else None (the rules decide)."""
    meta = resources.files("rasd.data").joinpath(META)
    model = resources.files("rasd.data").joinpath(MODEL)
    if not meta.is_file() or not model.is_file():
        return None
    try:
        if not json.loads(meta.read_text(encoding="utf-8")).get("use"):
            return None
        tagger = pycrfsuite.Tagger()
        with resources.as_file(model) as path:
            tagger.open(str(path))
    except (OSError, ValueError) as err:
        raise DataError(f"cannot load the status model {model}: {err}") from None
    return StatusModel(tagger)

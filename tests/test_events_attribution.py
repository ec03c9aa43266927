"""Event attribution: statements by unnamed sources, stance verbs, and events told before the speaker speaks."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.ingest.text import read_text
from rasd.pipeline import default_pipeline

_PIPELINE = default_pipeline()


def _attributions(text: str) -> list[tuple[str, str]]:
    doc: Document = _PIPELINE(next(read_text(text.encode(), "test", "2018-04-10")))
    return [(e.type, e.attribution.kind if e.attribution else "") for e in doc.events]


@pytest.mark.parametrize("text", [
    "ونفى مصدر في الإدارة الأمريكية المزاعم حول مسؤولية الولايات المتحدة عن الهجوم.",
    "واتهم دبلوماسيون غربيون موسكو بمحاولة تعطيل التصويت.",
])
def test_events_attribution_unnamed_speaker_is_anonymous(text: str) -> None:
    kinds = dict(_attributions(text))
    assert kinds.get("REJECT", kinds.get("ACCUSE")) == "anonymous"


def test_events_attribution_accused_deed_told_by_the_accuser() -> None:
    assert ("ASSAULT", "named_official") in _attributions("واتهمت دمشق إسرائيل بشن غارة جوية على مطار التيفور.")


def test_events_attribution_subject_before_the_verb() -> None:
    assert _attributions("لكن النظام السوري اعترف بتوجيه ضربات جوية على دوما.") == [("ASSAULT", "named_official")]


def test_events_attribution_event_before_the_speaker_is_the_outlets() -> None:
    found = _attributions("وعلى إثر خروج القافلة الأخيرة من دوما، أعلن الجيش السوري استعادة الغوطة.")
    assert ("RETREAT", "outlet") in found


def test_conjoined_continuation_verb_keeps_the_speaker() -> None:
    from rasd.events.attribution import AttributionTracker
    from rasd.ingest.text import read_text
    from rasd.pipeline import default_pipeline

    text = "وقالت مصادر خاصة إن القوات اعتقلت شابين. وأضافت أن الحاجز قصف البلدة."
    doc = default_pipeline()(next(read_text(text.encode(), "test", "2018-04-14")))
    tracker = AttributionTracker(doc)
    first = tracker.for_sentence(doc.sentences[0])
    tracker.update(doc.sentences[0], first)
    assert first is not None and tracker.for_sentence(doc.sentences[1]) == first

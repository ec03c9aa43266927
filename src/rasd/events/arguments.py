"""Where, when and how many: the place, date and counts of an event from the entities around it."""

from __future__ import annotations

import re
from datetime import date as day
from datetime import timedelta

from rasd.analyse.normalise import fold, normalise
from rasd.document import Count, Document, EventDate, Place, Span, TimeValue
from rasd.events.context import Entities, Located, within
from rasd.events.cues import find_cue
from rasd.recognise.quantities import quantities_in
from rasd.recognise.times import time_values_in

_PRECISION_BY_FEATURE = {"region": "region", "governorate": "admin", "district": "admin", "subdistrict": "admin",
                         "country": "admin", "facility": "near"}
_KIND_BY_TYPE = {"killing": "killed", "arbitrary_detention": "detained", "forced_displacement": "displaced"}


def event_place(doc: Document, clause: Span, sentence: Span, ents: Entities, actor_spans: list[Located],
                previous: str | None) -> tuple[str | None, str]:
    """The place the clause (else the sentence, else the story so far) names, and its precision.

    A place inside an actor's description ("a young man from the western countryside") is where
    someone comes from, not where the event happened, and is skipped.
    """
    places = {p.id: p for p in doc.places}
    filed = _dateline_end(doc.text)
    for scope in (clause, sentence):
        candidates = [p for p in within(ents.places, scope)
                      if not _inside_actor(p, actor_spans) and not _origin(doc, p) and p.start >= filed]
        if candidates:
            best = _most_precise([places[c.ref] for c in candidates if c.ref in places])
            if best:
                return best.id, _precision(best)
    if previous and previous in places:
        return previous, _precision(places[previous])
    return None, "none"


def _most_precise(places: list[Place]) -> Place | None:
    rank = {"facility": 0, "neighbourhood": 1, "village": 2, "town": 2, "city": 3, "subdistrict": 4,
            "district": 5, "region": 6, "governorate": 7, "country": 8}
    located = [p for p in places if p.lat is not None]
    return min(located, key=lambda p: rank.get(p.feature, 9)) if located else None


def _precision(place: Place) -> str:
    return _PRECISION_BY_FEATURE.get(place.feature, "exact")


_DATELINE = re.compile(r"^\s*[^\n.]{0,80}?[)\s][-–—]{1,2}")


def _dateline_end(text: str) -> int:
    """"أتلانتا، الولايات المتحدة (CNN)--": where the report was filed is not where anything happened."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def _origin(doc: Document, p: Located) -> bool:
    """A place after "ينحدر من" / "من أبناء" is where a person comes from."""
    before = [t for t in doc.tokens if p.start - 40 <= t.start and t.end <= p.start][-4:]
    return find_cue(before, "origin") is not None


def _inside_actor(p: Located, actor_spans: list[Located]) -> bool:
    return any(a.start <= p.start and p.end <= a.end for a in actor_spans)


def event_date(doc: Document, trigger: Span, clause: Span, sentence: Span,
               story: EventDate | None = None) -> EventDate:
    """The time the clause or sentence gives (nearest the trigger); else the day of the news told so far
    (`story`: the last dated event of the last days before publication); else the publication month,
    precision unknown."""
    for scope in (clause, sentence):
        candidates = [(span, t) for span, t in time_values_in(doc, scope)
                      if t.value and not _since(doc, span.start) and not _time_of_telling(doc, span, trigger, sentence)]
        if candidates:
            _, best = min(candidates, key=lambda c: abs(c[0].start - trigger.start))
            return _from_time(best)
    if story is not None and not since_long_ago(doc, trigger, clause):
        # an event running "since 2013" is no news of the day: it keeps no date of the story
        return story
    return publication_date(doc.meta.published)


_TOLD_WINDOW = 6  # tokens from a verb of saying to the time it was said: "وذكر التلفزيون الرسمي السوري، صباح الإثنين"


def _time_of_telling(doc: Document, span: Span, trigger: Span, sentence: Span) -> bool:
    """A time between a verb of saying and the أن that opens what was said, the deed told after it ("وذكر
    التلفزيون، صباح الإثنين، بأن قاعدة ضربت"): when it was said, not when it happened."""
    if not (span.end <= trigger.start):
        return False
    before = doc.tokens_in(Span(sentence.start, span.start))[-_TOLD_WINDOW:]
    between = doc.tokens_in(Span(span.end, trigger.start))
    return find_cue(before, "speech") is not None and find_cue(between, "content") is not None


_NEWS_DAYS = 7


def news_day(date: EventDate, published: str | None) -> bool:
    """A day in the week before publication: the day the news is about, which later sentences share."""
    if date.precision != "day" or not date.value or not published or len(published) != 10:
        return False
    gap = (day.fromisoformat(published) - day.fromisoformat(date.value)).days
    return 0 <= gap <= _NEWS_DAYS


def _since(doc: Document, start: int) -> bool:
    """"منذ 2013" dates the start of a state, not the event: GUIDE leaves such events undated."""
    before = fold(normalise(doc.text[max(0, start - 12) : start]).text).split()
    words = [w.lstrip("و") if w.startswith("ومنذ") else w for w in before[-2:]]
    return "منذ" in words[-1:] or (words[-1:] in (["العام"], ["عام"]) and "منذ" in words[:1])


_LONG_AGO_DAYS = 30
_SINCE_WINDOW = 10  # words after the trigger where "منذ ..." still qualifies it
_FIRST_WINDOW = 3  # words before the trigger or before منذ where "أول" makes it "the first ... since"


def since_long_ago(doc: Document, trigger: Span, clause: Span) -> bool:
    """The deed is told as running "since" a time well before publication (قتل 92 عسكريا منذ تدخل موسكو,
    تعرضت لحصار منذ 2013): background. The phrase follows the trigger; one before it qualifies
    something else (يعانون منذ 2013 من حصار)."""
    after = [t for t in doc.tokens_in(clause) if t.start >= trigger.end][:_SINCE_WINDOW]
    since = next((i for i, t in enumerate(after) if t.norm in ("منذ", "ومنذ")), None)
    if since is None:
        return False
    before_trigger = [t for t in doc.tokens_in(clause) if t.end <= trigger.start][-_FIRST_WINDOW:]
    if find_cue(before_trigger + after[max(0, since - _FIRST_WINDOW) : since], "first_since") is not None:
        return False  # "أول غارة منذ 2016", "قصفت ... في أول غارة منذ": news measured against the past
    if find_cue(after, "since_background") is not None:
        return True
    published = doc.meta.published
    if not published or len(published) != 10:
        return False
    limit = days_before(published, _LONG_AGO_DAYS)
    reach = Span(trigger.end, after[-1].end)
    return any(t.latest and t.latest < limit for span, t in time_values_in(doc, reach) if _since(doc, span.start))


def days_before(iso_day: str, days: int) -> str:
    return (day.fromisoformat(iso_day) - timedelta(days=days)).isoformat()


def _from_time(t: TimeValue) -> EventDate:
    return EventDate(t.value, t.earliest, t.latest, t.precision)


def publication_date(published: str | None) -> EventDate:
    if not published:
        return EventDate(None, None, None, "unknown")
    month = published[:7]
    return EventDate(month, _first_day(published), _last_day(published), "unknown")


def _first_day(iso: str) -> str:
    return iso if len(iso) == 10 else (iso + "-01" if len(iso) == 7 else iso + "-01-01")


def _last_day(iso: str) -> str:
    import calendar

    if len(iso) == 10:
        return iso
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:7])
        return f"{iso}-{calendar.monthrange(y, m)[1]:02d}"
    return iso + "-12-31"


def event_counts(doc: Document, clause: Span, violations: list[str]) -> list[Count]:
    """People counted in the clause; a repeated expression points at the mention of its first occurrence."""
    counts = []
    for _, q in quantities_in(doc, clause):
        if q.unit != "person":
            continue
        kind = q.kind or next((_KIND_BY_TYPE[v] for v in violations if v in _KIND_BY_TYPE), "persons")
        counts.append(Count(kind, q.value, q.approx, q.mention))
    return counts

"""The event stage: one event per action the report asserts, with its arguments and evidence."""

from __future__ import annotations

from rasd.document import Actor, Attribution, Document, Event, EventDate, Role, Span
from rasd.events.arguments import event_counts, event_date, event_place, news_day
from rasd.events.attribution import AttributionTracker, event_attribution, speaker_attribution, unnamed_source
from rasd.events.confidence import confidence
from rasd.events.context import Entities, clause_of
from rasd.events.cues import find_cue
from rasd.events.modes import assault_mode, violations
from rasd.events.roles import TokenIndex, assign_roles
from rasd.events.speaker import same_side, speaker_of, stance_speaker, tells_own_deed
from rasd.events.status import event_status, first_person
from rasd.events.status_model import StatusModel, load_status_model, status_features
from rasd.events.triggers import Trigger, find_triggers
from rasd.pipeline import stage

_PERSON_LABELS = frozenset({"PER", "person"})
_REPORTERS = frozenset({"media", "ngo"})


@stage("events", requires=("sentences", "tokens", "actors", "places", "times", "quantities", "sources"),
       assigns=("events",))
def event_stage(doc: Document) -> None:
    build_events(doc, load_status_model())


def build_events(doc: Document, status_model: StatusModel | None,
                 collect: list[tuple[Event, dict[str, float]]] | None = None) -> None:
    """Append the document's events; `collect` receives each event with its status features (training)."""
    ents = Entities.of(doc)
    actors = {a.id: a for a in doc.actors}
    index = TokenIndex(doc.tokens)
    tracker = AttributionTracker(doc)
    triggers = find_triggers(doc)
    last_place: str | None = None
    story_date: EventDate | None = None
    told_date: EventDate | None = None
    by_sentence: dict[Span, list[Trigger]] = {}
    for trig in triggers:
        by_sentence.setdefault(doc.sentence_of(doc.tokens[trig.first].start), []).append(trig)
    for sentence in doc.sentences:
        sentence_att = tracker.for_sentence(sentence) or _speaker_attribution(doc, sentence, ents, actors)
        tracker.update(sentence, sentence_att)
        for trig in by_sentence.get(sentence, []):
            event, feats = _event(doc, trig, sentence, ents, actors, index, sentence_att, last_place, story_date,
                                  told_date)
            if status_model is not None:
                event.status = status_model.predict(feats)
            if collect is not None:
                collect.append((event, feats))
            doc.events.append(event)
            last_place = event.place or last_place
            if event.date is not None and news_day(event.date, doc.meta.published):
                story_date = event.date
            if event.date is not None and event.date.precision != "unknown" and event.date is not story_date:
                told_date = event.date  # the last date the text itself gave: "وقتها" points back to it


def _event(doc: Document, trig: Trigger, sentence: Span, ents: Entities, actors: dict[str, Actor],
           index: TokenIndex, sentence_att: Attribution | None, last_place: str | None,
           story_date: EventDate | None, told_date: EventDate | None = None) -> tuple[Event, dict[str, float]]:
    span = trig.span(doc.tokens)
    clause = clause_of(doc, sentence, span.start)
    roles = assign_roles(doc, trig, clause, ents.actors, index, actors, sentence)
    sentence_tokens = doc.tokens_in(sentence)
    clause_tokens = doc.tokens_in(clause)
    targets = [actors[t].category for t in roles.targets if t in actors]
    place, precision = event_place(doc, clause, sentence, ents, ents.actors, last_place)
    mode = assault_mode(trig.entry, clause_tokens) if trig.entry.type == "ASSAULT" else trig.entry.mode
    tags = violations(trig.entry, clause_tokens, sentence_tokens, targets)
    date = event_date(doc, span, clause, sentence, story_date)
    if told_date is not None and (date is story_date or date.precision == "unknown") and find_cue(
            clause_tokens, "at_that_time") is not None:
        date = told_date  # "وأعلنت طهران وقتها مقتل سبعة": at the time of the deed told before
    teller = speaker_of(doc, sentence, trig, ents.actors, actors)
    own_deed = tells_own_deed(doc, sentence, trig, teller)
    if (own_deed or first_person(doc, trig)) and teller is not None and not roles.sources:
        roles.sources.append(teller.id)  # "قال التحالف إنه نفذ ضربة", "لقد قتلنا ...": the speaker acted
    speaker = actors.get(roles.sources[0]) if roles.sources else None
    if sentence_att is not None and sentence_att == _speaker_attribution(doc, sentence, ents, actors) and \
            stance_speaker(doc, sentence, trig, ents.actors, actors) is None:
        sentence_att = None  # told before its speaker speaks: "وعلى إثر خروج القافلة، أعلن الجيش ..."
    attribution = event_attribution(trig.entry.type, sentence_att, speaker, _is_person(doc, speaker),
                                    unnamed_source(doc, clause, speaker))
    reporter = teller is not None and teller.category in _REPORTERS
    # GUIDE.md: `announced` is an actor's claim about its own action ("أكد الجيش استيلاء قواته على ...")
    own_deed = own_deed or (teller is not None and not reporter and teller.id in roles.sources) or (
        teller is not None and _own_side_acted(teller, [actors[s] for s in roles.sources if s in actors]))
    status = event_status(doc, trig, sentence, clause, date, own_deed, reporter)
    if status == "announced" and attribution.kind == "outlet" and speaker is not None:
        attribution = speaker_attribution(speaker, _is_person(doc, speaker))  # an announcement is its author's
    feats = status_features(doc, trig, sentence, clause, date, teller, own_deed, status,
                            inherited=date is story_date)
    event = Event(
        id=f"e{len(doc.events) + 1}", type=trig.entry.type, mode=mode, violations=tags, trigger=span,
        evidence=clause if len(clause) >= len(span) else sentence,
        roles=[Role("source", a) for a in roles.sources] + [Role("target", a) for a in roles.targets],
        place=place, place_precision=precision, date=date, counts=event_counts(doc, clause, tags),
        attribution=attribution, status=status)
    event.confidence = confidence(event, doc.span_text(span))
    return event, feats


def _own_side_acted(teller: Actor, sources: list[Actor]) -> bool:
    """A doer of the speaker's own side: state media telling what the army did, a US Army spokesman what the
    coalition did. The body the speaker speaks for does not count: "متحدثة باسم مكتب تنسيق الشؤون
    الإنسانية" is mostly the role stage taking the speaker's title for the doer."""
    return any(same_side(teller, s) and teller.parent not in (s.id, s.kb_id) for s in sources)


def _speaker_attribution(doc: Document, sentence: Span, ents: Entities,
                         actors: dict[str, Actor]) -> Attribution | None:
    """A sentence whose speech verb names its speaker ("وثق المرصد", "قال الجبير") is attributed to it."""
    speaker = stance_speaker(doc, sentence, None, ents.actors, actors)
    if speaker is None:
        return None
    return speaker_attribution(speaker, _is_person(doc, speaker))


def _is_person(doc: Document, actor: Actor | None) -> bool:
    if actor is None:
        return False
    labels = {m.label for m in doc.mentions if m.id in actor.mentions}
    return bool(labels & _PERSON_LABELS)

"""Who says so: the attribution of each event, carried over to sentences that continue a source."""

from __future__ import annotations

from dataclasses import replace

from rasd.document import Actor, Attribution, Document, Mention, Span, Token
from rasd.events.cues import find_cue
from rasd.recognise.sources import phrase_kind

_STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})
_OFFICIAL_CATEGORIES = frozenset({"state_forces", "state_security", "state_official", "foreign_state", "ngo",
                                  "rebel_group", "militia", "jihadist_group", "foreign_militia", "media"})

_UNNAMED = frozenset({"anonymous", "witness"})
_CONJUNCTIONS = ("و", "ف")


class AttributionTracker:
    """Walks the document's sentences in order, remembering the last source for carry-over."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.sources = sorted((m for m in doc.mentions if m.kind == "source"), key=lambda m: m.start)
        self.last: Attribution | None = None
        self.last_sentence: Span | None = None
        self._in_quote_from: Attribution | None = None

    def for_sentence(self, sentence: Span) -> Attribution | None:
        """The attribution a sentence carries by itself or by continuing the previous one."""
        own = [m for m in self.sources if sentence.start <= m.start < sentence.end]
        if own:
            return _from_source(own[0])
        tokens = [_without_conjunction(t) for t in self.doc.tokens_in(sentence)[:3]]
        if self.last and (find_cue(tokens[:3], "continuation") is not None or self._continues_quote(sentence)):
            return self.last
        return None

    def _continues_quote(self, sentence: Span) -> bool:
        """A quotation opened before this sentence and not yet closed continues the same speaker."""
        text = self.doc.text[: sentence.start]
        opened = sum(text.count(q) for q in "“«") - sum(text.count(q) for q in "”»")
        return opened > 0

    def update(self, sentence: Span, att: Attribution | None) -> None:
        if att is not None:
            self.last = att
        self.last_sentence = sentence


def _without_conjunction(tok: Token) -> Token:
    """وأضاف, فقال: the tokenizer keeps some conjoined verbs whole; the cue is the verb."""
    if tok.stem_norm == tok.norm and len(tok.norm) > 3 and tok.norm[0] in _CONJUNCTIONS:
        return replace(tok, stem_norm=tok.norm[1:])
    return tok


def _from_source(m: Mention) -> Attribution:
    return Attribution(m.attrs.get("attribution") or "anonymous", m.id, None)


def unnamed_source(doc: Document, clause: Span, speaker: Actor | None = None) -> Attribution | None:
    """The clause's own anonymous or witness source ("نفى مصدر في الإدارة"), or the speaker's mention in
    the clause when its head is unnamed ("اتهم دبلوماسيون غربيون"): GUIDE gives unnamed officials `anonymous`."""
    own = [m for m in doc.mentions if m.kind == "source" and clause.start <= m.start < clause.end
           and m.attrs.get("attribution") in _UNNAMED]
    if own:
        return _from_source(min(own, key=lambda m: m.start))
    if speaker is None:
        return None
    for m in doc.mentions:
        if m.id in speaker.mentions and clause.start <= m.start < clause.end:
            kind = phrase_kind(doc.text[m.start:m.end])
            if kind in _UNNAMED:
                return Attribution(kind, None, speaker.id)
    return None


def speaker_attribution(speaker: Actor, is_person: bool) -> Attribution:
    """A named body or official speaks officially; another named person speaks for themself."""
    kind = "named_official" if speaker.category in _OFFICIAL_CATEGORIES or not is_person else "named_person"
    return Attribution(kind, None, speaker.id)


def event_attribution(event_type: str, sentence_att: Attribution | None, speaker: Actor | None,
                      speaker_is_person: bool, own_unnamed: Attribution | None = None) -> Attribution:
    """Statements are attributed to their speaker; other events to the sentence's source, else the outlet.
    A statement whose speaker is an unnamed source ("نفى مصدر في الإدارة الأمريكية") stays unnamed."""
    if event_type in _STATEMENT_TYPES and own_unnamed is not None:
        return own_unnamed
    if event_type in _STATEMENT_TYPES and speaker is not None:
        return speaker_attribution(speaker, speaker_is_person)
    if sentence_att is not None:
        return sentence_att
    return Attribution("outlet")

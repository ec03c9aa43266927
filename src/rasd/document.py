"""The document model: one `Document` flows through the pipeline and collects what each stage finds.

Every span is a pair of character offsets (Python `str` indices) into `Document.text`, the text
exactly as ingested. Stages that work on a normalised copy map their offsets back before they
store anything here (see `rasd.analyse.normalise`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from rasd.analyse.normalise import Normalised

MentionKind = Literal["actor", "place", "time", "quantity", "source"]
T = TypeVar("T")


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Segment:
    """One sub-token: a clitic or the stem of a token, with its own original offsets."""

    start: int
    end: int
    text: str
    role: Literal["proclitic", "article", "stem", "enclitic"]


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    norm: str  # normalised and folded form of the whole token
    segments: tuple[Segment, ...] = ()
    stem_norm: str = ""  # normalised and folded stem without clitics (the whole token when it has none)

    @property
    def stem(self) -> Segment | None:
        return next((s for s in self.segments if s.role == "stem"), None)

    @property
    def proclitics(self) -> tuple[str, ...]:
        """The proclitics peeled off the word, in order (وبالقصف: و, ب); the article is not one."""
        return tuple(s.text for s in self.segments if s.role == "proclitic")


@dataclass
class Mention:
    id: str
    kind: MentionKind
    start: int
    end: int
    text: str
    label: str | None = None  # recogniser's own label (e.g. ORG, descriptive, region)
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class Actor:
    id: str
    name: str
    category: str
    mentions: list[str]
    name_en: str | None = None
    kb_id: str | None = None
    country: str | None = None
    parent: str | None = None


@dataclass
class Place:
    id: str
    name: str
    feature: str
    mentions: list[str]
    name_en: str | None = None
    kb_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin: list[str] = field(default_factory=list)
    why: str | None = None  # how the candidate was chosen, for reviewers


@dataclass
class TimeValue:
    mention: str
    value: str | None
    earliest: str | None
    latest: str | None
    precision: str


@dataclass
class Quantity:
    mention: str
    value: int | float | None
    approx: bool
    unit: str = "person"
    kind: str | None = None  # killed, injured, detained, displaced when the text says


@dataclass
class Role:
    role: str
    actor: str


@dataclass
class EventDate:
    value: str | None
    earliest: str | None
    latest: str | None
    precision: str


@dataclass
class Count:
    kind: str
    value: int | float | None
    approx: bool
    mention: str | None


@dataclass
class Attribution:
    kind: str
    mention: str | None = None
    actor: str | None = None


@dataclass
class Event:
    id: str
    type: str
    trigger: Span
    evidence: Span
    mode: str | None = None
    violations: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    place: str | None = None
    place_precision: str = "none"
    date: EventDate | None = None
    counts: list[Count] = field(default_factory=list)
    attribution: Attribution = field(default_factory=lambda: Attribution("outlet"))
    status: str = "reported"
    confidence: float = 0.5


@dataclass
class Custody:
    """Chain of custody: what bytes were received, from where, when, and who extracted them."""

    raw_sha256: str
    source: str
    retrieved: str
    extractor: str


@dataclass
class Meta:
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
    title: str | None = None
    language: str = "ar"
    input_id: str | None = None  # the id the input gave, if any


@dataclass
class Document:
    text: str
    meta: Meta
    custody: Custody
    normalised: Normalised | None = None
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeValue] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # what is available so far: ingest gives text, meta and custody; each stage appends what it assigns
    done: list[str] = field(default_factory=lambda: ["text", "meta", "custody"])
    # results derived from the tokens that several stages read (NER tags, trigger candidates): see memoised();
    # never written out
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def id(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def new_mention(self, kind: MentionKind, start: int, end: int, label: str | None = None,
                    **attrs: Any) -> Mention:
        """Add a mention with the next free id; its text is always read from the original."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"mention {start}..{end} outside the text of length {len(self.text)}")
        m = Mention(f"m{len(self.mentions) + 1}", kind, start, end, self.text[start:end], label, attrs)
        self.mentions.append(m)
        return m

    def mention(self, mention_id: str) -> Mention:
        return self._mention_index()[mention_id]

    def _mention_index(self) -> dict[str, Mention]:
        return {m.id: m for m in self.mentions}

    def memoised(self, name: str, compute: Callable[[], T], *key: object) -> T:
        """`compute()` once per token list (and `key`): results from the tokens that several stages read."""
        stamp = (id(self.tokens), len(self.tokens), *key)
        cached = self.memo.get(name)
        if cached is None or cached[0] != stamp:
            cached = (stamp, compute())
            self.memo[name] = cached
        return cached[1]

    def mentions_of(self, kind: MentionKind) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    def sentence_of(self, pos: int) -> Span:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return Span(0, len(self.text))

    def tokens_in(self, span: Span) -> list[Token]:
        return [t for t in self.tokens if span.start <= t.start and t.end <= span.end]

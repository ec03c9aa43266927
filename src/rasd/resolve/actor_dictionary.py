"""The actor dictionary (`data/actors/*.yaml`) and the word lists of descriptive actors (`data/actors/lexicon/`).

Names are indexed under `key()`: `match_key` (normalised, folded, single-spaced), lower-cased for Latin
names, with punctuation split off as its own token and quotes dropped, exactly as the recogniser joins
the keys of consecutive tokens, so a name of n tokens is found by one lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from rasd.analyse.normalise import match_key

CATEGORIES = frozenset({
    "state_forces", "state_security", "state_official", "rebel_group", "militia", "foreign_state",
    "foreign_militia", "jihadist_group", "civilians", "combatants", "media", "ngo", "other",
})
SOURCES = frozenset({"ucdp", "petrarch", "rasd-authored"})
_WORD = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
QUOTES = frozenset({'"', "'", "`"})


def key_tokens(text: str) -> list[str]:
    """The lookup keys of the tokens of `text`, quotes dropped."""
    return [w.lower() for w in _WORD.findall(match_key(text)) if w not in QUOTES]


def key(text: str) -> str:
    return " ".join(key_tokens(text))


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    name_en: str | None
    category: str
    country: str | None
    parent: str | None
    ucdp: int | None
    source: str
    aliases: tuple[str, ...] = ()
    file: str = ""
    not_before: frozenset[str] = frozenset()  # keys of words after a one-word name that give it another sense

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def is_state(self) -> bool:
        """A state's government entry (`<iso3>.gov`: روسيا, الولايات المتحدة)."""
        return self.id.endswith(".gov")


@dataclass
class ActorDictionary:
    entries: dict[str, ActorEntry] = field(default_factory=dict)
    index: dict[str, str] = field(default_factory=dict)  # key(name) -> entry id
    max_tokens: int = 1

    def add(self, entry: ActorEntry) -> None:
        self.entries.setdefault(entry.id, entry)
        for name in entry.names:
            k = key(name)
            if k:
                self.index.setdefault(k, entry.id)
                self.max_tokens = max(self.max_tokens, len(k.split()))

    def lookup(self, k: str) -> ActorEntry | None:
        eid = self.index.get(k)
        return self.entries[eid] if eid else None

    def get(self, entry_id: str | None) -> ActorEntry | None:
        return self.entries.get(entry_id) if entry_id else None

    def side(self, entry_id: str | None) -> str | None:
        """The top of the entry's parent chain: the state, movement or body it belongs to (SANA and the
        Syrian air defence are both syr.gov's)."""
        seen: set[str] = set()
        while entry_id and entry_id in self.entries and entry_id not in seen:
            seen.add(entry_id)
            parent = self.entries[entry_id].parent
            if not parent or parent not in self.entries:
                return entry_id
            entry_id = parent
        return entry_id

    def for_country(self, iso3: str, kind: str) -> ActorEntry | None:
        """The state's government (`gov`) or armed forces (`forces`) entry."""
        prefix = iso3.lower()
        if iso3 == "SYR":
            return self.entries.get("syr.saa" if kind == "forces" else "syr.gov")
        return self.entries.get(f"{prefix}.{kind}") or self.entries.get(f"{prefix}.gov")


def _data_files(folder: str = "actors") -> Iterator[tuple[str, Any]]:
    root = resources.files("rasd.data").joinpath(folder)
    for path in sorted(root.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".yaml"):
            with path.open(encoding="utf-8") as fh:
                yield path.name, yaml.safe_load(fh)


def entries_of(name: str, data: dict[str, Any]) -> Iterator[ActorEntry]:
    defaults = data.get("defaults") or {}
    for raw in data.get("entries") or []:
        row = {**defaults, **raw}
        yield ActorEntry(
            id=str(row["id"]), name=str(row["ar"]), name_en=row.get("en"), category=row.get("category", "other"),
            country=row.get("country"), parent=row.get("parent"), ucdp=row.get("ucdp"),
            source=row.get("source", "rasd-authored"),
            aliases=tuple(str(a) for a in row.get("aliases") or ()), file=name,
            not_before=frozenset(key(str(w)) for w in row.get("not_before") or ()))


def all_entries() -> list[ActorEntry]:
    return [e for name, data in _data_files() for e in entries_of(name, data)]


@lru_cache(maxsize=1)
def load_dictionary() -> ActorDictionary:
    d = ActorDictionary()
    for entry in all_entries():
        d.add(entry)
    return d


# ---- descriptive-actor lexicons -------------------------------------------------------------------------

_NISBA = ("ي", "يه", "يين", "يون", "يا", "يان", "يتين", "يتان", "يات", "ين", "ون")
_REGULAR = ("", "ه", "ين", "ون", "ا", "ان", "تين", "تان", "ات")


def nisba_forms(base: str) -> set[str]:
    """Every key form of an adjective given in the masculine singular: gender, number, case, article."""
    stem = key(base)
    forms = {stem[:-1] + e for e in _NISBA} if stem.endswith("ي") else {stem + e for e in _REGULAR}
    return forms | {"ال" + f for f in forms}


def _with_article(words: Iterable[str]) -> set[str]:
    out = set()
    for w in words:
        k = key(w)
        out.add(k)
        out.add(k if k.startswith("ال") else "ال" + k)
    return out


@dataclass(frozen=True)
class Lexicon:
    heads: dict[str, tuple[str, str]]  # key -> (kind, default category)
    alone: frozenset[str]
    demonyms: dict[str, str]  # key -> ISO3
    adjectives: dict[str, tuple[str | None, str | None]]  # key -> (category, country)
    links: dict[str, str]  # key (one or more tokens) -> member|ally
    trailing: frozenset[str]
    anaphors: frozenset[str]
    demonstratives: frozenset[str]
    quantifiers: frozenset[str]
    capitals: dict[str, str]  # key -> actor id
    locatives: frozenset[str]
    max_head_tokens: int
    ranks: frozenset[str] = frozenset()  # military ranks: split an office from its holder's name
    unit_words: frozenset[str] = frozenset()  # first words of unit names (لواء, فيلق): not people
    subject_only: frozenset[str] = frozenset()  # pronominal heads that are actors only after subject_after
    subject_after: frozenset[str] = frozenset()
    group_titles: frozenset[str] = frozenset()  # offices of several people: no personal name after them
    group_heads: frozenset[str] = frozenset()  # armed groups (فصائل, ميليشيات): a country adjective is no state army
    gov_heads: frozenset[str] = frozenset()  # org heads that stand for the state (حكومة, نظام), without ال
    media_heads: frozenset[str] = frozenset()  # org heads of an outlet (صحيفة, قناة), without ال
    held_in: frozenset[str] = frozenset()  # first words of places people are held in (سجن): "من" there is no membership
    area_locatives: frozenset[str] = frozenset()  # locatives naming an area, a place even after a preposition


def _lexicon_data() -> dict[str, Any]:
    return {name: data for name, data in _data_files("actors/lexicon")}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = _lexicon_data()
    heads: dict[str, tuple[str, str]] = {}
    for kind, spec in data["heads.yaml"].items():
        for k in _with_article(spec["words"] + spec.get("subject_only", [])):
            heads.setdefault(k, (kind, spec["category"]))
    demonyms: dict[str, str] = {}
    for iso3, spec in data["demonyms.yaml"]["demonyms"].items():
        for adj in spec["adj"]:
            demonyms.update(dict.fromkeys(nisba_forms(adj), iso3))
        demonyms.update(dict.fromkeys(_with_article(spec.get("plural") or ()), iso3))
    mods = data["modifiers.yaml"]
    adjectives: dict[str, tuple[str | None, str | None]] = {}
    for adj, (cat, country) in mods["adjectives"].items():
        adjectives.update(dict.fromkeys(nisba_forms(adj), (cat, country)))
    links = {key(w): rel for rel, words in mods["links"].items() for w in words}
    caps = data["capitals.yaml"]
    return Lexicon(
        heads=heads, alone=frozenset(key(w) for w in data["heads.yaml"]["force"]["alone"]),
        demonyms=demonyms, adjectives=adjectives, links=links,
        trailing=frozenset(key(w) for w in mods["trailing"]), anaphors=frozenset(key(w) for w in mods["anaphors"]),
        demonstratives=frozenset(key(w) for w in mods["demonstratives"]),
        quantifiers=frozenset(key(w) for w in mods["quantifiers"]),
        capitals={key(c): aid for c, aid in caps["capitals"].items()},
        locatives=frozenset(key(w) for w in caps["locatives"]),
        area_locatives=frozenset(key(w) for w in caps.get("area_locatives") or ()),
        max_head_tokens=max(len(k.split()) for k in heads),
        ranks=frozenset(key(w) for w in mods.get("ranks") or ()),
        unit_words=frozenset(key(w) for w in mods.get("unit_words") or ()),
        subject_only=frozenset(key(w) for w in data["heads.yaml"]["pronominal"].get("subject_only", ())),
        subject_after=frozenset(key(w) for w in data["heads.yaml"]["pronominal"].get("subject_after", ())),
        group_titles=frozenset(_with_article(data["heads.yaml"]["title"].get("groups", ()))),
        group_heads=frozenset(_with_article(data["heads.yaml"]["force"].get("groups", ()))),
        gov_heads=frozenset(key(w) for w in data["heads.yaml"]["org"].get("government", ())),
        media_heads=frozenset(key(w) for w in data["heads.yaml"]["org"].get("media", ())),
        held_in=frozenset(key(w) for w in mods.get("held_in") or ()))

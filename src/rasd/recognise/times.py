"""Recognise time expressions and normalise them to ISO 8601 against the publication date.

Absolute dates (18 فبراير/ شباط 2018, 2\\1\\2022, أواخر عام 2017, 15 رمضان 1439) resolve on their own;
relative ones (أمس, الأحد الماضي, الشهر الماضي, قبل أسبوعين, مؤخراً) need `doc.meta.published` and get
value None (precision unknown) without it. Conventions follow GUIDE.md "Time": vague recent time is
the publication month, weekdays point to the most recent such day unless the text plans ahead.

The gold marks each distinct time expression once, so one mention stands for every occurrence of the
same surface text; the others are kept in its `attrs["repeats"]` (see `time_values_in`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from rasd.analyse.normalise import fold
from rasd.document import Document, Span, TimeValue
from rasd.pipeline import stage
from rasd.recognise import dates
from rasd.recognise.dates import UNRESOLVED, Published, Resolved
from rasd.recognise.numbers import parse_digits, parse_words
from rasd.recognise.repeats import occurrences_in
from rasd.recognise.time_grammar import grammar, month_of
from rasd.recognise.wordlists import keys, load

# Cues, in the clause before a weekday, that it names a day to come (بدءا من يوم الثلاثاء).
_FUTURE_CUES = re.compile(r"(?<!كان )(?<!وكان )(?:من المقرر|من المتوقع|المرتقب|سوف|بدءا من|بدء من|"
                          r"اعتبارا من|عشيه|يعتزم|تعتزم)")
_CLAUSE_BACK = 120
_NEAR_FUTURE_YEARS = 15


@dataclass(frozen=True)
class Found:
    start: int  # offsets in the normalised copy
    end: int
    resolved: Resolved


@stage("times", requires=("normalised",), assigns=("times",))
def time_stage(doc: Document) -> None:
    assert doc.normalised is not None
    folded = fold(doc.normalised.text)
    pub = Published.parse(doc.meta.published)
    first: dict[str, tuple[str, list[dict]]] = {}
    for f in find_times(folded, pub):
        start, end = doc.normalised.to_original(f.start, f.end)
        text = doc.text[start:end]
        if text in first:
            first[text][1].append({"start": start, "end": end, **vars(f.resolved)})
            continue
        m = doc.new_mention("time", start, end, repeats=[])
        first[text] = (m.id, m.attrs["repeats"])
        doc.times.append(TimeValue(m.id, *vars(f.resolved).values()))


def time_values_in(doc: Document, span: Span) -> list[tuple[Span, TimeValue]]:
    """Every time occurrence inside `span` (the mention itself or one of its repeats), in text order."""
    out = [(where, tv if r is None else TimeValue(tv.mention, r["value"], r["earliest"], r["latest"], r["precision"]))
           for tv in doc.times for where, r in occurrences_in(doc, tv.mention, span)]
    return sorted(out, key=lambda x: x[0])


def find_times(folded: str, pub: Published) -> list[Found]:
    """All time expressions of the folded text, longest first where they overlap, in text order."""
    candidates = [f for name, pattern in grammar().patterns for m in pattern.finditer(folded)
                  for f in _resolve(name, m, folded, pub)]
    chosen: list[Found] = []
    for f in sorted(candidates, key=lambda f: (-(f.end - f.start), f.start)):
        if all(f.end <= c.start or c.end <= f.start for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


def _resolve(name: str, m: re.Match[str], folded: str, pub: Published) -> Iterator[Found]:
    res = _HANDLERS[name](m, folded, pub)
    if res is not None:
        yield Found(m.end("clitic"), m.end(), res)


def _numeric(m: re.Match[str], folded: str, pub: Published) -> Resolved | None:
    d = dates.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return dates.on_day(d) if d else None


def _year_of(m: re.Match[str], month: int, pub: Published) -> int | None:
    """The year a month belongs to: written, relative (من العام الماضي) or from the publication date."""
    if m["year"]:
        return int(m["year"])
    g = grammar()
    if m["yrel"]:
        rel = g.relation.get(m["yrel"].split()[-1])
        offset = {"past": -1, "future": 1}.get(rel or "", 0)
        return pub.year + offset if pub.year is not None else None
    return dates.month_year(month, pub, g.relation.get(m["rel"] or ""))


def _date(m: re.Match[str], folded: str, pub: Published) -> Resolved | None:
    month = month_of(m["mon"])
    if month is None:
        return None
    day = int(m["day"]) if m["day"] else grammar().ordinals.get(" ".join(m["ord"].split()), 0)
    year = _year_of(m, month, pub)
    if year is None:
        return UNRESOLVED
    if m["moredays"]:
        return dates.in_month(year, month)
    d = dates.safe_date(year, month, day)
    return dates.on_day(d) if d else None


def _day_of(m: re.Match[str], folded: str, pub: Published) -> Resolved | None:
    """"12 الشهر الجاري", "الخامس من الشهر الماضي": a day of a month named relative to publication."""
    rel = grammar().relation.get(m["rel"] or "", "current")
    if rel not in ("past", "current", "future") or pub.year is None or pub.month is None:
        return UNRESOLVED
    year, month = dates.shift_month(pub.year, pub.month, {"past": -1, "future": 1}.get(rel, 0))
    day = int(m["day"]) if m["day"] else grammar().ordinals.get(" ".join(m["ord"].split()), 0)
    if m["moredays"]:
        return dates.in_month(year, month)
    d = dates.safe_date(year, month, day)
    return dates.on_day(d) if d else None


def _month(m: re.Match[str], folded: str, pub: Published) -> Resolved | None:
    month = month_of(m["mon"])
    if month is None:
        return None
    alone = not (m["year"] or m["yrel"] or m["rel"] or m["shahr"] or m["part"]) and " " not in m["mon"].strip()
    if alone and m["mon"].strip() in grammar().needs_context:
        return None
    year = _year_of(m, month, pub)
    if year is None:
        return UNRESOLVED
    res = dates.in_month(year, month)
    return dates.part_of(res, grammar().part_of[m["part"]]) if m["part"] else res


def _hijri(m: re.Match[str], folded: str, pub: Published) -> Resolved | None:
    if not (m["day"] or m["hyear"] or m["shahr"]):
        return None
    month = grammar().hijri[" ".join(m["hmon"].split())]
    year = int(m["hyear"]) if m["hyear"] else (dates.hijri_year_of(pub.day) if pub.day else None)
    if year is None:
        return UNRESOLVED
    if m["day"]:
        d = dates.hijri_day(year, month, int(m["day"]))
        return dates.on_day(d) if d else None
    return dates.hijri_month(year, month)


def _year(m: re.Match[str], folded: str, pub: Published) -> Resolved | None:
    if not (m["yw"] or m["part"]) and not _plausible_bare_year(folded, m.start("year"), m.end("year"), pub):
        return None
    res = dates.in_year(int(m["year"]))
    return dates.part_of(res, grammar().part_of[m["part"]]) if m["part"] else res


def _plausible_bare_year(folded: str, start: int, end: int, pub: Published) -> bool:
    """A bare 4-digit number is a year unless it counts something (2000 مقاتل), is part of a number
    or lies beyond the near future of the publication."""
    if pub.year is not None and int(folded[start:end]) > pub.year + _NEAR_FUTURE_YEARS:
        return False
    before, after = folded[max(0, start - 12):start], folded[end:end + 20]
    if re.search(r"\d\s*[.,/\\-]?\s*$", before) or re.match(r"\s*(?:%|[.,/\\-]?\s*\d)", after):
        return False
    nxt = re.match(r"\s*([^\W\d_]+)", after)
    return not (nxt and nxt.group(1) in _counted_words())


def _counted_words() -> frozenset[str]:
    data = load("quantity_nouns")
    forms = [f for group in ("people", "things") for e in data[group].values() for f in e["forms"]]
    return keys([*forms, "الف", "آلاف", "مليون", "عام", "سنة", "عاما"])


def _weekday(m: re.Match[str], folded: str, pub: Published) -> Resolved | None:
    if pub.day is None:
        return UNRESOLVED
    g = grammar()
    wd = g.weekdays[m["wd"]]
    midnight = bool(m["dpart"] and "منتصف" in m["dpart"])
    if m["wd2"] and midnight:
        wd = g.weekdays[m["wd2"]]  # midnight between two days belongs to the second
    rel = g.relation.get(m["rel"] or "")
    # "أمس الخميس": the named weekday decides (the report may have been written the day before)
    forward = not m["anchor"] and (rel == "future" or (rel is None and _planned(folded, m.start())))
    d = dates.weekday_near(pub.day, wd, forward)
    if midnight and not m["wd2"] and d < pub.day:
        d += timedelta(days=1)  # "منتصف ليل الاثنين": the midnight that ends Monday
    if rel == "future" and d == pub.day:
        d += timedelta(days=7)
    if rel == "past" and d == pub.day:
        d -= timedelta(days=7)
    return dates.on_day(d)


def _planned(folded: str, pos: int) -> bool:
    clause = folded[max(0, pos - _CLAUSE_BACK):pos]
    clause = re.split(r"[.!?\n]", clause)[-1]
    return bool(_FUTURE_CUES.search(clause))


def _phrase(m: re.Match[str], folded: str, pub: Published) -> Resolved | None:
    g = grammar()
    rule, offset = g.phrases[" ".join(m["phrase"].split())]
    res = _relative(rule, offset, pub)
    return dates.part_of(res, g.part_of[m["part"]]) if m["part"] else res


def _relative(rule: str, offset: int, pub: Published) -> Resolved:
    if rule == "year":
        return dates.in_year(pub.year + offset) if pub.year is not None else UNRESOLVED
    if rule == "month" and pub.month is not None and pub.year is not None:
        return dates.in_month(*dates.shift_month(pub.year, pub.month, offset))
    if pub.day is None:
        return UNRESOLVED
    if rule == "day":
        return dates.on_day(pub.day + timedelta(days=offset))
    if rule == "week":
        center = pub.day + timedelta(days=7 * offset)
        res = dates.month_of(center)
        low, high = center - timedelta(days=6), min(center + timedelta(days=6), pub.day)
        return Resolved(res.value, low.isoformat(), max(low, high).isoformat(), "month")
    return UNRESOLVED


def _ago(m: re.Match[str], folded: str, pub: Published) -> Resolved | None:
    unit, count = grammar().units[m["unit"]]
    if m["num"]:
        n = parse_digits(m["num"]) if m["num"][0].isdigit() else (parse_words(m["num"].split()) or (None,))[0]
        if not isinstance(n, int) or count == 2:
            return None
        count = n
    if count is None or count <= 0:
        return None  # منذ سنوات, قبل أسابيع: too vague to date
    exact_day = m["ago"] == "قبل" and not m["approx"] and (unit == "day" or (unit == "week" and count == 1))
    return _ago_value(unit, count, exact_day, pub)


def _ago_value(unit: str, count: int, exact_day: bool, pub: Published) -> Resolved:
    if unit == "year":
        return dates.in_year(pub.year - count) if pub.year is not None else UNRESOLVED
    if unit == "month":
        return _relative("month", -count, pub)
    if pub.day is None:
        return UNRESOLVED
    back = pub.day - timedelta(days=count * (7 if unit == "week" else 1))
    return dates.on_day(back) if exact_day else _month_around(back, pub.day)


def _month_around(d: date, pub: date) -> Resolved:
    res = dates.month_of(d)
    return Resolved(res.value, (d - timedelta(days=3)).isoformat(), min(d + timedelta(days=3), pub).isoformat(),
                    "month")


_HANDLERS: dict[str, Callable[[re.Match[str], str, Published], Resolved | None]] = {
    "numeric": _numeric, "iso": _numeric, "date": _date, "day_of": _day_of, "month": _month, "hijri": _hijri,
    "year": _year, "weekday": _weekday, "phrase": _phrase, "ago": _ago,
}

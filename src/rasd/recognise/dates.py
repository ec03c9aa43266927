"""Calendar arithmetic for time normalisation: resolved values with bounds, publication dates, Hijri.

A `Resolved` is what a time mention normalises to: an ISO 8601 value at the precision the text
gives ("2017", "2017-12", "2017-12-03"), the earliest and latest days it can mean, and the precision.
Hijri dates are converted with the Umm al-Qura calendar of the maintained `hijridate` library.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

UNKNOWN_PRECISION = "unknown"
# Part-of-period bounds: thirds of a year (months) and of a month (days), as the guide's
# "أواخر عام 2017 -> earliest 2017-09-01" sets them.
_YEAR_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


@dataclass(frozen=True)
class Resolved:
    value: str | None
    earliest: str | None
    latest: str | None
    precision: str


UNRESOLVED = Resolved(None, None, None, UNKNOWN_PRECISION)


def on_day(d: date) -> Resolved:
    iso = d.isoformat()
    return Resolved(iso, iso, iso, "day")


def in_month(year: int, month: int) -> Resolved:
    last = calendar.monthrange(year, month)[1]
    return Resolved(f"{year:04d}-{month:02d}", date(year, month, 1).isoformat(),
                    date(year, month, last).isoformat(), "month")


def in_year(year: int) -> Resolved:
    return Resolved(f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31", "year")


def part_of(res: Resolved, part: str) -> Resolved:
    """Narrow the bounds of a year or month to its early, middle or late third; the value stays."""
    if res.value is None or part not in _YEAR_THIRDS:
        return res
    if res.precision == "year":
        y = int(res.value)
        first, last = _YEAR_THIRDS[part]
        return Resolved(res.value, date(y, first, 1).isoformat(),
                        date(y, last, calendar.monthrange(y, last)[1]).isoformat(), "year")
    if res.precision == "month":
        y, m = int(res.value[:4]), int(res.value[5:7])
        first, last = _MONTH_THIRDS[part]
        last = min(last, calendar.monthrange(y, m)[1])
        return Resolved(res.value, date(y, m, first).isoformat(), date(y, m, last).isoformat(), "month")
    return res


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class Published:
    """The publication date as far as it is known: "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""

    year: int | None = None
    month: int | None = None
    day: date | None = None

    @classmethod
    def parse(cls, text: str | None) -> Published:
        parts = (text or "").strip()[:10].split("-")
        try:
            nums = [int(p) for p in parts if p]
        except ValueError:
            return cls()
        if len(nums) >= 3 and safe_date(*nums[:3]):
            return cls(nums[0], nums[1], date(*nums[:3]))
        if len(nums) >= 2 and 1 <= nums[1] <= 12:
            return cls(nums[0], nums[1])
        return cls(nums[0]) if nums else cls()


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def month_of(d: date) -> Resolved:
    return in_month(d.year, d.month)


def weekday_near(pub: date, weekday: int, forward: bool = False) -> date:
    """The most recent such weekday on or before `pub`, or the next one on or after it."""
    if forward:
        return pub + timedelta(days=(weekday - pub.weekday()) % 7)
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def month_year(month: int, pub: Published, relation: str | None) -> int | None:
    """The year of a month named without one: past -> the last such month before publication,
    future -> the next after it, otherwise the most recent on or before the publication month."""
    if pub.year is None:
        return None
    if pub.month is None:
        return pub.year if relation in (None, "current") else None
    if relation == "past":
        return pub.year if month < pub.month else pub.year - 1
    if relation == "future":
        return pub.year if month > pub.month else pub.year + 1
    if relation == "current":
        return pub.year
    return pub.year if month <= pub.month else pub.year - 1


def hijri_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def hijri_month(year: int, month: int) -> Resolved:
    """A Hijri month: value is the Gregorian month holding its middle, bounds its first and last day."""
    try:
        length = Hijri(year, month, 1).month_length()
    except (ValueError, OverflowError):
        return UNRESOLVED
    first, mid, last = (hijri_day(year, month, d) for d in (1, 15, length))
    if first is None or mid is None or last is None:
        return UNRESOLVED
    return Resolved(f"{mid.year:04d}-{mid.month:02d}", first.isoformat(), last.isoformat(), "month")


def hijri_year_of(d: date) -> int | None:
    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (ValueError, OverflowError):
        return None

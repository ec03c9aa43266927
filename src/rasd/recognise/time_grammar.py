"""The regular expressions of Arabic time expressions, built from the word lists.

All patterns run on the folded normalised text (`fold(doc.normalised.text)`), whose offsets equal the
normalised copy's. Each pattern names its parts with groups that `rasd.recognise.times` resolves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.recognise.wordlists import alternation, inverted, keys, load

_SP = r"\s+"
_LETTER = r"[^\W\d_]"
# optional conjunction/preposition glued to the first word; kept outside the mention
CLITIC = r"(?<!\w)(?P<clitic>[وف]?[بل]?)"
END = r"(?!\w)"


@dataclass(frozen=True)
class Grammar:
    months: dict[str, int]
    needs_context: frozenset[str]
    hijri: dict[str, int]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    part_of: dict[str, str]
    relation: dict[str, str]
    phrases: dict[str, tuple[str, int]]
    units: dict[str, tuple[str, int | None]]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]


def _ordinals() -> dict[str, int]:
    """Day ordinals 1-31: الأول ... العاشر, الحادي عشر ... التاسع عشر, العشرين, الحادي والعشرين ..."""
    data = load("numbers")
    base = inverted(data["ordinals"])
    out = dict(base)
    ones = keys(data["ordinal_one_compound"])
    for form, value in [*base.items(), *((o, 1) for o in ones)]:
        if value < 10 and (value > 1 or form in ones):
            out[f"{form} عشر"] = value + 10
            out[f"{form} عشره"] = value + 10
    for tens_form, tens in inverted(data["ordinal_tens"]).items():
        out[tens_form] = tens
        for form, value in [*base.items(), *((o, 1) for o in ones)]:
            if value < 10 and tens + value <= 31 and (value > 1 or form in ones):
                out[f"{form} و{tens_form}"] = tens + value
    return out


def _relations(data: dict) -> dict[str, str]:
    return {k: rel for rel in ("past", "future", "current") for k in keys(data[rel])}


def _units(data: dict) -> dict[str, tuple[str, int | None]]:
    """Folded unit word -> (unit name, count it implies: 1, 2, or None for a plural)."""
    out: dict[str, tuple[str, int | None]] = {}
    for name, spec in data["units"].items():
        for grade, count in (("one", 1), ("two", 2), ("many", None)):
            for k in keys(spec[grade]):
                out[k] = (name, count)
    return out


def _group(name: str, forms: object) -> str:
    return f"(?P<{name}>{alternation(forms)})"  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    months_data, rel = load("months"), load("relative_times")
    months = inverted(months_data["gregorian"])
    hijri = inverted(months_data["hijri"])
    weekdays = inverted(rel["weekdays"])
    ordinals = _ordinals()
    part_of = {k: part for part, forms in rel["period_parts"].items() for k in keys(forms)}
    relation = _relations(rel)
    phrases = {k: (p["rule"], int(p["offset"])) for p in rel["phrases"] for k in keys(p["forms"])}
    units = _units(rel)
    patterns = _patterns(months, hijri, weekdays, ordinals, part_of, relation, phrases, units, rel)
    return Grammar(months, frozenset(keys(months_data["needs_context"])), hijri, weekdays, ordinals,
                   part_of, relation, phrases, units, patterns)


def _patterns(months: dict[str, int], hijri: dict[str, int], weekdays: dict[str, int],
              ordinals: dict[str, int], part_of: dict[str, str], relation: dict[str, str],
              phrases: dict[str, tuple[str, int]], units: dict[str, tuple[str, int | None]],
              rel: dict) -> tuple[tuple[str, re.Pattern[str]], ...]:
    mon = alternation(months)
    month_pair = rf"(?P<mon>(?:{mon})(?:\s*[/\\(-]?\s*(?:{mon})\)?)?)"
    rel_word = _group("rel", relation)
    year = r"(?P<year>(?:1[89]|20)\d\d)(?:\s*م)?"
    year_words = alternation(rel["year_words"])
    year_rel = (r"(?P<yrel>(?:العام|السنه)\s+(?:الجاري|الحالي|الماضي|المنصرم|المقبل|القادم|الفائت)"
                r"|هذا\s+العام|هذه\s+السنه)")
    year_tail = rf"(?:\s*,?\s*(?:من\s+)?(?:(?:{year_words})\s*)?{year}|\s+(?:من\s+)?{year_rel}|\s+{rel_word})"
    part = rf"(?:{_group('part', part_of)}\s+(?:شهر\s+)?)"
    days = r"(?P<day>[0-3]?\d)(?P<moredays>(?:\s*(?:و|-|,|الى|حتى)\s*[0-3]?\d)*)"
    ordinal = rf"(?:{_group('ord', ordinals)}\s+من(?:\s+شهر)?)"
    day_parts = alternation(rel["day_parts"])
    weekday = alternation(weekdays)
    wd_lead = rf"(?:(?:(?:{day_parts})\s+)?(?:يوم\s+)?(?:{weekday})\s+)"
    hmon = alternation(hijri)
    approx = alternation(rel["approximators"])
    num_words = alternation(_number_forms())
    phrase = alternation(phrases)
    return (
        ("numeric", re.compile(CLITIC + r"(?P<d>[0-3]?\d)\s*(?P<sep>[/\\.-])\s*(?P<m>[01]?\d)\s*(?P=sep)\s*"
                               r"(?P<y>(?:19|20)\d\d)" + END)),
        ("iso", re.compile(CLITIC + r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)" + END)),
        ("date", re.compile(CLITIC + rf"(?P<lead>{wd_lead})?(?:{days}|{ordinal})\s*(?:شهر\s+)?{month_pair}"
                            rf"(?:{year_tail})?" + END)),
        ("day_of", re.compile(CLITIC + rf"(?:{days}|{ordinal})\s+(?:من\s+)?(?P<mrel>(?:الشهر|هذا\s+الشهر)"
                              rf"(?:\s+{rel_word})?)" + END)),
        ("month", re.compile(CLITIC + rf"{part}?(?P<shahr>شهر\s+)?{month_pair}(?:{year_tail})?" + END)),
        ("hijri", re.compile(CLITIC + rf"(?:(?P<day>[0-3]?\d)\s+)?(?P<shahr>شهر\s+)?(?P<hmon>{hmon})"
                             r"(?:\s+(?:من\s+)?(?:عام\s+)?(?P<hyear>1[34]\d\d)(?:\s*ه(?!\w))?)?" + END)),
        ("year", re.compile(CLITIC + rf"{part}?(?P<yw>(?:(?:{year_words})\s*))?{year}" + END)),
        ("weekday", re.compile(CLITIC + rf"(?P<dpart>(?:{day_parts})\s+)?(?P<yawm>يوم\s+)?"
                               rf"(?P<anchor>(?:اليوم|امس|يوم\s+امس)\s+)?(?P<wd>{weekday})"
                               rf"(?:\s*-?\s*(?P<wd2>{weekday}))?(?:\s+{rel_word})?" + END)),
        ("phrase", re.compile(CLITIC + rf"(?:{part}|(?P<dpart>(?:{day_parts})\s+))?(?P<phrase>{phrase})" + END)),
        ("ago", re.compile(CLITIC + rf"(?P<ago>قبل|منذ)\s+(?:(?P<approx>{approx})\s+)?"
                           rf"(?:(?P<num>\d+|(?:{num_words})(?:\s+و?(?:{num_words}))*)\s+)?"
                           rf"(?P<unit>{alternation(units)})" + END)),
    )


def _number_forms() -> list[str]:
    data = load("numbers")
    forms = [f for table in ("units", "tens") for fs in data[table].values() for f in fs]
    return forms + list(data["teen"])


def month_of(text: str) -> int | None:
    """The month number of the first month name in a (folded) span: "فبراير/ شباط" -> 2."""
    g = grammar()
    names = sorted(g.months, key=len, reverse=True)
    found = [g.months[n] for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)",
                                                     " ".join(text.split()))]
    return found[0] if found and len(set(found)) == 1 else None


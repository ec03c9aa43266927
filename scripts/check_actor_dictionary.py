#!/usr/bin/env python3
"""Validate the actor dictionary (src/rasd/data/actors/*.yaml).

    .venv/bin/python scripts/check_actor_dictionary.py

Checks: unique ids, categories from RECORD.md, parents that exist, ISO 3166-1 alpha-3 countries, known
sources, no name claimed by two entries. Prints the problems and exits 1 if there are any; else prints counts.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from rasd.resolve.actor_dictionary import CATEGORIES, SOURCES, ActorEntry, all_entries, key, load_lexicon

ISO3 = re.compile(r"^[A-Z]{3}$")
ID = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")


def entry_problems(e: ActorEntry, ids: set[str]) -> list[str]:
    where = f"{e.file}: {e.id}"
    problems = []
    if not ID.match(e.id):
        problems.append(f"{where}: id is not a lower-case slug")
    if e.category not in CATEGORIES:
        problems.append(f"{where}: category {e.category!r} is not one of RECORD.md's")
    if e.country is not None and not ISO3.match(str(e.country)):
        problems.append(f"{where}: country {e.country!r} is not ISO 3166-1 alpha-3")
    if e.parent is not None and e.parent not in ids:
        problems.append(f"{where}: parent {e.parent!r} does not exist")
    if e.parent == e.id:
        problems.append(f"{where}: is its own parent")
    if e.source not in SOURCES:
        problems.append(f"{where}: source {e.source!r} is not one of {sorted(SOURCES)}")
    if e.source == "ucdp" and e.ucdp is None:
        problems.append(f"{where}: source ucdp without a ucdp id")
    if not e.name.strip():
        problems.append(f"{where}: empty Arabic name")
    return problems


def name_clashes(entries: list[ActorEntry]) -> list[str]:
    owner: dict[str, str] = {}
    problems = []
    for e in entries:
        for name in dict.fromkeys(key(n) for n in e.names):
            if name in owner and owner[name] != e.id:
                problems.append(f"{e.file}: {e.id}: name {name!r} already belongs to {owner[name]}")
            owner.setdefault(name, e.id)
    return problems


def check() -> list[str]:
    entries = all_entries()
    counts = Counter(e.id for e in entries)
    problems = [f"duplicate id {i!r} ({n} entries)" for i, n in counts.items() if n > 1]
    ids = set(counts)
    for e in entries:
        problems += entry_problems(e, ids)
    problems += name_clashes(entries)
    lex = load_lexicon()
    problems += [f"capitals.yaml: {c} -> unknown actor {a!r}" for c, a in lex.capitals.items() if a not in ids]
    problems += [f"demonyms.yaml: {c!r} is not ISO3" for c in set(lex.demonyms.values()) if not ISO3.match(c)]
    return problems


def main() -> int:
    problems = check()
    for p in problems:
        print(p)
    if problems:
        return 1
    entries = all_entries()
    names = {key(n) for e in entries for n in e.names}
    print(f"ok: {len(entries)} entries, {len(names)} distinct names (with aliases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the CAMEO verb seed for the event trigger lexicon (src/rasd/data/events/cameo_verbs.tsv).

    .venv/bin/python scripts/build_cameo_seed.py \
        ../shared/data/petrarch-arabic-dictionaries/CAMEO.ar.0.5.txt --train ../shared/corpus/train

Reads the verb blocks of the Arabic PETRARCH dictionary (MIT, Open Event Data Alliance): a block is
`--- lemma [code] ---`, then entry lines `verb [code] # gloss` (the entry's own code overrides the
block's), then pattern lines `- * context [code] # verbs the pattern was written for`. One row per
verb (lemma + particle, e.g. حقق+في), typed through cameo_plover.tsv. With --train, every row is
measured as a bare trigger on the annotated training documents (never dev). See SOURCES.md.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from rasd.analyse.normalise import fold, normalise
from rasd.analyse.tokens import tokenise
from rasd.document import Token

DATA = Path(__file__).resolve().parents[1] / "src/rasd/data/events"
COLUMNS = ("lemma", "particle", "cameo_code", "plover_type", "plover_mode", "violations", "code_source",
           "entry_codes", "block_codes", "pattern_codes", "n_patterns", "synonyms", "gloss",
           "train_hits", "train_precision", "train_types")

_HEADER = re.compile(r"^---\s*(?P<word>.+?)\s*\[(?P<code>[^\]]*)\]\s*---")
_ENTRY = re.compile(r"^(?P<word>[^\[#]+?)\s*(?:\[(?P<code>[^\]]*)\])?\s*(?:#\s*(?P<gloss>.*))?$")
_PATTERN_CODE = re.compile(r"\[(\d{2,4})\]")
# An entry's own code outweighs a pattern; a block's default is shared by every synonym merged into
# the block (often wrongly: هاجم sits in a block headed قاوم [124] "refuse to yield").
WEIGHTS = {"entry": 3, "pattern": 1, "block": 1}
# Pieces left by a broken segmenter (أ حرق, إس تضاف) are rejoined; "هوو" stands for a pronoun object.
_PLACEHOLDER = "هوو"
_MAX_FRAGMENT = 3
_NOT_VERBS = frozenset({"ما", "لا", "لم", "لن", "قد", "هو", "وهو", "و", "في", "من"})
# Simple affix grammar of the Arabic verb: perfect suffixes; imperfect prefixes and suffixes.
_PERFECT = ("", "ت", "تا", "وا", "نا", "تم")
_IMPERFECT_PREFIX = ("ي", "ت", "ن", "ا")
_IMPERFECT_SUFFIX = ("", "ون", "ان", "ن")
RELIABLE = 0.5  # the precision the report counts a lemma reliable at


@dataclass
class Block:
    head: str
    code: str | None
    entries: list[tuple[str, str | None, str]] = field(default_factory=list)  # (word, own code, gloss)
    patterns: list[tuple[str, list[str]]] = field(default_factory=list)  # (code, verbs in the comment)


@dataclass
class Row:
    lemma: str
    particle: str
    votes: list[tuple[str, str]] = field(default_factory=list)  # (code, source) in file order
    synonyms: dict[str, None] = field(default_factory=dict)
    glosses: dict[str, None] = field(default_factory=dict)


def _code(raw: str | None) -> str | None:
    raw = (raw or "").strip()
    return raw if raw.isdigit() else None


def parse_blocks(text: str) -> list[Block]:
    """The verb blocks of a PETRARCH verb dictionary, in file order (synonym sets are skipped)."""
    blocks: list[Block] = []
    for line in text.splitlines():
        line = line.strip()
        if m := _HEADER.match(line):
            blocks.append(Block(m["word"], _code(m["code"])))
        elif not blocks or not line or line.startswith("#"):
            continue
        elif line.startswith("-"):
            body, _, comment = line.partition("#")
            codes = _PATTERN_CODE.findall(body)
            if codes:
                blocks[-1].patterns.append((codes[-1], [v for v in comment.split(",") if v.strip()]))
        elif m := _ENTRY.match(line):
            blocks[-1].entries.append((m["word"], _code(m["code"]), (m["gloss"] or "").strip()))
    return blocks


def lemma_key(word: str) -> tuple[str, str] | None:
    """(lemma, particle) of a dictionary verb, normalised; None for what is not a verb."""
    pieces = [p.split() for p in normalise(word).text.replace("_", "+").split("+")]
    head = [w for w in pieces[0] if w != _PLACEHOLDER]
    if not head:
        return None
    lemma = "".join(head) if len(head) > 1 and len(head[0]) <= _MAX_FRAGMENT else head[0]
    if len(lemma) < 2 or lemma in _NOT_VERBS or not re.fullmatch(r"[\u0621-\u064A]+", lemma):
        return None
    particle = " ".join(w for p in pieces[1:] for w in p if w != _PLACEHOLDER)
    return lemma, particle


def _head(word: str) -> str | None:
    key = lemma_key(word)
    return fold(key[0]) if key else None


def _members(block: Block) -> dict[tuple[str, str], tuple[list[str], list[str]]]:
    """The block's verbs (its head too, when no entry repeats it) with their own codes and glosses."""
    entries = [(lemma_key(word), own, gloss) for word, own, gloss in block.entries]
    head = lemma_key(block.head)
    if head not in {key for key, _, _ in entries}:
        entries.insert(0, (head, None, ""))
    members: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for key, own, gloss in entries:
        if key is None:
            continue
        codes, glosses = members.setdefault(key, ([], []))
        codes += [own] if own and own not in codes else []
        glosses += [g.strip() for g in gloss.split(",") if g.strip()]
    return members


def collect_rows(blocks: Iterable[Block]) -> dict[tuple[str, str], Row]:
    """Merge every occurrence of a verb across blocks, keeping each code it was given and by what."""
    rows: dict[tuple[str, str], Row] = {}
    for block in blocks:
        members = _members(block)
        names = [lemma if not particle else f"{lemma}+{particle.replace(' ', '+')}" for lemma, particle in members]
        pattern_heads = [(code, {_head(v) for v in verbs}) for code, verbs in block.patterns]
        for (lemma, particle), (own_codes, glosses) in members.items():
            row = rows.setdefault((fold(lemma), fold(particle)), Row(lemma, particle))
            if own_codes:
                row.votes += [(code, "entry") for code in own_codes]
            elif block.code:
                row.votes.append((block.code, "block"))
            row.votes += [(code, "pattern") for code, heads in pattern_heads if fold(lemma) in heads]
            row.synonyms.update((n, None) for n in names if n.split("+")[0] != lemma)
            row.glosses.update((g, None) for g in glosses)
    return rows


def load_mapping(path: Path = DATA / "cameo_plover.tsv") -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return {r["cameo_code"]: r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}


def map_code(code: str, mapping: dict[str, dict[str, str]]) -> dict[str, str] | None:
    """The mapping row of a code, else of its parent (0874 -> 087 -> 08)."""
    for prefix in (code, code[:3], code[:2]):
        if prefix in mapping:
            return mapping[prefix]
    return None


def choose_code(row: Row, mapping: dict[str, dict[str, str]]) -> tuple[str, str] | None:
    """(code, source) with the most weight behind its PLOVER type; ties go to the earlier vote."""
    by_type: dict[str, int] = collections.defaultdict(int)
    by_code: dict[tuple[str, str], int] = collections.defaultdict(int)
    type_of: dict[str, str] = {}
    for code, source in row.votes:
        target = map_code(code, mapping)
        if target is not None:
            type_of[code] = target["plover_type"]
            by_type[type_of[code]] += WEIGHTS[source]
            by_code[(code, source)] += WEIGHTS[source]
    if not by_type:
        return None
    best_type = max(by_type, key=lambda t: by_type[t])  # max keeps the first of equals: file order
    return max((cs for cs in by_code if type_of[cs[0]] == best_type), key=lambda cs: by_code[cs])


def _counts(codes: Iterable[str]) -> str:
    return "|".join(f"{c}:{n}" for c, n in sorted(collections.Counter(codes).items()))


def build(text: str, mapping: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """The seed rows of a dictionary text: verbs whose chosen code maps to a PLOVER type."""
    out = []
    for row in collect_rows(parse_blocks(text)).values():
        chosen = choose_code(row, mapping)
        target = map_code(chosen[0], mapping) if chosen else None
        if not chosen or not target or not target["plover_type"]:
            continue
        pattern_codes = [c for c, s in row.votes if s == "pattern"]
        out.append({
            "lemma": row.lemma, "particle": row.particle, "cameo_code": chosen[0],
            "plover_type": target["plover_type"], "plover_mode": target["plover_mode"],
            "violations": target["violations"], "code_source": chosen[1],
            "entry_codes": _counts(c for c, s in row.votes if s == "entry"),
            "block_codes": _counts(c for c, s in row.votes if s == "block"),
            "pattern_codes": _counts(pattern_codes), "n_patterns": str(len(pattern_codes)),
            "synonyms": "|".join(row.synonyms), "gloss": "|".join(row.glosses),
            "train_hits": "", "train_precision": "", "train_types": "",
        })
    return sorted(out, key=lambda r: (r["plover_type"], fold(r["lemma"]), fold(r["particle"])))


# ---- evaluation on the annotated training documents -------------------------------------------------

def _imperfect(stems: Iterable[str], endings: Iterable[str]) -> set[str]:
    return {p + s + x for p in _IMPERFECT_PREFIX for s in stems for x in endings}


def _drop_alef(stem: str) -> set[str]:
    """Forms IV, VII, VIII and X lose their initial alef after an imperfect prefix (اطلق -> يطلق)."""
    return {stem, stem[1:]} if stem.startswith("ا") and len(stem) >= 3 else {stem}


def inflections(lemma: str) -> set[str]:
    """Folded surface stems of a perfect-tense lemma under the simple affix grammar."""
    key = fold(normalise(lemma).text)
    forms = {key + s for s in _PERFECT} | _imperfect(_drop_alef(key) if len(key) >= 4 else {key}, _IMPERFECT_SUFFIX)
    if len(key) >= 3 and key[-1] in "يا":  # weak final: نفى نفت نفوا ينفي، دعا دعت دعوا يدعو
        base = key[:-1]
        forms |= {base + s for s in ("ت", "وا", "وت", "ونا", "يت", "ينا")}
        forms |= _imperfect(_drop_alef(base), ("ي", "و", "ون", "ان"))
    if len(key) == 3 and key[1] == "ا":  # hollow: زار يزور، عاد يعود، باع يبيع
        forms |= _imperfect({key[0] + v + key[2] for v in "وي"}, _IMPERFECT_SUFFIX)
    return forms


def _following(tokens: list[Token], i: int, n: int) -> list[str]:
    """The next n folded pieces after token i, articles skipped (حقق في / أضرم النار في)."""
    pieces = []
    for tok in tokens[i + 1 : i + 1 + n]:
        pieces += [fold(normalise(s.text).text) for s in tok.segments if s.role != "article"]
    return pieces[:n]


def _particle_ok(particle: str, tokens: list[Token], i: int) -> bool:
    if not particle:
        return True
    wanted = [fold(p[2:] if p.startswith("ال") and len(p) > 3 else p) for p in particle.split()]
    return _following(tokens, i, len(wanted)) == wanted


class Trigger(NamedTuple):
    start: int
    end: int
    type: str
    types: frozenset[str]  # type + alt_types
    optional: bool = False


@dataclass
class Gold:
    text: str
    triggers: list[Trigger]


def load_gold(corpus: Path) -> list[Gold]:
    docs = [json.loads(line) for line in (corpus / "docs.jsonl").read_text(encoding="utf-8").splitlines() if line]
    out = []
    for doc in docs:
        gold = json.loads((corpus / "gold" / f"{doc['id'].replace(':', '_')}.json").read_text(encoding="utf-8"))
        triggers = []
        for ev in gold["events"]:
            types = frozenset({ev["type"], *ev.get("alt_types", [])})
            start = doc["text"].find(ev["trigger"])
            while ev["trigger"] and start >= 0:  # every occurrence, as the scorer does
                triggers.append(Trigger(start, start + len(ev["trigger"]), ev["type"], types, bool(ev.get("optional"))))
                start = doc["text"].find(ev["trigger"], start + 1)
        out.append(Gold(doc["text"], triggers))
    return out


def _label(tok: Token, ptype: str, doc: Gold) -> str:
    """What a hit is: ptype inside a trigger accepting it, else the type of the trigger it is in, else '-'."""
    inside = [t for t in doc.triggers if t.start < tok.end and tok.start < t.end]
    if any(ptype in t.types for t in inside):
        return ptype
    return inside[0].type if inside else "-"


def evaluate(rows: list[dict[str, str]], corpus: list[Gold]) -> None:
    """Fill train_hits (tokens matched), train_precision (share inside a gold trigger of the row's type)
    and train_types (where the hits fell: gold types, '-' outside every trigger)."""
    index: dict[str, list[int]] = collections.defaultdict(list)
    for n, row in enumerate(rows):
        for form in inflections(row["lemma"]):
            index[form].append(n)
    labels: dict[int, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for doc in corpus:
        tokens = tokenise(normalise(doc.text))
        for i, tok in enumerate(tokens):
            for n in index.get(tok.stem_norm, ()):
                if _particle_ok(rows[n]["particle"], tokens, i):
                    labels[n][_label(tok, rows[n]["plover_type"], doc)] += 1
    for n, row in enumerate(rows):
        hits = sum(labels[n].values())
        row["train_hits"] = str(hits)
        row["train_precision"] = f"{labels[n][row['plover_type']] / hits:.3f}" if hits else ""
        row["train_types"] = "|".join(f"{t}:{c}" for t, c in sorted(labels[n].items(), key=lambda tc: (-tc[1], tc[0])))


def _precision(row: dict[str, str]) -> float:
    return float(row["train_precision"]) if row["train_precision"] else 0.0


def coverage(rows: list[dict[str, str]], corpus: list[Gold], min_precision: float = 0.0) -> tuple[int, int]:
    """Required gold events whose trigger holds a token matched by a row of an accepted type, and all of them."""
    index: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    for row in rows:
        if _precision(row) >= min_precision:
            for form in inflections(row["lemma"]):
                index[form].append(row)
    found = total = 0
    for doc in corpus:
        tokens = tokenise(normalise(doc.text))
        for trig in (t for t in doc.triggers if not t.optional):
            total += 1
            found += any(row["plover_type"] in trig.types and _particle_ok(row["particle"], tokens, i)
                         for i, tok in enumerate(tokens) if trig.start < tok.end and tok.start < trig.end
                         for row in index.get(tok.stem_norm, ()))
    return found, total


def write_tsv(rows: list[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _report(rows: list[dict[str, str]], corpus: list[Gold] | None) -> None:
    print(f"{'type':<10} lemmas" + ("  seen on train  precision>=0.5" if corpus else ""))
    for ptype, n in collections.Counter(r["plover_type"] for r in rows).most_common():
        line = f"{ptype:<10} {n:6d}"
        if corpus:
            typed = [r for r in rows if r["plover_type"] == ptype]
            seen = sum(1 for r in typed if r["train_hits"] not in ("", "0"))
            line += f"  {seen:13d}  {sum(1 for r in typed if _precision(r) >= RELIABLE):15d}"
        print(line)
    if corpus:
        for label, floor in (("all lemmas", 0.0), (f"precision >= {RELIABLE}", RELIABLE)):
            found, total = coverage(rows, corpus, floor)
            print(f"required train events with a typed seed verb in the trigger ({label}): {found}/{total}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dictionary", type=Path, help="CAMEO.ar.0.5.txt")
    ap.add_argument("--train", type=Path, help="annotated corpus folder (docs.jsonl + gold/); never dev")
    ap.add_argument("--out", type=Path, default=DATA / "cameo_verbs.tsv")
    args = ap.parse_args()
    text = args.dictionary.read_text(encoding="utf-8")
    rows = build(text, load_mapping())
    corpus = load_gold(args.train) if args.train else None
    if corpus:
        evaluate(rows, corpus)
    write_tsv(rows, args.out)
    merged = len(collect_rows(parse_blocks(text)))
    print(f"{merged} verbs in the dictionary, {len(rows)} with a PLOVER type -> {args.out}")
    _report(rows, corpus)


if __name__ == "__main__":
    main()

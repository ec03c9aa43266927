# Vendored verbatim from the project's shared evaluation kit (shared/eval/score.py) so that `rasd eval`
# scores with exactly the metrics of the reference scorer. Do not edit: update by copying.
"""Score rasd event records (format rasd.record/1) against gold annotations.

    python3 score.py --docs DOCS.jsonl --gold GOLD_DIR --system OUT.jsonl [--json]

DOCS.jsonl holds the input documents (id, text, published, outlet, url);
GOLD_DIR one JSON file per document (see ../corpus/README.md for its shape).
OUT.jsonl holds the system's records, one per line, matched to gold
documents by their text (whitespace-insensitive). `events` matches a system
event to a gold event of the same type (or alt type) whose trigger it overlaps,
else one in the same sentence; `events_strict` accepts trigger overlap only. Gold spans are
surface strings; a system span matches a gold string when they overlap in the
text. Standard library only.
"""
import argparse
import hashlib
import json
import math
import re
import sys
from pathlib import Path

TOLERANCE_KM = {"region": 150.0, "governorate": 100.0, "district": 50.0, "country": 400.0}
DEFAULT_TOLERANCE_KM = 25.0
SENTENCE_END = re.compile(r"[.!?؟\n]")


def text_key(text):
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def occurrences(text, needle):
    """All [start, end) spans where needle occurs in text."""
    spans, i = [], text.find(needle)
    while needle and i >= 0:
        spans.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return spans


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def sentence_of(text, pos):
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, pos)), default=0)
    end = SENTENCE_END.search(text, pos)
    return (start, end.end() if end else len(text))


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


class Counts:
    """True positives, system total, gold total; prints P/R/F1."""

    def __init__(self):
        self.tp = self.sys = self.gold = 0

    def add(self, tp, sys_n, gold_n):
        self.tp += tp
        self.sys += sys_n
        self.gold += gold_n

    def prf(self):
        p = self.tp / self.sys if self.sys else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "sys": self.sys, "gold": self.gold}


class Doc:
    """One system record with lookups from ids to spans."""

    def __init__(self, rec):
        self.rec = rec
        self.text = rec.get("text", "")
        self.mentions = {m["id"]: (m["start"], m["end"]) for m in rec.get("mentions", [])}
        self.actors = {a["id"]: a for a in rec.get("actors", [])}
        self.places = {p["id"]: p for p in rec.get("places", [])}

    def actor_spans(self, actor_id):
        actor = self.actors.get(actor_id) or {}
        return [self.mentions[m] for m in actor.get("mentions", []) if m in self.mentions]


def gold_spans(text, strings):
    return [span for s in strings for span in occurrences(text, s)]


def place_ok(sys_place, gold_place):
    if not sys_place or sys_place.get("lat") is None or sys_place.get("lon") is None:
        return False
    for g in [gold_place] + gold_place.get("alt", []):
        tol = TOLERANCE_KM.get(g.get("feature", ""), DEFAULT_TOLERANCE_KM)
        if km(sys_place["lat"], sys_place["lon"], g["lat"], g["lon"]) <= tol:
            return True
    return False


def match_events(text, gold_events, sys_events, by_sentence=True):
    """Greedy one-to-one matching: trigger overlap first, then (unless strict) same sentence."""
    pairs = []
    for gi, g in enumerate(gold_events):
        types = {g["type"], *g.get("alt_types", [])}
        g_spans = occurrences(text, g["trigger"])
        g_sents = [sentence_of(text, s[0]) for s in g_spans]
        for si, s in enumerate(sys_events):
            if s.get("type") not in types:
                continue
            t = s.get("trigger") or {}
            span = (t.get("start", -1), t.get("end", -1))
            if any(overlaps(span, gs) for gs in g_spans):
                pairs.append((0, gi, si))
            elif by_sentence and any(overlaps(span, sent) for sent in g_sents):
                pairs.append((1, gi, si))
    used_g, used_s, matched = set(), set(), []
    for _, gi, si in sorted(pairs):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            matched.append((gi, si))
    return matched


def score_roles(doc, g, s, counts):
    for role in ("source", "target"):
        gold_strings = g.get(role, [])
        g_sp = gold_spans(doc.text, gold_strings)
        sys_actors = [r["actor"] for r in s.get("roles", []) if r.get("role") == role]
        sys_sp = [sp for a in sys_actors for sp in doc.actor_spans(a)]
        hit = bool(g_sp) and any(overlaps(a, b) for a in sys_sp for b in g_sp)
        counts[role].add(int(hit), int(bool(sys_actors)), int(bool(gold_strings)))


def score_doc(gold, doc, totals):
    text = doc.text
    events = doc.rec.get("events", [])
    matched = match_events(text, gold["events"], events)
    matched_g = {gi for gi, _ in matched}
    required = [i for i, e in enumerate(gold["events"]) if not e.get("optional")]
    tp = sum(1 for i in required if i in matched_g)
    optional_hits = len(matched) - tp
    totals["events"].add(tp, len(events) - optional_hits, len(required))
    strict = match_events(text, gold["events"], events, by_sentence=False)
    strict_tp = sum(1 for gi, _ in strict if gi in required)
    totals["events_strict"].add(strict_tp, len(events) - (len(strict) - strict_tp), len(required))
    untyped = match_events(text, [dict(e, type="*") for e in gold["events"]],
                           [dict(e, type="*") for e in events])
    untyped_req = sum(1 for gi, _ in untyped if gi in required)
    totals["events_untyped"].add(untyped_req, len(events) - (len(untyped) - untyped_req), len(required))

    for gi, si in matched:
        g, s = gold["events"][gi], events[si]
        score_roles(doc, g, s, totals)
        if g.get("place") is not None:
            ok = place_ok(doc.places.get(s.get("place")), g["place"])
            totals["event_place"].add(int(ok), int(bool(s.get("place"))), 1)
        if g.get("date"):
            sys_date = (s.get("date") or {}).get("value")
            totals["event_date"].add(int(sys_date == g["date"]), int(bool(sys_date)), 1)
        att = (s.get("attribution") or {}).get("kind")
        totals["attribution"].add(int(att == g.get("attribution")), int(bool(att)), 1)
        totals["status"].add(int(s.get("status") == g.get("status")), int(bool(s.get("status"))), 1)
        gv, sv = set(g.get("violations", [])), set(s.get("violations") or [])
        totals["violations"].add(len(gv & sv), len(sv), len(gv))

    score_places(gold, doc, totals["places"])
    score_times(gold, doc, totals["times"])
    score_spans(text, [a["text"] for a in gold.get("actors", [])],
                [m for m in doc.rec.get("mentions", []) if m.get("kind") == "actor"], totals["actors"])
    score_quantities(gold, doc, totals["quantities"])


def score_places(gold, doc, counts):
    text, found, sys_hit = doc.text, 0, set()
    for g in gold.get("places", []):
        g_sp = occurrences(text, g["text"])
        for p in doc.places.values():
            spans = [doc.mentions[m] for m in p.get("mentions", []) if m in doc.mentions]
            if any(overlaps(a, b) for a in spans for b in g_sp):
                sys_hit.add(p["id"])
                if place_ok(p, g):
                    found += 1
                    break
    gold_sp = gold_spans(text, [g["text"] for g in gold.get("places", [])])
    stray = 0
    for p in doc.places.values():
        spans = [doc.mentions[m] for m in p.get("mentions", []) if m in doc.mentions]
        if p["id"] not in sys_hit and not any(overlaps(a, b) for a in spans for b in gold_sp):
            stray += 1
    counts.add(found, found + stray + max(0, len(sys_hit) - found), len(gold.get("places", [])))


def score_times(gold, doc, counts):
    text = doc.text
    values = {t.get("mention"): t.get("value") for t in doc.rec.get("times", [])}
    time_mentions = [m for m in doc.rec.get("mentions", []) if m.get("kind") == "time"]
    found = 0
    for g in gold.get("times", []):
        g_sp = occurrences(text, g["text"])
        if any(overlaps((m["start"], m["end"]), b) and values.get(m["id"]) == g["value"]
               for m in time_mentions for b in g_sp):
            found += 1
    counts.add(found, len(time_mentions), len(gold.get("times", [])))


def score_spans(text, gold_strings, sys_mentions, counts):
    g_sp = gold_spans(text, gold_strings)
    found = sum(1 for s in gold_strings
                if any(overlaps((m["start"], m["end"]), b)
                       for m in sys_mentions for b in occurrences(text, s)))
    right = sum(1 for m in sys_mentions if any(overlaps((m["start"], m["end"]), b) for b in g_sp))
    # precision counts system mentions that hit some gold string
    counts.add(found, len(sys_mentions) - right + found, len(gold_strings))


def score_quantities(gold, doc, counts):
    text = doc.text
    by_mention = {q.get("mention"): q for q in doc.rec.get("quantities", [])}
    mentions = {m["id"]: m for m in doc.rec.get("mentions", []) if m.get("kind") == "quantity"}
    found = 0
    for g in gold.get("quantities", []):
        g_sp = occurrences(text, g["text"])
        for mid, q in by_mention.items():
            m = mentions.get(mid)
            if m and any(overlaps((m["start"], m["end"]), b) for b in g_sp) and q.get("value") == g["value"]:
                found += 1
                break
    counts.add(found, len(by_mention), len(gold.get("quantities", [])))


def load_gold(gold_dir, docs_path):
    with open(docs_path, encoding="utf-8") as fh:
        texts = {d["id"]: d["text"] for d in map(json.loads, filter(str.strip, fh))}
    golds = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        text = texts[g["id"]]
        for e in g["events"]:
            if e["trigger"] not in text:
                sys.exit(f"{path.name}: trigger not in text: {e['trigger']}")
        golds[text_key(text)] = g
    return golds


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", required=True, help="JSON Lines of input documents")
    ap.add_argument("--gold", required=True, help="folder of gold JSON files")
    ap.add_argument("--system", required=True, help="JSON Lines of rasd.record/1")
    ap.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = ap.parse_args()

    golds = load_gold(args.gold, args.docs)
    names = ["events", "events_strict", "events_untyped", "source", "target", "event_place", "event_date",
             "attribution", "status", "violations", "places", "times", "actors", "quantities"]
    totals = {n: Counts() for n in names}
    seen = set()
    with open(args.system, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            key = text_key(rec.get("text", ""))
            if key in golds and key not in seen:
                seen.add(key)
                score_doc(golds[key], Doc(rec), totals)
    missing = [g["id"] for k, g in golds.items() if k not in seen]
    for k in golds.keys() - seen:
        score_doc(golds[k], Doc({"text": "", "events": []}), totals)
    report = {n: c.prf() for n, c in totals.items()}
    report["documents"] = {"gold": len(golds), "scored": len(seen), "missing": missing}
    args_f1 = [report[n]["f1"] for n in ("source", "target", "event_place", "event_date", "attribution")]
    report["summary"] = {
        "event_f1": report["events"]["f1"],
        "argument_f1": round(sum(args_f1) / len(args_f1), 4),
        "place_f1": report["places"]["f1"],
        "time_f1": report["times"]["f1"],
        "actor_f1": report["actors"]["f1"],
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for n in names:
            r = report[n]
            print(f"{n:15s} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.3f}  (tp {r['tp']}, sys {r['sys']}, gold {r['gold']})")
        print(f"documents: {len(seen)} of {len(golds)} scored" + (f"; missing {missing}" if missing else ""))
        s = report["summary"]
        print("summary: " + " ".join(f"{k}={v:.3f}" for k, v in s.items()))


if __name__ == "__main__":
    main()

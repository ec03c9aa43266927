# Vendored verbatim from the project's shared evaluation kit (shared/eval/check_record.py): the
# contract check of rasd.record/1, used by the tests and `rasd eval`. Do not edit: update by copying.
"""Check rasd.record/1 JSON Lines against the contract in ../spec/RECORD.md.

    python3 check_record.py OUT.jsonl [--docs DOCS.jsonl]

Exits 1 and prints each problem when a record breaks the contract: a span
whose offsets do not give its text, an id that points nowhere, a value
outside its vocabulary. With --docs, also checks that every input document
has a record whose text is the document's text, unchanged. Standard library only.
"""
import argparse
import hashlib
import json
import re
import sys

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
KINDS = {"actor", "place", "time", "quantity", "source"}
CATEGORIES = {"state_forces", "state_security", "state_official", "rebel_group", "militia", "foreign_state",
              "foreign_militia", "jihadist_group", "civilians", "combatants", "media", "ngo", "other"}
FEATURES = {"country", "governorate", "district", "subdistrict", "city", "town", "village",
            "neighbourhood", "facility", "region"}
PRECISION = {"day", "week", "month", "quarter", "year", "decade", "unknown"}
PLACE_PRECISION = {"exact", "near", "admin", "region", "none"}
COUNT_KINDS = {"victims", "killed", "injured", "detained", "displaced", "persons"}
ATTRIBUTION = {"outlet", "named_official", "named_person", "anonymous", "witness", "document", "social_media"}
STATUS = {"reported", "announced", "alleged", "denied", "planned", "historical"}
VIOLATIONS = {"torture", "ill_treatment", "killing", "arbitrary_detention", "enforced_disappearance",
              "forced_recruitment", "threat_to_life", "forced_displacement", "property_destruction",
              "looting", "sexual_violence", "attack_on_civilians", "other"}
ROLES = {"source", "target", "intermediary", "beneficiary"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check(rec):
    problems = []

    def need(cond, msg):
        if not cond:
            problems.append(msg)

    text = rec.get("text")
    need(rec.get("format") == "rasd.record/1", f"format is {rec.get('format')!r}")
    if not isinstance(text, str):
        return problems + ["text missing"]
    doc = rec.get("doc") or {}
    need(doc.get("id") == hashlib.sha256(text.encode("utf-8")).hexdigest(), "doc.id is not the sha256 of text")
    need(doc.get("published") is None or bool(ISO.match(str(doc.get("published")))), "doc.published not ISO")
    custody = doc.get("custody") or {}
    need(bool(re.fullmatch(r"[0-9a-f]{64}", str(custody.get("raw_sha256")))), "doc.custody.raw_sha256 missing or not sha256 hex")
    need(bool(custody.get("source")) and bool(custody.get("retrieved")) and bool(custody.get("extractor")),
         "doc.custody needs source, retrieved and extractor")

    def span(obj, where):
        s, e = obj.get("start"), obj.get("end")
        ok = isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)
        need(ok, f"{where}: bad offsets {s}..{e}")
        if ok and "text" in obj:
            need(text[s:e] == obj["text"], f"{where}: text[{s}:{e}] is {text[s:e]!r}, not {obj['text']!r}")

    mentions = {}
    for m in rec.get("mentions", []):
        need(m.get("kind") in KINDS, f"mention {m.get('id')}: bad kind {m.get('kind')!r}")
        need(m.get("id") not in mentions, f"mention {m.get('id')}: duplicate id")
        span(m, f"mention {m.get('id')}")
        mentions[m.get("id")] = m

    def refs(ids, where):
        for mid in ids or []:
            need(mid in mentions, f"{where}: unknown mention {mid!r}")

    actors = {a.get("id"): a for a in rec.get("actors", [])}
    for a in actors.values():
        need(a.get("category") in CATEGORIES, f"actor {a.get('id')}: bad category {a.get('category')!r}")
        need(bool(a.get("mentions")), f"actor {a.get('id')}: no mentions")
        refs(a.get("mentions"), f"actor {a.get('id')}")
    places = {p.get("id"): p for p in rec.get("places", [])}
    for p in places.values():
        need(p.get("feature") in FEATURES, f"place {p.get('id')}: bad feature {p.get('feature')!r}")
        lat, lon = p.get("lat"), p.get("lon")
        need(lat is None or (isinstance(lat, (int, float)) and -90 <= lat <= 90), f"place {p.get('id')}: bad lat")
        need(lon is None or (isinstance(lon, (int, float)) and -180 <= lon <= 180), f"place {p.get('id')}: bad lon")
        need(bool(p.get("mentions")), f"place {p.get('id')}: no mentions")
        refs(p.get("mentions"), f"place {p.get('id')}")
    for t in rec.get("times", []):
        refs([t.get("mention")], "time")
        need(t.get("precision") in PRECISION, f"time {t.get('mention')}: bad precision {t.get('precision')!r}")
        need(t.get("value") is None or bool(ISO.match(str(t.get("value")))), f"time {t.get('mention')}: bad value")
    for q in rec.get("quantities", []):
        refs([q.get("mention")], "quantity")
        need(q.get("value") is None or isinstance(q.get("value"), (int, float)), f"quantity {q.get('mention')}: bad value")

    for e in rec.get("events", []):
        w = f"event {e.get('id')}"
        need(e.get("type") in TYPES, f"{w}: bad type {e.get('type')!r}")
        span(e.get("trigger") or {}, f"{w}.trigger")
        if e.get("evidence") is not None:
            span(e["evidence"], f"{w}.evidence")
        for r in e.get("roles", []):
            need(r.get("role") in ROLES, f"{w}: bad role {r.get('role')!r}")
            need(r.get("actor") in actors, f"{w}: role points to unknown actor {r.get('actor')!r}")
        need(e.get("place") is None or e.get("place") in places, f"{w}: unknown place {e.get('place')!r}")
        need(e.get("place_precision") in PLACE_PRECISION, f"{w}: bad place_precision {e.get('place_precision')!r}")
        date = e.get("date")
        if date is not None:
            need(date.get("precision") in PRECISION, f"{w}: bad date precision")
            need(date.get("value") is None or bool(ISO.match(str(date.get("value")))), f"{w}: bad date value")
        for c in e.get("counts", []):
            need(c.get("kind") in COUNT_KINDS, f"{w}: bad count kind {c.get('kind')!r}")
            if c.get("mention") is not None:
                refs([c["mention"]], w + ".counts")
        att = e.get("attribution") or {}
        need(att.get("kind") in ATTRIBUTION, f"{w}: bad attribution {att.get('kind')!r}")
        need(e.get("status") in STATUS, f"{w}: bad status {e.get('status')!r}")
        need(set(e.get("violations") or []) <= VIOLATIONS, f"{w}: bad violations {e.get('violations')}")
        conf = e.get("confidence")
        need(conf is None or (isinstance(conf, (int, float)) and 0 <= conf <= 1), f"{w}: bad confidence")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("records", help="JSON Lines of rasd.record/1")
    ap.add_argument("--docs", help="the input documents, to check that none is missing or altered")
    args = ap.parse_args()
    bad = n = 0
    texts = set()
    with open(args.records, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            n += 1
            rec = json.loads(line)
            texts.add(rec.get("text"))
            for p in check(rec):
                print(f"line {line_no}: {p}")
                bad += 1
    if args.docs:
        with open(args.docs, encoding="utf-8") as fh:
            for d in map(json.loads, filter(str.strip, fh)):
                if d["text"] not in texts:
                    print(f"document {d.get('id')!r}: no record carries its text unchanged")
                    bad += 1
    print(f"{n} records, {bad} problems")
    sys.exit(1 if bad or not n else 0)


if __name__ == "__main__":
    main()

"""Build the news word-frequency list used to validate clitic splits (src/rasd/data/lexicon/wordfreq.tsv).

    python scripts/build_lexicon.py ../shared/data/syria-news/articles.jsonl \
        --exclude ../shared/corpus/dev/docs.jsonl

Counts normalised, folded word forms in the Apache-2.0 (ANT corpus) articles only, leaving out the
evaluation documents, and keeps forms seen at least twice.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

from rasd.analyse.normalise import fold, normalise

OUT = Path(__file__).resolve().parents[1] / "src/rasd/data/lexicon/wordfreq.tsv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles")
    ap.add_argument("--exclude", action="append", default=[], help="JSON Lines whose texts are left out")
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args()
    excluded = {" ".join(json.loads(line)["text"].split())
                for path in args.exclude for line in Path(path).read_text(encoding="utf-8").splitlines()
                if line.strip()}
    counts: collections.Counter[str] = collections.Counter()
    kept = 0
    for line in Path(args.articles).read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        if not art.get("license", "").startswith("ANT") or " ".join(art["text"].split()) in excluded:
            continue
        kept += 1
        counts.update(re.findall(r"[\u0621-\u064A]+", fold(normalise(art["text"]).text)))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= args.min_count:
                fh.write(f"{word}\t{n}\n")
    print(f"{kept} articles, {len(counts)} forms, wrote {OUT}")


if __name__ == "__main__":
    main()

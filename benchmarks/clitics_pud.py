"""Clitic segmentation against UD Arabic PUD: how often rasd splits an orthographic word as UD does.

    python benchmarks/clitics_pud.py [path/to/ar_pud-ud-test.conllu]

UD Arabic PUD writes clitics as separate syntactic words glued with SpaceAfter=No (ل + أوباما,
نشرت + ها). Orthographic words are rebuilt by joining letter tokens glued that way; UD keeps the
article with its noun, so rasd's article segment is merged back into the stem before comparing.
Prints word accuracy (all words, and words UD splits) and split-point precision/recall/F1.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rasd.analyse.normalise import normalise
from rasd.analyse.tokens import segment_word

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/ud-arabic-pud/ar_pud-ud-test.conllu"


def gold_words(path: Path) -> list[list[str]]:
    """Each orthographic Arabic word as the list of its UD parts (normalised, folded)."""
    words: list[list[str]] = []
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 10 or not cols[0].isdigit():
            if not line.strip() and current:
                words.append(current)
                current = []
            continue
        form = normalise(cols[1]).text
        if not form.isalpha():
            if current:
                words.append(current)
            current = []
            continue
        current.append(form)
        if "SpaceAfter=No" not in cols[9]:
            words.append(current)
            current = []
    return [w for w in words if all("\u0621" <= c <= "\u064a" for c in "".join(w))]


def predicted(word: str) -> list[str]:
    parts: list[str] = []
    glue = False
    for piece, role in segment_word(word):
        if glue:
            parts[-1] += piece
        else:
            parts.append(piece)
        glue = role == "article"  # UD keeps ال with its noun
    return parts


def boundaries(parts: list[str]) -> set[int]:
    cut, pos = set(), 0
    for p in parts[:-1]:
        pos += len(p)
        cut.add(pos)
    return cut


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    words = gold_words(path)
    right = split_total = split_right = tp = n_pred = n_gold = 0
    for gold in words:
        pred = predicted("".join(gold))
        right += pred == gold
        if len(gold) > 1:
            split_total += 1
            split_right += pred == gold
        g, p = boundaries(gold), boundaries(pred)
        tp, n_pred, n_gold = tp + len(g & p), n_pred + len(p), n_gold + len(g)
    prec, rec = tp / max(n_pred, 1), tp / max(n_gold, 1)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    print(f"UD Arabic PUD: {len(words)} Arabic words, {split_total} with clitics")
    print(f"word accuracy (all words):         {right / len(words):.4f}")
    print(f"word accuracy (words with clitics): {split_right / max(split_total, 1):.4f}")
    print(f"split points: P {prec:.4f}  R {rec:.4f}  F1 {f1:.4f}  (tp {tp}, predicted {n_pred}, gold {n_gold})")


if __name__ == "__main__":
    main()

"""Start-up cost of the gazetteer: load time and memory, plus its size.

    .venv/bin/python benchmarks/gazetteer_startup.py
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

from rasd.resolve.gazetteer import Gazetteer, name_key

PATH = Path(__file__).resolve().parents[1] / "src/rasd/data/gazetteer/gazetteer.sqlite"


def main() -> None:
    t0 = time.perf_counter()
    Gazetteer(str(PATH))
    load_ms = (time.perf_counter() - t0) * 1000
    tracemalloc.start()  # a second load, traced (tracing slows it down)
    gaz = Gazetteer(str(PATH))
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    places, names = gaz.size()
    t0 = time.perf_counter()
    for _ in range(10_000):
        gaz.lookup(name_key("دير الزور"))
    lookup_us = (time.perf_counter() - t0) * 100
    print(f"file: {PATH.stat().st_size / 1e6:.1f} MB, {places} places, {names} names, {len(gaz.names)} keys")
    print(f"load: {load_ms:.0f} ms, memory held {current / 1e6:.1f} MB (peak {peak / 1e6:.1f} MB)")
    print(f"lookup (key + dict): {lookup_us:.1f} us")


if __name__ == "__main__":
    main()

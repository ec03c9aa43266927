"""Recognise: find the spans of actors, places, times, quantities and sources.

Each recogniser is a stage that adds `Mention`s of one kind (original offsets only).
"""

from __future__ import annotations

from rasd.pipeline import Stage


def recognise_stages() -> list[Stage]:
    from rasd.recognise.actors import actor_stage
    from rasd.recognise.places import place_stage
    from rasd.recognise.quantities import quantity_stage
    from rasd.recognise.sources import source_stage
    from rasd.recognise.times import time_stage

    return [time_stage, quantity_stage, source_stage, place_stage, actor_stage]

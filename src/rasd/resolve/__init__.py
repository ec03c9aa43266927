"""Resolve: turn mentions into entities with ids (actor dictionary, gazetteer, calendars)."""

from __future__ import annotations

from rasd.pipeline import Stage


def resolve_stages() -> list[Stage]:
    from rasd.resolve.actors import resolve_actor_stage
    from rasd.resolve.places import resolve_place_stage

    return [resolve_place_stage, resolve_actor_stage]

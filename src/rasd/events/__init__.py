"""Events: triggers and types, roles, place/date/count attachment, attribution, status, violations."""

from rasd.events.stage import event_stage

__all__ = ["event_stage"]

"""Resolve actor mentions into one `Actor` per entity in the document.

Mentions that name the same dictionary entry are one actor (kb_id = the entry's id, name and name_en from
the dictionary). An anaphor ("التنظيم", "تلك القوات") joins the actor of the mention it points back to.
A descriptive mention joins an actor with the same category and the same words (clitics aside); members of
a named unit ("ضباط وعناصر الفرقة الرابعة") were given that unit's kb_id by the recogniser, so they join it,
while a linked person or ally ("المتحدث باسم الجيش الأمريكي", "قوات موالية للنظام") is its own actor whose
`parent` is the named one.
"""

from __future__ import annotations

from rasd.document import Actor, Document, Mention
from rasd.pipeline import stage
from rasd.resolve.actor_dictionary import load_dictionary


def _text_key(m: Mention) -> str:
    k = m.attrs.get("key") or m.text
    for p in ("وال", "فال", "بال", "لل", "وب", "ول", "ال"):
        if k.startswith(p) and len(k) > len(p) + 2:
            return ("ال" + k[len(p):]) if p != "ال" else k
    return k


def _group_key(m: Mention, groups: dict[str, str]) -> str:
    ante = m.attrs.get("antecedent")
    if ante and ante in groups:
        return groups[ante]
    if m.attrs.get("kb_id"):
        return "kb:" + m.attrs["kb_id"]
    return f"txt:{m.attrs.get('category')}:{_text_key(m)}"


def _new_actor(index: int, m: Mention) -> Actor:
    d = load_dictionary()
    entry = d.get(m.attrs.get("kb_id"))
    if entry is not None:
        return Actor(f"a{index}", entry.name, entry.category, [m.id], name_en=entry.name_en, kb_id=entry.id,
                     country=entry.country, parent=entry.parent)
    return Actor(f"a{index}", display_name(m.text), m.attrs.get("category") or "other", [m.id],
                 country=m.attrs.get("country"), parent=m.attrs.get("parent"))


_QUOTES = "\"'“”«»„‘’"
_DISTANCING = ("المدعو ", "المدعوة ")  # "so-called": the text's distance, not part of the name


def display_name(text: str) -> str:
    """The name as a reviewer reads it: without the distancing title and stray quotation marks."""
    name = " ".join(text.split())
    for prefix in _DISTANCING:
        name = name.removeprefix(prefix)
    return "".join(ch for ch in name if ch not in _QUOTES).strip() or text


def resolve_actors(doc: Document) -> list[Actor]:
    actors: dict[str, Actor] = {}
    groups: dict[str, str] = {}  # mention id -> group key
    for m in doc.mentions_of("actor"):
        gk = _group_key(m, groups)
        groups[m.id] = gk
        if gk in actors:
            actors[gk].mentions.append(m.id)
        else:
            actors[gk] = _new_actor(len(actors) + 1, m)
    return list(actors.values())


@stage("resolve_actors", requires=("actor_mentions",), assigns=("actors",))
def resolve_actor_stage(doc: Document) -> None:
    doc.actors = resolve_actors(doc)

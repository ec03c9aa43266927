"""Place resolution: regions, admin context, grouping of mentions, facilities placed in their town."""

from rasd.analyse.stage import analyse_stage
from rasd.document import Document, Meta
from rasd.ingest.custody import custody_for
from rasd.recognise.places import place_stage
from rasd.resolve.gazetteer import gazetteer
from rasd.resolve.places import resolve_place_stage


def run(text: str) -> Document:
    doc = Document(text, Meta(), custody_for(b"", "test"))
    for s in (analyse_stage, place_stage, resolve_place_stage):
        s(doc)
    return doc


def test_places_resolve_countryside_region():
    doc = run("اشتباكات في ريف حلب الشمالي.")
    (place,) = doc.places
    assert place.feature == "region"
    assert place.lat > 36.25  # north of Aleppo city


def test_places_resolve_named_region():
    (place,) = run("قصف على الغوطة الشرقية.").places
    assert place.kb_id == "rasd:eastern-ghouta"


def test_places_resolve_admin_context_disambiguates():
    namesakes = {p.gov for p in gazetteer().find("الهامة") if p.settlement}
    assert len(namesakes) > 1
    doc = run("في محافظة الحسكة، داهمت القوات بلدة الهامة.")
    hama = next(p for p in doc.places if p.feature != "governorate")
    assert "Al-Hasakah" in hama.admin
    assert "named in text" in (hama.why or "")


def test_places_resolve_groups_mentions():
    doc = run("دخلت القوات دوما. وفي مدينة دوما قتل مدنيون.")
    douma = [p for p in doc.places if p.name_en and "m" in p.name_en.lower()]
    assert len(douma) == 1 and len(douma[0].mentions) == 2


def test_places_resolve_facility_in_its_town():
    doc = run("احتجزوا في معسكر “الطلائع” بمدينة ديرالزور.")
    camp = next(p for p in doc.places if p.feature == "facility")
    assert camp.kb_id is None and abs(camp.lat - 35.34) < 0.1


def test_places_resolve_country_as_actor_dropped():
    assert not run("وطالبت روسيا بتعديل القرار.").places
    assert run("وصلت تعزيزات إلى روسيا.").places

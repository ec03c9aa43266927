"""Place recognition: type words in the span, clitics, countryside phrases, offsets into the original."""

from rasd.analyse.stage import analyse_stage
from rasd.document import Document, Meta
from rasd.ingest.custody import custody_for
from rasd.recognise.places import place_stage
from rasd.resolve.places import resolve_place_stage


def run(text: str) -> Document:
    doc = Document(text, Meta(), custody_for(b"", "test"))
    for s in (analyse_stage, place_stage, resolve_place_stage):
        s(doc)
    return doc


def mention_texts(doc: Document) -> list[str]:
    return [m.text for m in doc.mentions_of("place")]


def test_places_recognise_type_word_in_span():
    doc = run("قصفت الطائرات مدينة ديرالزور وحي الجورة أمس.")
    texts = mention_texts(doc)
    assert "مدينة ديرالزور" in texts
    assert "حي الجورة" in texts


def test_places_recognise_offsets_map_to_original():
    text = "قُتل شابٌّ في بِمَدينةِ حلب، ثم في ريف دير الزور الغربي."
    doc = run(text)
    for m in doc.mentions_of("place"):
        assert text[m.start:m.end] == m.text
    assert any(m.text.endswith("الغربي") for m in doc.mentions_of("place"))


def test_places_recognise_clitics():
    doc = run("وصلت التعزيزات بدمشق ولحلب وللعاصمة.")
    names = {p.name_en for p in doc.places}
    assert "Damascus" in names and "Aleppo" in names


def test_places_recognise_common_word_village_needs_type_word():
    assert not run("طالب المتظاهرون بالحرية والسلام.").places
    assert run("قصفت الطائرات قرية الحرية في ريف حماة.").places


def test_places_recognise_quoted_facility():
    doc = run("احتجزوا في معسكر “الطلائع” بمدينة ديرالزور.")
    assert "معسكر “الطلائع”" in mention_texts(doc)


def test_places_village_inside_a_person_name_is_not_a_place() -> None:
    from rasd.ingest.text import read_text
    from rasd.pipeline import default_pipeline

    doc = default_pipeline()(next(read_text("وقال شون ريان المتحدث باسم الجيش الأمريكي إن الغارة وقعت.".encode(),
                                            "test", None)))
    assert not any("ريان" in m.text for m in doc.mentions_of("place"))


def test_places_recognise_a_name_after_abu_is_a_persons():
    texts = mention_texts(run("نجحت مجموعة أميركية بقتل أبو سياف قرب أبو الظهور."))
    assert texts == ["أبو الظهور"]

"""Twenty-sixth round of person resolution on unseen reports (issue #11): a bare title refers back
to a person the text named with that title even when the knowledge base does not hold them, rather
than to whichever holder of a like office the knowledge base knows; and a style written with a full
stop ("Hon.") is no person of its own. The sentences and names are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import record_of


def _people(analyzer, text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.entity.name if m.entity else None, m.entity.id if m.entity else None)
            for m in record_of(analyzer, text, day).mentions if m.type.upper() in ("PERSON", "PER")]


def test_a_bare_title_refers_to_the_unknown_person_named_with_it(analyzer):
    """The adviser is the unknown adviser the text named, not a White House counsellor."""
    text = ("Special Adviser to the Prime Minister Kenta Morishige told reporters in Tokyo on Friday that "
            "the adviser would visit Washington next week.")
    people = {text: (name, entity) for text, name, entity in _people(analyzer, text, "2025-07-10")}
    assert people["the adviser"][0] == "Kenta Morishige"
    assert people["the adviser"][1] == people["Kenta Morishige"][1]
    assert people["the adviser"][1].startswith("ng:unresolved-")


def test_the_unknown_person_goes_by_their_fullest_name(analyzer):
    text = ("Kenta Morishige, special adviser to the Japanese prime minister, flew to Seoul. "
            "Morishige met officials there, and the adviser said talks had gone well.")
    people = {text: (name, entity) for text, name, entity in _people(analyzer, text, "2025-07-10")}
    assert people["the adviser"] == people["Kenta Morishige"] == people["Morishige"]


def test_a_title_of_another_office_does_not_refer_to_them(analyzer):
    """"The Minister of National Defence" is no foreign minister named before it."""
    text = ("The meeting was attended by the Foreign Minister of Ruritania, Tomas Velkavic. "
            "Later the Minister of National Defence spoke to the press.")
    assert [name for _, name, _ in _people(analyzer, text, "2025-07-10")] == ["Tomas Velkavic"]


def test_a_former_holder_named_before_is_not_the_title_now(analyzer):
    text = ("Kenta Morishige, a former special adviser to the prime minister, criticised the plan. "
            "The adviser to the prime minister declined to comment.")
    people = dict((text, name) for text, name, _ in _people(analyzer, text, "2025-07-10"))
    assert people.get("The adviser") != "Kenta Morishige"


def test_a_style_with_a_full_stop_is_no_person(analyzer):
    text = "The delegates included the Foreign Minister of Sri Lanka, Hon. Vijitha Herath, and Amb. Kenta Morishige."
    people = _people(analyzer, text, "2025-07-11")
    assert "Hon" not in [written for written, _, _ in people]
    assert {name for _, name, _ in people} == {"Vijitha Herath", "Kenta Morishige"}


def test_a_given_name_read_with_a_known_family_name_stays_in_the_name(analyzer):
    """The model reads "Eduardo Cotrim Figueiredo" whole; the knowledge base knows "Cotrim Figueiredo"
    as a name of João Cotrim de Figueiredo. The given name is part of the name, not a person of its own,
    and the whole name is somebody else's."""
    text = ("The candidates Andre Ventura and Eduardo Cotrim Figueiredo met voters in Lisbon on Monday to "
            "discuss housing and the economy.")
    people = _people(analyzer, text, "2026-01-12")
    assert [(written, name) for written, name, _ in people] == [
        ("Andre Ventura", "André Ventura"), ("Eduardo Cotrim Figueiredo", "Eduardo Cotrim Figueiredo")]


def test_a_rank_before_a_known_name_is_no_given_name(analyzer):
    """"Gen" is a given name in the knowledge base (Gen Nakatani) and a rank before a general's name."""
    text = "The army chief, Gen Nattaphon Narkphanit, met the press in Bangkok on Monday."
    assert [written for written, _, _ in _people(analyzer, text, "2025-10-20")] == ["Nattaphon Narkphanit"]


def test_a_holder_still_to_come_is_nobody_yet(analyzer):
    """"their next president" is whoever wins, not the party president or head of state named before."""
    text = ("The candidates include Andre Ventura. Voters go to the polls on Sunday to elect their next "
            "president. Portugal's next president takes office in March.")
    people = _people(analyzer, text, "2026-01-12")
    assert [(written, name) for written, name, _ in people] == [("Andre Ventura", "André Ventura")]


def test_a_known_name_is_found_written_without_its_accents():
    import spacy

    from newsgraph.analysis.matching import PhraseTable
    from newsgraph.text.names import fold_accents

    assert fold_accents("João Łukasz Ørsted Đuka") == "Joao Lukasz Orsted Duka"
    nlp = spacy.blank("en")
    table = PhraseTable(nlp, "ORTH", "PERSON", ["João Cotrim", "Palacio"], unaccented=True)
    doc = nlp.make_doc("Joao Cotrim and João Cotrim met at the Palácio and saw Palacio")
    assert [doc[s:e].text for _, s, e in table(doc)] == ["Joao Cotrim", "João Cotrim", "Palacio"]


def test_a_title_only_another_countrys_office_fits_corrects_no_name(analyzer):
    """The knowledge base's only navy spokesperson is Ukraine's; a report on India, China and Russia
    names none of Ukraine's officials, so its "navy spokesman" is likely an office the knowledge base
    lacks, and a name like the Ukrainian's is not taken for his garbled spelling."""
    text = ("Indian Navy spokesperson Vivek Madhwal said on Monday that the ship had docked. Chinese navy "
            "spokesman Wang Xuemeng said the drills were routine. A navy spokesman, Dmitri Petrenko, said "
            "later the patrols would go on.")
    people = {written: name for written, name, _ in _people(analyzer, text, "2025-08-10")}
    assert people["Dmitri Petrenko"] == "Dmitri Petrenko"


def test_the_title_still_corrects_a_name_in_a_report_on_its_country(analyzer):
    text = ("Ukraine said on Monday that drones had hit a Russian ship. A navy spokesman, Dmytro Pletenchuck, "
            "said later the patrols in the Black Sea would go on.")
    people = {written: name for written, name, _ in _people(analyzer, text, "2025-08-10")}
    assert people["Dmytro Pletenchuck"] == "Dmytro Pletenchuk"

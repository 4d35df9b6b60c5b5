"""Presiding officers of national legislatures, 2023-2026, first group (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("bg.national_assembly_chair", "2023-02-01", "vezhdi-rashidov"),
    ("bg.national_assembly_chair", "2023-10-01", "rosen-zhelyazkov"),
    ("bg.national_assembly_chair", "2024-08-01", "raya-nazaryan"),
    ("bg.national_assembly_chair", "2025-03-01", "nataliya-kiselova"),
    ("bg.national_assembly_chair", "2025-11-15", "raya-nazaryan"),
    ("bh.council_of_representatives_speaker", "2023-06-01", "ahmed-al-musallam"),
    ("bo.chamber_of_deputies_president", "2025-03-01", "omar-yujra"),
    ("bo.chamber_of_deputies_president", "2025-12-01", "roberto-castro-salazar"),
    ("bo.senate_president", "2025-12-01", "diego-avila-navajas"),
    ("bs.house_speaker", "2023-01-15", "patricia-deveaux"),
    ("bs.senate_president", "2023-01-15", "lashell-adderley"),
    ("bt.national_assembly_speaker", "2024-06-01", "lungten-dorji"),
    ("bw.speaker", "2023-06-01", "phandu-skelemani"),
    ("bw.speaker", "2025-06-01", "dithapelo-keorapetse"),
    ("by.house_chairman", "2024-06-01", "igor-sergeenko"),
    ("by.council_of_republic_chair", "2023-06-01", "natalya-kochanova"),
    ("bz.house_speaker", "2023-06-01", "valerie-woods"),
    ("bz.senate_president", "2023-06-01", "carolyn-trench-sandiford"),
    ("cd.national_assembly_president", "2023-06-01", "christophe-mboso"),
    ("cd.senate_president", "2025-01-15", "jean-michel-sama-lukonde"),
    ("cf.national_assembly_president", "2023-06-01", "simplice-mathieu-sarandji"),
    ("cg.national_assembly_president", "2023-06-01", "isidore-mvouba"),
    ("cg.senate_president", "2023-06-01", "pierre-ngolo"),
    ("ch.national_council_president", "2023-06-01", "martin-candinas"),
    ("ch.national_council_president", "2024-06-01", "eric-nussbaumer"),
    ("ch.national_council_president", "2025-06-01", "maja-riniker"),
    ("ch.national_council_president", "2026-03-01", "pierre-andre-page"),
    ("ch.council_of_states_president", "2024-06-01", "eva-herzog"),
    ("ch.council_of_states_president", "2025-06-01", "andrea-caroni"),
    ("ch.council_of_states_president", "2026-03-01", "stefan-engler"),
    ("cr.legislative_assembly_president", "2024-06-01", "rodrigo-arias-sanchez"),
    ("dj.national_assembly_president", "2024-01-15", "dileita-mohamed-dileita"),
    ("ee.riigikogu_president", "2024-06-01", "lauri-hussar"),
    ("ga.national_assembly_president", "2024-06-01", "jean-francois-ndongou"),
    ("ga.national_assembly_president", "2026-01-15", "regis-onanga-ndiaye"),
    ("ga.senate_president", "2024-06-01", "paulette-missambo"),
    ("ga.senate_president", "2026-01-15", "huguette-nyana-ekoume"),
    ("gm.national_assembly_speaker", "2022-06-01", "fabakary-tombong-jatta"),
    ("gq.chamber_of_deputies_president", "2023-06-01", "gaudencio-mohaba-messu"),
    ("gq.chamber_of_deputies_president", "2024-10-01", "salomon-nguema-owono"),
    ("gq.senate_president", "2019-06-01", "teresa-efua-asangono"),
    ("hk.legco_president", "2024-06-01", "andrew-leung"),
    ("hk.legco_president", "2026-03-01", "starry-lee"),
    ("kw.national_assembly_speaker", "2022-12-01", "ahmad-al-saadoun"),
    ("kw.national_assembly_speaker", "2023-10-01", "ahmad-al-saadoun"),
    ("la.national_assembly_president", "2024-06-01", "xaysomphone-phomvihane"),
    ("li.landtag_president", "2024-06-01", "albert-frick"),
    ("li.landtag_president", "2025-06-01", "manfred-kaufmann"),
    ("lr.house_speaker", "2024-06-01", "fonati-koffa"),
    ("lr.house_speaker", "2025-07-01", "richard-koon"),
    ("bb.house_speaker", "2024-06-01", "arthur-holder"),
    ("bb.senate_president", "2024-06-01", "reginald-farley"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("bg.national_assembly_chair", "2023-05-01", "vezhdi-rashidov"),
    ("bg.national_assembly_chair", "2024-08-01", "rosen-zhelyazkov"),
    ("bg.national_assembly_chair", "2024-12-01", "raya-nazaryan"),
    ("bg.national_assembly_chair", "2025-11-15", "nataliya-kiselova"),
    ("bo.chamber_of_deputies_president", "2025-12-01", "omar-yujra"),
    ("bw.speaker", "2025-06-01", "phandu-skelemani"),
    ("cd.national_assembly_president", "2024-06-01", "christophe-mboso"),
    ("ch.national_council_president", "2024-06-01", "martin-candinas"),
    ("ch.national_council_president", "2025-06-01", "eric-nussbaumer"),
    ("ch.national_council_president", "2026-03-01", "maja-riniker"),
    ("ch.council_of_states_president", "2025-06-01", "eva-herzog"),
    ("ch.council_of_states_president", "2026-03-01", "andrea-caroni"),
    ("cr.legislative_assembly_president", "2026-06-01", "rodrigo-arias-sanchez"),
    ("ga.national_assembly_president", "2026-01-15", "jean-francois-ndongou"),
    ("ga.senate_president", "2026-01-15", "paulette-missambo"),
    ("gq.chamber_of_deputies_president", "2024-10-01", "gaudencio-mohaba-messu"),
    ("hk.legco_president", "2026-03-01", "andrew-leung"),
    ("kw.national_assembly_speaker", "2023-05-01", "ahmad-al-saadoun"),
    ("kw.national_assembly_speaker", "2024-06-01", "ahmad-al-saadoun"),
    ("li.landtag_president", "2025-06-01", "albert-frick"),
    ("lr.house_speaker", "2025-07-01", "fonati-koffa"),
    ("ga.foreign_minister", "2025-12-01", "regis-onanga-ndiaye"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("President of the Riigikogu", "2024-06-01", "lauri-hussar"),
    ("LegCo President", "2026-03-01", "starry-lee"),
    ("Swiss National Council President", "2025-06-01", "maja-riniker"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

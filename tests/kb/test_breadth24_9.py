"""Governments formed in 2026, second tier (issue #11): Kast's under-secretaries in Chile and Asfura's vice
ministers, secretaries and agency heads in Honduras resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("cl.interior_undersecretary", "2026-03-10", "maximo-pavez"),
    ("cl.regional_development_undersecretary", "2026-04-01", "sebastian-figueroa"),
    ("cl.segpres_undersecretary", "2026-04-01", "constanza-castillo"),
    ("cl.segegob_undersecretary", "2026-04-01", "jose-francisco-lagos"),
    ("cl.justice_undersecretary", "2026-04-01", "luis-silva-cl"),
    ("cl.crime_prevention_undersecretary", "2026-04-01", "ana-victoria-quintana"),
    ("cl.social_security_undersecretary", "2026-04-01", "maria-elisa-cabezon"),
    ("cl.human_rights_undersecretary", "2026-04-01", "pablo-mira"),
    ("cl.environment_undersecretary", "2026-04-01", "jose-ignacio-vial"),
    ("cl.women_undersecretary", "2026-04-01", "daniela-castro-cl"),
    ("cl.tourism_undersecretary", "2026-04-01", "maria-paz-lagos"),
    ("cl.labour_undersecretary", "2026-04-01", "gustavo-rosende"),
    ("cl.fisheries_undersecretary", "2026-04-01", "osvaldo-urrutia"),
    ("cl.social_services_undersecretary", "2026-04-01", "alejandro-fernandez-cl"),
    ("cl.housing_undersecretary", "2026-04-01", "natalia-aguilar-cl"),
    ("cl.public_works_undersecretary", "2026-04-01", "nicolas-balmaceda"),
    ("cl.science_undersecretary", "2026-04-01", "rafael-araos"),
    ("cl.culture_undersecretary", "2026-04-01", "carlos-lobos-cl"),
    ("cl.heritage_undersecretary", "2026-04-01", "emilio-de-la-cerda"),
    ("cl.defence_undersecretary", "2026-04-01", "rodrigo-alvarez-cl"),
    ("hn.vice_minister_transport", "2026-02-15", "fernando-vasquez-hn"),
    ("hn.vice_minister_public_works", "2026-02-15", "maria-eugenia-nunez-hn"),
    ("hn.vice_minister_labour", "2026-02-15", "daniel-discua"),
    ("hn.vice_minister_labour", "2026-02-15", "julissa-martinez-hn"),
    ("hn.vice_minister_finance", "2026-02-15", "roberto-chang-lopez"),
    ("hn.vice_minister_finance", "2026-02-15", "lilian-rivera-ochoa"),
    ("hn.vice_minister_education", "2026-02-15", "genoveva-maravilla"),
    ("hn.vice_minister_presidency", "2026-02-15", "abraham-albarenga"),
    ("hn.energy_minister", "2026-02-15", "eduardo-oviedo-hn"),
    ("hn.sar_minister_director", "2026-02-15", "mario-zeron"),
    ("hn.coffee_undersecretary", "2026-02-15", "jose-francisco-ordonez-hn"),
    ("hn.culture_minister", "2026-02-15", "yasser-handal"),
    ("hn.inm_director", "2026-02-15", "carlos-cordero-montoya"),
    ("hn.customs_director", "2026-02-15", "marco-tulio-aguilar"),
    ("hn.merchant_marine_director", "2026-02-15", "alejandro-rodriguez-escoto"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, absent", [
    ("cl.interior_undersecretary", "2026-03-01", "maximo-pavez"),
    ("cl.segegob_undersecretary", "2026-03-01", "jose-francisco-lagos"),
    ("cl.social_security_undersecretary", "2026-03-01", "maria-elisa-cabezon"),
    ("cl.women_undersecretary", "2026-03-01", "daniela-castro-cl"),
    ("cl.fisheries_undersecretary", "2026-03-01", "osvaldo-urrutia"),
    ("cl.public_works_undersecretary", "2026-03-01", "nicolas-balmaceda"),
    ("cl.heritage_undersecretary", "2026-03-01", "emilio-de-la-cerda"),
    ("hn.vice_minister_public_works", "2026-01-20", "maria-eugenia-nunez-hn"),
    ("hn.vice_minister_finance", "2026-01-20", "roberto-chang-lopez"),
    ("hn.vice_minister_presidency", "2026-01-20", "abraham-albarenga"),
    ("hn.coffee_undersecretary", "2026-01-20", "jose-francisco-ordonez-hn"),
    ("hn.customs_director", "2026-01-20", "marco-tulio-aguilar"),
])
def test_not_holders_before_the_new_government(kb, position, day, absent):
    assert absent not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Chile's interior undersecretary", "2026-04-01", "maximo-pavez"),
    ("Chile's justice undersecretary", "2026-04-01", "luis-silva-cl"),
    ("Chile's crime prevention undersecretary", "2026-04-01", "ana-victoria-quintana"),
    ("Chile's defence undersecretary", "2026-04-01", "rodrigo-alvarez-cl"),
    ("Chile's science undersecretary", "2026-04-01", "rafael-araos"),
    ("Chile's heritage undersecretary", "2026-04-01", "emilio-de-la-cerda"),
    ("Honduran Culture Minister", "2026-03-01", "yasser-handal"),
    ("Honduras's energy minister", "2026-03-01", "eduardo-oviedo-hn"),
    ("Honduran migration director", "2026-03-01", "carlos-cordero-montoya"),
    ("Honduras's customs chief", "2026-03-01", "marco-tulio-aguilar"),
    ("Honduras's tax chief", "2026-03-01", "mario-zeron"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

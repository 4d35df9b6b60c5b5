"""Cabinets 2024-2026 of Timor-Leste, the Maldives, Brunei, Papua New Guinea, Fiji, Palestine, Cabo Verde
and the Comoros (issue #11, batch kb18-7) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Timor-Leste
    ("tl.deputy_prime_minister", "2024-03-01", "francisco-kalbuadi-lay"),
    ("tl.deputy_prime_minister", "2024-03-01", "mariano-assanami-sabino"),
    ("tl.presidency_minister", "2025-03-28", "agio-pereira"),
    ("tl.defence_minister", "2025-08-05", "donaciano-gomes"),
    ("tl.trade_minister", "2025-08-08", "filipus-nino-pereira"),
    ("tl.health_minister", "2024-01-15", "elia-amaral"),
    ("tl.justice_minister", "2024-01-15", "amandio-benevides"),
    ("tl.education_minister", "2024-01-15", "dulce-de-jesus-soares"),
    ("tl.agriculture_minister", "2024-01-15", "marcos-da-cruz"),
    ("tl.prime_minister", "2025-11-27", "xanana-gusmao"),
    # Maldives
    ("mv.vice_president", "2024-06-01", "hussain-mohamed-latheef"),
    ("mv.attorney_general", "2024-06-01", "ahmed-usham"),
    ("mv.homeland_security_minister", "2024-06-01", "ali-ihusaan"),
    ("mv.education_minister", "2024-06-01", "ismail-shafeeu"),
    ("mv.health_minister", "2024-06-01", "abdulla-khaleel"),
    ("mv.health_minister", "2024-10-10", "abdulla-nazim-ibrahim"),
    ("mv.tourism_minister", "2024-01-15", "ibrahim-faisal-mv"),
    ("mv.environment_minister", "2024-01-15", "thoriq-ibrahim"),
    ("mv.housing_minister", "2024-06-01", "ali-haidar-ahmed"),
    ("mv.higher_education_minister", "2024-06-01", "mariyam-mariya"),
    ("mv.higher_education_minister", "2025-01-20", "ali-haidar-ahmed"),
    ("mv.agriculture_minister", "2024-06-01", "aishath-rameela"),
    ("mv.agriculture_minister", "2025-01-20", "mariyam-mariya"),
    ("mv.construction_minister", "2025-01-20", "abdulla-muththalib"),
    ("mv.defence_minister", "2024-09-01", "ghassan-maumoon"),
    # Brunei
    ("bn.education_minister", "2024-01-15", "romaizah-mohd-salleh"),
    ("bn.health_minister", "2024-01-15", "isham-jaafar"),
    ("bn.religious_affairs_minister", "2024-01-15", "badaruddin-othman"),
    # Papua New Guinea
    ("pg.finance_minister", "2024-06-20", "ian-ling-stuckey"),
    ("pg.finance_minister", "2024-08-01", "miki-kaeok"),
    ("pg.tourism_minister", "2024-03-01", "isi-henry-leonard"),
    ("pg.tourism_minister", "2024-08-01", "belden-namah"),
    ("pg.petroleum_minister", "2024-03-01", "jimmy-maladina"),
    ("pg.petroleum_minister", "2024-08-01", "thomas-opa"),
    ("pg.energy_minister", "2024-08-01", "thomas-opa"),
    ("pg.mining_minister", "2024-03-01", "muguwa-dilu"),
    ("pg.commerce_minister", "2024-03-01", "win-daki"),
    ("pg.agriculture_minister", "2024-03-01", "john-boito"),
    ("pg.coffee_minister", "2024-03-01", "william-bando"),
    ("pg.correctional_services_minister", "2024-03-01", "joe-kuli"),
    ("pg.higher_education_minister", "2024-08-01", "kinoka-feo"),
    ("pg.housing_minister", "2024-08-01", "kobby-bomareo"),
    ("pg.lands_minister", "2024-01-15", "john-rosso"),
    # Fiji
    ("fj.attorney_general", "2024-01-15", "siromi-turaga"),
    ("fj.attorney_general", "2024-07-01", "graham-leung"),
    ("fj.justice_minister", "2024-06-05", "siromi-turaga"),
    ("fj.education_minister", "2023-06-01", "aseri-radrodro"),
    ("fj.itaukei_affairs_minister", "2025-06-01", "ifereimi-vasu"),
    ("fj.rural_development_minister", "2025-06-01", "sakiasi-ditoka"),
    ("fj.rural_development_minister", "2026-02-01", "mosese-bulitavu"),
    ("fj.agriculture_minister", "2026-02-01", "tomasi-tunabuna"),
    ("fj.environment_minister", "2026-02-01", "lynda-tabuya"),
    ("fj.public_enterprises_minister", "2026-02-01", "charan-jeath-singh"),
    ("fj.tourism_minister", "2024-01-15", "viliame-gavoka"),
    # Palestine
    ("ps.interior_minister", "2024-06-01", "ziad-hab-al-reeh"),
    ("ps.finance_minister", "2024-06-01", "omar-al-bitar"),
    ("ps.economy_minister", "2024-06-01", "mohammad-al-amour"),
    ("ps.health_minister", "2024-06-01", "majed-abu-ramadan"),
    ("ps.jerusalem_affairs_minister", "2024-06-01", "ashraf-al-awar"),
    ("ps.social_development_minister", "2024-06-01", "samah-hamad"),
    ("ps.plo_secretary_general", "2024-06-01", "hussein-al-sheikh"),
    # Cabo Verde
    ("cv.communities_minister", "2024-06-01", "jorge-santos-cv"),
    ("cv.communities_minister", "2025-06-01", "jose-filomeno-monteiro"),
    ("cv.communities_minister", "2025-11-01", "jose-luis-livramento"),
    ("cv.state_modernisation_minister", "2024-06-01", "edna-oliveira"),
    ("cv.state_modernisation_minister", "2025-03-01", "eurico-monteiro"),
    ("cv.health_minister", "2024-06-01", "filomena-goncalves"),
    ("cv.health_minister", "2022-06-01", "arlindo-do-rosario"),
    ("cv.tourism_transport_minister", "2024-06-01", "carlos-santos-cv"),
    ("cv.presidency_minister", "2022-06-01", "filomena-goncalves"),
    # Comoros
    ("km.interior_minister", "2024-10-01", "fakridine-mahamoud"),
    ("km.government_spokesperson", "2024-10-01", "fatima-ahamada"),
    ("km.youth_minister", "2026-03-01", "said-mohamed-ali-said"),
    ("km.energy_minister", "2026-03-01", "aboubacar-said-anli"),
    ("km.education_minister", "2026-03-01", "bacar-mvoulana"),
    ("km.transport_minister", "2026-03-01", "hassane-alfeine-yasmine"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("mv.health_minister", "2024-10-10", "abdulla-khaleel"),
    ("mv.housing_minister", "2025-01-20", "ali-haidar-ahmed"),
    ("mv.higher_education_minister", "2025-01-20", "mariyam-mariya"),
    ("mv.agriculture_minister", "2025-01-20", "aishath-rameela"),
    ("pg.finance_minister", "2024-08-01", "ian-ling-stuckey"),
    ("pg.tourism_minister", "2024-08-01", "isi-henry-leonard"),
    ("pg.petroleum_minister", "2024-08-01", "jimmy-maladina"),
    ("pg.mining_minister", "2024-08-01", "muguwa-dilu"),
    ("fj.attorney_general", "2024-07-01", "siromi-turaga"),
    ("fj.education_minister", "2024-03-01", "aseri-radrodro"),
    ("fj.rural_development_minister", "2026-02-01", "sakiasi-ditoka"),
    ("cv.communities_minister", "2025-06-01", "jorge-santos-cv"),
    ("cv.communities_minister", "2025-11-01", "jose-filomeno-monteiro"),
    ("cv.state_modernisation_minister", "2025-03-01", "edna-oliveira"),
    ("cv.health_minister", "2025-03-01", "filomena-goncalves"),
    ("cv.health_minister", "2023-06-01", "arlindo-do-rosario"),
    ("cv.tourism_transport_minister", "2025-03-01", "carlos-santos-cv"),
    ("cv.presidency_minister", "2023-06-01", "filomena-goncalves"),
    ("km.interior_minister", "2025-06-01", "fakridine-mahamoud"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Maldivian Health Minister", "2024-10-10", "abdulla-nazim-ibrahim"),
    ("Fijian Attorney-General", "2024-07-01", "graham-leung"),
    ("Palestinian Finance Minister", "2024-06-01", "omar-al-bitar"),
    ("Palestinian Interior Minister", "2024-06-01", "ziad-hab-al-reeh"),
    ("PNG Finance Minister", "2024-08-01", "miki-kaeok"),
    ("Timorese Defence Minister", "2025-08-05", "donaciano-gomes"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

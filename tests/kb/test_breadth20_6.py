"""Heads of national police forces, gendarmeries, coast and border guards and anti-corruption agencies,
2023-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("us.dea_administrator", "2024-05-01", "anne-milgram"),
    ("us.dea_administrator", "2025-03-01", "derek-maltz"),
    ("us.dea_administrator", "2025-08-14", "terrance-cole"),
    ("us.atf_director", "2024-05-01", "steven-dettelbach"),
    ("us.coast_guard_commandant", "2024-05-01", "linda-fagan"),
    ("us.coast_guard_commandant", "2025-06-01", "kevin-lunday"),
    ("us.coast_guard_commandant", "2026-01-10", "kevin-lunday"),
    ("us.cbp_commissioner", "2023-06-01", "troy-miller-cbp"),
    ("ng.inspector_general_police", "2023-03-01", "usman-alkali-baba"),
    ("ng.inspector_general_police", "2023-08-01", "kayode-egbetokun"),
    ("ng.inspector_general_police", "2025-06-01", "kayode-egbetokun"),
    ("ng.inspector_general_police", "2026-02-25", "tunji-disu"),
    ("il.police_commissioner", "2023-06-01", "kobi-shabtai"),
    ("il.police_commissioner", "2025-01-01", "daniel-levy-police"),
    ("ht.pnh_director_general", "2023-06-01", "frantz-elbe"),
    ("ht.pnh_director_general", "2024-12-01", "rameau-normil"),
    ("ht.pnh_director_general", "2025-08-09", "vladimir-paraison"),
    ("bd.igp", "2023-06-01", "chowdhury-abdullah-al-mamun"),
    ("bd.igp", "2024-09-15", "moinul-islam"),
    ("bd.igp", "2024-11-22", "baharul-alam"),
    ("co.police_director", "2023-03-01", "henry-sanabria"),
    ("co.police_director", "2024-06-01", "william-rene-salamanca"),
    ("co.police_director", "2025-06-01", "carlos-fernando-triana"),
    ("mx.national_guard_commander", "2024-01-01", "david-cordova-campos"),
    ("mx.national_guard_commander", "2025-06-01", "hernan-cortes-hernandez"),
    ("mx.national_guard_commander", "2026-02-07", "guillermo-briceno"),
    ("br.federal_police_director", "2023-01-10", "andrei-rodrigues"),
    ("za.national_police_commissioner", "2022-04-02", "fannie-masemola"),
    ("ua.national_police_head", "2023-01-10", "ihor-klymenko"),
    ("ua.national_police_head", "2023-03-01", "ivan-vyhivskyi"),
    ("ua.national_police_head", "2023-07-15", "ivan-vyhivskyi"),
    ("ua.sbgs_head", "2024-06-01", "serhiy-deineko"),
    ("jp.npa_commissioner_general", "2024-01-01", "yasuhiro-tsuyuki"),
    ("jp.npa_commissioner_general", "2025-01-28", "yoshinobu-kusunoki"),
    ("kr.police_commissioner", "2023-06-01", "yoon-hee-keun"),
    ("kr.police_commissioner", "2024-10-01", "cho-ji-ho"),
    ("kr.acting_police_commissioner", "2025-03-01", "lee-ho-young-police"),
    ("kr.acting_police_commissioner", "2025-07-01", "yoo-jae-seong"),
    ("ir.police_chief", "2022-12-01", "hossein-ashtari"),
    ("ir.police_chief", "2023-01-08", "ahmad-reza-radan"),
    ("fr.gendarmerie_director_general", "2024-11-05", "hubert-bonneau"),
    ("fr.police_director_general", "2024-11-02", "louis-laugier"),
    ("id.kpk_chairman", "2023-06-01", "firli-bahuri"),
    ("id.kpk_chairman", "2024-06-01", "nawawi-pomolango"),
    ("id.kpk_chairman", "2025-01-01", "setyo-budiyanto"),
    ("ph.pnp_chief", "2023-10-01", "benjamin-acorda-jr"),
    ("ph.pnp_chief", "2025-10-01", "jose-melencio-nartatez-jr"),
    ("ph.pnp_chief", "2026-02-01", "jose-melencio-nartatez-jr"),
    ("ph.pnp_spokesperson", "2024-06-01", "jean-fajardo"),
    ("gb.nca_director_general", "2022-02-01", "graeme-biggar"),
    ("gb.nca_director_general", "2023-06-01", "graeme-biggar"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.dea_administrator", "2025-03-01", "anne-milgram"),
    ("us.dea_administrator", "2025-08-01", "derek-maltz"),
    ("us.atf_director", "2025-02-01", "steven-dettelbach"),
    ("us.coast_guard_commandant", "2025-02-01", "linda-fagan"),
    ("us.cbp_commissioner", "2025-02-01", "troy-miller-cbp"),
    ("ng.inspector_general_police", "2023-07-01", "usman-alkali-baba"),
    ("ng.inspector_general_police", "2026-03-01", "kayode-egbetokun"),
    ("il.police_commissioner", "2024-09-01", "kobi-shabtai"),
    ("ht.pnh_director_general", "2024-07-01", "frantz-elbe"),
    ("ht.pnh_director_general", "2025-09-01", "rameau-normil"),
    ("bd.igp", "2024-09-01", "chowdhury-abdullah-al-mamun"),
    ("bd.igp", "2024-12-01", "moinul-islam"),
    ("co.police_director", "2023-06-01", "henry-sanabria"),
    ("co.police_director", "2025-03-01", "william-rene-salamanca"),
    ("mx.national_guard_commander", "2024-11-01", "david-cordova-campos"),
    ("mx.national_guard_commander", "2026-03-01", "hernan-cortes-hernandez"),
    ("ua.national_police_head", "2023-03-01", "ihor-klymenko"),
    ("ua.sbgs_head", "2026-03-01", "serhiy-deineko"),
    ("jp.npa_commissioner_general", "2025-03-01", "yasuhiro-tsuyuki"),
    ("kr.police_commissioner", "2024-09-01", "yoon-hee-keun"),
    ("kr.acting_police_commissioner", "2025-08-01", "lee-ho-young-police"),
    ("ir.police_chief", "2023-02-01", "hossein-ashtari"),
    ("id.kpk_chairman", "2024-01-01", "firli-bahuri"),
    ("id.kpk_chairman", "2025-01-01", "nawawi-pomolango"),
    ("ph.pnp_chief", "2024-05-01", "benjamin-acorda-jr"),
    ("ph.pnp_spokesperson", "2025-10-01", "jean-fajardo"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Nigerian police chief", "2024-06-01", "kayode-egbetokun"),
    ("Israeli police chief", "2025-01-01", "daniel-levy-police"),
    ("Haitian police chief", "2024-12-01", "rameau-normil"),
    ("Colombian police director", "2024-06-01", "william-rene-salamanca"),
    ("DEA Administrator", "2025-09-01", "terrance-cole"),
    ("KPK chairman", "2025-06-01", "setyo-budiyanto"),
    ("Bangladesh police chief", "2025-01-01", "baharul-alam"),
    ("Iranian police chief", "2023-06-01", "ahmad-reza-radan"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

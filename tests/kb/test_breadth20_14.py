"""Leaders of autonomous, breakaway, disputed and occupied regions 2020-2026 (issue #11) resolve on
known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("iq.krg_deputy_prime_minister", "2023-05-01", "qubad-talabani"),
    ("sy.aanes_executive_council_co_chair", "2018-10-01", "berivan-khalid"),
    ("sy.aanes_executive_council_co_chair", "2018-10-01", "abdul-hamid-al-mahbash"),
    ("so.puntland_president", "2022-06-01", "said-abdullahi-deni"),
    ("so.somaliland_president", "2022-06-01", "muse-bihi-abdi"),
    ("so.somaliland_president", "2025-06-01", "abdirahman-irro"),
    ("so.jubaland_president", "2021-06-01", "ahmed-madobe"),
    ("ba.rs_president", "2020-06-01", "zeljka-cvijanovic"),
    ("ba.rs_president", "2023-06-01", "milorad-dodik"),
    ("ba.rs_prime_minister", "2021-06-01", "radovan-viskovic"),
    ("ba.rs_prime_minister", "2025-12-01", "savo-minic"),
    ("md.transnistria_president", "2020-06-01", "vadim-krasnoselsky"),
    ("ge.abkhazia_president", "2022-06-01", "aslan-bzhania"),
    ("ge.abkhazia_president", "2025-01-15", "badra-gunba"),
    ("ge.abkhazia_president", "2025-06-01", "badra-gunba"),
    ("ge.south_ossetia_president", "2020-06-01", "anatoly-bibilov"),
    ("ge.south_ossetia_president", "2023-06-01", "alan-gagloyev"),
    ("cy.turkish_cypriot_leader", "2020-06-01", "mustafa-akinci"),
    ("cy.turkish_cypriot_leader", "2023-06-01", "ersin-tatar"),
    ("cy.turkish_cypriot_leader", "2025-12-01", "tufan-erhurman"),
    ("az.nagorno_karabakh_president", "2021-06-01", "arayik-harutyunyan"),
    ("az.nagorno_karabakh_president", "2023-09-15", "samvel-shahramanyan"),
    ("md.gagauzia_governor", "2024-06-01", "evghenia-gutul"),
    ("md.gagauzia_governor", "2025-08-10", "ilia-uzun"),
    ("ua.dpr_head", "2022-06-01", "denis-pushilin"),
    ("ua.lpr_head", "2022-06-01", "leonid-pasechnik"),
    ("ua.zaporizhzhia_occupation_head", "2022-12-01", "yevgeny-balitsky"),
    ("ua.kherson_occupation_head", "2022-12-01", "vladimir-saldo"),
    ("ua.crimea_head", "2021-06-01", "sergey-aksyonov"),
    ("pg.bougainville_president", "2022-06-01", "ishmael-toroama"),
    ("fr.new_caledonia_government_president", "2023-06-01", "louis-mapou"),
    ("fr.new_caledonia_government_president", "2025-06-01", "alcide-ponga"),
    ("dk.greenland_prime_minister", "2020-06-01", "kim-kielsen"),
    ("dk.greenland_prime_minister", "2023-06-01", "mute-b-egede"),
    ("dk.greenland_prime_minister", "2025-06-01", "jens-frederik-nielsen"),
    ("dk.faroe_prime_minister", "2021-06-01", "bardur-a-steig-nielsen"),
    ("dk.faroe_prime_minister", "2023-06-01", "aksel-v-johannesen"),
    ("hk.chief_secretary", "2020-06-01", "matthew-cheung"),
    ("hk.chief_secretary", "2021-12-01", "john-lee-ka-chiu"),
    ("mo.chief_executive", "2022-06-01", "ho-iat-seng"),
    ("mo.chief_executive", "2025-06-01", "sam-hou-fai"),
    ("id.aceh_governor", "2025-06-01", "muzakir-manaf"),
    ("tz.zanzibar_president", "2023-06-01", "hussein-mwinyi"),
    ("in.jk_chief_minister", "2025-01-01", "omar-abdullah"),
    ("in.jk_lieutenant_governor", "2020-03-01", "girish-chandra-murmu"),
    ("in.jk_lieutenant_governor", "2022-06-01", "manoj-sinha"),
    ("ph.bangsamoro_chief_minister", "2022-06-01", "murad-ebrahim"),
    ("ph.bangsamoro_chief_minister", "2025-06-01", "abdulraof-macacua"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("so.somaliland_president", "2025-06-01", "muse-bihi-abdi"),
    ("ba.rs_president", "2023-06-01", "zeljka-cvijanovic"),
    ("ba.rs_president", "2021-06-01", "milorad-dodik"),
    ("ba.rs_prime_minister", "2025-12-01", "radovan-viskovic"),
    ("ge.abkhazia_president", "2025-01-15", "aslan-bzhania"),
    ("ge.south_ossetia_president", "2023-06-01", "anatoly-bibilov"),
    ("cy.turkish_cypriot_leader", "2023-06-01", "mustafa-akinci"),
    ("cy.turkish_cypriot_leader", "2025-12-01", "ersin-tatar"),
    ("az.nagorno_karabakh_president", "2023-09-15", "arayik-harutyunyan"),
    ("md.gagauzia_governor", "2025-09-01", "evghenia-gutul"),
    ("fr.new_caledonia_government_president", "2025-06-01", "louis-mapou"),
    ("dk.greenland_prime_minister", "2023-06-01", "kim-kielsen"),
    ("dk.greenland_prime_minister", "2025-06-01", "mute-b-egede"),
    ("dk.faroe_prime_minister", "2023-06-01", "bardur-a-steig-nielsen"),
    ("hk.chief_secretary", "2021-12-01", "matthew-cheung"),
    ("hk.chief_secretary", "2022-06-01", "john-lee-ka-chiu"),
    ("mo.chief_executive", "2025-06-01", "ho-iat-seng"),
    ("in.jk_lieutenant_governor", "2022-06-01", "girish-chandra-murmu"),
    ("ph.bangsamoro_chief_minister", "2025-06-01", "murad-ebrahim"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Puntland President", "2024-06-01", "said-abdullahi-deni"),
    ("Somaliland President", "2025-06-01", "abdirahman-irro"),
    ("Northern Cyprus President", "2025-12-01", "tufan-erhurman"),
    ("Faroese Prime Minister", "2023-06-01", "aksel-v-johannesen"),
    ("Jammu and Kashmir Chief Minister", "2025-01-01", "omar-abdullah"),
    ("Greenland Prime Minister", "2025-06-01", "jens-frederik-nielsen"),
    ("Macau Chief Executive", "2025-06-01", "sam-hou-fai"),
    ("Zanzibar President", "2023-06-01", "hussein-mwinyi"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

"""Africa's elections, coups and new governments of 2025-2026 (issue #11, harvest 26-3): party
leaders, ministers, governors and security chiefs resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Tanzania
    ("tz.act_party_leader", "2020-01-01", "zitto-kabwe"),
    ("tz.act_party_leader", "2025-06-01", "dorothy-semu"),
    ("tz.act_chairman", "2025-01-01", "othman-masoud-othman"),
    ("tz.act_deputy_chairman", "2025-01-01", "ismail-jussa"),
    ("tz.act_deputy_chairman", "2025-01-01", "isihaka-mchinjita"),
    ("tz.act_secretary_general", "2024-06-01", "ado-shaibu"),
    ("tz.chadema_chairman", "2015-01-01", "freeman-mbowe"),
    ("tz.chadema_secretary_general", "2022-01-01", "john-mnyika"),
    ("tz.chadema_vice_chairman_mainland", "2022-01-01", "tundu-lissu"),
    ("tz.chadema_vice_chairman_mainland", "2025-06-01", "john-heche"),
    ("tz.chadema_deputy_secretary_general", "2025-06-01", "amani-golugwa"),
    ("tz.chadema_deputy_secretary_general", "2025-06-01", "ally-ibrahim-juma"),
    # Guinea-Bissau
    ("gw.territorial_administration_minister", "2026-01-15", "carlos-nelson-sano"),
    ("gw.economy_minister", "2026-01-15", "mamadu-mudjetaba-djalo"),
    ("gw.transport_minister", "2026-01-15", "florentino-mendes-pereira"),
    ("gw.natural_resources_minister", "2026-01-15", "celedonio-placido-vieira"),
    ("gw.energy_minister", "2026-01-15", "mario-muzante-loureiro"),
    ("gw.agriculture_minister", "2026-01-15", "amadu-uri-guisse"),
    ("gw.fisheries_minister", "2026-01-15", "virginia-pires-correia"),
    ("gw.education_minister", "2026-01-15", "mamadu-badji"),
    ("gw.environment_minister", "2026-01-15", "augusto-idrissa-embalo"),
    ("gw.public_administration_minister", "2026-01-15", "assucenia-de-barros"),
    ("gw.youth_culture_sports_minister", "2026-01-15", "juelma-cubala"),
    ("gw.commerce_minister", "2026-01-15", "jaimentino-co"),
    # South Sudan
    ("ss.justice_minister", "2025-06-01", "wek-mamer-kuol"),
    ("ss.general_education_minister", "2025-06-01", "kuyok-abol-kuyok"),
    ("ss.trade_minister", "2025-06-01", "atong-kuol-manyang"),
    ("ss.inspector_general_police", "2025-06-01", "abraham-peter-manyuat"),
    ("ss.inspector_general_police", "2026-01-01", "saeed-chawul-lom"),
    ("ss.central_equatoria_governor", "2026-01-01", "emmanuel-adil-anthony"),
    ("ss.western_bahr_el_ghazal_governor", "2025-12-01", "sherif-daniel-sherif"),
    ("ss.nss_internal_bureau_director_general", "2025-03-01", "charles-chiech-mayor"),
    # Ghana
    ("gh.greater_accra_regional_minister", "2025-06-01", "linda-ocloo"),
    ("gh.ashanti_regional_minister", "2025-06-01", "frank-amoakohene"),
    ("gh.north_east_regional_minister", "2025-06-01", "ibrahim-tia"),
    ("gh.upper_east_regional_minister", "2025-06-01", "akamugri-donatus-atanga"),
    ("gh.special_initiatives_minister", "2025-06-01", "emmanuel-kwadwo-agyekum"),
    ("gh.npp_flagbearer", "2026-03-01", "mahamudu-bawumia"),
    ("gh.npp_national_vice_chairman", "2023-06-01", "danquah-smith-buttey"),
    ("gh.npp_national_vice_chairman", "2023-06-01", "rita-talata-asobayire"),
    ("gh.npp_national_vice_chairman", "2023-06-01", "masawudu-osman"),
    ("gh.npp_national_organiser", "2023-06-01", "henry-nana-boakye"),
    ("gh.npp_women_organiser", "2023-06-01", "kate-gyamfua"),
    ("gh.npp_nasara_coordinator", "2023-06-01", "abdul-aziz-haruna-futa"),
    # Cameroon
    ("cm.sdf_president", "2010-01-01", "john-fru-ndi"),
    ("cm.sdf_president", "2023-08-01", "joshua-osih"),
    ("cm.sdf_president", "2025-06-01", "joshua-osih"),
    ("cm.pcrn_president", "2022-01-01", "cabral-libii"),
    ("cm.udc_president", "2022-01-01", "tomaino-ndam-njoya"),
    # Côte d'Ivoire
    ("ci.constitutional_council_president", "2020-01-01", "mamadou-kone-ci"),
    ("ci.constitutional_council_president", "2025-01-01", "chantal-nanaba-camara"),
    ("ci.ppaci_president", "2023-01-01", "laurent-gbagbo"),
    ("ci.mgc_president", "2023-01-01", "simone-ehivet-gbagbo"),
    ("ci.cojep_president", "2021-01-01", "charles-ble-goude"),
    ("ci.fpi_president", "2020-01-01", "pascal-affi-nguessan"),
    # Central African Republic
    ("cf.prime_minister", "2000-01-01", "anicet-georges-dologuele"),
    ("cf.urca_president", "2020-01-01", "anicet-georges-dologuele"),
    # Uganda
    ("ug.ant_leader", "2022-01-01", "mugisha-muntu"),
    ("ug.fdc_president", "2020-01-01", "patrick-oboi-amuriat"),
    ("ug.fdc_secretary_general", "2024-06-01", "nathan-nandala-mafabi"),
    ("ug.fdc_national_chairman", "2024-06-01", "jack-sabiiti"),
    # Guinea
    ("gn.frondeg_president", "2026-03-01", "abdoulaye-yero-balde"),
    # Benin
    ("bj.national_guard_chief_of_staff", "2025-01-01", "faizou-gomina"),
    ("bj.fcbe_executive_secretary", "2023-01-01", "paul-hounkpe"),
    ("bj.government_secretary_general", "2020-01-01", "edouard-ouin-ouro"),
    # Madagascar
    ("mg.territorial_planning_minister", "2026-01-01", "lylison-rene-de-rolland"),
    ("mg.gendarmerie_minister", "2025-01-01", "andry-rakotondrazaka"),
    ("mg.gendarmerie_minister", "2025-12-01", "bama-marima"),
    ("mg.gendarmerie_commander", "2025-12-01", "nonos-mbina-mamelison"),
    ("mg.cis_director_general", "2026-01-01", "fetrarivo-rabemanantsoa"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("tz.act_party_leader", "2025-06-01", "zitto-kabwe"),
    ("tz.chadema_chairman", "2025-06-01", "freeman-mbowe"),
    ("tz.chadema_vice_chairman_mainland", "2025-06-01", "tundu-lissu"),
    ("ss.justice_minister", "2025-10-01", "wek-mamer-kuol"),
    ("ss.inspector_general_police", "2025-06-01", "atem-marol-biar"),
    ("ss.inspector_general_police", "2026-01-01", "abraham-peter-manyuat"),
    ("ss.nss_internal_bureau_director_general", "2025-03-01", "akec-tong-aleu"),
    ("cm.sdf_president", "2024-01-01", "john-fru-ndi"),
    ("ci.constitutional_council_president", "2024-01-01", "mamadou-kone-ci"),
    ("cf.prime_minister", "2002-01-01", "anicet-georges-dologuele"),
    ("mg.gendarmerie_minister", "2025-12-01", "andry-rakotondrazaka"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("ACT-Wazalendo leader", "2025-06-01", "dorothy-semu"),
    ("Chadema secretary general", "2025-06-01", "john-mnyika"),
    ("NPP flagbearer", "2026-03-01", "mahamudu-bawumia"),
    ("SDF chairman", "2024-06-01", "joshua-osih"),
    ("PPA-CI president", "2023-01-01", "laurent-gbagbo"),
    ("URCA president", "2024-01-01", "anicet-georges-dologuele"),
    ("Greater Accra Regional Minister", "2025-06-01", "linda-ocloo"),
    ("Central Equatoria Governor", "2026-01-01", "emmanuel-adil-anthony"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

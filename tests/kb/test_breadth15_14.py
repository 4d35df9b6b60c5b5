"""Cabinet office holders of Georgia, Armenia, Azerbaijan, Belarus and Tunisia, 2024-2026 (issue #11),
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Georgia
    ("ge.health_minister", "2023-06-01", "zurab-azarashvili"),
    ("ge.health_minister", "2025-01-15", "mikheil-sarjveladze"),
    ("ge.education_minister", "2025-01-15", "aleksandre-tsuladze"),
    ("ge.education_minister", "2025-07-01", "givi-mikanadze"),
    ("ge.economy_minister", "2024-06-01", "levan-davitashvili"),
    ("ge.economy_minister", "2025-06-25", "mariam-kvrivishvili"),
    ("ge.agriculture_minister", "2024-06-01", "otar-shamugia"),
    ("ge.agriculture_minister", "2024-12-15", "davit-songulashvili"),
    ("ge.justice_minister", "2025-01-15", "anri-okhanashvili"),
    ("ge.justice_minister", "2025-05-15", "paata-salia"),
    ("ge.culture_minister", "2024-06-01", "tea-tsulukiani"),
    ("ge.culture_minister", "2024-11-01", "tinatin-rukhadze"),
    ("ge.reconciliation_minister", "2024-12-15", "tea-akhvlediani"),
    ("ge.infrastructure_minister", "2025-01-15", "irakli-karseladze"),
    ("ge.infrastructure_minister", "2025-05-15", "irakli-karseladze"),
    ("ge.regional_development_minister", "2025-05-15", "grigol-liluashvili"),
    # Armenia
    ("am.justice_minister", "2024-06-01", "grigor-minasyan"),
    ("am.justice_minister", "2025-06-17", "srbuhi-galyan"),
    ("am.labour_minister", "2024-06-01", "narek-mkrtchyan"),
    ("am.environment_minister", "2024-06-01", "hakob-simidyan"),
    ("am.environment_minister", "2025-08-01", "hambardzum-matevosyan"),
    ("am.territorial_administration_minister", "2024-06-01", "gnel-sanosyan"),
    ("am.territorial_administration_minister", "2024-12-15", "davit-khudatyan"),
    ("am.health_minister", "2022-06-01", "anahit-avanesyan"),
    ("am.education_minister", "2023-06-01", "zhanna-andreasyan"),
    # Azerbaijan
    ("az.health_minister", "2025-10-08", "teymur-musayev"),
    ("az.culture_minister", "2024-08-27", "adil-karimli"),
    ("az.ecology_minister", "2024-11-11", "mukhtar-babayev"),
    ("az.education_minister", "2023-06-01", "emin-amrullayev"),
    ("az.digital_transport_minister", "2022-02-15", "rashad-nabiyev"),
    ("az.agriculture_minister", "2023-11-24", "majnun-mammadov"),
    # Belarus
    ("by.first_deputy_prime_minister", "2024-06-01", "nikolai-snopkov"),
    ("by.deputy_prime_minister", "2025-04-01", "vladimir-karanik"),
    ("by.deputy_prime_minister", "2025-04-01", "viktor-karankevich"),
    ("by.deputy_prime_minister", "2025-06-01", "natalia-petkevich"),
    ("by.council_of_ministers_office_head", "2025-04-01", "konstantin-burak"),
    ("by.council_of_ministers_office_head", "2025-06-01", "valery-vakulchik"),
    ("by.interior_minister", "2025-04-01", "ivan-kubrakov"),
    ("by.health_minister", "2025-04-01", "alexander-khodzhaev"),
    ("by.information_minister", "2024-09-01", "marat-markov"),
    ("by.culture_minister", "2025-04-01", "ruslan-chernetsky"),
    ("by.trade_minister", "2025-04-01", "artur-karpovich"),
    ("by.communications_minister", "2025-04-01", "kirill-zalesky"),
    ("by.emergency_minister", "2024-06-01", "vadim-sinyavsky"),
    ("by.labour_minister", "2025-06-01", "natalia-pavlyuchenko"),
    ("by.labour_minister", "2026-02-01", "andrei-lobovich"),
    ("by.agriculture_minister", "2024-12-01", "anatoly-linevich"),
    ("by.agriculture_minister", "2025-04-01", "yuri-gorlov"),
    ("by.industry_minister", "2024-12-01", "alexander-efimov"),
    ("by.architecture_minister", "2024-06-01", "ruslan-parkhamovich"),
    ("by.architecture_minister", "2025-04-01", "alexander-studnev"),
    ("by.natural_resources_minister", "2025-04-01", "sergei-maslyak"),
    ("by.housing_minister", "2025-04-01", "gennady-trubilo"),
    ("by.foreign_minister", "2025-03-03", "maxim-ryzhenkov"),
    # Tunisia
    ("tn.health_minister", "2025-01-15", "mustapha-ferjani"),
    ("tn.agriculture_minister", "2025-01-15", "ezzeddine-ben-cheikh"),
    ("tn.education_minister", "2025-01-15", "noureddine-nouri"),
    ("tn.higher_education_minister", "2025-01-15", "mondher-belaid"),
    ("tn.youth_sports_minister", "2025-01-15", "sadok-mourali"),
    ("tn.communication_technologies_minister", "2025-01-15", "sofiene-hemissi"),
    ("tn.transport_minister", "2024-02-01", "rabie-majidi"),
    ("tn.transport_minister", "2024-05-01", "sarra-zaafrani-zenzri"),
    ("tn.transport_minister", "2025-01-15", "rachid-amri"),
    ("tn.culture_minister", "2024-02-01", "hayet-guettat-guermazi"),
    ("tn.culture_minister", "2024-05-01", "moncef-boukthir"),
    ("tn.culture_minister", "2025-01-15", "amina-srarfi"),
    ("tn.state_domains_minister", "2025-01-15", "wajdi-hedhili"),
    ("tn.environment_minister", "2025-01-15", "habib-abid"),
    ("tn.tourism_minister", "2025-01-15", "sofiene-tekaya"),
    ("tn.religious_affairs_minister", "2025-01-15", "ahmed-bouhali"),
    ("tn.family_minister", "2025-01-15", "asma-jabri"),
    ("tn.employment_minister", "2024-05-01", "lotfi-dhiab"),
    ("tn.employment_minister", "2025-01-15", "riadh-chaoued"),
    ("tn.industry_minister", "2025-01-15", "fatma-thabet-chiboub"),
    ("tn.equipment_minister", "2024-06-01", "sarra-zaafrani-zenzri"),
    ("tn.equipment_minister", "2025-04-01", "salah-zouari"),
    ("tn.foreign_minister", "2025-03-21", "mohamed-ali-nafti"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ge.health_minister", "2024-03-05", "zurab-azarashvili"),
    ("ge.education_minister", "2025-07-15", "aleksandre-tsuladze"),
    ("ge.economy_minister", "2025-07-15", "levan-davitashvili"),
    ("ge.agriculture_minister", "2024-12-15", "otar-shamugia"),
    ("ge.justice_minister", "2025-05-15", "anri-okhanashvili"),
    ("ge.culture_minister", "2024-10-05", "tea-tsulukiani"),
    ("am.justice_minister", "2024-10-15", "grigor-minasyan"),
    ("am.labour_minister", "2025-09-15", "narek-mkrtchyan"),
    ("am.environment_minister", "2025-08-01", "hakob-simidyan"),
    ("am.territorial_administration_minister", "2024-12-15", "gnel-sanosyan"),
    ("by.deputy_prime_minister", "2025-06-01", "vladimir-karanik"),
    ("by.council_of_ministers_office_head", "2025-06-01", "konstantin-burak"),
    ("by.labour_minister", "2026-02-01", "natalia-pavlyuchenko"),
    ("by.agriculture_minister", "2025-04-01", "anatoly-linevich"),
    ("by.architecture_minister", "2025-04-01", "ruslan-parkhamovich"),
    ("tn.transport_minister", "2024-09-15", "sarra-zaafrani-zenzri"),
    ("tn.transport_minister", "2024-05-01", "rabie-majidi"),
    ("tn.culture_minister", "2024-09-15", "moncef-boukthir"),
    ("tn.employment_minister", "2024-09-15", "lotfi-dhiab"),
    ("tn.equipment_minister", "2025-04-01", "sarra-zaafrani-zenzri"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Georgian Health Minister", "2025-01-15", "mikheil-sarjveladze"),
    ("Georgian Economy Minister", "2025-07-15", "mariam-kvrivishvili"),
    ("Armenian Justice Minister", "2025-06-17", "srbuhi-galyan"),
    ("Azerbaijani Health Minister", "2025-10-08", "teymur-musayev"),
    ("Belarusian Labour Minister", "2026-02-01", "andrei-lobovich"),
    ("Tunisian Transport Minister", "2025-01-15", "rachid-amri"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

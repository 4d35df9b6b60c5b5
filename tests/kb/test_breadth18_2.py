"""Cabinet office holders of Hong Kong, Bhutan, Turkmenistan, Tajikistan, Kyrgyzstan, Laos, North Korea
and Mongolia, 2024-2026 (issue #11, batch kb18-2), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Hong Kong: the sixth-term principal officials
    ("hk.chief_secretary", "2024-06-01", "eric-chan-kwok-ki"),
    ("hk.financial_secretary", "2025-02-26", "paul-chan-mo-po"),
    ("hk.secretary_for_justice", "2025-06-01", "paul-lam-ting-kwok"),
    ("hk.deputy_chief_secretary", "2024-06-01", "warner-cheuk"),
    ("hk.deputy_financial_secretary", "2024-06-01", "michael-wong-wai-lun"),
    ("hk.deputy_secretary_for_justice", "2024-06-01", "horace-cheung"),
    ("hk.civil_service_secretary", "2025-06-01", "ingrid-yeung"),
    ("hk.constitutional_mainland_affairs_secretary", "2025-06-01", "erick-tsang"),
    ("hk.constitutional_mainland_affairs_secretary", "2026-01-28", "clement-woo"),
    ("hk.education_secretary", "2025-06-01", "christine-choi"),
    ("hk.environment_ecology_secretary", "2025-06-01", "tse-chin-wan"),
    ("hk.health_secretary", "2025-06-01", "lo-chung-mau"),
    ("hk.home_youth_affairs_secretary", "2025-06-01", "alice-mak"),
    ("hk.labour_welfare_secretary", "2025-06-01", "chris-sun"),
    ("hk.security_secretary", "2024-03-19", "chris-tang-ping-keung"),
    ("hk.commerce_economic_development_secretary", "2025-06-01", "algernon-yau"),
    ("hk.development_secretary", "2025-06-01", "bernadette-linn"),
    ("hk.financial_services_treasury_secretary", "2025-06-01", "christopher-hui"),
    ("hk.innovation_technology_industry_secretary", "2025-06-01", "sun-dong"),
    ("hk.transport_logistics_secretary", "2024-06-01", "lam-sai-hung"),
    ("hk.transport_logistics_secretary", "2025-06-01", "mable-chan"),
    ("hk.housing_secretary", "2025-06-01", "winnie-ho"),
    ("hk.culture_sports_tourism_secretary", "2024-06-01", "kevin-yeung"),
    ("hk.culture_sports_tourism_secretary", "2025-06-01", "rosanna-law"),
    # Bhutan: the 2024 government
    ("bt.energy_minister", "2024-06-01", "gem-tshering"),
    ("bt.health_minister", "2024-06-01", "tandin-wangchuk"),
    ("bt.infrastructure_minister", "2024-06-01", "chandra-gurung"),
    ("bt.agriculture_minister", "2024-06-01", "younten-phuntsho"),
    ("bt.education_minister", "2024-06-01", "dimple-thapa"),
    ("bt.home_minister", "2024-06-01", "tshering-home-minister"),
    ("bt.industry_minister", "2024-06-01", "namgyal-dorji"),
    ("bt.prime_minister", "2023-06-01", "lotay-tshering"),
    # Turkmenistan: deputy chairmen of the Cabinet of Ministers
    ("tm.deputy_chairman", "2025-06-01", "batyr-amanov"),
    ("tm.deputy_chairman", "2025-06-01", "khojamyrat-geldimyradov"),
    ("tm.deputy_chairman", "2026-03-01", "guvanch-agajanov"),
    ("tm.deputy_chairman", "2026-03-01", "batyr-annayev"),
    ("tm.deputy_chairman", "2026-03-01", "batyr-mammedov"),
    ("tm.deputy_chairman", "2025-06-01", "rashid-meredov"),
    ("tm.mejlis_chair", "2025-03-14", "dunyagozel-gulmanova"),
    # Tajikistan
    ("tj.deputy_prime_minister", "2023-06-01", "matlubakhon-sattoriyon"),
    ("tj.deputy_prime_minister", "2024-06-01", "dilrabo-mansuri"),
    ("tj.labour_minister", "2025-06-01", "solikha-kholmakhmadzoda"),
    # Kyrgyzstan
    ("kg.emergency_minister", "2026-02-17", "urmatbek-shamyrkanov"),
    ("kg.emergency_minister", "2026-03-01", "urmatbek-shamyrkanov"),
    ("kg.transport_minister", "2026-02-17", "talantbek-soltobaev"),
    ("kg.transport_minister", "2026-03-01", "talantbek-soltobaev"),
    ("kg.natural_resources_minister", "2026-03-01", "akyl-toktobaev"),
    ("kg.national_security_chairman", "2024-06-01", "kamchybek-tashiev"),
    # Laos
    ("la.deputy_prime_minister", "2021-06-01", "sonexay-siphandone"),
    ("la.deputy_prime_minister", "2024-06-01", "saleumxay-kommasith"),
    ("la.deputy_prime_minister", "2024-06-01", "vilay-lakhamfong"),
    ("la.deputy_prime_minister", "2024-06-01", "chansamone-chanyalath"),
    ("la.deputy_prime_minister", "2021-06-01", "kikeo-khaykhamphithoun"),
    ("la.vice_president", "2024-06-01", "pany-yathotou"),
    ("la.vice_president", "2024-06-01", "bounthong-chitmany"),
    ("tj.education_minister", "2025-06-01", "rahim-saidzoda"),
    # North Korea
    ("kp.sac_first_vice_president", "2024-06-01", "choe-ryong-hae"),
    ("kp.wpk_organizational_secretary", "2024-06-01", "jo-yong-won"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("hk.constitutional_mainland_affairs_secretary", "2026-02-15", "erick-tsang"),
    ("hk.transport_logistics_secretary", "2025-01-15", "lam-sai-hung"),
    ("hk.culture_sports_tourism_secretary", "2025-01-15", "kevin-yeung"),
    ("bt.prime_minister", "2023-12-15", "lotay-tshering"),
    ("tm.deputy_chairman", "2026-03-01", "batyr-amanov"),
    ("tj.deputy_prime_minister", "2024-06-01", "matlubakhon-sattoriyon"),
    ("kg.national_security_chairman", "2026-03-01", "kamchybek-tashiev"),
    ("la.deputy_prime_minister", "2023-06-01", "sonexay-siphandone"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Hong Kong Chief Secretary", "2025-06-01", "eric-chan-kwok-ki"),
    ("Hong Kong Financial Secretary", "2025-06-01", "paul-chan-mo-po"),
    ("Hong Kong Secretary for Justice", "2025-06-01", "paul-lam-ting-kwok"),
    ("Hong Kong Security Secretary", "2025-06-01", "chris-tang-ping-keung"),
    ("Hong Kong Health Secretary", "2025-06-01", "lo-chung-mau"),
    ("Hong Kong Transport Secretary", "2025-06-01", "mable-chan"),
    ("Bhutanese Health Minister", "2024-06-01", "tandin-wangchuk"),
    ("Bhutanese Education Minister", "2024-06-01", "dimple-thapa"),
    ("Tajik Labour Minister", "2025-06-01", "solikha-kholmakhmadzoda"),
    ("Tajik Education Minister", "2025-06-01", "rahim-saidzoda"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

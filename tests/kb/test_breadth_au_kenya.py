"""AU Commission commissioners, regional bodies, and Kenyan and Burundian office holders (issue #11)
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # AU Commission
    ("intl.au_commission_chair", "2024-06-01", "moussa-faki-mahamat"),
    ("intl.au_commission_chair", "2026-02-14", "mahmoud-ali-youssouf"),
    ("intl.au_commission_deputy_chair", "2024-06-01", "monique-nsanzabaganwa"),
    ("intl.au_commission_deputy_chair", "2025-06-01", "selma-malika-haddadi"),
    ("intl.au_commissioner_peace_security", "2025-06-01", "bankole-adeoye"),
    ("intl.au_commissioner_agriculture", "2024-06-01", "josefa-sacko"),
    ("intl.au_commissioner_agriculture", "2025-04-01", "moses-vilakati"),
    ("intl.au_commissioner_infrastructure_energy", "2024-06-01", "amani-abou-zeid"),
    ("intl.au_commissioner_infrastructure_energy", "2025-04-01", "lerato-mataboge"),
    ("intl.au_commissioner_health", "2024-06-01", "minata-samate-cessouma"),
    ("intl.au_commissioner_health", "2025-04-01", "amma-twum-amoah"),
    ("intl.au_commissioner_economic_development", "2024-06-01", "albert-muchanga"),
    ("intl.au_commissioner_education", "2024-06-01", "mohamed-belhocine"),
    ("intl.au_commissioner_education", "2025-06-01", "mohamed-belhocine"),
    ("intl.au_commissioner_education", "2025-11-15", "gaspard-banyankimbona"),
    # Regional bodies
    ("intl.eac_secretary_general", "2025-06-01", "veronica-nduva"),
    ("intl.ecowas_commission_president", "2024-06-01", "omar-alieu-touray"),
    ("intl.igad_executive_secretary", "2024-06-01", "workneh-gebeyehu"),
    ("intl.sadc_executive_secretary", "2024-06-01", "elias-magosi"),
    # Kenya
    ("ke.foreign_minister", "2023-03-01", "alfred-mutua"),
    ("ke.foreign_minister", "2024-03-01", "musalia-mudavadi"),
    ("ke.finance_minister", "2023-03-01", "njuguna-ndungu"),
    ("ke.finance_minister", "2025-03-01", "john-mbadi"),
    ("ke.defence_minister", "2023-03-01", "aden-duale"),
    ("ke.defence_minister", "2025-03-01", "soipan-tuya"),
    ("ke.interior_minister", "2023-03-01", "kithure-kindiki"),
    ("ke.interior_minister", "2025-03-01", "kipchumba-murkomen"),
    ("ke.deputy_president", "2023-03-01", "rigathi-gachagua"),
    ("ke.deputy_president", "2025-03-01", "kithure-kindiki"),
    ("ke.attorney_general", "2023-03-01", "justin-muturi"),
    ("ke.attorney_general", "2025-03-01", "dorcas-oduor"),
    ("ke.inspector_general_police", "2023-03-01", "japhet-koome"),
    ("ke.inspector_general_police", "2024-07-20", "douglas-kanja"),
    ("ke.inspector_general_police", "2024-08-15", "gilbert-masengeli"),
    ("ke.inspector_general_police", "2025-03-01", "douglas-kanja"),
    ("ke.nis_director_general", "2023-03-01", "philip-kameru"),
    ("ke.nis_director_general", "2023-08-01", "noordin-haji"),
    # Burundi
    ("bi.vice_president", "2023-03-01", "prosper-bazombanza"),
    ("bi.foreign_minister", "2023-03-01", "albert-shingiro"),
    ("bi.prime_minister", "2023-03-01", "gervais-ndirakobuca"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("intl.au_commission_chair", "2025-06-01", "moussa-faki-mahamat"),
    ("intl.au_commission_deputy_chair", "2025-06-01", "monique-nsanzabaganwa"),
    ("intl.au_commissioner_agriculture", "2025-06-01", "josefa-sacko"),
    ("intl.au_commissioner_infrastructure_energy", "2025-06-01", "amani-abou-zeid"),
    ("intl.au_commissioner_health", "2025-06-01", "minata-samate-cessouma"),
    ("intl.au_commissioner_economic_development", "2026-03-01", "albert-muchanga"),
    ("intl.au_commissioner_education", "2025-11-15", "mohamed-belhocine"),
    ("ke.foreign_minister", "2024-03-01", "alfred-mutua"),
    ("ke.finance_minister", "2024-09-01", "njuguna-ndungu"),
    ("ke.defence_minister", "2024-09-01", "aden-duale"),
    ("ke.interior_minister", "2025-03-01", "kithure-kindiki"),
    ("ke.deputy_president", "2025-03-01", "rigathi-gachagua"),
    ("ke.attorney_general", "2024-09-01", "justin-muturi"),
    ("ke.inspector_general_police", "2024-09-01", "japhet-koome"),
    ("ke.inspector_general_police", "2024-10-01", "gilbert-masengeli"),
    ("ke.nis_director_general", "2023-08-01", "philip-kameru"),
    ("bi.foreign_minister", "2025-09-01", "albert-shingiro"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Kenyan Attorney-General", "2025-03-01", "dorcas-oduor"),
    ("Kenyan Inspector-General of Police", "2025-03-01", "douglas-kanja"),
    ("Kenyan Defence Minister", "2023-03-01", "aden-duale"),
    ("Kenyan Foreign Minister", "2023-03-01", "alfred-mutua"),
    ("Kenyan Finance Minister", "2023-03-01", "njuguna-ndungu"),
    ("Kenyan Interior Minister", "2023-03-01", "kithure-kindiki"),
    ("Burundian Vice-President", "2023-03-01", "prosper-bazombanza"),
    ("AU Commissioner for Infrastructure and Energy", "2025-04-01", "lerato-mataboge"),
    ("AU Commissioner for Health, Humanitarian Affairs and Social Development", "2025-04-01", "amma-twum-amoah"),
    ("AU agriculture commissioner", "2024-06-01", "josefa-sacko"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

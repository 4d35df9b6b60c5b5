"""Chiefs of staff, office heads and advisers of leaders in Africa, the Middle East and South Asia,
2024-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("ng.public_communication_adviser", "2024-11-15", "sunday-dare"),
    ("in.pm_principal_secretary_2", "2025-06-01", "shaktikanta-das"),
    ("in.pm_principal_secretary", "2025-06-01", "p-k-mishra"),
    ("ir.president_chief_of_staff", "2025-03-01", "mohsen-haji-mirzaei"),
    ("zw.chief_secretary", "2024-06-01", "martin-rushwaya"),
    ("ke.chief_of_staff", "2025-05-18", "felix-koskei"),
    ("ke.national_security_adviser", "2023-12-07", "monica-juma"),
    ("tz.chief_secretary", "2024-06-01", "moses-kusiluka"),
    ("cd.presidential_chief_of_staff", "2024-01-15", "guylain-nyembo"),
    ("cd.presidential_chief_of_staff", "2025-03-10", "anthony-nkinzo-kamole"),
    ("dz.presidency_chief_of_staff", "2023-06-01", "nadir-larbaoui"),
    ("dz.presidency_chief_of_staff", "2025-01-15", "boualem-boualem"),
    ("sn.presidency_secretary_general", "2024-04-15", "oumar-samba-ba"),
    ("sn.president_chief_of_staff", "2024-03-20", "ismaila-madior-fall"),
    ("sn.president_chief_of_staff", "2024-05-01", "mary-teuw-niane"),
    ("ci.presidency_secretary_general", "2022-06-01", "abdourahmane-cisse"),
    ("ci.presidency_secretary_general", "2024-06-01", "massere-toure-kone"),
    ("za.presidency_director_general", "2024-06-01", "phindile-baleni"),
    ("gh.national_security_adviser", "2025-03-01", "prosper-douglas-bani"),
    ("gh.executive_secretary_to_president", "2025-02-01", "callistus-mahama"),
    ("gh.senior_adviser_governmental_affairs", "2025-02-01", "valerie-sawyerr"),
    ("gh.adviser_24_hour_economy", "2025-02-01", "augustus-tanoh"),
    ("mw.chief_secretary", "2025-11-01", "justin-saidi"),
    ("lk.president_secretary", "2023-06-01", "saman-ekanayake"),
    ("lk.president_secretary", "2025-01-15", "nandika-sanath-kumanayake"),
    ("tr.chief_adviser_security_foreign_policy", "2024-01-15", "akif-cagatay-kilic"),
    ("pk.pm_political_adviser", "2024-08-01", "rana-sanaullah"),
    ("zm.state_house_communications_chief", "2024-06-01", "clayson-hamasaka"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cd.presidential_chief_of_staff", "2024-08-01", "guylain-nyembo"),
    ("dz.presidency_chief_of_staff", "2024-03-01", "nadir-larbaoui"),
    ("sn.president_chief_of_staff", "2024-06-01", "ismaila-madior-fall"),
    ("ci.presidency_secretary_general", "2024-01-15", "abdourahmane-cisse"),
    ("lk.president_secretary", "2024-11-01", "saman-ekanayake"),
])
def test_former_holders_gone(kb, position, day, gone):
    assert gone not in holders(kb, position, day)

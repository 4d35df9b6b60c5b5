"""Middle East cabinets (issue #11): interior, oil, information and economy ministers, speakers,
intelligence and army chiefs of Iraq (with the Kurdistan Region), Syria, Lebanon, Jordan, Saudi
Arabia, the UAE, Qatar and Egypt, and the Palestinian leadership, resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Iraq and the Kurdistan Region
    ("iq.interior_minister", "2024-06-01", "abdul-amir-al-shammari"),
    ("iq.oil_minister", "2025-06-01", "hayan-abdul-ghani"),
    ("iq.speaker", "2023-06-01", "mohammed-al-halbousi"),
    ("iq.speaker", "2025-06-01", "mahmoud-al-mashhadani"),
    ("iq.speaker", "2026-01-15", "haibat-al-halbousi"),
    ("iq.national_security_adviser", "2024-06-01", "qasim-al-araji"),
    ("iq.inis_director", "2023-06-01", "mohammed-shia-al-sudani"),
    ("iq.inis_director", "2025-03-01", "hamid-al-shatri"),
    ("iq.krg_president", "2025-06-01", "nechirvan-barzani"),
    ("iq.krg_prime_minister", "2025-06-01", "masrour-barzani"),
    # Syria
    ("sy.interior_minister", "2023-06-01", "mohammad-al-rahmoun"),
    ("sy.interior_minister", "2025-04-15", "anas-khattab"),
    ("sy.intelligence_chief", "2025-02-01", "anas-khattab"),
    ("sy.intelligence_chief", "2025-05-04", "hussein-al-salameh"),
    ("sy.information_minister", "2025-07-01", "hamza-al-mustafa"),
    ("sy.economy_minister", "2024-10-15", "mohammad-rabie-qalaji"),
    ("sy.economy_minister", "2025-06-01", "mohammad-nidal-al-shaar"),
    # Lebanon
    ("lb.speaker", "2024-06-01", "nabih-berri"),
    ("lb.army_commander", "2023-06-01", "joseph-aoun"),
    ("lb.army_commander", "2025-03-14", "rodolphe-haykal"),
    ("lb.interior_minister", "2023-06-01", "bassam-mawlawi"),
    ("lb.interior_minister", "2025-02-09", "ahmad-al-hajjar"),
    ("lb.justice_minister", "2023-06-01", "henri-khoury"),
    ("lb.justice_minister", "2025-02-09", "adel-nassar"),
    ("lb.economy_minister", "2023-06-01", "amin-salam"),
    ("lb.economy_minister", "2025-02-09", "amer-bisat"),
    ("lb.energy_minister", "2023-06-01", "walid-fayad"),
    ("lb.energy_minister", "2025-02-09", "joe-saddi"),
    ("lb.information_minister", "2023-06-01", "ziad-makary"),
    ("lb.information_minister", "2025-03-13", "paul-morcos"),
    ("lb.health_minister", "2023-06-01", "firas-abiad"),
    ("lb.health_minister", "2025-02-09", "rakan-nassereddine"),
    ("lb.culture_minister", "2023-06-01", "mohammad-mortada"),
    ("lb.culture_minister", "2025-02-09", "ghassan-salame"),
    ("lb.education_minister", "2023-06-01", "abbas-halabi"),
    ("lb.education_minister", "2025-02-09", "rima-karami"),
    ("lb.social_affairs_minister", "2023-06-01", "hector-hajjar"),
    ("lb.social_affairs_minister", "2025-02-09", "haneen-sayed"),
    ("lb.telecommunications_minister", "2023-06-01", "johnny-corm"),
    ("lb.telecommunications_minister", "2025-02-09", "charles-al-hajj"),
    # Jordan
    ("jo.interior_minister", "2025-06-01", "mazen-al-faraya"),
    ("jo.royal_court_chief", "2023-06-01", "yousef-issawi"),
    ("jo.government_communications_minister", "2023-06-01", "faisal-shboul"),
    ("jo.government_communications_minister", "2024-03-01", "muhannad-mubaidin"),
    ("jo.government_communications_minister", "2024-09-19", "mohammad-momani"),
    ("jo.army_chief", "2025-06-01", "yousef-huneiti"),
    # Saudi Arabia, the UAE, Qatar, Egypt
    ("sa.gip_president", "2020-06-01", "khalid-al-humaidan"),
    ("sa.shura_speaker", "2024-06-01", "abdullah-al-al-sheikh"),
    ("ae.fnc_speaker", "2025-06-01", "saqr-ghobash"),
    ("qa.shura_speaker", "2024-06-01", "hassan-al-ghanim"),
    ("qa.state_security_head", "2024-08-16", "abdullah-bin-mohammed-al-khulaifi"),
    ("eg.interior_minister", "2023-06-01", "mahmoud-tawfik"),
    ("eg.house_speaker", "2024-06-01", "hanafy-el-gebali"),
    ("eg.house_speaker", "2026-02-01", "hisham-badawi"),
    ("eg.senate_speaker", "2021-01-01", "abdel-wahab-abdel-razek"),
    # Palestine
    ("ps.president", "2024-06-01", "mahmoud-abbas"),
    ("ps.vice_president", "2025-05-01", "hussein-al-sheikh"),
    ("ps.prime_minister", "2023-06-01", "mohammad-shtayyeh"),
    ("ps.prime_minister", "2024-06-01", "mohammad-mustafa"),
    ("ps.foreign_minister", "2023-06-01", "riyad-al-maliki"),
    ("ps.foreign_minister", "2024-06-01", "mohammad-mustafa"),
    ("ps.foreign_minister", "2025-06-24", "varsen-aghabekian"),
    ("ps.minister_of_state_foreign_affairs", "2024-06-01", "varsen-aghabekian"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("iq.speaker", "2024-01-01", "mohammed-al-halbousi"),            # removed by the court 2023-11-14
    ("iq.speaker", "2026-01-15", "mahmoud-al-mashhadani"),           # new parliament 2025-12-29
    ("iq.inis_director", "2025-03-01", "mohammed-shia-al-sudani"),   # Shatri appointed December 2024
    ("sy.interior_minister", "2025-01-01", "mohammad-al-rahmoun"),   # Assad fell 2024-12-08
    ("sy.intelligence_chief", "2025-05-04", "anas-khattab"),         # interior minister from 2025-03-29
    ("sy.economy_minister", "2025-06-01", "mohammad-rabie-qalaji"),
    ("lb.army_commander", "2025-03-14", "joseph-aoun"),              # president from 2025-01-09
    ("lb.interior_minister", "2025-02-09", "bassam-mawlawi"),
    ("lb.justice_minister", "2025-02-09", "henri-khoury"),
    ("lb.economy_minister", "2025-02-09", "amin-salam"),
    ("lb.energy_minister", "2025-02-09", "walid-fayad"),
    ("lb.information_minister", "2025-02-09", "ziad-makary"),
    ("lb.health_minister", "2025-02-09", "firas-abiad"),
    ("lb.culture_minister", "2025-02-09", "mohammad-mortada"),
    ("lb.education_minister", "2025-02-09", "abbas-halabi"),
    ("lb.social_affairs_minister", "2025-02-09", "hector-hajjar"),
    ("lb.telecommunications_minister", "2025-02-09", "johnny-corm"),
    ("jo.government_communications_minister", "2024-03-01", "faisal-shboul"),
    ("jo.government_communications_minister", "2024-09-19", "muhannad-mubaidin"),
    ("eg.house_speaker", "2026-02-01", "hanafy-el-gebali"),
    ("ps.prime_minister", "2024-06-01", "mohammad-shtayyeh"),
    ("ps.foreign_minister", "2024-06-01", "riyad-al-maliki"),
    ("ps.foreign_minister", "2025-06-24", "mohammad-mustafa"),
    ("ps.minister_of_state_foreign_affairs", "2025-07-01", "varsen-aghabekian"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Iraqi Interior Minister", "2024-06-01", "abdul-amir-al-shammari"),
    ("Iraqi Oil Minister", "2025-06-01", "hayan-abdul-ghani"),
    ("Kurdistan Region President", "2025-06-01", "nechirvan-barzani"),
    ("KRG Prime Minister", "2025-06-01", "masrour-barzani"),
    ("Syrian Information Minister", "2025-07-01", "hamza-al-mustafa"),
    ("Lebanese Army Commander", "2025-06-01", "rodolphe-haykal"),
    ("Lebanese Interior Minister", "2025-06-01", "ahmad-al-hajjar"),
    ("Jordanian Interior Minister", "2025-06-01", "mazen-al-faraya"),
    ("Palestinian Prime Minister", "2024-06-01", "mohammad-mustafa"),
    ("Palestinian Foreign Minister", "2025-07-01", "varsen-aghabekian"),
])
def test_a_title_with_its_country_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

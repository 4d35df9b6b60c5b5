"""South Asia and Oceania, with Sri Lanka and Nepal as new polities (issue #11): who held an office on a day."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Nepal: the prime ministers of 2022-2026 and their foreign and finance ministers
    ("np.prime_minister", "2023-06-01", "pushpa-kamal-dahal"),
    ("np.prime_minister", "2025-01-01", "kp-sharma-oli"),
    ("np.prime_minister", "2025-10-01", "sushila-karki"),
    ("np.president", "2024-01-01", "ram-chandra-paudel"),
    ("np.president", "2020-01-01", "bidya-devi-bhandari"),
    ("np.foreign_minister", "2025-03-01", "arzu-rana-deuba"),
    ("np.foreign_minister", "2026-01-15", "balananda-sharma"),
    ("np.finance_minister", "2023-09-01", "prakash-sharan-mahat"),
    ("np.finance_minister", "2025-11-01", "rameshwor-khanal"),
    ("np.home_minister", "2025-11-01", "om-prakash-aryal"),
    ("np.army_chief", "2025-09-10", "ashok-raj-sigdel"),
    # Sri Lanka: the 2022 handover and the 2024 government
    ("lk.president", "2023-06-01", "ranil-wickremesinghe"),
    ("lk.president", "2025-03-01", "anura-kumara-dissanayake"),
    ("lk.prime_minister", "2025-03-01", "harini-amarasuriya"),
    ("lk.prime_minister", "2023-06-01", "dinesh-gunawardena"),
    ("lk.foreign_minister", "2025-01-15", "vijitha-herath"),
    ("lk.foreign_minister", "2023-06-01", "ali-sabry"),
    ("lk.finance_minister", "2025-01-15", "anura-kumara-dissanayake"),
    ("lk.deputy_defence_minister", "2025-01-15", "aruna-jayasekara"),
    ("lk.cbsl_governor", "2024-01-01", "nandalal-weerasinghe"),
    ("lk.army_commander", "2025-03-01", "lasantha-rodrigo"),
    ("lk.justice_minister", "2025-03-01", "harshana-nanayakkara"),
    ("np.energy_minister", "2025-11-01", "kulman-ghising"),
    # India: speaker, party presidents, service chiefs, more of the third Modi ministry
    ("in.lok_sabha_speaker", "2025-02-01", "om-birla"),
    ("in.inc_president", "2024-06-01", "mallikarjun-kharge"),
    ("in.bjp_president", "2025-06-01", "jp-nadda"),
    ("in.bjp_president", "2026-02-01", "nitin-nabin"),
    ("in.navy_chief", "2025-05-10", "dinesh-k-tripathi"),
    ("in.air_chief", "2025-05-10", "amar-preet-singh"),
    ("in.education_minister", "2025-01-01", "dharmendra-pradhan"),
    ("in.parliamentary_affairs_minister", "2025-01-01", "kiren-rijiju"),
    # Pakistan: provincial chief ministers, the military spokesman, PTI
    ("pk.punjab_chief_minister", "2025-05-10", "maryam-nawaz"),
    ("pk.sindh_chief_minister", "2025-05-10", "murad-ali-shah"),
    ("pk.kp_chief_minister", "2025-05-10", "ali-amin-gandapur"),
    ("pk.kp_chief_minister", "2025-11-01", "sohail-afridi"),
    ("pk.balochistan_chief_minister", "2025-03-11", "sarfraz-bugti"),
    ("pk.ispr_dg", "2025-05-10", "ahmed-sharif-chaudhry"),
    ("pk.pti_chairman", "2024-08-01", "gohar-ali-khan"),
    # Bangladesh: the interim government's spokesman and the student leader's two roles
    ("bd.chief_adviser_press_secretary", "2025-06-01", "shafiqul-alam"),
    ("bd.information_minister", "2024-12-01", "nahid-islam"),
    ("bd.ncp_convener", "2025-06-01", "nahid-islam"),
    ("in.west_bengal_chief_minister", "2024-01-01", "mamata-banerjee"),
    ("in.maharashtra_chief_minister", "2025-06-01", "devendra-fadnavis"),
    ("in.bihar_chief_minister", "2025-12-01", "nitish-kumar"),
    ("in.rbi_deputy_governor", "2025-06-01", "poonam-gupta"),
    ("in.deputy_nsa", "2025-01-01", "pavan-kapoor"),
    ("in.additional_nsa", "2025-01-01", "rajinder-khanna"),
    ("in.rbi_deputy_governor", "2025-11-01", "shirish-chandra-murmu"),
    ("pk.navy_chief", "2025-05-10", "naveed-ashraf"),
    ("pk.na_speaker", "2025-05-10", "ayaz-sadiq"),
    ("pk.mos_interior", "2025-05-10", "talal-chaudhry"),
    ("bd.road_transport_minister", "2026-03-01", "sheikh-rabiul-alam"),
    ("bd.information_minister", "2025-06-01", "mahfuj-alam"),
    ("bd.lgrd_minister", "2025-06-01", "asif-mahmud-shojib-bhuyain"),
    ("bd.national_security_adviser", "2025-06-01", "khalilur-rahman"),
    # Australia and New Zealand: the 2026 Liberal spill, the second Albanese ministry, the Luxon cabinet
    ("au.opposition_leader", "2026-03-01", "angus-taylor"),
    ("au.environment_minister", "2025-08-01", "murray-watt"),
    ("au.industry_minister", "2025-08-01", "tim-ayres"),
    ("au.defence_industry_minister", "2024-01-01", "pat-conroy"),
    ("nz.opposition_leader", "2024-06-01", "chris-hipkins"),
    ("nz.education_minister", "2024-06-01", "erica-stanford"),
    ("nz.attorney_general", "2024-06-01", "judith-collins"),
    ("nz.ambassador_to_us", "2025-01-01", "rosemary-banks"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("np.prime_minister", "2025-10-01", "kp-sharma-oli"),            # resigned 2025-09-09
    ("np.foreign_minister", "2025-10-01", "arzu-rana-deuba"),        # fell with the Oli government
    ("np.finance_minister", "2023-03-15", "bishnu-prasad-paudel"),   # UML ministers resigned 2023-02-27
    ("lk.president", "2022-08-01", "gotabaya-rajapaksa"),            # resigned from 2022-07-14
    ("lk.foreign_minister", "2024-10-01", "ali-sabry"),              # new government from 2024-09-24
    ("in.navy_chief", "2024-06-01", "r-hari-kumar"),                 # retired 2024-04-30
    ("pk.kp_chief_minister", "2025-11-01", "ali-amin-gandapur"),     # resigned October 2025
    ("pk.ispr_dg", "2023-06-01", "babar-iftikhar"),                  # posted to V Corps, December 2022
    ("bd.information_minister", "2025-06-01", "nahid-islam"),        # resigned 2025-02-25
    ("au.opposition_leader", "2026-03-01", "sussan-ley"),
    ("in.west_bengal_chief_minister", "2026-07-01", "mamata-banerjee"),  # the TMC lost the 2026 election
    ("in.rbi_deputy_governor", "2025-11-01", "m-rajeshwar-rao"),     # tenure ended 2025-10-08
    ("bd.lgrd_minister", "2025-01-01", "af-hassan-ariff"),            # replaced 2024-11-10            # lost the spill on 2026-02-13
    ("au.industry_minister", "2025-08-01", "ed-husic"),              # dropped in May 2025
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_the_prime_minister_named_after_nepals_march_2026_election_is_only_a_nominee(kb):
    from datetime import date

    terms = [t for t in kb.holders("np.prime_minister", date(2026, 3, 20)) if t.person == "balendra-shah"]
    assert terms and all(t.status is not None and t.status.value == "nominee" for t in terms)


@pytest.mark.parametrize("name, person", [
    ("Prachanda", "pushpa-kamal-dahal"),
    ("KP Sharma Oli", "kp-sharma-oli"),
    ("Balen Shah", "balendra-shah"),
    ("Ranil Wickramasinghe", "ranil-wickremesinghe"),
    ("Syed Murad Ali Shah", "murad-ali-shah"),
    ("Barrister Gohar Ali Khan", "gohar-ali-khan"),
])
def test_standard_spellings_name_the_person(kb, name, person):
    assert person in {p.id for p in kb.persons.values() if name in {p.name, *sum(p.aliases.values(), [])}}

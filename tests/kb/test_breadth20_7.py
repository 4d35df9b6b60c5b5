"""Presiding officers, deputy speakers, committee chairs and floor leaders of national parliaments,
2023-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("gb.leader_of_the_commons", "2023-06-01", "penny-mordaunt"),
    ("gb.foreign_affairs_committee_chair", "2023-06-01", "alicia-kearns"),
    ("gb.foreign_affairs_committee_chair", "2025-03-01", "emily-thornberry"),
    ("gb.defence_committee_chair", "2023-11-15", "robert-courts"),
    ("gb.defence_committee_chair", "2024-03-01", "jeremy-quin"),
    ("gb.defence_committee_chair", "2024-10-01", "tan-dhesi"),
    ("fr.senate_president", "2024-01-10", "gerard-larcher"),
    ("it.senate_president", "2024-05-01", "ignazio-la-russa"),
    ("it.chamber_president", "2024-05-01", "lorenzo-fontana"),
    ("es.congress_president", "2024-05-01", "francina-armengol"),
    ("es.senate_president", "2024-05-01", "pedro-rollan"),
    ("de.bundestag_vice_president", "2025-06-01", "josephine-ortleb"),
    ("de.bundestag_vice_president", "2025-06-01", "omid-nouripour"),
    ("de.bundestag_vice_president", "2025-06-01", "bodo-ramelow"),
    ("de.bundestag_vice_president", "2025-06-01", "andrea-lindholz"),
    ("de.spd_group_chair", "2025-07-01", "matthias-miersch"),
    ("pl.senate_marshal", "2024-06-01", "malgorzata-kidawa-blonska"),
    ("ua.rada_first_deputy_chairman", "2023-05-01", "oleksandr-korniienko"),
    ("ua.rada_deputy_chairman", "2024-05-01", "olena-kondratiuk"),
    ("ru.federation_council_first_deputy_chair", "2023-05-01", "andrei-turchak"),
    ("ru.federation_council_first_deputy_chair", "2025-01-15", "vladimir-yakushev"),
    ("il.fadc_chair", "2025-10-01", "boaz-bismuth"),
    ("iq.speaker", "2024-03-01", "mohsen-al-mandalawi"),
    ("lb.deputy_speaker", "2023-05-01", "elias-bou-saab"),
    ("za.na_speaker", "2023-05-01", "nosiviwe-mapisa-nqakula"),
    ("za.na_deputy_speaker", "2024-09-01", "annelie-lotriet"),
    ("za.ncop_chair", "2024-09-01", "refilwe-mtsweni-tsipane"),
    ("ng.deputy_senate_president", "2024-01-10", "barau-jibrin"),
    ("ng.deputy_speaker", "2024-01-10", "benjamin-kalu"),
    ("ke.na_majority_leader", "2024-01-10", "kimani-ichungwah"),
    ("ke.na_minority_leader", "2023-05-01", "opiyo-wandayi"),
    ("ke.na_minority_leader", "2024-09-01", "junet-mohamed"),
    ("gh.majority_leader", "2024-06-01", "alexander-afenyo-markin"),
    ("in.rajya_sabha_chairman", "2024-06-01", "jagdeep-dhankhar"),
    ("in.rajya_sabha_chairman", "2025-10-01", "cp-radhakrishnan"),
    ("in.rajya_sabha_deputy_chairman", "2024-06-01", "harivansh"),
    ("in.leader_of_opposition_rajya_sabha", "2024-06-01", "mallikarjun-kharge"),
    ("pk.na_speaker", "2023-05-01", "raja-pervaiz-ashraf"),
    ("pk.senate_chairman", "2024-06-01", "yousaf-raza-gillani"),
    ("pk.senate_deputy_chairman", "2024-06-01", "syedal-khan-nasir"),
    ("th.house_first_deputy_speaker", "2024-01-10", "padipat-suntiphada"),
    ("th.house_first_deputy_speaker", "2025-01-10", "pichet-chuamuangphan"),
    ("th.house_second_deputy_speaker", "2024-01-10", "pichet-chuamuangphan"),
    ("th.house_second_deputy_speaker", "2025-01-10", "paradorn-prissanananthakul"),
    ("au.house_speaker", "2024-06-01", "milton-dick"),
    ("au.senate_president", "2024-06-01", "sue-lines"),
    ("ca.senate_speaker", "2023-01-10", "george-furey"),
    ("ca.senate_speaker", "2024-06-01", "raymonde-gagne"),
    ("cl.senate_president", "2024-06-01", "jose-garcia-ruminot"),
    ("cl.senate_president", "2025-06-01", "manuel-jose-ossandon"),
    ("cl.senate_president", "2026-04-01", "paulina-nunez"),
    ("cl.chamber_president", "2024-08-01", "karol-cariola"),
    ("cl.chamber_president", "2025-06-01", "jose-miguel-castro"),
    ("cl.chamber_president", "2026-04-01", "jorge-alessandri"),
    ("co.senate_president", "2024-01-10", "ivan-name"),
    ("co.house_president", "2024-01-10", "andres-calle"),
    ("mx.chamber_president", "2024-01-10", "marcela-guerra"),
    ("mx.senate_president", "2024-01-10", "ana-lilia-rivera"),
    ("pe.congress_president", "2024-01-10", "alejandro-soto"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gb.leader_of_the_commons", "2024-08-01", "penny-mordaunt"),
    ("gb.foreign_affairs_committee_chair", "2024-10-01", "alicia-kearns"),
    ("gb.defence_committee_chair", "2024-02-01", "robert-courts"),
    ("gb.defence_committee_chair", "2024-10-01", "jeremy-quin"),
    ("ru.federation_council_first_deputy_chair", "2024-07-01", "andrei-turchak"),
    ("iq.speaker", "2024-11-15", "mohsen-al-mandalawi"),
    ("za.na_speaker", "2024-05-01", "nosiviwe-mapisa-nqakula"),
    ("ke.na_minority_leader", "2024-09-01", "opiyo-wandayi"),
    ("gh.majority_leader", "2025-02-01", "alexander-afenyo-markin"),
    ("in.rajya_sabha_chairman", "2025-08-15", "jagdeep-dhankhar"),
    ("pk.na_speaker", "2024-06-01", "raja-pervaiz-ashraf"),
    ("th.house_first_deputy_speaker", "2024-09-01", "padipat-suntiphada"),
    ("th.house_second_deputy_speaker", "2025-01-10", "pichet-chuamuangphan"),
    ("ca.senate_speaker", "2023-06-01", "george-furey"),
    ("cl.senate_president", "2025-06-01", "jose-garcia-ruminot"),
    ("cl.senate_president", "2026-04-01", "manuel-jose-ossandon"),
    ("cl.chamber_president", "2025-06-01", "karol-cariola"),
    ("cl.chamber_president", "2026-04-01", "jose-miguel-castro"),
    ("co.senate_president", "2024-09-01", "ivan-name"),
    ("co.house_president", "2024-09-01", "andres-calle"),
    ("mx.chamber_president", "2024-10-15", "marcela-guerra"),
    ("mx.senate_president", "2024-10-15", "ana-lilia-rivera"),
    ("pe.congress_president", "2024-09-01", "alejandro-soto"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Italian Senate President", "2024-05-01", "ignazio-la-russa"),
    ("Spanish Senate President", "2024-05-01", "pedro-rollan"),
    ("French Senate President", "2024-05-01", "gerard-larcher"),
    ("Australian Senate President", "2024-05-01", "sue-lines"),
    ("Canadian Senate Speaker", "2024-05-01", "raymonde-gagne"),
    ("Chilean Senate President", "2025-06-01", "manuel-jose-ossandon"),
    ("Nigerian Deputy Senate President", "2024-05-01", "barau-jibrin"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

"""Pacific office holders (issue #11): Kiribati, the Marshall Islands, Micronesia, Nauru, Palau,
Tuvalu, and more of Fiji, Solomon Islands, Papua New Guinea and Vanuatu, resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Kiribati
    ("ki.president", "2023-06-01", "taneti-maamau"),
    ("ki.president", "2025-06-01", "taneti-maamau"),
    ("ki.foreign_minister", "2023-06-01", "taneti-maamau"),
    ("ki.vice_president", "2023-06-01", "teuea-toatu"),
    ("ki.finance_minister", "2023-06-01", "teuea-toatu"),
    ("ki.speaker", "2023-06-01", "tangariki-reete"),
    ("ki.speaker", "2024-12-01", "willie-tokataake"),
    ("ki.opposition_leader", "2023-06-01", "tessie-lambourne"),
    # Marshall Islands
    ("mh.president", "2023-06-01", "david-kabua"),
    ("mh.president", "2024-06-01", "hilda-heine"),
    ("mh.foreign_minister", "2024-06-01", "kalani-kaneko"),
    ("mh.finance_minister", "2022-06-01", "brenson-wase"),
    ("mh.finance_minister", "2023-12-01", "casten-nemra"),
    ("mh.finance_minister", "2024-06-01", "david-paul-mh"),
    ("mh.speaker", "2023-06-01", "kenneth-kedi"),
    ("mh.speaker", "2024-06-01", "brenson-wase"),
    # Federated States of Micronesia
    ("fm.president", "2023-01-15", "david-panuelo"),
    ("fm.president", "2024-06-01", "wesley-simina"),
    ("fm.vice_president", "2024-06-01", "aren-palik"),
    ("fm.foreign_secretary", "2024-01-15", "lorin-robert"),
    ("fm.finance_secretary", "2024-01-15", "rose-nakanaga"),
    ("fm.resources_development_secretary", "2024-01-15", "elina-akinaga"),
    ("fm.justice_secretary", "2024-01-15", "leonito-bacalando"),
    ("fm.health_secretary", "2024-01-15", "marcus-samo"),
    ("fm.transport_secretary", "2024-01-15", "carlson-apis"),
    ("fm.education_secretary", "2024-06-15", "gardenia-aisek"),
    ("fm.congress_speaker", "2023-01-15", "wesley-simina"),
    ("fm.congress_speaker", "2024-01-15", "esmond-moses"),
    # Nauru
    ("nr.president", "2023-06-01", "russ-kun"),
    ("nr.president", "2024-06-01", "david-adeang"),
    ("nr.president", "2025-10-20", "david-adeang"),
    ("nr.foreign_minister", "2025-01-15", "lionel-aingimea"),
    ("nr.finance_minister", "2023-06-15", "martin-hunt"),
    ("nr.finance_minister", "2024-09-01", "david-adeang"),
    ("nr.speaker", "2023-10-27", "marcus-stephen"),
    ("nr.speaker", "2025-10-20", "marcus-stephen"),
    # Palau
    ("pw.president", "2023-06-01", "surangel-whipps-jr"),
    ("pw.president", "2025-06-01", "surangel-whipps-jr"),
    ("pw.vice_president", "2023-06-01", "uduch-sengebau-senior"),
    ("pw.vice_president", "2025-06-01", "raynold-oilouch"),
    ("pw.minister_of_state", "2023-06-01", "gustav-aitaro"),
    ("pw.finance_minister", "2023-06-01", "kaleb-udui-jr"),
    ("pw.justice_minister", "2023-06-01", "uduch-sengebau-senior"),
    ("pw.justice_minister", "2025-06-01", "raynold-oilouch"),
    ("pw.senate_president", "2023-06-01", "hokkons-baules"),
    # Tuvalu
    ("tv.prime_minister", "2023-06-01", "kausea-natano"),
    ("tv.prime_minister", "2024-06-01", "feleti-teo"),
    ("tv.deputy_prime_minister", "2023-06-01", "kitiona-tausi"),
    ("tv.deputy_prime_minister", "2024-06-01", "panapasi-nelesoni"),
    ("tv.foreign_minister", "2023-03-01", "simon-kofe"),
    ("tv.foreign_minister", "2023-10-01", "panapasi-nelesoni"),
    ("tv.foreign_minister", "2024-06-01", "paulson-panapa"),
    ("tv.finance_minister", "2023-06-01", "seve-paeniu"),
    ("tv.finance_minister", "2024-06-01", "panapasi-nelesoni"),
    ("tv.home_affairs_minister", "2024-06-01", "maina-talia"),
    ("tv.transport_minister", "2024-06-01", "simon-kofe"),
    ("tv.natural_resources_minister", "2024-06-01", "saaga-talu-teafa"),
    ("tv.health_minister", "2024-06-01", "tuafafa-latasi"),
    ("tv.education_minister", "2024-06-01", "hamoa-holona"),
    ("tv.speaker", "2024-06-01", "iakoba-italeli"),
    # Fiji
    ("fj.finance_minister", "2025-06-01", "biman-prasad"),
    ("fj.finance_minister", "2025-10-30", "esrom-immanuel"),
    ("fj.finance_minister", "2025-12-01", "esrom-immanuel"),
    ("fj.deputy_prime_minister", "2024-06-01", "biman-prasad"),
    ("fj.deputy_prime_minister", "2024-06-01", "manoa-kamikamica"),
    ("fj.deputy_prime_minister", "2024-06-01", "viliame-gavoka"),
    ("fj.foreign_minister", "2024-06-01", "sitiveni-rabuka"),
    ("fj.foreign_minister", "2026-02-01", "sakiasi-ditoka"),
    ("fj.defence_minister", "2024-06-01", "pio-tikoduadua"),
    ("fj.defence_minister", "2025-03-01", "pio-tikoduadua"),
    ("fj.home_affairs_minister", "2024-06-01", "pio-tikoduadua"),
    ("fj.trade_minister", "2024-06-01", "manoa-kamikamica"),
    ("fj.speaker", "2023-06-01", "naiqama-lalabalavu"),
    ("fj.speaker", "2025-01-15", "filimoni-jitoko"),
    ("fj.opposition_leader", "2023-01-15", "frank-bainimarama"),
    ("fj.opposition_leader", "2024-06-01", "inia-seruiratu"),
    ("fj.rbf_governor", "2019-06-01", "ariff-ali"),
    # Solomon Islands
    ("sb.governor_general", "2023-06-01", "david-vunagi"),
    ("sb.governor_general", "2025-06-01", "david-tiva-kapu"),
    ("sb.prime_minister", "2025-06-01", "jeremiah-manele"),
    ("sb.prime_minister", "2026-06-15", "matthew-wale"),
    ("sb.deputy_prime_minister", "2024-12-01", "bradley-tovosia"),
    ("sb.speaker", "2025-05-06", "patteson-oti"),
    ("sb.opposition_leader", "2025-05-06", "matthew-wale"),
    ("sb.police_minister", "2024-06-01", "jimson-tanangada"),
    ("sb.home_affairs_minister", "2024-06-01", "isikeli-vave"),
    ("sb.commerce_minister", "2024-06-01", "harry-kuma"),
    # Papua New Guinea
    ("pg.governor_general", "2024-06-01", "bob-dadae"),
    ("pg.speaker", "2024-06-01", "job-pomat"),
    ("pg.opposition_leader", "2023-06-01", "joseph-lelang"),
    ("pg.opposition_leader", "2024-06-01", "douglas-tomuriesa"),
    # Vanuatu
    ("vu.finance_minister", "2025-06-01", "johnny-koanapo-rasou"),
    # Pacific Islands Forum
    ("intl.pif_secretary_general", "2025-06-01", "baron-waqa"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ki.speaker", "2024-12-01", "tangariki-reete"),
    ("mh.president", "2024-06-01", "david-kabua"),
    ("mh.finance_minister", "2024-06-01", "casten-nemra"),
    ("mh.speaker", "2024-06-01", "kenneth-kedi"),
    ("fm.president", "2024-06-01", "david-panuelo"),
    ("fm.congress_speaker", "2024-01-15", "wesley-simina"),
    ("nr.president", "2024-06-01", "russ-kun"),
    ("nr.finance_minister", "2024-09-01", "martin-hunt"),
    ("pw.vice_president", "2025-06-01", "uduch-sengebau-senior"),
    ("pw.justice_minister", "2025-06-01", "uduch-sengebau-senior"),
    ("tv.prime_minister", "2024-06-01", "kausea-natano"),
    ("tv.deputy_prime_minister", "2024-06-01", "kitiona-tausi"),
    ("tv.foreign_minister", "2023-10-01", "simon-kofe"),
    ("tv.foreign_minister", "2024-06-01", "panapasi-nelesoni"),
    ("tv.finance_minister", "2024-06-01", "seve-paeniu"),
    ("fj.finance_minister", "2025-12-01", "biman-prasad"),
    ("fj.deputy_prime_minister", "2025-12-01", "biman-prasad"),
    ("fj.deputy_prime_minister", "2025-12-01", "manoa-kamikamica"),
    ("fj.foreign_minister", "2026-02-01", "sitiveni-rabuka"),
    ("fj.home_affairs_minister", "2025-03-01", "pio-tikoduadua"),
    ("fj.speaker", "2025-01-15", "naiqama-lalabalavu"),
    ("fj.opposition_leader", "2024-06-01", "frank-bainimarama"),
    ("sb.governor_general", "2025-06-01", "david-vunagi"),
    ("sb.prime_minister", "2026-06-15", "jeremiah-manele"),
    ("sb.deputy_prime_minister", "2025-06-01", "bradley-tovosia"),
    ("sb.opposition_leader", "2026-06-15", "matthew-wale"),
    ("pg.opposition_leader", "2024-06-01", "joseph-lelang"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Marshallese President", "2024-06-01", "hilda-heine"),
    ("Nauruan President", "2024-06-01", "david-adeang"),
    ("Palauan President", "2025-06-01", "surangel-whipps-jr"),
    ("Tuvaluan Prime Minister", "2024-06-01", "feleti-teo"),
    ("Tuvaluan Foreign Minister", "2024-06-01", "paulson-panapa"),
    ("Fijian Foreign Minister", "2026-02-01", "sakiasi-ditoka"),
    ("Fijian Defence Minister", "2025-03-01", "pio-tikoduadua"),
    ("Fijian Finance Minister", "2025-12-01", "esrom-immanuel"),
    ("Micronesian President", "2024-06-01", "wesley-simina"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

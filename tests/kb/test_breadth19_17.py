"""Japan's and South Korea's party, Diet/Assembly and presidential-office leaders, 2024-2026
(issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("jp.education_minister", "2024-03-01", "masahito-moriyama"),
    ("jp.children_policy_minister", "2024-03-01", "ayuko-kato"),
    ("jp.regional_revitalization_minister", "2024-03-01", "hanako-jimi"),
    ("jp.hor_vice_speaker", "2024-05-01", "banri-kaieda"),
    ("jp.hor_vice_speaker", "2025-06-01", "koichiro-gemba"),
    ("jp.hor_vice_speaker", "2026-03-01", "keiichi-ishii"),
    ("jp.councillors_vice_president", "2024-05-01", "hiroyuki-nagahama"),
    ("jp.councillors_vice_president", "2025-10-01", "tetsuro-fukuyama"),
    ("jp.cra_leader", "2026-01-20", "yoshihiko-noda"),
    ("jp.cra_leader", "2026-01-20", "tetsuo-saito"),
    ("jp.cra_leader", "2026-02-20", "junya-ogawa"),
    ("jp.sanseito_secretary_general", "2025-07-01", "sohei-kamiya"),
    ("jp.dpfp_secretary_general", "2025-06-01", "kazuya-shinba"),
    ("kr.senior_secretary_political_affairs", "2024-02-01", "han-oh-seop"),
    ("kr.senior_secretary_political_affairs", "2024-10-01", "hong-chul-ho"),
    ("kr.senior_secretary_public_communication", "2024-10-01", "lee-do-woon"),
    ("kr.senior_secretary_civil_affairs", "2024-10-01", "kim-joo-hyun"),
    ("kr.senior_secretary_civil_affairs", "2025-06-10", "oh-kwang-soo"),
    ("kr.senior_secretary_civil_affairs", "2025-07-10", "bong-wook"),
    ("kr.senior_secretary_economic", "2024-10-01", "park-chun-sup"),
    ("kr.senior_secretary_economic", "2025-07-01", "ha-joon-kyung"),
    ("kr.senior_secretary_social", "2024-10-01", "jang-sang-yoon"),
    ("kr.senior_secretary_social", "2025-07-01", "moon-jin-young"),
    ("kr.education_minister", "2024-06-01", "lee-ju-ho"),
    ("kr.oceans_minister", "2024-06-01", "kang-do-hyung"),
    ("kr.veterans_minister", "2024-06-01", "kang-jung-ai"),
    ("kr.rkp_floor_leader", "2024-10-01", "hwang-un-ha"),
    ("kr.rkp_floor_leader", "2025-05-10", "seo-wang-jin"),
    ("kr.reform_party_floor_leader", "2024-06-01", "chun-ha-ram"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("jp.education_minister", "2024-10-02", "masahito-moriyama"),
    ("jp.children_policy_minister", "2024-10-02", "ayuko-kato"),
    ("jp.regional_revitalization_minister", "2024-10-02", "hanako-jimi"),
    ("jp.hor_vice_speaker", "2024-11-12", "banri-kaieda"),
    ("jp.hor_vice_speaker", "2026-02-19", "koichiro-gemba"),
    ("jp.councillors_vice_president", "2025-08-02", "hiroyuki-nagahama"),
    ("jp.cra_leader", "2026-02-14", "yoshihiko-noda"),
    ("jp.cra_leader", "2026-02-14", "tetsuo-saito"),
    ("kr.senior_secretary_political_affairs", "2024-04-23", "han-oh-seop"),
    ("kr.senior_secretary_political_affairs", "2025-06-09", "hong-chul-ho"),
    ("kr.senior_secretary_public_communication", "2025-06-09", "lee-do-woon"),
    ("kr.senior_secretary_civil_affairs", "2025-06-09", "kim-joo-hyun"),
    ("kr.senior_secretary_civil_affairs", "2025-06-14", "oh-kwang-soo"),
    ("kr.senior_secretary_economic", "2025-06-06", "park-chun-sup"),
    ("kr.senior_secretary_social", "2025-06-06", "jang-sang-yoon"),
    ("kr.education_minister", "2025-09-12", "lee-ju-ho"),
    ("kr.oceans_minister", "2025-07-25", "kang-do-hyung"),
    ("kr.veterans_minister", "2025-07-26", "kang-jung-ai"),
    ("kr.rkp_floor_leader", "2025-05-09", "hwang-un-ha"),
])
def test_no_longer_holders_after_term(kb, position, day, gone):
    assert gone not in holders(kb, position, day)

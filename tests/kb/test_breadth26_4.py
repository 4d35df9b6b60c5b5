"""Harvest 26-4 (issue #11): Asian and Middle Eastern parties, parliaments and new governments of
2025-2026 (Bangladesh, South Korea, Myanmar, Iraq, Nepal, Thailand, Kazakhstan, Uzbekistan)
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Bangladesh: NCP and Jamaat
    ("bd.ncp_member_secretary", "2025-06-01", "akhtar-hossain"),
    ("bd.ncp_chief_coordinator", "2025-06-01", "nasiruddin-patwary"),
    ("bd.ncp_senior_joint_chief_coordinator", "2025-03-01", "abdul-hannan-masud"),
    ("bd.ncp_chief_organiser_south", "2025-03-01", "hasnat-abdullah"),
    ("bd.ncp_chief_organiser_north", "2025-03-01", "sarjis-alam"),
    ("bd.ncp_senior_joint_convener", "2025-06-01", "samantha-sharmin"),
    ("bd.ncp_senior_joint_convener", "2025-06-01", "ariful-islam-adib"),
    ("bd.ncp_senior_joint_member_secretary", "2025-06-01", "tasnim-zara"),
    ("bd.ncp_senior_joint_member_secretary", "2025-03-01", "nahida-sarwar-niva"),
    ("bd.jamaat_secretary_general", "2025-10-12", "mia-golam-parwar"),
    ("bd.jamaat_nayeb_e_ameer", "2025-08-31", "syed-abdullah-muhammad-taher"),
    # Bangladesh: parliament and government of 2026
    ("bd.deputy_leader_of_opposition", "2026-03-01", "syed-abdullah-muhammad-taher"),
    ("bd.opposition_chief_whip", "2026-03-01", "nahid-islam"),
    ("bd.chief_whip", "2026-03-11", "nurul-islam-moni"),
    ("bd.deputy_speaker", "2026-03-13", "kaiser-kamal"),
    ("bd.liberation_war_affairs_minister", "2026-03-01", "hafiz-uddin-ahmed"),
    ("bd.state_minister_land", "2026-03-01", "kaiser-kamal"),
    # South Korea
    ("kr.dp_secretary_general", "2025-01-01", "kim-yun-duk"),
    ("kr.dp_secretary_general", "2025-10-01", "cho-seung-rae"),
    ("kr.dp_policy_chief", "2025-01-01", "jin-sung-joon"),
    ("kr.dp_policy_chief", "2025-10-01", "han-jeong-ae"),
    ("kr.dp_supreme_council_member", "2025-10-01", "hwang-myung-seon"),
    ("kr.ppp_secretary_general", "2025-08-01", "jeong-jeom-sik"),
    ("kr.ppp_secretary_general", "2025-10-01", "jeong-hee-yong"),
    ("kr.ppp_policy_chief", "2025-10-01", "kim-do-eup"),
    ("kr.ppp_policy_chief", "2026-02-01", "jeong-jeom-sik"),
    ("kr.ppp_supreme_council_member", "2025-10-01", "shin-dong-uk"),
    ("kr.ppp_supreme_council_member", "2025-10-01", "kim-min-su-ppp"),
    ("kr.ppp_supreme_council_member", "2025-10-01", "yang-hyang-ja"),
    ("kr.ppp_supreme_council_member", "2025-10-01", "kim-jae-won-ppp"),
    ("kr.ppp_supreme_council_member", "2025-10-01", "woo-jae-jun"),
    ("kr.ppp_supreme_council_member", "2026-02-01", "cho-kwang-han"),
    # Myanmar, Iraq, Nepal, Thailand
    ("mm.usdp_chairman", "2025-06-01", "khin-yi"),
    ("mm.pyithu_hluttaw_speaker", "2026-04-01", "khin-yi"),
    ("iq.new_generation_president", "2024-06-01", "shaswar-abdulwahid"),
    ("iq.reconstruction_development_leader", "2025-11-12", "mohammed-shia-al-sudani"),
    ("np.ncp_coordinator", "2026-01-01", "pushpa-kamal-dahal"),
    ("np.ncp_co_coordinator", "2026-01-01", "madhav-kumar-nepal"),
    ("np.rsp_chair", "2025-12-28", "rabi-lamichhane"),
    ("th.bhumjaithai_secretary_general", "2025-06-01", "chaichanok-chidchob"),
    # Kazakhstan and Uzbekistan
    ("kz.transport_minister", "2024-06-01", "marat-karabayev"),
    ("kz.asset_recovery_committee_chair", "2024-06-01", "nurdaulet-suindikov"),
    ("kz.presidential_assistant_investment_trade", "2025-12-01", "murat-nurtleu"),
    ("uz.first_deputy_interior_minister", "2026-03-01", "botir-kudratkhodjaev"),
    ("uz.first_deputy_interior_minister", "2026-03-01", "rustam-juraev"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("bd.ncp_senior_joint_member_secretary", "2026-01-15", "tasnim-zara"),
    ("bd.liberation_war_affairs_minister", "2026-03-13", "hafiz-uddin-ahmed"),
    ("bd.state_minister_land", "2026-03-13", "kaiser-kamal"),
    ("kr.dp_secretary_general", "2025-10-01", "kim-yun-duk"),
    ("kr.dp_policy_chief", "2025-10-01", "jin-sung-joon"),
    ("kr.ppp_secretary_general", "2025-10-01", "jeong-jeom-sik"),
    ("kr.ppp_policy_chief", "2026-02-01", "kim-do-eup"),
    ("np.maoist_centre_chair", "2026-01-01", "pushpa-kamal-dahal"),
    ("kz.transport_minister", "2025-07-01", "marat-karabayev"),
    ("kz.asset_recovery_committee_chair", "2026-01-15", "nurdaulet-suindikov"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Jamaat secretary general", "2025-10-12", "mia-golam-parwar"),
    ("NCP member secretary", "2025-06-01", "akhtar-hossain"),
    ("NCP chief coordinator", "2025-06-01", "nasiruddin-patwary"),
    ("PPP secretary-general", "2025-10-01", "jeong-hee-yong"),
    ("Democratic Party secretary-general", "2025-10-01", "cho-seung-rae"),
    ("USDP chairman", "2025-06-01", "khin-yi"),
    ("Bhumjaithai secretary-general", "2025-06-01", "chaichanok-chidchob"),
    ("RSP chairman", "2025-12-28", "rabi-lamichhane"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

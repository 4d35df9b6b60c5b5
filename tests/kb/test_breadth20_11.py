"""Central bank deputies, regional Fed presidents, MPC members and statistics chiefs, 2023-2026 (issue #11),
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("us.frb_new_york_president", "2024-05-01", "john-williams-fed"),
    ("us.frb_san_francisco_president", "2015-05-01", "john-williams-fed"),
    ("us.frb_san_francisco_president", "2024-05-01", "mary-daly"),
    ("us.frb_chicago_president", "2022-06-01", "charles-evans-fed"),
    ("us.frb_chicago_president", "2024-05-01", "austan-goolsbee"),
    ("us.frb_dallas_president", "2024-05-01", "lorie-logan"),
    ("us.frb_st_louis_president", "2023-05-01", "james-bullard"),
    ("us.frb_st_louis_president", "2025-05-01", "alberto-musalem"),
    ("us.frb_atlanta_president", "2025-05-01", "raphael-bostic"),
    ("us.frb_boston_president", "2024-05-01", "susan-collins-fed"),
    ("us.frb_cleveland_president", "2024-03-01", "loretta-mester"),
    ("us.frb_cleveland_president", "2025-03-01", "beth-hammack"),
    ("us.frb_minneapolis_president", "2024-05-01", "neel-kashkari"),
    ("us.frb_richmond_president", "2024-05-01", "thomas-barkin"),
    ("us.frb_kansas_city_president", "2022-10-01", "esther-george"),
    ("us.frb_kansas_city_president", "2024-05-01", "jeffrey-schmid"),
    ("us.frb_philadelphia_president", "2024-05-01", "patrick-harker"),
    ("us.frb_philadelphia_president", "2025-09-01", "anna-paulson"),
    ("gb.boe_deputy_governor", "2023-05-01", "jon-cunliffe"),
    ("gb.boe_deputy_governor", "2024-05-01", "sarah-breeden"),
    ("gb.boe_deputy_governor", "2024-05-01", "ben-broadbent"),
    ("gb.boe_deputy_governor", "2025-01-15", "clare-lombardelli"),
    ("gb.boe_deputy_governor", "2025-01-15", "dave-ramsden"),
    ("gb.boe_chief_economist", "2024-05-01", "huw-pill"),
    ("gb.mpc_external_member", "2024-05-01", "catherine-mann"),
    ("gb.mpc_external_member", "2024-05-01", "jonathan-haskel"),
    ("gb.mpc_external_member", "2024-05-01", "swati-dhingra"),
    ("gb.mpc_external_member", "2024-05-01", "megan-greene"),
    ("gb.mpc_external_member", "2025-03-01", "alan-taylor-mpc"),
    ("gb.national_statistician", "2024-05-01", "ian-diamond"),
    ("gb.national_statistician", "2025-05-12", "emma-rourke"),
    ("cn.pboc_deputy_governor", "2023-06-01", "liu-guoqiang"),
    ("cn.pboc_deputy_governor", "2024-05-01", "lu-lei-pboc"),
    ("cn.pboc_deputy_governor", "2025-06-01", "zou-lan"),
    ("tr.central_bank_deputy_governor", "2023-10-01", "cevdet-akcay"),
    ("tr.central_bank_deputy_governor", "2023-10-01", "hatice-karahan"),
    ("tr.central_bank_deputy_governor", "2023-10-01", "fatih-karahan"),
    ("ru.cbr_first_deputy_governor", "2023-06-20", "vladimir-chistyukhin"),
    ("kr.bok_monetary_policy_board_member", "2024-08-01", "kim-jong-hwa"),
    ("kr.bok_monetary_policy_board_member", "2024-08-01", "lee-soo-hyung"),
    ("in.rbi_deputy_governor", "2023-03-01", "michael-patra"),
    ("in.rbi_deputy_governor", "2023-09-01", "swaminathan-j"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.frb_san_francisco_president", "2018-08-01", "john-williams-fed"),
    ("us.frb_chicago_president", "2023-02-01", "charles-evans-fed"),
    ("us.frb_st_louis_president", "2023-10-01", "james-bullard"),
    ("us.frb_atlanta_president", "2026-03-15", "raphael-bostic"),
    ("us.frb_cleveland_president", "2024-07-15", "loretta-mester"),
    ("us.frb_kansas_city_president", "2023-03-01", "esther-george"),
    ("us.frb_philadelphia_president", "2025-07-15", "patrick-harker"),
    ("gb.boe_deputy_governor", "2023-12-01", "jon-cunliffe"),
    ("gb.boe_deputy_governor", "2024-08-01", "ben-broadbent"),
    ("gb.mpc_external_member", "2024-10-01", "jonathan-haskel"),
    ("gb.national_statistician", "2025-06-01", "ian-diamond"),
    ("cn.pboc_deputy_governor", "2024-03-01", "liu-guoqiang"),
    ("tr.central_bank_deputy_governor", "2024-06-01", "fatih-karahan"),
    ("in.rbi_deputy_governor", "2025-03-01", "michael-patra"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("New York Fed President", "2024-05-01", "john-williams-fed"),
    ("Chicago Fed President", "2024-05-01", "austan-goolsbee"),
    ("Dallas Fed President", "2024-05-01", "lorie-logan"),
    ("St. Louis Fed President", "2025-05-01", "alberto-musalem"),
    ("Cleveland Fed President", "2025-03-01", "beth-hammack"),
    ("Minneapolis Fed President", "2024-05-01", "neel-kashkari"),
    ("Philadelphia Fed President", "2025-09-01", "anna-paulson"),
    ("Bank of England Chief Economist", "2024-05-01", "huw-pill"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

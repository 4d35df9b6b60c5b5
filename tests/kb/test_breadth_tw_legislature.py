"""Taiwan's 11th Legislative Yuan (113 seats from 2024-02-01) resolves on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("day, holder", [
    ("2024-06-01", "rosalia-wu"),          # Taipei 1, DPP
    ("2024-06-01", "hsu-chiao-hsin"),      # Taipei 7, KMT
    ("2025-10-01", "lo-ming-tsai"),        # New Taipei 11, survived the 2025-08-23 recall
    ("2025-10-01", "huang-jie"),           # Kaohsiung 6, DPP
    ("2025-10-01", "chen-chao-ming"),      # Miaoli 1, independent
    ("2025-10-01", "may-chin"),            # highland indigenous, independent
    ("2025-10-01", "sra-kacaw"),           # lowland indigenous, KMT
    ("2024-06-01", "han-kuo-yu"),          # KMT at-large, speaker (tw.yaml)
    ("2024-06-01", "johnny-chiang"),       # Taichung 8 (tw.yaml)
    ("2024-06-01", "wang-ting-yu"),        # Tainan 6 (tw.yaml)
    ("2024-06-01", "puma-shen"),           # DPP at-large (tw.yaml)
    ("2024-06-01", "lin-yi-chun"),         # TPP at-large (tw.yaml)
    ("2024-06-01", "hung-sun-han"),        # DPP at-large until he became labour minister
    ("2024-06-01", "wu-chun-cheng"),       # TPP at-large until 2025-02-25
    ("2024-06-01", "chen-pei-yu"),         # DPP at-large seat under the women's quota
    ("2025-01-01", "wang-yi-chuan"),       # sworn in 2024-12-02
    ("2025-06-01", "liu-shu-pin"),         # took Wu Chun-cheng's seat 2025-03-14
    ("2026-02-10", "li-zhenxiu"),          # sworn in 2026-02-03 under the TPP rotation
    ("2026-02-10", "chen-ching-lung"),
    ("2026-02-10", "chen-chao-tzu"),       # stayed after the rotation
])
def test_legislators_on_known_days(kb, day, holder):
    assert holder in holders(kb, "tw.legislator", day)


@pytest.mark.parametrize("day, gone", [
    ("2024-03-01", "yu-shyi-kun"),         # resigned from 2024-02-02
    ("2025-01-01", "hung-sun-han"),        # labour minister from 2024-11-25
    ("2024-06-01", "wang-yi-chuan"),       # not yet seated
    ("2025-06-01", "wu-chun-cheng"),       # resigned 2025-02-25
    ("2024-06-01", "liu-shu-pin"),
    ("2026-02-10", "huang-kuo-chang"),     # two-year rule, 2026-02-01
    ("2026-02-10", "vivian-huang"),
    ("2026-02-10", "lin-yi-chun"),
    ("2026-02-10", "mai-yu-chen"),
    ("2026-02-10", "lin-kuo-cheng"),
    ("2026-02-10", "chang-chi-kai"),
    ("2025-06-01", "li-zhenxiu"),
])
def test_not_legislators_outside_their_terms(kb, day, gone):
    assert gone not in holders(kb, "tw.legislator", day)


@pytest.mark.parametrize("day", ["2024-06-01", "2025-06-01", "2025-10-01", "2026-02-10"])
def test_all_113_seats_are_filled(kb, day):
    assert len(holders(kb, "tw.legislator", day)) == 113


def test_legislature_is_multi_seat(kb):
    assert kb.positions["tw.legislator"].single_holder is False


IN_TW_YAML = {"han-kuo-yu", "johnny-chiang", "tsai-chi-chang", "fu-kun-chi", "wang-ting-yu", "ker-chien-ming",
              "puma-shen", "yu-shyi-kun", "hung-sun-han", "huang-kuo-chang", "lin-yi-chun"}


@pytest.mark.parametrize("family", ["Chen", "Lin", "Wang", "Huang", "Lee", "Wu", "Chang", "Lo", "Hsu"])
def test_no_legislator_is_named_by_a_bare_family_name(kb, family):
    # Legislators entered in tw.yaml keep the family names given there; those added with the
    # full membership carry none.
    ours = {p for p in kb.persons if any(t.position == "tw.legislator" for t in kb.terms(p))} - IN_TW_YAML
    assert not ours & {f.entity for f in kb.persons_named(family)}


@pytest.mark.parametrize("written, person", [
    ("Wang Shih-chien", "wang-shih-chien"), ("Shih-chien Wang", "wang-shih-chien"), ("王世堅", "wang-shih-chien"),
    ("Vivian Huang", "vivian-huang"), ("黃珊珊", "vivian-huang"), ("Rosalia Wu", "rosalia-wu"),
    ("吳思瑤", "rosalia-wu"), ("Li Zhenxiu", "li-zhenxiu"), ("李貞秀", "li-zhenxiu"),
])
def test_full_names_select_the_legislator(kb, written, person):
    assert person in {f.entity for f in kb.persons_named(written)}

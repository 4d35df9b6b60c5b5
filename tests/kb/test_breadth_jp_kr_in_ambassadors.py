"""Japanese, South Korean and Indian ambassadors, high commissioners and UN envoys (issue #11)
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Japan
    ("jp.un_permanent_representative", "2023-06-29", "kimihiro-ishikane"),
    ("jp.un_permanent_representative", "2024-03-11", "kazuyuki-yamazaki"),
    ("jp.ambassador_to_uk", "2023-06-01", "hajime-hayashi"),
    ("jp.ambassador_to_uk", "2025-06-01", "hiroshi-suzuki-diplomat"),
    ("jp.ambassador_to_france", "2024-06-01", "makita-shimokawa"),
    ("jp.ambassador_to_france", "2025-12-24", "hideo-suzuki-diplomat"),
    ("jp.ambassador_to_germany", "2023-06-01", "hidenao-yanagi"),
    ("jp.ambassador_to_germany", "2025-06-01", "mitsuko-shino"),
    ("jp.ambassador_to_india", "2025-06-01", "keiichi-ono"),
    ("jp.ambassador_to_canada", "2024-06-01", "kanji-yamanouchi"),
    ("jp.ambassador_to_eu", "2023-02-06", "yasushi-masaki"),
    ("jp.ambassador_to_indonesia", "2024-06-01", "yasushi-masaki"),
    ("jp.ambassador_to_vietnam", "2025-01-15", "naoki-ito"),
    ("jp.ambassador_to_ukraine", "2023-06-01", "kuninori-matsuda"),
    ("jp.ambassador_to_israel", "2023-06-01", "koichi-mizushima"),
    ("jp.ambassador_to_south_korea", "2025-07-01", "koichi-mizushima"),
    # South Korea
    ("kr.un_permanent_representative", "2024-01-02", "hwang-joon-kook"),
    ("kr.un_permanent_representative", "2025-10-20", "cha-ji-hoon"),
    ("kr.ambassador_to_uk", "2023-06-01", "yoon-yeo-cheol"),
    ("kr.ambassador_to_russia", "2023-02-01", "chang-ho-jin"),
    ("kr.ambassador_to_russia", "2024-05-07", "lee-do-hoon"),
    ("kr.ambassador_to_russia", "2026-01-15", "lee-sok-bae"),
    ("kr.ambassador_to_germany", "2024-06-17", "lim-sang-beom"),
    ("kr.ambassador_to_vietnam", "2023-03-01", "oh-young-ju"),
    ("kr.ambassador_to_vietnam", "2024-01-15", "choi-young-sam"),
    ("kr.ambassador_to_australia", "2024-03-15", "lee-jong-sup"),
    ("kr.ambassador_to_australia", "2024-09-01", "sim-seung-seob"),
    ("kr.ambassador_to_saudi_arabia", "2024-01-15", "choi-byung-hyuk"),
    ("kr.ambassador_to_singapore", "2024-01-15", "hong-jin-wook"),
    ("kr.ambassador_to_ukraine", "2025-03-01", "park-ki-chang"),
    ("kr.ambassador_to_india", "2023-06-01", "chang-jae-bok"),
    # India
    ("in.un_permanent_representative", "2023-06-01", "ruchira-kamboj"),
    ("in.un_permanent_representative", "2025-06-01", "parvathaneni-harish"),
    ("in.high_commissioner_to_uk", "2023-06-01", "vikram-doraiswami"),
    ("in.ambassador_to_russia", "2023-06-01", "pavan-kapoor"),
    ("in.ambassador_to_russia", "2025-06-01", "vinay-kumar-diplomat"),
    ("in.ambassador_to_japan", "2024-06-01", "sibi-george"),
    ("in.ambassador_to_south_korea", "2024-08-01", "amit-kumar-diplomat"),
    ("in.ambassador_to_south_korea", "2026-01-26", "gourangalal-das"),
    ("in.ambassador_to_eu", "2025-06-05", "saurabh-kumar"),
    ("in.high_commissioner_to_canada", "2025-10-01", "dinesh-patnaik"),
    ("in.high_commissioner_to_australia", "2025-06-01", "gopal-baglay"),
    ("in.ambassador_to_ukraine", "2023-06-01", "harsh-kumar-jain"),
    ("in.ambassador_to_uae", "2024-06-01", "sunjay-sudhir"),
    ("in.ambassador_to_uae", "2025-11-15", "deepak-mittal"),
    ("in.ambassador_to_israel", "2023-10-15", "sanjeev-singla"),
    ("in.ambassador_to_israel", "2025-09-15", "jitender-pal-singh"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("jp.un_permanent_representative", "2024-06-01", "kimihiro-ishikane"),
    ("jp.ambassador_to_uk", "2025-01-15", "hajime-hayashi"),
    ("jp.ambassador_to_france", "2026-01-15", "makita-shimokawa"),
    ("jp.ambassador_to_germany", "2024-12-01", "hidenao-yanagi"),
    ("jp.ambassador_to_india", "2025-06-01", "hiroshi-suzuki-diplomat"),
    ("jp.ambassador_to_eu", "2024-06-01", "yasushi-masaki"),
    ("jp.ambassador_to_indonesia", "2025-11-01", "yasushi-masaki"),
    ("jp.ambassador_to_ukraine", "2025-01-15", "kuninori-matsuda"),
    ("jp.ambassador_to_israel", "2024-06-01", "koichi-mizushima"),
    ("kr.un_permanent_representative", "2026-01-15", "hwang-joon-kook"),
    ("kr.ambassador_to_russia", "2023-09-01", "chang-ho-jin"),
    ("kr.ambassador_to_russia", "2026-01-15", "lee-do-hoon"),
    ("kr.ambassador_to_vietnam", "2023-10-01", "oh-young-ju"),
    ("kr.ambassador_to_australia", "2024-06-01", "lee-jong-sup"),
    ("in.un_permanent_representative", "2024-09-15", "ruchira-kamboj"),
    ("in.ambassador_to_russia", "2025-03-01", "pavan-kapoor"),
    ("in.ambassador_to_japan", "2025-10-01", "sibi-george"),
    ("in.ambassador_to_south_korea", "2026-01-26", "amit-kumar-diplomat"),
    ("in.high_commissioner_to_australia", "2026-03-01", "gopal-baglay"),
    ("in.ambassador_to_uae", "2025-11-15", "sunjay-sudhir"),
    ("in.ambassador_to_israel", "2025-03-01", "sanjeev-singla"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Japanese Ambassador to the United Kingdom", "2025-06-01", "hiroshi-suzuki-diplomat"),
    ("Japanese Ambassador to Germany", "2025-06-01", "mitsuko-shino"),
    ("Japanese Ambassador to the UN", "2025-06-01", "kazuyuki-yamazaki"),
    ("South Korean Ambassador to Russia", "2024-06-01", "lee-do-hoon"),
    ("South Korean Ambassador to the UN", "2025-10-20", "cha-ji-hoon"),
    ("Indian Ambassador to Japan", "2024-06-01", "sibi-george"),
    ("Indian High Commissioner to the UK", "2023-06-01", "vikram-doraiswami"),
    ("Indian Ambassador to the UAE", "2025-11-15", "deepak-mittal"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

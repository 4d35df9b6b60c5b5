"""Former holders in East Asia (issue #11): earlier Korean metropolitan mayors and governors, earlier mayors
of Taiwan's special municipalities and Kishida-cabinet ministers, resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("kr.seoul_mayor", "2016-06-01", "park-won-soon"),
    ("kr.busan_mayor", "2016-06-01", "suh-byung-soo"),
    ("kr.busan_mayor", "2019-06-01", "oh-keo-don"),
    ("kr.gyeonggi_governor", "2016-06-01", "nam-kyung-pil"),
    ("kr.gyeonggi_governor", "2020-06-01", "lee-jae-myung"),
    ("kr.mayor_incheon", "2016-06-01", "yoo-jeong-bok"),
    ("kr.mayor_incheon", "2020-06-01", "park-nam-choon"),
    ("kr.mayor_daegu", "2020-06-01", "kwon-young-jin"),
    ("kr.mayor_gwangju", "2016-06-01", "yoon-jang-hyun"),
    ("kr.mayor_gwangju", "2020-06-01", "lee-yong-sup"),
    ("kr.mayor_daejeon", "2020-06-01", "heo-tae-jeong"),
    ("kr.mayor_ulsan", "2016-06-01", "kim-gi-hyeon"),
    ("kr.mayor_ulsan", "2020-06-01", "song-cheol-ho"),
    ("kr.governor_south_chungcheong", "2016-06-01", "ahn-hee-jung"),
    ("kr.governor_south_chungcheong", "2020-06-01", "yang-seung-jo"),
    ("kr.governor_north_chungcheong", "2020-06-01", "lee-si-jong"),
    ("kr.governor_south_jeolla", "2016-06-01", "lee-nak-yon"),
    ("kr.governor_north_jeolla", "2020-06-01", "song-ha-jin"),
    ("kr.governor_gangwon", "2020-06-01", "choi-moon-soon"),
    ("kr.governor_jeju", "2020-06-01", "won-hee-ryong"),
    ("kr.governor_south_gyeongsang", "2020-06-01", "kim-kyoung-soo"),
    ("kr.governor_north_gyeongsang", "2020-06-01", "lee-cheol-woo"),
    ("kr.governor_south_gyeongsang", "2015-06-01", "hong-joon-pyo"),
    ("tw.tainan_mayor", "2018-06-01", "li-meng-yen"),
    ("jp.children_policy_minister", "2023-04-03", "masanobu-ogura"),
    ("tw.taipei_mayor", "2012-06-01", "hau-lung-pin"),
    ("tw.new_taipei_mayor", "2016-06-01", "eric-chu"),
    ("tw.taichung_mayor", "2012-06-01", "jason-hu"),
    ("tw.taichung_mayor", "2016-06-01", "lin-chia-lung"),
    ("tw.tainan_mayor", "2015-06-01", "lai-ching-te"),
    ("tw.taoyuan_mayor", "2020-06-01", "cheng-wen-tsan"),
    ("tw.kaohsiung_mayor", "2015-06-01", "chen-chu"),
    ("tw.kaohsiung_mayor", "2018-08-01", "hsu-li-ming"),
    ("tw.kaohsiung_mayor", "2019-06-01", "han-kuo-yu"),
    ("tw.kaohsiung_mayor", "2020-07-01", "yang-ming-jou"),
    ("jp.education_minister", "2023-01-10", "keiko-nagaoka"),
    ("jp.internal_affairs_minister", "2022-10-01", "minoru-terada"),
    ("jp.internal_affairs_minister", "2023-03-01", "takeaki-matsumoto"),
    ("jp.internal_affairs_minister", "2023-11-01", "junji-suzuki"),
    ("jp.environment_minister", "2022-03-30", "tsuyoshi-yamaguchi"),
    ("jp.environment_minister", "2023-03-01", "akihiro-nishimura"),
    ("jp.environment_minister", "2024-05-08", "shintaro-ito"),
    ("jp.npsc_chair", "2023-03-01", "koichi-tani"),
    ("jp.npsc_chair", "2022-07-17", "satoshi-ninoyu"),
    ("jp.npsc_chair", "2024-07-05", "yoshifumi-matsumura"),
    ("jp.regional_revitalization_minister", "2022-09-15", "naoki-okada"),
    ("kr.mayor_sejong", "2020-06-01", "lee-choon-hee"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("kr.seoul_mayor", "2021-06-01", "park-won-soon"),
    ("kr.busan_mayor", "2019-06-01", "suh-byung-soo"),
    ("kr.busan_mayor", "2020-06-01", "oh-keo-don"),
    ("kr.gyeonggi_governor", "2021-11-01", "lee-jae-myung"),
    ("kr.mayor_incheon", "2020-06-01", "yoo-jeong-bok"),
    ("kr.mayor_incheon", "2023-01-01", "park-nam-choon"),
    ("kr.mayor_daegu", "2023-01-01", "kwon-young-jin"),
    ("kr.governor_south_chungcheong", "2018-04-01", "ahn-hee-jung"),
    ("kr.governor_south_jeolla", "2018-01-01", "lee-nak-yon"),
    ("kr.governor_jeju", "2021-10-01", "won-hee-ryong"),
    ("kr.governor_south_gyeongsang", "2021-08-01", "kim-kyoung-soo"),
    ("tw.taipei_mayor", "2015-06-01", "hau-lung-pin"),
    ("tw.tainan_mayor", "2019-06-01", "li-meng-yen"),
    ("kr.governor_south_gyeongsang", "2017-06-01", "hong-joon-pyo"),
    ("jp.children_policy_minister", "2023-10-01", "masanobu-ogura"),
    ("tw.taichung_mayor", "2015-06-01", "jason-hu"),
    ("tw.tainan_mayor", "2018-01-01", "lai-ching-te"),
    ("tw.kaohsiung_mayor", "2018-08-01", "chen-chu"),
    ("tw.kaohsiung_mayor", "2020-07-01", "han-kuo-yu"),
    ("tw.kaohsiung_mayor", "2020-09-01", "yang-ming-jou"),
    ("jp.internal_affairs_minister", "2022-12-01", "minoru-terada"),
    ("jp.internal_affairs_minister", "2024-01-10", "junji-suzuki"),
    ("jp.environment_minister", "2023-01-10", "tsuyoshi-yamaguchi"),
    ("jp.environment_minister", "2025-01-10", "shintaro-ito"),
    ("jp.npsc_chair", "2023-03-01", "satoshi-ninoyu"),
    ("jp.npsc_chair", "2025-01-10", "yoshifumi-matsumura"),
    ("jp.regional_revitalization_minister", "2024-01-10", "naoki-okada"),
    ("kr.mayor_sejong", "2023-01-01", "lee-choon-hee"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Busan Mayor", "2019-06-01", "oh-keo-don"),
    ("Gyeonggi Governor", "2020-06-01", "lee-jae-myung"),
    ("South Gyeongsang Governor", "2020-06-01", "kim-kyoung-soo"),
    ("Mayor of Kaohsiung", "2019-06-01", "han-kuo-yu"),
    ("Taichung Mayor", "2016-06-01", "lin-chia-lung"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

"""Japanese prefectural governors and South Korean provincial governors and metropolitan mayors,
2024-2026 (issue #11, batch 16-8), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Japan
    ("jp.governor_hokkaido", "2024-06-01", "naomichi-suzuki"),
    ("jp.governor_aomori", "2024-06-01", "soichiro-miyashita"),
    ("jp.governor_iwate", "2024-06-01", "takuya-tasso"),
    ("jp.governor_miyagi", "2025-11-01", "yoshihiro-murai"),
    ("jp.governor_akita", "2024-06-01", "norihisa-satake"),
    ("jp.governor_akita", "2025-06-01", "kenta-suzuki"),
    ("jp.governor_yamagata", "2024-06-01", "mieko-yoshimura"),
    ("jp.governor_fukushima", "2025-06-01", "masao-uchibori"),
    ("jp.governor_ibaraki", "2025-12-01", "kazuhiko-oigawa"),
    ("jp.governor_tochigi", "2024-12-01", "tomikazu-fukuda"),
    ("jp.governor_gunma", "2025-06-01", "ichita-yamamoto"),
    ("jp.governor_saitama", "2020-06-01", "motohiro-ono"),
    ("jp.governor_chiba", "2025-06-01", "toshihito-kumagai"),
    ("jp.governor_kanagawa", "2025-06-01", "yuji-kuroiwa"),
    ("jp.governor_niigata", "2025-06-01", "hideyo-hanazumi"),
    ("jp.governor_toyama", "2024-12-01", "hachiro-nitta"),
    ("jp.governor_ishikawa", "2025-06-01", "hiroshi-hase"),
    ("jp.governor_ishikawa", "2026-04-15", "yukiyoshi-yamano"),
    ("jp.governor_fukui", "2025-06-01", "tatsuji-sugimoto"),
    ("jp.governor_fukui", "2026-02-15", "takato-ishida"),
    ("jp.governor_nagano", "2025-08-26", "shuichi-abe"),
    ("jp.governor_gifu", "2024-06-01", "hajime-furuta"),
    ("jp.governor_gifu", "2025-06-01", "yoshihide-esaki"),
    ("jp.governor_shizuoka", "2024-03-01", "heita-kawakatsu"),
    ("jp.governor_shizuoka", "2024-07-01", "yasutomo-suzuki"),
    ("jp.governor_aichi", "2025-06-01", "hideaki-omura"),
    ("jp.governor_mie", "2025-06-01", "katsuyuki-ichimi"),
    ("jp.governor_shiga", "2025-06-01", "taizo-mikazuki"),
    ("jp.governor_kyoto", "2025-06-01", "takatoshi-nishiwaki"),
    ("jp.governor_osaka", "2025-06-01", "hirofumi-yoshimura"),
    ("jp.governor_hyogo", "2024-06-01", "motohiko-saito"),
    ("jp.governor_hyogo", "2025-06-01", "motohiko-saito"),
    ("jp.governor_nara", "2024-06-01", "makoto-yamashita"),
    ("jp.governor_wakayama", "2024-06-01", "shuhei-kishimoto"),
    ("jp.governor_okayama", "2025-01-01", "ryuta-ibaragi"),
    ("jp.governor_hiroshima", "2025-06-01", "hidehiko-yuzaki"),
    ("jp.governor_hiroshima", "2026-01-15", "mika-yokota"),
    ("jp.governor_yamaguchi", "2026-02-10", "tsugumasa-muraoka"),
    ("jp.governor_tokushima", "2025-06-01", "masazumi-gotoda"),
    ("jp.governor_kagawa", "2025-06-01", "toyohito-ikeda"),
    ("jp.governor_ehime", "2025-06-01", "tokihiro-nakamura"),
    ("jp.governor_kochi", "2025-06-01", "seiji-hamada"),
    ("jp.governor_fukuoka", "2025-06-01", "seitaro-hattori"),
    ("jp.governor_nagasaki", "2025-06-01", "kengo-oishi"),
    ("jp.governor_nagasaki", "2026-04-01", "ken-hirata"),
    ("jp.governor_kumamoto", "2024-02-01", "ikuo-kabashima"),
    ("jp.governor_kumamoto", "2024-06-01", "takashi-kimura"),
    ("jp.governor_oita", "2024-06-01", "kiichiro-sato"),
    ("jp.governor_kagoshima", "2025-06-01", "koichi-shiota"),
    ("jp.governor_okinawa", "2025-06-01", "denny-tamaki"),
    # South Korea
    ("kr.seoul_mayor", "2025-08-01", "oh-se-hoon"),
    ("kr.busan_mayor", "2025-08-01", "park-heong-joon"),
    ("kr.gyeonggi_governor", "2025-08-01", "kim-dong-yeon"),
    ("kr.mayor_incheon", "2025-06-01", "yoo-jeong-bok"),
    ("kr.mayor_daegu", "2024-06-01", "hong-joon-pyo"),
    ("kr.mayor_daegu", "2025-08-01", "kim-jung-ki"),
    ("kr.mayor_gwangju", "2025-06-01", "kang-gi-jung"),
    ("kr.mayor_daejeon", "2025-06-01", "lee-jang-woo"),
    ("kr.mayor_ulsan", "2025-06-01", "kim-doo-gyeom"),
    ("kr.mayor_sejong", "2025-06-01", "choi-min-ho"),
    ("kr.governor_gangwon", "2025-06-01", "kim-jin-tae"),
    ("kr.governor_north_chungcheong", "2025-06-01", "kim-young-hwan"),
    ("kr.governor_south_chungcheong", "2025-06-01", "kim-tae-heum"),
    ("kr.governor_north_jeolla", "2025-06-01", "kim-kwan-young"),
    ("kr.governor_south_jeolla", "2025-06-01", "kim-yung-rok"),
    ("kr.governor_north_gyeongsang", "2025-06-01", "lee-cheol-woo"),
    ("kr.governor_south_gyeongsang", "2025-06-01", "park-wan-su"),
    ("kr.governor_jeju", "2025-06-01", "oh-young-hun"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("jp.governor_akita", "2025-06-01", "norihisa-satake"),
    ("jp.governor_ishikawa", "2026-04-15", "hiroshi-hase"),
    ("jp.governor_fukui", "2026-02-15", "tatsuji-sugimoto"),
    ("jp.governor_gifu", "2025-06-01", "hajime-furuta"),
    ("jp.governor_shizuoka", "2024-07-01", "heita-kawakatsu"),
    ("jp.governor_hyogo", "2024-10-15", "motohiko-saito"),
    ("jp.governor_wakayama", "2025-06-01", "shuhei-kishimoto"),
    ("jp.governor_hiroshima", "2026-01-15", "hidehiko-yuzaki"),
    ("jp.governor_nagasaki", "2026-04-01", "kengo-oishi"),
    ("jp.governor_kumamoto", "2024-06-01", "ikuo-kabashima"),
    ("kr.mayor_daegu", "2025-08-01", "hong-joon-pyo"),
    ("kr.mayor_gwangju", "2026-08-01", "kang-gi-jung"),
    ("kr.governor_south_jeolla", "2026-08-01", "kim-yung-rok"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Osaka Governor", "2025-01-01", "hirofumi-yoshimura"),
    ("Hyogo Governor", "2025-01-01", "motohiko-saito"),
    ("Governor of Shizuoka", "2024-07-01", "yasutomo-suzuki"),
    ("Aichi Governor", "2025-01-01", "hideaki-omura"),
    ("Governor of Okinawa", "2025-05-01", "denny-tamaki"),
    ("Ishikawa Governor", "2026-04-10", "yukiyoshi-yamano"),
    ("Incheon Mayor", "2025-01-01", "yoo-jeong-bok"),
    ("Daegu Mayor", "2024-06-01", "hong-joon-pyo"),
    ("Jeju Governor", "2025-01-01", "oh-young-hun"),
    ("South Jeolla Governor", "2025-01-01", "kim-yung-rok"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder


@pytest.mark.parametrize("title, position", [
    ("大阪府知事", "jp.governor_osaka"),
    ("北海道知事", "jp.governor_hokkaido"),
    ("鹿児島県知事", "jp.governor_kagoshima"),
    ("경남지사", "kr.governor_south_gyeongsang"),
    ("인천광역시장", "kr.mayor_incheon"),
])
def test_native_titles_name_the_office(kb, title, position):
    assert [p.id for p in kb.positions_titled(title)] == [position]


@pytest.mark.parametrize("name, person", [
    ("吉村洋文", "hirofumi-yoshimura"),
    ("斎藤元彦", "motohiko-saito"),
    ("玉城デニー", "denny-tamaki"),
    ("홍준표", "hong-joon-pyo"),
    ("김영록", "kim-yung-rok"),
])
def test_native_names_name_the_person(kb, name, person):
    assert person in {form.entity for form in kb.persons_named(name)}

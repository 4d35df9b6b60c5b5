"""Heads of the judiciary in African countries, 2020-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("ke.chief_justice", "2020-06-01", "david-maraga"),
    ("ke.chief_justice", "2021-03-01", "philomena-mwilu"),
    ("ke.chief_justice", "2023-06-01", "martha-koome"),
    ("ng.chief_justice", "2020-06-01", "tanko-muhammad"),
    ("eg.supreme_constitutional_court_president", "2021-06-01", "saeed-marei"),
    ("eg.supreme_constitutional_court_president", "2023-06-01", "boulos-fahmy"),
    ("ss.chief_justice", "2023-06-01", "chan-reec-madut"),
    ("ss.chief_justice", "2025-06-01", "benjamin-bak-deng"),
    ("sd.chief_justice", "2020-06-01", "nemat-abdullah-khair"),
    ("sd.chief_justice", "2022-06-01", "abdelaziz-fathelrahman-abdeen"),
    ("gm.chief_justice", "2022-06-01", "hassan-bubacarr-jallow"),
    ("mz.constitutional_council_president", "2022-06-01", "lucia-ribeiro"),
    ("ma.cassation_court_first_president", "2023-06-01", "mohamed-abdennabaoui"),
    ("za.chief_justice", "2020-06-01", "mogoeng-mogoeng"),
    ("za.chief_justice", "2021-08-01", "raymond-zondo"),
    ("za.chief_justice", "2023-06-01", "raymond-zondo"),
    ("za.chief_justice", "2024-09-02", "mandisa-maya"),
    ("ng.chief_justice", "2023-06-01", "olukayode-ariwoola"),
    ("ng.chief_justice", "2024-10-01", "kudirat-kekere-ekun"),
    ("gh.chief_justice", "2021-06-01", "kwasi-anin-yeboah"),
    ("gh.chief_justice", "2023-06-01", "jones-dotse"),
    ("gh.chief_justice", "2024-06-01", "gertrude-torkornoo"),
    ("gh.chief_justice", "2025-06-01", "paul-baffoe-bonnie"),
    ("gh.chief_justice", "2025-11-18", "paul-baffoe-bonnie"),
    ("ug.chief_justice", "2023-06-01", "alfonse-owiny-dollo"),
    ("ug.chief_justice", "2026-01-20", "flavian-zeija"),
    ("ug.chief_justice", "2026-01-23", "flavian-zeija"),
    ("zm.chief_justice", "2023-06-01", "mumba-malila"),
    ("mw.chief_justice", "2021-06-01", "andrew-nyirenda-mw"),
    ("mw.chief_justice", "2022-03-15", "rizine-mzikamanda"),
    ("et.supreme_court_president", "2021-06-01", "meaza-ashenafi"),
    ("et.supreme_court_president", "2023-06-01", "tewodros-mihret"),
    ("rw.chief_justice", "2022-06-01", "faustin-ntezilyayo"),
    ("rw.chief_justice", "2025-01-10", "domitilla-mukantaganzwa"),
    ("lr.chief_justice", "2021-06-01", "francis-korkpor"),
    ("lr.chief_justice", "2024-06-01", "sie-a-nyene-yuoh"),
    ("lr.chief_justice", "2025-09-01", "yamie-gbeisay"),
    ("sl.chief_justice", "2022-06-01", "desmond-babatunde-edwards"),
    ("sl.chief_justice", "2025-01-10", "komba-kamanda"),
    ("tz.chief_justice", "2022-06-01", "ibrahim-hamis-juma"),
    ("tz.chief_justice", "2025-06-16", "george-masaju"),
    ("zw.chief_justice", "2023-06-01", "luke-malaba"),
    ("sn.constitutional_council_president", "2021-06-01", "pape-oumar-sakho"),
    ("sn.constitutional_council_president", "2024-03-01", "mamadou-badio-camara"),
    ("cd.constitutional_court_president", "2023-06-01", "dieudonne-kamuleta"),
    ("bj.constitutional_court_president", "2023-01-10", "razaki-amouda-issifou"),
    ("bj.constitutional_court_president", "2024-06-01", "dorothe-sossa"),
    ("cm.constitutional_council_president", "2023-06-01", "clement-atangana"),
    ("ga.constitutional_court_president", "2022-06-01", "marie-madeleine-mborantsuo"),
    ("ga.constitutional_court_president", "2024-06-01", "dieudonne-abaa-owono"),
    ("mu.chief_justice", "2023-06-01", "rehana-mungly-gulbul"),
    ("bw.chief_justice", "2022-06-01", "terence-rannowane"),
    ("bw.chief_justice", "2025-02-01", "gaolapelwe-ketlogetswe"),
    ("ls.chief_justice", "2021-06-01", "sakoane-sakoane"),
    ("na.chief_justice", "2022-06-01", "peter-shivute"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ke.chief_justice", "2021-06-01", "david-maraga"),
    ("ke.chief_justice", "2021-06-01", "philomena-mwilu"),
    ("ng.chief_justice", "2022-07-01", "tanko-muhammad"),
    ("eg.supreme_constitutional_court_president", "2023-06-01", "saeed-marei"),
    ("ss.chief_justice", "2025-06-01", "chan-reec-madut"),
    ("sd.chief_justice", "2022-06-01", "nemat-abdullah-khair"),
    ("za.chief_justice", "2022-06-01", "mogoeng-mogoeng"),
    ("za.chief_justice", "2024-09-02", "raymond-zondo"),
    ("ng.chief_justice", "2024-08-24", "olukayode-ariwoola"),
    ("gh.chief_justice", "2023-06-13", "kwasi-anin-yeboah"),
    ("gh.chief_justice", "2023-06-13", "jones-dotse"),
    ("gh.chief_justice", "2025-09-02", "gertrude-torkornoo"),
    ("ug.chief_justice", "2026-01-20", "alfonse-owiny-dollo"),
    ("mw.chief_justice", "2022-03-15", "andrew-nyirenda-mw"),
    ("et.supreme_court_president", "2023-06-01", "meaza-ashenafi"),
    ("rw.chief_justice", "2025-01-10", "faustin-ntezilyayo"),
    ("lr.chief_justice", "2023-06-01", "francis-korkpor"),
    ("lr.chief_justice", "2025-09-01", "sie-a-nyene-yuoh"),
    ("sl.chief_justice", "2025-01-10", "desmond-babatunde-edwards"),
    ("tz.chief_justice", "2025-06-16", "ibrahim-hamis-juma"),
    ("sn.constitutional_council_president", "2023-01-10", "pape-oumar-sakho"),
    ("sn.constitutional_council_president", "2025-06-01", "mamadou-badio-camara"),
    ("bj.constitutional_court_president", "2024-06-01", "razaki-amouda-issifou"),
    ("ga.constitutional_court_president", "2024-06-01", "marie-madeleine-mborantsuo"),
    ("bw.chief_justice", "2025-02-01", "terence-rannowane"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Chief Justice of Kenya", "2023-06-01", "martha-koome"),
    ("Chief Justice of Nigeria", "2025-03-01", "kudirat-kekere-ekun"),
    ("Ghana's chief justice", "2024-06-01", "gertrude-torkornoo"),
    ("Chief Justice of Uganda", "2023-06-01", "alfonse-owiny-dollo"),
    ("South Africa's chief justice", "2025-03-01", "mandisa-maya"),
    ("Liberia's chief justice", "2024-06-01", "sie-a-nyene-yuoh"),
    ("South Sudan's chief justice", "2025-06-01", "benjamin-bak-deng"),
    ("Egypt's Supreme Constitutional Court president", "2023-06-01", "boulos-fahmy"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

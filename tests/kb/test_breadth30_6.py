"""Heads of the judiciary in Asia, Oceania and the Middle East (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("in.chief_justice", "2020-06-01", "sharad-arvind-bobde"),
    ("in.chief_justice", "2021-04-24", "nv-ramana"),
    ("in.chief_justice", "2022-10-01", "uday-umesh-lalit"),
    ("pk.chief_justice", "2021-06-01", "gulzar-ahmed-cjp"),
    ("bd.chief_justice", "2021-06-01", "syed-mahmud-hossain"),
    ("bd.chief_justice", "2022-06-01", "hasan-foez-siddique"),
    ("bd.chief_justice", "2024-01-01", "obaidul-hassan"),
    ("bd.chief_justice", "2025-06-01", "syed-refaat-ahmed"),
    ("bd.chief_justice", "2026-01-15", "zubayer-rahman-chowdhury"),
    ("lk.chief_justice", "2023-06-01", "jayantha-jayasuriya"),
    ("lk.chief_justice", "2025-03-01", "murdu-fernando"),
    ("lk.chief_justice", "2025-09-01", "preethi-padman-surasena"),
    ("np.chief_justice", "2023-07-01", "hari-krishna-karki"),
    ("np.chief_justice", "2024-03-01", "bishowambhar-prasad-shrestha"),
    ("np.chief_justice", "2025-01-01", "prakash-man-singh-raut"),
    ("ph.chief_justice", "2020-06-01", "diosdado-peralta"),
    ("ph.chief_justice", "2023-06-01", "alexander-gesmundo"),
    ("my.chief_justice", "2022-06-01", "tengku-maimun-tuan-mat"),
    ("my.chief_justice", "2025-09-01", "wan-ahmad-farid-wan-salleh"),
    ("au.chief_justice", "2021-06-01", "susan-kiefel"),
    ("au.chief_justice", "2024-06-01", "stephen-gageler"),
    ("nz.chief_justice", "2022-06-01", "helen-winkelmann"),
    ("hk.chief_justice", "2020-06-01", "geoffrey-ma-tao-li"),
    ("hk.chief_justice", "2022-06-01", "andrew-cheung-kui-nung"),
    ("sg.chief_justice", "2022-06-01", "sundaresh-menon"),
    ("jp.chief_justice", "2021-06-01", "naoto-otani"),
    ("kr.chief_justice", "2021-06-01", "kim-myeong-su-cj"),
    ("kr.constitutional_court_president", "2022-06-01", "yoo-nam-seok"),
    ("kr.constitutional_court_president", "2024-03-01", "lee-jong-seok-judge"),
    ("vn.spc_chief_justice", "2022-06-01", "nguyen-hoa-binh"),
    ("vn.spc_chief_justice", "2025-01-01", "le-minh-tri"),
    ("th.constitutional_court_president", "2024-06-01", "nakharin-mektrairat"),
    ("iq.federal_supreme_court_president", "2023-06-01", "jassim-mohammed-aboud"),
    ("iq.federal_supreme_court_president", "2025-08-01", "munther-ibrahim-hussein"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("in.chief_justice", "2021-04-24", "sharad-arvind-bobde"),
    ("in.chief_justice", "2022-08-27", "nv-ramana"),
    ("in.chief_justice", "2022-11-09", "uday-umesh-lalit"),
    ("pk.chief_justice", "2022-02-02", "gulzar-ahmed-cjp"),
    ("bd.chief_justice", "2021-12-31", "syed-mahmud-hossain"),
    ("bd.chief_justice", "2023-09-26", "hasan-foez-siddique"),
    ("bd.chief_justice", "2024-08-11", "obaidul-hassan"),
    ("bd.chief_justice", "2025-12-28", "syed-refaat-ahmed"),
    ("lk.chief_justice", "2024-12-03", "jayantha-jayasuriya"),
    ("lk.chief_justice", "2025-07-28", "murdu-fernando"),
    ("np.chief_justice", "2023-08-22", "hari-krishna-karki"),
    ("np.chief_justice", "2024-10-06", "bishowambhar-prasad-shrestha"),
    ("ph.chief_justice", "2021-04-05", "diosdado-peralta"),
    ("my.chief_justice", "2025-07-28", "tengku-maimun-tuan-mat"),
    ("au.chief_justice", "2023-11-06", "susan-kiefel"),
    ("hk.chief_justice", "2021-01-11", "geoffrey-ma-tao-li"),
    ("jp.chief_justice", "2022-06-23", "naoto-otani"),
    ("kr.chief_justice", "2023-09-25", "kim-myeong-su-cj"),
    ("kr.constitutional_court_president", "2023-11-30", "yoo-nam-seok"),
    ("kr.constitutional_court_president", "2025-01-01", "lee-jong-seok-judge"),
    ("vn.spc_chief_justice", "2024-08-27", "nguyen-hoa-binh"),
    ("iq.federal_supreme_court_president", "2025-07-01", "jassim-mohammed-aboud"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Chief Justice of Bangladesh", "2024-01-01", "obaidul-hassan"),
    ("Sri Lanka's chief justice", "2025-09-01", "preethi-padman-surasena"),
    ("Chief Justice of Nepal", "2025-01-01", "prakash-man-singh-raut"),
    ("Chief Justice of the Philippines", "2023-06-01", "alexander-gesmundo"),
    ("Chief Justice of Malaysia", "2022-06-01", "tengku-maimun-tuan-mat"),
    ("Chief Justice of New Zealand", "2022-06-01", "helen-winkelmann"),
    ("Chief Justice of the Court of Final Appeal", "2022-06-01", "andrew-cheung-kui-nung"),
    ("Chief Justice of Singapore", "2022-06-01", "sundaresh-menon"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

"""Middle East gaps (issue #11): central bank governors (Iraq, Syria, Lebanon, Jordan), Iran's
nuclear chief, Syria's transitional ministers, Lebanon's Mikati-era defence and finance ministers,
Turkey's parliament speaker, Jordan's intelligence chief, Kuwait's oil and interior ministers,
Bahrain's interior minister and Israel's diaspora minister resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Iran
    ("ir.aeoi_head", "2023-06-01", "mohammad-eslami"),
    ("ir.aeoi_head", "2025-06-20", "mohammad-eslami"),
    # Iraq
    ("iq.cbi_governor", "2018-06-01", "ali-al-allaq"),
    ("iq.cbi_governor", "2022-06-01", "mustafa-ghaleb-mukheef"),
    ("iq.cbi_governor", "2023-01-23", "ali-al-allaq"),
    ("iq.cbi_governor", "2025-09-28", "ali-al-allaq"),
    # Syria
    ("sy.central_bank_governor", "2025-02-01", "maysaa-sabrine"),
    ("sy.central_bank_governor", "2025-04-07", "abdulkader-husrieh"),
    ("sy.central_bank_governor", "2025-12-28", "abdulkader-husrieh"),
    ("sy.energy_minister", "2025-06-01", "mohammed-al-bashir"),
    ("sy.emergency_minister", "2025-07-24", "raed-al-saleh"),
    ("sy.social_affairs_minister", "2025-06-01", "hind-kabawat"),
    ("sy.justice_minister", "2025-06-01", "mazhar-al-wais"),
    # Lebanon
    ("lb.central_bank_governor", "2023-07-01", "riad-salameh"),
    ("lb.central_bank_governor", "2024-06-01", "wassim-mansouri"),
    ("lb.central_bank_governor", "2025-04-04", "karim-souaid"),
    ("lb.defence_minister", "2023-06-01", "maurice-slim"),
    ("lb.finance_minister", "2023-06-01", "youssef-khalil"),
    # Turkey
    ("tr.parliament_speaker", "2024-06-01", "numan-kurtulmus"),
    # Jordan
    ("jo.central_bank_governor", "2023-06-01", "adel-sharkas"),
    ("jo.gid_director", "2021-06-01", "ahmad-husni"),
    # Kuwait
    ("kw.oil_minister", "2025-01-01", "tareq-al-roumi"),
    ("kw.interior_minister", "2025-06-01", "fahad-yusuf-saud-al-sabah"),
    # Bahrain
    ("bh.interior_minister", "2024-06-01", "rashid-bin-abdullah-al-khalifa"),
    # Israel
    ("il.diaspora_minister", "2023-06-01", "amichai-chikli"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("iq.cbi_governor", "2023-06-01", "mustafa-ghaleb-mukheef"),
    ("sy.central_bank_governor", "2025-06-01", "maysaa-sabrine"),
    ("lb.central_bank_governor", "2023-09-01", "riad-salameh"),
    ("lb.central_bank_governor", "2025-06-01", "wassim-mansouri"),
    ("lb.defence_minister", "2025-06-01", "maurice-slim"),
    ("lb.finance_minister", "2025-06-01", "youssef-khalil"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Iraqi central bank governor", "2025-09-28", "ali-al-allaq"),
    ("Syrian central bank governor", "2025-12-28", "abdulkader-husrieh"),
    ("Banque du Liban Governor", "2025-04-04", "karim-souaid"),
    ("Lebanese Defence Minister", "2023-06-01", "maurice-slim"),
    ("Lebanese Finance Minister", "2023-06-01", "youssef-khalil"),
    ("Turkish Parliament Speaker", "2024-06-01", "numan-kurtulmus"),
    ("Kuwaiti Oil Minister", "2025-01-01", "tareq-al-roumi"),
    ("Bahraini Interior Minister", "2024-06-01", "rashid-bin-abdullah-al-khalifa"),
    ("Syrian Energy Minister", "2025-06-01", "mohammed-al-bashir"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

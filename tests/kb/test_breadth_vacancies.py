"""Holders added to offices that had none recorded for late 2025 or 2026 (issue #11) resolve on known
days: Costa Rica, the UK, the Gambia, Honduras, Iran, Malta, Nigeria, the Philippines, Norway,
Pakistan, Hamas's armed wing, Tunisia, Istanbul, the Netherlands and Thailand."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("cr.finance_minister", "2025-09-15", "rudolf-lucke"),
    ("cr.first_vice_president", "2026-06-01", "francisco-gamboa"),
    ("gb.veterans_minister", "2026-01-15", "louise-sandher-jones"),
    ("gm.defence_minister", "2025-10-01", "baboucarr-joof"),
    ("hn.defence_minister", "2026-01-10", "roosevelt-hernandez"),
    ("hn.defence_minister", "2026-03-01", "enrique-rodriguez-burchard"),
    ("ir.irgc_aerospace_commander", "2025-07-01", "majid-mousavi"),
    ("mt.deputy_prime_minister", "2025-01-15", "ian-borg"),
    ("ng.air_chief", "2025-11-15", "sunday-aneke"),
    ("ph.army_commanding_general", "2025-09-01", "antonio-nafarrete"),
    ("no.development_minister", "2025-03-01", "asmund-aukrust"),
    ("pk.leader_of_opposition", "2026-02-01", "mahmood-khan-achakzai"),
    ("ps.qassam_brigades_commander", "2024-12-01", "mohammed-sinwar"),
    ("ps.qassam_brigades_commander", "2025-06-01", "izz-al-din-al-haddad"),
    ("tn.social_affairs_minister", "2024-10-01", "issam-lahmar"),
    ("tr.istanbul_mayor", "2025-04-15", "nuri-aslan"),
    ("nl.foreign_trade_minister", "2026-03-01", "sjoerd-sjoerdsma"),
    ("th.digital_economy_minister", "2025-01-15", "prasert-jantararuangtong"),
    ("th.pm_office_minister", "2025-01-15", "jiraporn-sindhuprai"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cr.finance_minister", "2025-09-15", "nogui-acosta"),
    ("cr.first_vice_president", "2026-06-01", "stephan-brunner"),
    ("gb.veterans_minister", "2026-01-15", "al-carns"),
    ("gm.defence_minister", "2025-10-01", "sering-modou-njie"),
    ("hn.defence_minister", "2026-03-01", "roosevelt-hernandez"),
    ("hn.defence_minister", "2026-01-10", "rixi-moncada"),
    ("ir.irgc_aerospace_commander", "2025-07-01", "amir-ali-hajizadeh"),
    ("mt.deputy_prime_minister", "2025-01-15", "chris-fearne"),
    ("ng.air_chief", "2025-11-15", "hasan-abubakar"),
    ("ph.army_commanding_general", "2025-09-01", "roy-galido"),
    ("no.development_minister", "2025-03-01", "anne-beathe-tvinnereim"),
    ("pk.leader_of_opposition", "2026-02-01", "omar-ayub-khan"),
    ("ps.qassam_brigades_commander", "2024-12-01", "mohammed-deif"),
    ("ps.qassam_brigades_commander", "2025-06-01", "mohammed-sinwar"),
    ("tn.social_affairs_minister", "2024-10-01", "kamel-madouri"),
    ("tr.istanbul_mayor", "2025-04-15", "ekrem-imamoglu"),
    ("nl.foreign_trade_minister", "2026-03-01", "caspar-veldkamp"),
    ("th.digital_economy_minister", "2025-12-01", "prasert-jantararuangtong"),
    ("th.pm_office_minister", "2025-12-01", "jiraporn-sindhuprai"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Honduran Defence Minister", "2026-03-01", "enrique-rodriguez-burchard"),
    ("Maltese Deputy Prime Minister", "2025-01-15", "ian-borg"),
    ("Costa Rican Finance Minister", "2025-09-15", "rudolf-lucke"),
    ("Norwegian Development Minister", "2025-03-01", "asmund-aukrust"),
    ("Tunisian Social Affairs Minister", "2024-10-01", "issam-lahmar"),
    ("Gambian Defence Minister", "2025-10-01", "baboucarr-joof"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

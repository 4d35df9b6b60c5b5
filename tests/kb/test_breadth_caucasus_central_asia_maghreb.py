"""Caucasus, Central Asian and Maghreb speakers, interior and economy ministers (issue #11) resolve
on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Armenia
    ("am.parliament_speaker", "2023-06-01", "alen-simonyan"),
    ("am.parliament_speaker", "2025-11-04", "alen-simonyan"),
    ("am.interior_minister", "2024-06-01", "vahe-ghazaryan"),
    ("am.interior_minister", "2025-06-01", "arpine-sargsyan"),
    ("am.economy_minister", "2024-06-01", "gevorg-papoyan"),
    # Azerbaijan
    ("az.parliament_speaker", "2023-06-01", "sahiba-gafarova"),
    ("az.parliament_speaker", "2024-10-01", "sahiba-gafarova"),
    ("az.interior_minister", "2024-06-01", "vilayat-eyvazov"),
    ("az.economy_minister", "2023-02-23", "mikayil-jabbarov"),
    # Georgia
    ("ge.parliament_speaker", "2024-12-01", "shalva-papuashvili"),
    ("ge.interior_minister", "2024-06-01", "vakhtang-gomelauri"),
    ("ge.interior_minister", "2025-06-01", "gela-geladze"),
    # Kazakhstan
    ("kz.foreign_minister", "2023-02-01", "mukhtar-tleuberdi"),
    ("kz.mazhilis_chairman", "2023-06-01", "yerlan-koshanov"),
    ("kz.interior_minister", "2023-06-01", "marat-akhmetzhanov"),
    ("kz.interior_minister", "2025-09-03", "yerzhan-sadenov"),
    # Uzbekistan
    ("uz.legislative_chamber_speaker", "2024-11-20", "nuriddinjon-ismoilov"),
    ("uz.interior_minister", "2024-06-01", "pulat-bobojonov"),
    ("uz.interior_minister", "2025-03-04", "aziz-toshpulatov"),
    # Kyrgyzstan
    ("kg.parliament_speaker", "2024-06-01", "nurlanbek-turgunbek-uulu"),
    ("kg.parliament_speaker", "2026-02-13", "marlen-mamataliev"),
    # Tajikistan
    ("tj.lower_house_chairman", "2022-10-01", "mahmadtoir-zokirzoda"),
    ("tj.upper_house_chairman", "2020-06-01", "rustam-emomali"),
    # Turkmenistan
    ("tm.mejlis_chair", "2022-06-01", "gulshat-mammedova"),
    ("tm.mejlis_chair", "2023-04-08", "dunyagozel-gulmanova"),
    # Morocco
    ("ma.interior_minister", "2021-10-07", "abdelouafi-laftit"),
    ("ma.house_speaker", "2024-04-12", "rachid-talbi-alami"),
    # Algeria
    ("dz.interior_minister", "2024-06-01", "brahim-merad"),
    ("dz.interior_minister", "2025-09-15", "said-sayoud"),
    ("dz.finance_minister", "2024-06-01", "laziz-fayed"),
    ("dz.finance_minister", "2025-02-02", "abdelkrim-bouzred"),
    ("dz.apn_president", "2021-07-11", "brahim-boughali"),
    # Tunisia
    ("tn.interior_minister", "2023-06-01", "kamel-feki"),
    ("tn.interior_minister", "2024-05-27", "khaled-nouri"),
    ("tn.social_affairs_minister", "2024-06-01", "kamel-madouri"),
    ("tn.arp_speaker", "2023-03-14", "ibrahim-bouderbala"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("am.interior_minister", "2025-06-01", "vahe-ghazaryan"),
    ("ge.interior_minister", "2025-06-01", "vakhtang-gomelauri"),
    ("kz.foreign_minister", "2024-06-01", "mukhtar-tleuberdi"),
    ("kz.interior_minister", "2025-09-03", "marat-akhmetzhanov"),
    ("uz.interior_minister", "2025-03-04", "pulat-bobojonov"),
    ("kg.parliament_speaker", "2026-02-13", "nurlanbek-turgunbek-uulu"),
    ("tm.mejlis_chair", "2023-04-08", "gulshat-mammedova"),
    ("dz.interior_minister", "2025-09-15", "brahim-merad"),
    ("dz.finance_minister", "2025-06-01", "laziz-fayed"),
    ("tn.interior_minister", "2024-05-27", "kamel-feki"),
    ("tn.social_affairs_minister", "2024-09-01", "kamel-madouri"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Armenian Interior Minister", "2025-06-01", "arpine-sargsyan"),
    ("Armenian Economy Minister", "2024-06-01", "gevorg-papoyan"),
    ("Azerbaijani Interior Minister", "2024-06-01", "vilayat-eyvazov"),
    ("Georgian Interior Minister", "2025-06-01", "gela-geladze"),
    ("Kazakh Interior Minister", "2025-09-03", "yerzhan-sadenov"),
    ("Uzbek Interior Minister", "2025-03-04", "aziz-toshpulatov"),
    ("Moroccan Interior Minister", "2021-10-07", "abdelouafi-laftit"),
    ("Algerian Interior Minister", "2025-09-15", "said-sayoud"),
    ("Tunisian Interior Minister", "2024-05-27", "khaled-nouri"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

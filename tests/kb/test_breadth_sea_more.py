"""Legislatures, spokespeople, police chiefs and more ministers of South-East Asia (issue #11) resolve on known days."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("ph.senate_president", "2023-01-01", "juan-miguel-zubiri"),
    ("ph.senate_president", "2025-01-01", "francis-escudero"),
    ("ph.senate_president", "2025-10-01", "vicente-sotto-iii"),
    ("ph.senate_president_pro_tempore", "2025-10-01", "panfilo-lacson"),
    ("ph.house_speaker", "2024-01-01", "martin-romualdez"),
    ("ph.house_speaker", "2025-10-01", "faustino-dy-iii"),
    ("ph.senator", "2023-06-01", "risa-hontiveros"),
    ("ph.senator", "2025-08-01", "bam-aquino"),
    ("ph.senator", "2025-08-01", "erwin-tulfo"),
    ("ph.senator", "2022-01-01", "ronald-dela-rosa"),
    ("ph.pcg_wps_spokesperson", "2025-06-01", "jay-tarriela"),
    ("ph.navy_wps_spokesperson", "2025-02-01", "roy-vincent-trinidad"),
    ("ph.afp_spokesperson", "2024-07-01", "francel-margareth-padilla"),
    ("ph.pnp_chief", "2025-07-01", "nicolas-torre-iii"),
    ("ph.pnp_chief", "2025-10-01", "jose-melencio-nartatez-jr"),
    ("id.dpr_speaker", "2025-03-01", "puan-maharani"),
    ("id.mpr_speaker", "2025-03-01", "ahmad-muzani"),
    ("id.police_chief", "2024-01-01", "listyo-sigit-prabowo"),
    ("id.forestry_minister", "2025-06-01", "raja-juli-antoni"),
    ("id.deputy_haj_minister", "2025-10-01", "dahnil-anzar-simanjuntak"),
    ("th.house_speaker", "2024-06-01", "wan-muhamad-noor-matha"),
    ("th.government_spokesperson", "2024-03-01", "chai-wacharonke"),
    ("th.government_spokesperson", "2025-01-01", "jirayu-huangsap"),
    ("th.police_chief", "2025-05-01", "kitrat-phanphet"),
    ("th.agriculture_minister", "2025-10-15", "thamanat-prompow"),
    ("my.dewan_rakyat_speaker", "2024-01-01", "johari-abdul"),
    ("my.igp", "2024-01-01", "razarudin-husain"),
    ("my.igp", "2025-08-01", "mohd-khalid-ismail"),
    ("vn.na_chairman", "2023-01-01", "vuong-dinh-hue"),
    ("vn.na_chairman", "2025-01-01", "tran-thanh-man"),
    ("kh.na_president", "2020-01-01", "heng-samrin"),
    ("kh.na_president", "2024-01-01", "khuon-sudary"),
    ("mm.president", "2023-01-01", "myint-swe"),
    ("mm.president", "2025-01-01", "min-aung-hlaing"),
    ("mm.prime_minister", "2025-09-01", "nyo-saw"),
    ("mm.state_counsellor", "2019-01-01", "aung-san-suu-kyi"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ph.senate_president", "2025-10-01", "francis-escudero"),   # replaced 2025-09-08
    ("ph.house_speaker", "2025-10-01", "martin-romualdez"),      # resigned 2025-09-17
    ("ph.pnp_chief", "2025-10-01", "nicolas-torre-iii"),         # relieved 2025-08-26
    ("ph.senator", "2025-08-01", "francis-tolentino"),           # term ended 2025-06-30
    ("th.house_speaker", "2026-01-15", "wan-muhamad-noor-matha"),  # House dissolved 2025-12-12
    ("my.igp", "2025-08-01", "razarudin-husain"),                 # term ended 2025-06-22
    ("vn.na_chairman", "2024-05-10", "vuong-dinh-hue"),           # resignation granted 2024-05-02
    ("mm.prime_minister", "2025-09-01", "min-aung-hlaing"),       # handed the premiership to Nyo Saw
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_senate_seats_are_held_together(kb):
    senators = {t.person for t in kb.holders("ph.senator", date(2025, 8, 1))}
    assert {"bong-go", "bam-aquino", "panfilo-lacson", "vicente-sotto-iii", "risa-hontiveros",
            "juan-miguel-zubiri"} <= senators
    assert "francis-tolentino" not in senators


def test_indonesian_police_chief_does_not_take_the_presidents_name(kb):
    """'Prabowo' alone stays the president's: the police chief has no family name recorded."""
    assert kb.persons["listyo-sigit-prabowo"].family is None

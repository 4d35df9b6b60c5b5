"""Intelligence, security-service, police and armed-forces chiefs (issue #11): holders on known days,
leavers gone after their terms end, and the titles the press uses finding the holder."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # United Kingdom
    ("gb.sis_chief", "2023-01-01", "richard-moore"),
    ("gb.sis_chief", "2025-09-15", "richard-moore"),
    ("gb.sis_chief", "2025-11-01", "blaise-metreweli"),
    ("gb.mi5_director_general", "2023-01-01", "ken-mccallum"),
    ("gb.mi5_director_general", "2025-10-01", "ken-mccallum"),
    ("gb.gchq_director", "2023-01-01", "jeremy-fleming"),
    ("gb.gchq_director", "2024-06-01", "anne-keast-butler"),
    ("gb.met_police_commissioner", "2023-01-01", "mark-rowley"),
    # France
    ("fr.dgse_director", "2023-01-01", "bernard-emie"),
    ("fr.dgse_director", "2024-06-01", "nicolas-lerner"),
    ("fr.dgsi_director", "2023-01-01", "nicolas-lerner"),
    ("fr.dgsi_director", "2024-06-01", "celine-berthon"),
    ("fr.sgdsn", "2023-01-01", "stephane-bouillon"),
    ("fr.sgdsn", "2025-04-01", "nicolas-roche"),
    # Germany
    ("de.bnd_president", "2023-01-01", "bruno-kahl"),
    ("de.bnd_president", "2025-10-01", "martin-jaeger"),
    ("de.bfv_president", "2023-01-01", "thomas-haldenwang"),
    ("de.bfv_president", "2025-03-01", "sinan-selen"),
    ("de.bfv_president", "2025-10-01", "sinan-selen"),
    ("de.inspector_general", "2024-12-01", "carsten-breuer"),
    # Spain
    ("es.cni_director", "2023-01-01", "esperanza-casteleiro"),
    # Canada
    ("ca.csis_director", "2023-01-01", "david-vigneault"),
    ("ca.csis_director", "2024-09-01", "vanessa-lloyd"),
    ("ca.csis_director", "2025-01-01", "daniel-rogers"),
    ("ca.rcmp_commissioner", "2023-01-01", "brenda-lucki"),
    ("ca.rcmp_commissioner", "2023-06-01", "mike-duheme"),
    ("ca.rcmp_commissioner", "2024-06-01", "mike-duheme"),
    ("ca.chief_of_defence_staff", "2023-01-01", "wayne-eyre"),
    ("ca.chief_of_defence_staff", "2024-08-01", "jennie-carignan"),
    # India
    ("in.raw_chief", "2023-01-01", "samant-goel"),
    ("in.raw_chief", "2024-01-01", "ravi-sinha"),
    ("in.raw_chief", "2025-08-01", "parag-jain"),
    ("in.ib_director", "2023-01-01", "tapan-deka"),
    ("in.ib_director", "2025-06-01", "tapan-deka"),
    # Pakistan
    ("pk.isi_dg", "2023-01-01", "nadeem-anjum"),
    ("pk.isi_dg", "2025-01-01", "asim-malik"),
    # Israel and South Korea
    ("il.shin_bet_director", "2023-10-07", "ronen-bar"),
    ("kr.nis_director", "2023-01-01", "kim-kyou-hyun"),
    ("kr.nis_director", "2023-12-15", "hong-jang-won"),
    ("kr.nis_director", "2024-06-01", "cho-tae-yong"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gb.sis_chief", "2025-11-01", "richard-moore"),           # left 2025-10-01
    ("gb.gchq_director", "2024-06-01", "jeremy-fleming"),      # left May 2023
    ("fr.dgse_director", "2024-06-01", "bernard-emie"),        # replaced 2024-01-09
    ("fr.dgsi_director", "2024-06-01", "nicolas-lerner"),      # moved to the DGSE
    ("fr.sgdsn", "2025-04-01", "stephane-bouillon"),           # replaced 2025-03-26
    ("de.bnd_president", "2025-10-01", "bruno-kahl"),          # left 2025-09-11
    ("de.bfv_president", "2025-03-01", "thomas-haldenwang"),   # stood down 2024-11-13
    ("ca.csis_director", "2025-01-01", "david-vigneault"),     # left July 2024
    ("ca.csis_director", "2025-01-01", "vanessa-lloyd"),       # interim to 2024-10-28
    ("ca.rcmp_commissioner", "2023-06-01", "brenda-lucki"),    # retired 2023-03-17
    ("ca.chief_of_defence_staff", "2024-08-01", "wayne-eyre"),  # handed over 2024-07-18
    ("in.raw_chief", "2024-01-01", "samant-goel"),             # tenure ended 2023-06-30
    ("in.raw_chief", "2025-08-01", "ravi-sinha"),              # retired 2025-06-30
    ("pk.isi_dg", "2025-01-01", "nadeem-anjum"),               # retired 2024-09-30
    ("il.shin_bet_director", "2025-07-01", "ronen-bar"),       # left 2025-06-15
    ("kr.nis_director", "2024-06-01", "kim-kyou-hyun"),        # resigned 2023-11-26
    ("kr.nis_director", "2024-06-01", "hong-jang-won"),        # acting to 2024-01-16
    ("kr.nis_director", "2025-08-01", "cho-tae-yong"),         # left June 2025
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, person", [
    ("British MI6 chief", "2024-06-01", "richard-moore"),
    ("British MI5 chief", "2024-06-01", "ken-mccallum"),
    ("British GCHQ Director", "2024-06-01", "anne-keast-butler"),
    ("French DGSE chief", "2024-06-01", "nicolas-lerner"),
    ("French DGSI chief", "2024-06-01", "celine-berthon"),
    ("German BND chief", "2025-10-01", "martin-jaeger"),
    ("Spanish CNI director", "2024-06-01", "esperanza-casteleiro"),
    ("Canadian CSIS director", "2025-01-01", "daniel-rogers"),
    ("Canadian RCMP Commissioner", "2024-06-01", "mike-duheme"),
    ("Indian RAW chief", "2024-06-01", "ravi-sinha"),
    ("Pakistani ISI chief", "2025-01-01", "asim-malik"),
])
def test_a_press_title_alone_finds_the_holder(kb, title, day, person):
    """A title-only mention ("the MI6 chief said") links to whoever held the office that day."""
    assert title_holder(kb, title, day) == person

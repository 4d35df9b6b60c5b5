"""Heads of state and government, foreign, finance and defence ministers and central bank governors
of Central and Eastern Europe and the South Caucasus (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("hu.president", "2023-06-01", "katalin-novak"),
    ("hu.president", "2025-01-01", "tamas-sulyok"),
    ("hu.prime_minister", "2025-01-01", "viktor-orban"),
    ("hu.prime_minister", "2026-06-01", "peter-magyar"),
    ("hu.foreign_minister", "2025-01-01", "peter-szijjarto"),
    ("hu.finance_minister", "2024-06-01", "mihaly-varga"),
    ("hu.national_economy_minister", "2025-06-01", "marton-nagy"),
    ("hu.defence_minister", "2024-06-01", "kristof-szalay-bobrovniczky"),
    ("hu.mnb_governor", "2024-06-01", "gyorgy-matolcsy"),
    ("hu.mnb_governor", "2025-06-01", "mihaly-varga"),
    ("cz.president", "2024-06-01", "petr-pavel"),
    ("cz.prime_minister", "2024-06-01", "petr-fiala"),
    ("cz.prime_minister", "2026-01-15", "andrej-babis"),
    ("cz.foreign_minister", "2024-06-01", "jan-lipavsky"),
    ("cz.foreign_minister", "2026-01-15", "petr-macinka"),
    ("cz.finance_minister", "2024-06-01", "zbynek-stanjura"),
    ("cz.finance_minister", "2026-01-15", "alena-schillerova"),
    ("cz.defence_minister", "2024-06-01", "jana-cernochova"),
    ("cz.defence_minister", "2026-01-15", "jaromir-zuna"),
    ("cz.cnb_governor", "2025-06-01", "ales-michl"),
    ("ro.president", "2024-06-01", "klaus-iohannis"),
    ("ro.president", "2025-04-01", "ilie-bolojan"),
    ("ro.president", "2025-09-01", "nicusor-dan"),
    ("ro.prime_minister", "2024-06-01", "marcel-ciolacu"),
    ("ro.prime_minister", "2025-06-01", "catalin-predoiu"),
    ("ro.prime_minister", "2025-09-01", "ilie-bolojan"),
    ("ro.foreign_minister", "2024-06-01", "luminita-odobescu"),
    ("ro.foreign_minister", "2025-03-01", "emil-hurezeanu"),
    ("ro.foreign_minister", "2025-09-01", "oana-toiu"),
    ("ro.finance_minister", "2025-03-01", "tanczos-barna"),
    ("ro.finance_minister", "2025-09-01", "alexandru-nazare"),
    ("ro.defence_minister", "2025-03-01", "angel-tilvar"),
    ("ro.defence_minister", "2025-09-01", "ionut-mosteanu"),
    ("ro.defence_minister", "2026-01-15", "radu-miruta"),
    ("ro.bnr_governor", "2024-06-01", "mugur-isarescu"),
    ("sk.president", "2024-01-01", "zuzana-caputova"),
    ("sk.president", "2025-01-01", "peter-pellegrini"),
    ("sk.prime_minister", "2025-01-01", "robert-fico"),
    ("sk.foreign_minister", "2025-01-01", "juraj-blanar"),
    ("sk.finance_minister", "2025-01-01", "ladislav-kamenicky"),
    ("sk.defence_minister", "2025-01-01", "robert-kalinak"),
    ("sk.nbs_governor", "2025-01-01", "peter-kazimir"),
    ("rs.president", "2025-01-01", "aleksandar-vucic"),
    ("rs.prime_minister", "2024-01-01", "ana-brnabic"),
    ("rs.prime_minister", "2025-01-01", "milos-vucevic"),
    ("rs.prime_minister", "2025-06-01", "duro-macut"),
    ("rs.foreign_minister", "2024-01-01", "ivica-dacic"),
    ("rs.foreign_minister", "2025-06-01", "marko-duric"),
    ("rs.finance_minister", "2025-06-01", "sinisa-mali"),
    ("rs.defence_minister", "2024-01-01", "milos-vucevic"),
    ("rs.defence_minister", "2025-06-01", "bratislav-gasic"),
    ("rs.nbs_governor", "2025-06-01", "jorgovanka-tabakovic"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("hu.president", "2024-04-01", "katalin-novak"),        # resigned, accepted 2024-02-26
    ("hu.prime_minister", "2026-06-01", "viktor-orban"),    # Magyar sworn in 2026-05-09
    ("hu.finance_minister", "2025-06-01", "mihaly-varga"),  # ministry merged 2025-01-01
    ("hu.mnb_governor", "2025-06-01", "gyorgy-matolcsy"),   # second term ended March 2025
    ("cz.prime_minister", "2026-01-15", "petr-fiala"),      # Babiš appointed 2025-12-09
    ("cz.foreign_minister", "2026-01-15", "jan-lipavsky"),  # Babiš cabinet 2025-12-15
    ("ro.president", "2025-09-01", "klaus-iohannis"),       # resigned 2025-02-12
    ("ro.president", "2025-09-01", "ilie-bolojan"),         # interim until 2025-05-26
    ("ro.prime_minister", "2025-09-01", "marcel-ciolacu"),  # resigned 2025-05-05
    ("ro.defence_minister", "2026-01-15", "ionut-mosteanu"),  # resigned 2025-11-28
    ("sk.president", "2025-01-01", "zuzana-caputova"),      # term ended 2024-06-15
    ("rs.prime_minister", "2025-06-01", "milos-vucevic"),   # Macut elected 2025-04-16
    ("rs.foreign_minister", "2025-01-01", "ivica-dacic"),   # interior minister from 2024-05-02
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_common_family_names_are_left_out(kb):
    """'Nagy', 'Dan' and 'Mali' (a country) are too common to name one person alone."""
    assert kb.persons["marton-nagy"].family is None
    assert kb.persons["nicusor-dan"].family is None
    assert kb.persons["sinisa-mali"].family is None

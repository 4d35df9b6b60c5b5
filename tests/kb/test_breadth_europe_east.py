"""Heads of state and government, foreign, finance and defence ministers and central bank governors
of Central and Eastern Europe, the Baltic states, Moldova, Belarus and the South Caucasus (issue #11)
resolve on known days."""

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
    ("ee.president", "2025-01-01", "alar-karis"),
    ("ee.prime_minister", "2024-01-01", "kaja-kallas"),
    ("ee.prime_minister", "2025-01-01", "kristen-michal"),
    ("ee.foreign_minister", "2025-01-01", "margus-tsahkna"),
    ("ee.finance_minister", "2024-01-01", "mart-vorklaev"),
    ("ee.finance_minister", "2025-01-01", "jurgen-ligi"),
    ("ee.defence_minister", "2025-01-01", "hanno-pevkur"),
    ("ee.eesti_pank_governor", "2025-01-01", "madis-muller"),
    ("lv.president", "2025-01-01", "edgars-rinkevics"),
    ("lv.prime_minister", "2025-01-01", "evika-silina"),
    ("lv.foreign_minister", "2024-01-01", "krisjanis-karins"),
    ("lv.foreign_minister", "2025-01-01", "baiba-braze"),
    ("lv.finance_minister", "2025-01-01", "arvils-aseradens"),
    ("lv.defence_minister", "2025-01-01", "andris-spruds"),
    ("lv.bank_of_latvia_governor", "2025-01-01", "martins-kazaks"),
    ("lt.president", "2025-01-01", "gitanas-nauseda"),
    ("lt.prime_minister", "2024-01-01", "ingrida-simonyte"),
    ("lt.prime_minister", "2025-03-01", "gintautas-paluckas"),
    ("lt.prime_minister", "2025-09-01", "rimantas-sadzius"),
    ("lt.prime_minister", "2025-10-15", "inga-ruginiene"),
    ("lt.foreign_minister", "2024-01-01", "gabrielius-landsbergis"),
    ("lt.foreign_minister", "2025-10-15", "kestutis-budrys"),
    ("lt.finance_minister", "2024-01-01", "gintare-skaiste"),
    ("lt.finance_minister", "2025-03-01", "rimantas-sadzius"),
    ("lt.finance_minister", "2025-10-15", "kristupas-vaitiekunas"),
    ("lt.defence_minister", "2024-01-01", "arvydas-anusauskas"),
    ("lt.defence_minister", "2024-06-01", "laurynas-kasciunas"),
    ("lt.defence_minister", "2025-03-01", "dovile-sakaliene"),
    ("lt.defence_minister", "2025-12-01", "robertas-kaunas"),
    ("lt.bank_of_lithuania_governor", "2024-01-01", "gediminas-simkus"),
    ("md.president", "2025-01-01", "maia-sandu"),
    ("md.prime_minister", "2025-01-01", "dorin-recean"),
    ("md.prime_minister", "2025-12-01", "alexandru-munteanu"),
    ("md.foreign_minister", "2024-01-01", "nicu-popescu"),
    ("md.foreign_minister", "2025-12-01", "mihai-popsoi"),
    ("md.finance_minister", "2024-01-01", "petru-rotaru"),
    ("md.finance_minister", "2025-01-01", "victoria-belous"),
    ("md.finance_minister", "2025-12-01", "andrian-gavrilita"),
    ("md.defence_minister", "2025-12-01", "anatolie-nosatii"),
    ("md.bnm_governor", "2025-01-01", "anca-dragu"),
    ("ge.president", "2024-06-01", "salome-zourabichvili"),
    ("ge.president", "2025-06-01", "mikheil-kavelashvili"),
    ("ge.prime_minister", "2024-01-01", "irakli-garibashvili"),
    ("ge.prime_minister", "2025-01-01", "irakli-kobakhidze"),
    ("ge.foreign_minister", "2024-06-01", "ilia-darchiashvili"),
    ("ge.foreign_minister", "2025-01-01", "maka-botchorishvili"),
    ("ge.finance_minister", "2025-01-01", "lasha-khutsishvili"),
    ("ge.defence_minister", "2024-01-01", "juansher-burchuladze"),
    ("ge.defence_minister", "2025-01-01", "irakli-chikovani"),
    ("ge.nbg_governor", "2024-06-01", "natia-turnava"),
    ("ge.nbg_governor", "2025-06-01", "natia-turnava"),
    ("am.president", "2025-01-01", "vahagn-khachaturyan"),
    ("am.prime_minister", "2025-01-01", "nikol-pashinyan"),
    ("am.foreign_minister", "2025-01-01", "ararat-mirzoyan"),
    ("am.finance_minister", "2025-01-01", "vahe-hovhannisyan"),
    ("am.defence_minister", "2025-01-01", "suren-papikyan"),
    ("am.cba_governor", "2025-01-01", "martin-galstyan"),
    ("az.president", "2025-01-01", "ilham-aliyev"),
    ("az.prime_minister", "2025-01-01", "ali-asadov"),
    ("az.foreign_minister", "2025-01-01", "jeyhun-bayramov"),
    ("az.finance_minister", "2024-06-01", "samir-sharifov"),
    ("az.finance_minister", "2025-06-01", "sahil-babayev"),
    ("az.defence_minister", "2025-01-01", "zakir-hasanov"),
    ("az.cba_governor", "2025-01-01", "taleh-kazimov"),
    ("by.president", "2025-01-01", "alexander-lukashenko"),
    ("by.prime_minister", "2024-06-01", "roman-golovchenko"),
    ("by.prime_minister", "2025-06-01", "alexander-turchin"),
    ("by.foreign_minister", "2024-01-01", "sergei-aleinik"),
    ("by.foreign_minister", "2025-01-01", "maxim-ryzhenkov"),
    ("by.finance_minister", "2025-01-01", "yuri-seliverstov"),
    ("by.finance_minister", "2026-03-01", "vladislav-tatarinovich"),
    ("by.defence_minister", "2025-01-01", "viktor-khrenin"),
    ("by.nbrb_chairman", "2024-06-01", "pavel-kallaur"),
    ("by.nbrb_chairman", "2025-06-01", "roman-golovchenko"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("hu.president", "2024-04-01", "katalin-novak"),        # resigned, accepted 2024-02-26
    ("hu.prime_minister", "2026-06-01", "viktor-orban"),    # Magyar sworn in 2026-05-09
    ("hu.finance_minister", "2025-06-01", "mihaly-varga"),  # ministry merged 2025-01-01
    ("hu.foreign_minister", "2026-07-01", "peter-szijjarto"),  # Orbán government ended May 2026
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
    ("ee.prime_minister", "2025-01-01", "kaja-kallas"),     # left for the EU 2024-07-23
    ("ee.eesti_pank_governor", "2026-07-01", "madis-muller"),  # single term ended 2026-06-06
    ("lv.foreign_minister", "2025-01-01", "krisjanis-karins"),  # resigned April 2024
    ("lv.defence_minister", "2026-07-01", "andris-spruds"),  # forced out May 2026
    ("lt.prime_minister", "2025-10-15", "gintautas-paluckas"),  # resigned 2025-07-31
    ("lt.defence_minister", "2025-12-01", "dovile-sakaliene"),  # dismissed 2025-10-22
    ("md.prime_minister", "2025-12-01", "dorin-recean"),    # Munteanu government 2025-11-01
    ("md.finance_minister", "2025-12-01", "victoria-belous"),
    ("ge.president", "2025-06-01", "salome-zourabichvili"),  # Kavelashvili sworn in 2024-12-29
    ("ge.foreign_minister", "2025-01-01", "ilia-darchiashvili"),  # replaced 2024-11-28
    ("az.finance_minister", "2025-06-01", "samir-sharifov"),  # deputy prime minister from 2025-01-10
    ("by.prime_minister", "2025-06-01", "roman-golovchenko"),  # National Bank from 2025-03-10
    ("by.finance_minister", "2026-03-01", "yuri-seliverstov"),  # ambassador to Russia 2026-01-22
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_common_family_names_are_left_out(kb):
    """'Nagy', 'Dan', 'Müller', 'Mali' (a country) and 'Kaunas' (a city) name no one person alone."""
    assert kb.persons["marton-nagy"].family is None
    assert kb.persons["nicusor-dan"].family is None
    assert kb.persons["sinisa-mali"].family is None
    assert kb.persons["madis-muller"].family is None
    assert kb.persons["robertas-kaunas"].family is None

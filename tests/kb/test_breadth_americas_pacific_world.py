"""Governments of the smaller American states and three Pacific islands (issue #11) resolve on known days."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("ec.president", "2024-06-01", "daniel-noboa"),
    ("ec.foreign_minister", "2025-06-01", "gabriela-sommerfeld"),
    ("bo.president", "2024-06-01", "luis-arce"),
    ("bo.president", "2025-12-01", "rodrigo-paz"),
    ("bo.foreign_minister", "2024-06-01", "celinda-sosa"),
    ("bo.foreign_minister", "2025-12-01", "fernando-aramayo"),
    ("bo.economy_minister", "2025-12-01", "jose-gabriel-espinoza"),
    ("bo.defence_minister", "2025-12-01", "raul-salinas"),
    ("uy.president", "2024-06-01", "luis-lacalle-pou"),
    ("uy.president", "2025-06-01", "yamandu-orsi"),
    ("uy.foreign_minister", "2024-06-01", "omar-paganini"),
    ("uy.foreign_minister", "2025-06-01", "mario-lubetkin"),
    ("uy.economy_minister", "2024-06-01", "azucena-arbeleche"),
    ("uy.economy_minister", "2025-06-01", "gabriel-oddone"),
    ("uy.defence_minister", "2025-06-01", "sandra-lazo"),
    ("uy.bcu_president", "2024-01-01", "diego-labat"),
    ("uy.bcu_president", "2024-10-01", "washington-ribeiro"),
    ("uy.bcu_president", "2025-06-01", "guillermo-tolosa"),
    ("py.president", "2024-06-01", "santiago-pena"),
    ("py.foreign_minister", "2024-06-01", "ruben-ramirez-lezcano"),
    ("py.economy_minister", "2025-06-01", "carlos-fernandez-valdovinos"),
    ("py.bcp_president", "2025-06-01", "carlos-carvallo"),
    ("pa.president", "2024-01-01", "laurentino-cortizo"),
    ("pa.president", "2025-01-01", "jose-raul-mulino"),
    ("pa.foreign_minister", "2025-01-01", "javier-martinez-acha"),
    ("pa.economy_minister", "2025-01-01", "felipe-chapman"),
    ("gt.president", "2024-01-10", "alejandro-giammattei"),
    ("gt.president", "2024-06-01", "bernardo-arevalo"),
    ("gt.foreign_minister", "2025-06-01", "carlos-ramiro-martinez"),
    ("gt.finance_minister", "2024-06-01", "jonathan-menkos"),
    ("gt.defence_minister", "2025-06-01", "henry-saenz-ramos"),
    ("hn.president", "2024-06-01", "xiomara-castro"),
    ("hn.president", "2026-03-01", "nasry-asfura"),
    ("hn.foreign_minister", "2024-06-01", "eduardo-enrique-reina"),
    ("hn.foreign_minister", "2026-03-01", "mireya-aguero"),
    ("hn.finance_minister", "2026-03-01", "emilio-hernandez-hercules"),
    ("cr.president", "2025-01-01", "rodrigo-chaves"),
    ("cr.president", "2026-06-01", "laura-fernandez"),
    ("cr.foreign_minister", "2025-01-01", "arnoldo-andre-tinoco"),
    ("cu.president", "2025-01-01", "miguel-diaz-canel"),
    ("cu.prime_minister", "2025-01-01", "manuel-marrero-cruz"),
    ("cu.foreign_minister", "2025-01-01", "bruno-rodriguez-parrilla"),
    ("ht.prime_minister", "2024-01-01", "ariel-henry"),
    ("ht.prime_minister", "2024-05-15", "patrick-boisvert"),
    ("ht.prime_minister", "2024-08-01", "garry-conille"),
    ("ht.prime_minister", "2025-01-01", "alix-didier-fils-aime"),
    ("sv.president", "2025-01-01", "nayib-bukele"),
    ("do.president", "2025-01-01", "luis-abinader"),
    ("ni.president", "2024-06-01", "daniel-ortega"),
    ("ni.co_president", "2025-06-01", "daniel-ortega"),
    ("ni.co_president", "2025-06-01", "rosario-murillo"),
    ("ni.vice_president", "2024-06-01", "rosario-murillo"),
    ("ni.foreign_minister", "2025-01-01", "valdrack-jaentschke"),
    ("ni.foreign_minister", "2025-10-01", "denis-moncada"),
    ("tt.prime_minister", "2025-01-01", "keith-rowley"),
    ("tt.prime_minister", "2025-04-01", "stuart-young"),
    ("tt.prime_minister", "2025-06-01", "kamla-persad-bissessar"),
    ("tt.president", "2025-06-01", "christine-kangaloo"),
    ("jm.prime_minister", "2025-01-01", "andrew-holness"),
    ("jm.foreign_minister", "2025-01-01", "kamina-johnson-smith"),
    ("jm.finance_minister", "2025-10-01", "fayval-williams"),
    ("jm.defence_minister", "2025-10-01", "andrew-holness"),
    ("fj.president", "2024-01-01", "wiliame-katonivere"),
    ("fj.president", "2025-01-01", "naiqama-lalabalavu"),
    ("fj.prime_minister", "2024-01-01", "sitiveni-rabuka"),
    ("sb.prime_minister", "2024-01-01", "manasseh-sogavare"),
    ("sb.prime_minister", "2024-06-01", "jeremiah-manele"),
    ("pg.prime_minister", "2024-06-01", "james-marape"),
    ("pg.defence_minister", "2024-06-01", "william-joseph-png"),
    ("ec.finance_minister", "2024-01-01", "juan-carlos-vega-malo"),
    ("ec.defence_minister", "2024-01-01", "giancarlo-loffredo"),
    ("ec.bce_general_manager", "2024-06-01", "guillermo-avellan"),
    ("ec.bce_general_manager", "2026-01-01", "jorge-ponce-donoso"),
    ("bo.economy_minister", "2024-06-01", "marcelo-montenegro"),
    ("bo.defence_minister", "2024-06-01", "edmundo-novillo"),
    ("bo.bcb_president", "2025-12-01", "david-espinoza-torrico"),
    ("uy.defence_minister", "2024-01-01", "javier-garcia-uy"),
    ("uy.defence_minister", "2024-06-01", "armando-castaingdebat"),
    ("py.defence_minister", "2024-06-01", "oscar-gonzalez-py"),
    ("gt.banguat_president", "2025-06-01", "alvaro-gonzalez-ricci"),
    ("cr.finance_minister", "2024-06-01", "nogui-acosta"),
    ("cr.bccr_president", "2025-06-01", "roger-madrigal"),
    ("do.foreign_minister", "2024-06-01", "roberto-alvarez-gil"),
    ("do.bcrd_governor", "2025-06-01", "hector-valdez-albizu"),
    ("sv.foreign_minister", "2024-01-01", "alexandra-hill-tinoco"),
    ("ht.foreign_minister", "2024-08-01", "dominique-dupuy"),
    ("ht.foreign_minister", "2025-06-01", "jean-victor-harvel-jean-baptiste"),
    ("tt.foreign_minister", "2025-06-01", "sean-sobers"),
    ("tt.finance_minister", "2025-06-01", "davendranath-tancoo"),
    ("tt.defence_minister", "2025-06-01", "wayne-sturge"),
    ("tt.cbtt_governor", "2025-01-01", "alvin-hilaire"),
    ("tt.cbtt_governor", "2025-08-01", "larry-howai"),
    ("jm.boj_governor", "2025-06-01", "richard-byles"),
    ("fj.finance_minister", "2024-06-01", "biman-prasad"),
    ("sb.foreign_minister", "2024-06-01", "peter-shanel-agovaka"),
    ("sb.finance_minister", "2024-06-01", "manasseh-sogavare"),
    ("pg.foreign_minister", "2024-06-01", "justin-tkatchenko"),
    ("pg.treasurer", "2024-06-01", "james-marape"),
    ("hn.foreign_minister", "2025-08-01", "javier-bu-soto"),
    ("hn.defence_minister", "2025-01-01", "rixi-moncada"),
    ("sv.defence_minister", "2025-01-01", "rene-merino-monroy"),
    ("sv.finance_minister", "2024-01-01", "jerson-posada"),
    ("cu.economy_minister", "2025-01-01", "joaquin-alonso-vazquez"),
    ("cu.bcc_president", "2025-01-01", "juana-lilia-delgado"),
    ("pg.bpng_governor", "2023-06-01", "elizabeth-genia"),
    ("pg.bpng_governor", "2025-01-01", "elizabeth-genia"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("bo.president", "2025-12-01", "luis-arce"),                     # Paz sworn in 2025-11-08
    ("bo.foreign_minister", "2025-12-01", "celinda-sosa"),           # left with Arce's government
    ("uy.president", "2025-06-01", "luis-lacalle-pou"),              # term ended 2025-03-01
    ("uy.foreign_minister", "2025-06-01", "omar-paganini"),
    ("uy.bcu_president", "2024-10-01", "diego-labat"),               # resigned in July 2024
    ("pa.president", "2025-01-01", "laurentino-cortizo"),            # term ended 2024-07-01
    ("gt.president", "2024-06-01", "alejandro-giammattei"),          # Arévalo from 2024-01-15
    ("hn.president", "2026-03-01", "xiomara-castro"),                # Asfura from 2026-01-27
    ("hn.foreign_minister", "2025-07-01", "eduardo-enrique-reina"),  # resigned 2025-05-28
    ("cr.president", "2026-06-01", "rodrigo-chaves"),                # term ended 2026-05-08
    ("ht.prime_minister", "2025-01-01", "garry-conille"),            # dismissed November 2024
    ("ht.prime_minister", "2024-08-01", "ariel-henry"),              # resigned April 2024
    ("ni.president", "2025-06-01", "daniel-ortega"),                 # the co-presidency from 2025-01-30
    ("tt.prime_minister", "2025-06-01", "stuart-young"),             # lost the April 2025 election
    ("tt.prime_minister", "2025-04-01", "keith-rowley"),             # resigned 2025-03-16
    ("fj.president", "2025-01-01", "wiliame-katonivere"),            # did not seek a second term
    ("sb.prime_minister", "2024-06-01", "manasseh-sogavare"),        # Manele elected 2024-05-02
    ("ec.bce_general_manager", "2026-01-01", "guillermo-avellan"),   # resigned, out 2025-11-28
    ("bo.economy_minister", "2025-12-01", "marcelo-montenegro"),     # left with Arce's government
    ("uy.defence_minister", "2024-06-01", "javier-garcia-uy"),       # resigned 2024-03-04
    ("cr.finance_minister", "2025-09-01", "nogui-acosta"),           # resigned 2025-07-31
    ("tt.cbtt_governor", "2025-08-01", "alvin-hilaire"),             # appointment revoked 2025-06-24
    ("ht.foreign_minister", "2025-06-01", "dominique-dupuy"),        # replaced 2024-11-19
    ("hn.defence_minister", "2025-08-01", "rixi-moncada"),           # resigned 2025-05-28 to run for president
    ("hn.foreign_minister", "2026-03-01", "javier-bu-soto"),         # Asfura's government from 2026-01-27
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_nicaragua_has_two_co_presidents_and_two_foreign_ministers(kb):
    day = date(2025, 10, 1)
    assert {t.person for t in kb.holders("ni.co_president", day)} == {"daniel-ortega", "rosario-murillo"}
    assert {t.person for t in kb.holders("ni.foreign_minister", day)} == {"valdrack-jaentschke", "denis-moncada"}


def test_names_that_are_common_words_or_places_carry_no_family_name(kb):
    """'Paz' (La Paz), 'Young' and the commonest surnames stay out of bare-name matching."""
    for pid in ("rodrigo-paz", "stuart-young", "carlos-ramiro-martinez", "washington-ribeiro",
                "david-espinoza-torrico", "oscar-gonzalez-py", "javier-garcia-uy", "javier-bu-soto",
                "denis-moncada", "juana-lilia-delgado"):
        assert kb.persons[pid].family is None


def test_every_new_polity_resolves_a_head(kb):
    day = date(2025, 6, 1)
    for position in ("ec.president", "bo.president", "py.president", "uy.president", "cu.president",
                     "pa.president", "gt.president", "hn.president", "sv.president", "cr.president",
                     "do.president", "ht.prime_minister", "jm.prime_minister", "tt.prime_minister",
                     "ni.co_president", "pg.prime_minister", "fj.prime_minister", "sb.prime_minister"):
        assert kb.holders(position, day), position

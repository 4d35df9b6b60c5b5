"""Party leaders, parliamentary leaders and opposition leaders, 2025-2026 harvest (issue #11),
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Norway
    ("no.labour_leader", "2025-09-09", "jonas-gahr-store"),
    ("no.frp_leader", "2025-09-09", "sylvi-listhaug"),
    ("no.sv_leader", "2022-06-01", "audun-lysbakken"),
    ("no.sv_leader", "2023-03-19", "kirsti-bergsto"),
    ("no.rodt_leader", "2023-01-01", "bjornar-moxnes"),
    ("no.rodt_leader", "2024-06-01", "marie-sneve-martinussen"),
    ("no.mdg_leader", "2024-06-01", "arild-hermstad"),
    ("no.krf_leader", "2023-01-01", "olaug-bollestad"),
    ("no.krf_leader", "2025-01-24", "dag-inge-ulstein"),
    ("no.venstre_leader", "2025-01-01", "guri-melby"),
    # Denmark
    ("dk.sf_chair", "2024-04-28", "pia-olsen-dyhr"),
    ("dk.la_leader", "2024-09-14", "alex-vanopslagh"),
    ("dk.konservative_leader", "2024-06-01", "mona-juul"),
    ("dk.radikale_leader", "2023-06-01", "martin-lidegaard"),
    # Belgium
    ("be.mr_president", "2025-02-03", "georges-louis-bouchez"),
    ("be.ps_president", "2018-01-01", "elio-di-rupo"),
    ("be.ps_president", "2020-01-01", "paul-magnette"),
    ("be.vooruit_president", "2022-01-01", "conner-rousseau"),
    ("be.vooruit_president", "2024-01-01", "melissa-depraetere"),
    ("be.vooruit_president", "2025-01-01", "conner-rousseau"),
    ("be.cdv_president", "2021-01-01", "joachim-coens"),
    ("be.cdv_president", "2023-01-01", "sammy-mahdi"),
    ("be.vb_president", "2019-11-16", "tom-van-grieken"),
    ("be.ptb_president", "2015-01-01", "peter-mertens"),
    ("be.ptb_president", "2022-06-01", "raoul-hedebouw"),
    # Estonia
    ("ee.isamaa_chair", "2025-05-31", "urmas-reinsalu"),
    ("ee.ekre_chair", "2025-04-05", "martin-helme"),
    ("ee.centre_chair", "2025-12-14", "mihhail-kolvart"),
    # Bulgaria
    ("bg.gerb_chairman", "2008-01-01", "tsvetan-tsvetanov"),
    ("bg.gerb_chairman", "2025-10-22", "boyko-borisov"),
    ("bg.dps_chairman", "2025-10-22", "delyan-peevski"),
    # Switzerland
    ("ch.svp_president", "2025-01-01", "marcel-dettling"),
    ("ch.mitte_president", "2024-01-01", "gerhard-pfister"),
    ("ch.mitte_president", "2025-07-01", "philipp-bregy"),
    ("ch.fdp_president", "2024-01-01", "thierry-burkart"),
    ("ch.fdp_president", "2025-12-01", "susanne-vincenz-stauffacher"),
    ("ch.fdp_president", "2025-12-01", "benjamin-muehlemann"),
    ("ch.sp_co_president", "2024-01-01", "mattea-meyer"),
    ("ch.sp_co_president", "2024-01-01", "cedric-wermuth"),
    # Colombia
    ("co.house_president", "2024-12-01", "jaime-raul-salamanca"),
    ("co.house_president", "2025-12-01", "julian-lopez-tenorio"),
    # Trinidad and Tobago
    ("tt.opposition_leader", "2025-06-01", "pennelope-beckles"),
    ("tt.pnm_political_leader", "2025-07-01", "pennelope-beckles"),
    ("tt.pnm_chairman", "2025-07-01", "marvin-gonzales"),
    # Malawi
    ("mw.opposition_leader", "2025-12-01", "simplex-chithyola-banda"),
    ("mw.leader_of_house", "2025-12-01", "jappie-mhango"),
    # Chile
    ("cl.republicano_president", "2022-06-01", "rojo-edwards"),
    ("cl.republicano_president", "2025-10-17", "arturo-squella"),
    ("cl.republicano_secretary_general", "2025-10-17", "ruth-hurtado"),
    ("cl.udi_president", "2025-08-08", "guillermo-ramirez-cl"),
    ("cl.rn_president", "2025-11-11", "rodrigo-galilea"),
    ("cl.rn_secretary_general", "2025-11-11", "andrea-balladares"),
    # Sri Lanka
    ("lk.unp_general_secretary", "2025-11-26", "thalatha-athukorala"),
    ("lk.slpp_national_organiser", "2025-01-01", "namal-rajapaksa"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("no.sv_leader", "2023-03-19", "audun-lysbakken"),
    ("no.rodt_leader", "2023-08-01", "bjornar-moxnes"),
    ("no.krf_leader", "2024-09-01", "olaug-bollestad"),
    ("be.ps_president", "2020-01-01", "elio-di-rupo"),
    ("be.vooruit_president", "2024-01-01", "conner-rousseau"),
    ("be.vooruit_president", "2025-01-01", "melissa-depraetere"),
    ("be.cdv_president", "2023-01-01", "joachim-coens"),
    ("be.ptb_president", "2022-06-01", "peter-mertens"),
    ("bg.gerb_chairman", "2012-01-01", "tsvetan-tsvetanov"),
    ("ch.mitte_president", "2025-07-01", "gerhard-pfister"),
    ("ch.fdp_president", "2025-12-01", "thierry-burkart"),
    ("co.house_president", "2025-12-01", "jaime-raul-salamanca"),
    ("co.house_president", "2024-12-01", "andres-calle"),
    ("cl.republicano_president", "2025-10-17", "rojo-edwards"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("SVP president", "2025-01-01", "marcel-dettling"),
    ("Vlaams Belang president", "2025-01-01", "tom-van-grieken"),
    ("GERB leader", "2025-06-01", "boyko-borisov"),
    ("EKRE chair", "2025-06-01", "martin-helme"),
    ("PNM political leader", "2025-09-01", "pennelope-beckles"),
    ("FrP leader", "2025-09-09", "sylvi-listhaug"),
    ("CD&V president", "2024-01-01", "sammy-mahdi"),
    ("SLPP National Organiser", "2025-01-01", "namal-rajapaksa"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

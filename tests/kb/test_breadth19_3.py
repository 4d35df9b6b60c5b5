"""Opposition leaders and party leaders of Africa and the Middle East, 2023-2026 (issue #11), resolve
on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("za.opposition_leader", "2025-02-01", "john-hlophe"),
    ("za.da_leader", "2025-06-01", "john-steenhuisen"),
    ("za.da_leader", "2026-05-01", "geordin-hill-lewis"),
    ("ke.odm_leader", "2025-10-20", "oburu-oginga"),
    ("ke.odm_leader", "2025-12-01", "oburu-oginga"),
    ("ke.wiper_leader", "2025-06-01", "kalonzo-musyoka"),
    ("ke.dcp_leader", "2025-10-01", "rigathi-gachagua"),
    ("ng.adc_chairman", "2025-08-01", "david-mark"),
    ("zw.ccc_leader", "2023-08-26", "nelson-chamisa"),
    ("mz.renamo_president", "2024-10-09", "ossufo-momade"),
    ("mz.mdm_president", "2024-11-01", "lutero-simango"),
    ("gw.paigc_president", "2025-11-26", "domingos-simoes-pereira"),
    ("ci.pdci_president", "2024-06-01", "tidjane-thiam"),
    ("na.ipc_president", "2025-01-01", "panduleni-itula"),
    ("eg.wafd_chairman", "2023-12-12", "abdel-sanad-yamama"),
    ("eg.esdp_chairman", "2023-12-12", "farid-zahran"),
    ("tn.ennahda_president", "2024-01-01", "rached-ghannouchi"),
    ("tn.pdl_president", "2024-01-01", "abir-moussi"),
    ("tn.echaab_secretary_general", "2024-10-06", "zouhair-maghzaoui"),
    ("dz.msp_president", "2024-09-07", "abdelaali-hassani-cherif"),
    ("dz.ffs_first_secretary", "2024-09-07", "youcef-aouchiche"),
    ("jo.iaf_secretary_general", "2024-10-01", "wael-al-saqqa"),
    ("lb.fpm_president", "2023-01-01", "gebran-bassil"),
    ("lb.lf_leader", "2024-06-01", "samir-geagea"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("za.da_leader", "2026-05-01", "john-steenhuisen"),
    ("ke.odm_leader", "2025-10-01", "oburu-oginga"),
    ("zw.ccc_leader", "2024-03-01", "nelson-chamisa"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Renamo leader", "2024-10-09", "ossufo-momade"),
    ("PDCI president", "2024-06-01", "tidjane-thiam"),
    ("Ennahda leader", "2024-01-01", "rached-ghannouchi"),
    ("FPM leader", "2023-01-01", "gebran-bassil"),
    ("ODM leader", "2025-12-01", "oburu-oginga"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

"""ECB board, Eurogroup, heads of UN agencies, IMF/World Bank/BIS officials, NATO and AU chairs, UN envoys and
Australia's RBA deputy governor and shadow ministers, NZ portfolios of 2025 (issue #11) resolve on known days,
and predecessors are gone after their terms."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("eu.ecb_vice_president", "2024-01-01", "luis-de-guindos"),
    ("eu.ecb_vice_president", "2026-07-01", "boris-vujcic"),
    ("eu.ecb_chief_economist", "2025-06-01", "philip-lane"),
    ("eu.ecb_executive_board_member", "2025-06-01", "isabel-schnabel"),
    ("eu.ecb_executive_board_member", "2025-06-01", "frank-elderson"),
    ("eu.ecb_executive_board_member", "2025-06-01", "piero-cipollone"),
    ("eu.ecb_executive_board_member", "2025-06-01", "christine-lagarde"),
    ("eu.eurogroup_president", "2023-06-01", "paschal-donohoe"),
    ("eu.eurogroup_president", "2025-12-05", "makis-keravnos"),
    ("eu.eurogroup_president", "2026-01-15", "kyriakos-pierrakakis"),
    ("intl.un_deputy_secretary_general", "2024-01-01", "amina-j-mohammed"),
    ("intl.un_emergency_relief_coordinator", "2023-06-01", "martin-griffiths"),
    ("intl.un_emergency_relief_coordinator", "2024-09-01", "joyce-msuya"),
    ("intl.un_emergency_relief_coordinator", "2025-03-01", "tom-fletcher"),
    ("intl.unicef_executive_director", "2024-01-01", "catherine-russell"),
    ("intl.wfp_executive_director", "2022-06-01", "david-beasley"),
    ("intl.wfp_executive_director", "2025-01-01", "cindy-mccain"),
    ("intl.unrwa_commissioner_general", "2024-02-01", "philippe-lazzarini"),
    ("intl.imf_chief_economist", "2025-04-22", "pierre-olivier-gourinchas"),
    ("intl.imf_spokesperson", "2021-06-01", "gerry-rice"),
    ("intl.imf_spokesperson", "2025-04-01", "julie-kozack"),
    ("intl.world_bank_chief_economist", "2025-01-01", "indermit-gill"),
    ("intl.bis_general_manager", "2024-01-01", "agustin-carstens"),
    ("intl.bis_general_manager", "2025-09-01", "pablo-hernandez-de-cos"),
    ("intl.nato_military_committee_chair", "2025-06-01", "giuseppe-cavo-dragone"),
    ("intl.au_commission_chair", "2024-01-01", "moussa-faki-mahamat"),
    ("intl.au_commission_chair", "2025-06-01", "mahmoud-ali-youssouf"),
    ("intl.un_envoy_yemen", "2020-01-01", "martin-griffiths"),
    ("intl.un_envoy_yemen", "2024-01-01", "hans-grundberg"),
    ("intl.un_envoy_syria", "2023-01-01", "geir-pedersen"),
    ("intl.un_envoy_libya", "2025-03-01", "hanna-tetteh"),
    ("eu.competition_commissioner", "2022-01-01", "margrethe-vestager"),
    ("eu.commission_chief_spokesperson", "2022-01-01", "eric-mamer"),
    ("eu.commission_chief_spokesperson", "2025-03-01", "paula-pinho"),
    ("eu.executive_vice_president", "2022-01-01", "margrethe-vestager"),
    ("intl.nato_spokesperson", "2020-01-01", "oana-lungescu"),
    ("intl.nato_spokesperson", "2024-06-01", "farah-dakhlallah"),
    ("intl.imf_deputy_managing_director", "2023-01-01", "kenji-okamura"),
    ("intl.imf_deputy_managing_director", "2023-01-01", "li-bo-imf"),
    ("intl.undp_administrator", "2020-01-01", "achim-steiner"),
    ("intl.undp_administrator", "2025-08-01", "haoliang-xu"),
    ("intl.unctad_secretary_general", "2018-01-01", "mukhisa-kituyi"),
    ("intl.unctad_secretary_general", "2021-05-01", "isabelle-durant"),
    ("intl.unctad_secretary_general", "2023-01-01", "rebeca-grynspan"),
    ("intl.ilo_director_general", "2020-01-01", "guy-ryder"),
    ("intl.ilo_director_general", "2023-01-01", "gilbert-houngbo"),
    ("intl.fao_director_general", "2024-01-01", "qu-dongyu"),
    ("au.rba_deputy_governor", "2025-01-01", "andrew-hauser"),
    ("nz.soe_minister", "2025-03-01", "simeon-brown"),
    ("nz.ethnic_communities_minister", "2025-03-01", "mark-mitchell-nz"),
    ("nz.tourism_minister", "2025-03-01", "louise-upston"),
    ("nz.universities_minister", "2025-03-01", "shane-reti"),
    ("nz.hunting_fishing_minister", "2025-03-01", "james-meager"),
    ("au.shadow_treasurer", "2025-09-01", "ted-obrien"),
    ("au.shadow_treasurer", "2026-03-01", "tim-wilson-au"),
    ("au.shadow_foreign_minister", "2025-09-01", "michaelia-cash"),
    ("au.shadow_foreign_minister", "2026-03-01", "ted-obrien"),
    ("au.shadow_defence_minister", "2025-09-01", "angus-taylor"),
    ("au.shadow_defence_minister", "2026-03-01", "james-paterson"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("eu.ecb_vice_president", "2026-07-01", "luis-de-guindos"),           # term ended 2026-05-31
    ("eu.ecb_executive_board_member", "2026-07-01", "luis-de-guindos"),
    ("eu.eurogroup_president", "2026-01-15", "paschal-donohoe"),          # left in November 2025
    ("eu.eurogroup_president", "2026-01-15", "makis-keravnos"),           # interim until 2025-12-11
    ("intl.un_emergency_relief_coordinator", "2025-03-01", "martin-griffiths"),
    ("intl.un_emergency_relief_coordinator", "2025-03-01", "joyce-msuya"),
    ("intl.unicef_executive_director", "2024-01-01", "henrietta-fore"),
    ("intl.wfp_executive_director", "2025-01-01", "david-beasley"),
    ("intl.imf_spokesperson", "2025-04-01", "gerry-rice"),
    ("intl.bis_general_manager", "2025-09-01", "agustin-carstens"),
    ("intl.au_commission_chair", "2025-06-01", "moussa-faki-mahamat"),
    ("intl.un_envoy_yemen", "2024-01-01", "martin-griffiths"),
    ("eu.competition_commissioner", "2025-01-01", "margrethe-vestager"),   # Ribera from 2024-12-01
    ("eu.commission_chief_spokesperson", "2025-03-01", "eric-mamer"),
    ("intl.nato_spokesperson", "2024-06-01", "oana-lungescu"),
    ("intl.undp_administrator", "2025-08-01", "achim-steiner"),          # left in June 2025
    ("intl.unctad_secretary_general", "2023-01-01", "isabelle-durant"),  # acting until 2021-09-12
    ("intl.ilo_director_general", "2023-01-01", "guy-ryder"),
    ("au.shadow_treasurer", "2026-03-01", "ted-obrien"),                 # moved to foreign affairs
    ("au.shadow_defence_minister", "2026-03-01", "angus-taylor"),        # Leader of the Opposition
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_board_seats_are_held_together(kb):
    """The ECB Executive Board has six seats held at once; the vice-president's seat passes on 2026-06-01."""
    before = set(holders(kb, "eu.ecb_executive_board_member", "2025-06-01"))
    after = set(holders(kb, "eu.ecb_executive_board_member", "2026-07-01"))
    assert {"christine-lagarde", "luis-de-guindos", "philip-lane", "isabel-schnabel", "frank-elderson",
            "piero-cipollone"} <= before
    assert "boris-vujcic" in after and "boris-vujcic" not in before


def test_deputy_secretary_general_does_not_take_a_bare_common_family_name(kb):
    """'Mohammed' alone names nobody in particular: the deputy UN chief has no family name recorded."""
    assert kb.persons["amina-j-mohammed"].family is None


def test_common_words_and_shared_family_names_are_left_out(kb):
    """'Cash' is a common word, 'Wilson', 'Xu' and 'Li' are shared with others: no bare family name here."""
    for pid in ("michaelia-cash", "tim-wilson-au", "haoliang-xu", "li-bo-imf"):
        assert kb.persons[pid].family is None

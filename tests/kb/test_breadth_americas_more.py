"""Congress leaders, committee heads, White House staff, commanders and cabinets added for the Americas."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # US Congress
    ("us.senate_majority_whip", "2025-06-01", "john-barrasso"),
    ("us.senate_majority_whip", "2022-06-01", "dick-durbin"),
    ("us.senate_minority_whip", "2025-04-01", "dick-durbin"),
    ("us.house_majority_whip", "2024-03-01", "tom-emmer"),
    ("us.house_minority_whip", "2024-03-01", "katherine-clark"),
    ("us.hfac_chair", "2025-06-01", "brian-mast"),
    ("us.hfac_chair", "2022-06-01", "gregory-meeks"),
    ("us.hfac_ranking_member", "2025-06-01", "gregory-meeks"),
    ("us.hasc_chair", "2024-06-01", "mike-rogers-alabama"),
    ("us.hasc_chair", "2020-06-01", "adam-smith-washington"),
    ("us.hasc_ranking_member", "2025-03-01", "adam-smith-washington"),
    ("us.ways_and_means_chair", "2021-06-01", "richard-neal"),
    ("us.ways_and_means_chair", "2023-06-01", "jason-smith-missouri"),
    ("us.ssci_chair", "2025-02-01", "tom-cotton"),
    ("us.ssci_vice_chair", "2025-10-01", "mark-warner"),
    ("us.hpsci_chair", "2025-03-01", "rick-crawford"),
    ("us.hpsci_ranking_member", "2025-03-01", "jim-himes"),
    ("us.house_china_committee_chair", "2023-06-01", "mike-gallagher"),
    ("us.house_china_committee_chair", "2024-06-01", "john-moolenaar"),
    ("us.house_china_committee_ranking_member", "2024-06-01", "raja-krishnamoorthi"),
    # White House, envoys, commands
    ("us.deputy_chief_of_staff_policy", "2025-05-01", "stephen-miller"),
    ("us.homeland_security_advisor", "2025-05-01", "stephen-miller"),
    ("us.trade_manufacturing_counselor", "2025-04-02", "peter-navarro"),
    ("us.special_envoy_syria", "2025-06-01", "tom-barrack"),
    ("us.ambassador_to_turkey", "2025-06-01", "tom-barrack"),
    ("us.centcom_commander", "2024-06-01", "michael-kurilla"),
    ("us.centcom_commander", "2025-09-01", "brad-cooper"),
    ("us.saceur", "2024-06-01", "christopher-cavoli"),
    ("us.saceur", "2025-07-05", "alexus-grynkewich"),
    ("us.chief_of_naval_operations", "2025-09-01", "daryl-caudle"),
    # Brazil
    ("br.chamber_president", "2024-06-01", "arthur-lira"),
    ("br.chamber_president", "2025-06-01", "hugo-motta"),
    ("br.senate_president", "2023-06-01", "rodrigo-pacheco"),
    ("br.senate_president", "2020-06-01", "davi-alcolumbre"),
    ("br.senate_president", "2025-06-01", "davi-alcolumbre"),
    ("br.chief_of_staff", "2025-06-01", "rui-costa"),
    ("br.institutional_relations_minister", "2024-06-01", "alexandre-padilha"),
    ("br.institutional_relations_minister", "2025-06-01", "gleisi-hoffmann"),
    ("br.health_minister", "2025-06-01", "alexandre-padilha"),
    ("br.communication_minister", "2025-06-01", "sidonio-palmeira"),
    ("br.secretary_general_presidency", "2025-11-01", "guilherme-boulos"),
    ("br.sao_paulo_governor", "2024-06-01", "tarcisio-de-freitas"),
    # Mexico
    ("mx.senate_president", "2025-03-01", "gerardo-fernandez-norona"),
    ("mx.senate_president", "2025-10-01", "laura-itzel-castillo"),
    ("mx.interior_secretary", "2025-03-01", "rosa-icela-rodriguez"),
    # Argentina
    ("ar.secretary_general_presidency", "2025-06-01", "karina-milei"),
    ("ar.chamber_president", "2025-06-01", "martin-menem"),
    ("ar.security_minister", "2025-06-01", "patricia-bullrich"),
    ("ar.security_minister", "2025-12-05", "alejandra-monteoliva"),
    # Colombia, Venezuela
    ("co.interior_minister", "2025-06-01", "armando-benedetti"),
    ("ve.national_assembly_president", "2026-01-10", "jorge-rodriguez-venezuela"),
    ("ve.interior_minister", "2025-06-01", "diosdado-cabello"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, former", [
    ("us.hfac_chair", "2025-06-01", "gregory-meeks"),
    ("us.centcom_commander", "2025-09-01", "michael-kurilla"),
    ("br.chamber_president", "2025-06-01", "arthur-lira"),
    ("br.institutional_relations_minister", "2025-06-01", "alexandre-padilha"),
    ("ar.security_minister", "2025-12-05", "patricia-bullrich"),
    ("mx.senate_president", "2025-10-01", "gerardo-fernandez-norona"),
])
def test_a_successor_replaces_the_former_holder(kb, position, day, former):
    assert former not in holders(kb, position, day)


@pytest.mark.parametrize("name, person", [
    ("Richard Durbin", "dick-durbin"), ("Greg Meeks", "gregory-meeks"), ("Thomas Barrack", "tom-barrack"),
    ("Erik Kurilla", "michael-kurilla"), ("Tarcisio de Freitas", "tarcisio-de-freitas"),
    ("Rosa Icela Rodriguez", "rosa-icela-rodriguez"), ("Martin Menem", "martin-menem"),
    ("Diosdado Cabello", "diosdado-cabello"), ("Gleisi Hoffmann", "gleisi-hoffmann"),
])
def test_spelling_variants_find_the_person(kb, name, person):
    assert person in {f.entity for f in kb.persons_named(name)}


@pytest.mark.parametrize("position, day, holder", [
    ("us.governor_california", "2024-01-01", "gavin-newsom"),
    ("us.governor_texas", "2020-01-01", "greg-abbott"),
    ("us.governor_florida", "2024-01-01", "ron-desantis"),
    ("us.governor_new_york", "2022-01-01", "kathy-hochul"),
    ("br.federal_deputy", "2025-03-01", "eduardo-bolsonaro"),
    ("br.senator", "2025-12-05", "flavio-bolsonaro"),
    ("ca.public_safety_minister", "2025-06-01", "gary-anandasangaree"),
    ("ca.justice_minister", "2025-06-01", "sean-fraser"),
    ("us.usfk_commander", "2023-06-01", "paul-lacamera"),
    ("us.usfk_commander", "2025-06-01", "xavier-brunson"),
    ("us.senate_banking_chair", "2025-12-02", "tim-scott"),
    ("us.senate_banking_ranking_member", "2025-06-01", "elizabeth-warren"),
    ("us.senate_commerce_chair", "2025-06-01", "ted-cruz"),
    ("us.senate_budget_chair", "2025-04-01", "lindsey-graham"),
    ("us.senate_judiciary_chair", "2026-02-05", "chuck-grassley"),
    ("us.senate_judiciary_ranking_member", "2026-02-05", "dick-durbin"),
    ("ar.interior_minister", "2025-12-01", "diego-santilli"),
    ("ar.deregulation_minister", "2025-01-01", "federico-sturzenegger"),
    ("ar.justice_minister", "2024-07-05", "mariano-cuneo-libarona"),
    ("mx.chamber_president", "2024-09-15", "ifigenia-martinez"),
    ("mx.chamber_president", "2025-03-01", "sergio-gutierrez-luna"),
    ("mx.chamber_president", "2025-10-01", "kenia-lopez-rabadan"),
    ("mx.chamber_jucopo_president", "2025-06-01", "ricardo-monreal"),
    ("br.justice_minister", "2024-06-01", "ricardo-lewandowski"),
    ("br.environment_minister", "2025-11-10", "marina-silva"),
    ("br.cop30_president", "2025-11-15", "andre-correa-do-lago"),
    ("us.air_force_chief_of_staff", "2025-12-01", "kenneth-wilsbach"),
    ("us.state_department_deputy_spokesperson", "2025-11-06", "tommy-pigott"),
    ("mx.cdmx_head_of_government", "2025-06-01", "clara-brugada"),
    ("co.central_bank_governor", "2025-04-03", "leonardo-villar"),
    ("ca.speaker_of_the_house", "2025-09-01", "francis-scarpaleggia"),
    ("co.senate_president", "2025-10-01", "lidio-garcia"),
    ("mx.foreign_trade_undersecretary", "2025-10-01", "luis-rosendo-gutierrez"),
    ("mx.industry_commerce_undersecretary", "2025-06-01", "vidal-llerenas"),
    ("ar.buenos_aires_governor", "2025-06-01", "axel-kicillof"),
    ("us.governor_pennsylvania", "2024-06-01", "josh-shapiro"),
    ("br.minas_gerais_governor", "2024-06-01", "romeu-zema"),
    ("br.rio_de_janeiro_governor", "2024-06-01", "claudio-castro"),
])
def test_governors_members_and_ministers_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


def test_a_lost_seat_ends_the_term(kb):
    # the Chamber's board removed Eduardo Bolsonaro on 2025-12-18 for absences
    assert "eduardo-bolsonaro" not in holders(kb, "br.federal_deputy", "2026-01-15")


def test_the_new_york_governor_changed_on_cuomos_resignation(kb):
    assert "kathy-hochul" not in holders(kb, "us.governor_new_york", "2021-08-01")
    assert "kathy-hochul" in holders(kb, "us.governor_new_york", "2021-08-24")


@pytest.mark.parametrize("surname, person", [
    ("Milei", "javier-milei"), ("Rodríguez", "delcy-rodriguez"), ("Costa", "antonio-costa"),
    ("Cooper", "yvette-cooper"), ("Bolsonaro", "jair-bolsonaro"), ("Castro", "claire-castro"),
])
def test_a_relative_or_namesake_added_here_leaves_a_bare_surname_to_the_usual_person(kb, surname, person):
    # the people named here whose family name the usual person shares are not found by it alone
    added = {"karina-milei", "jorge-rodriguez-venezuela", "rosa-icela-rodriguez", "rui-costa", "brad-cooper",
             "eduardo-bolsonaro", "flavio-bolsonaro", "claudio-castro"}
    found = {f.entity for f in kb.persons_named(surname)}
    assert person in found and not found & added

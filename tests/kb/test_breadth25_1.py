"""Second-rank ministers of large European states in 2025-2026, harvest 25 batch 1 (issue #11),
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # France
    ("fr.digital_minister", "2025-11-01", "anne-le-henanff"),
    ("fr.disabilities_minister", "2024-10-15", "charlotte-parmentier-lecocq"),
    ("fr.disabilities_minister", "2025-11-01", "charlotte-parmentier-lecocq"),
    ("fr.disabilities_minister", "2026-03-01", "camille-galliard-minier"),
    ("fr.interior_delegate_minister", "2025-12-01", "marie-pierre-vedrenne"),
    ("fr.interior_delegate_minister", "2026-03-01", "jean-didier-berger"),
    ("fr.citizenship_minister", "2026-03-01", "marie-pierre-vedrenne"),
    ("fr.vocational_training_minister", "2026-03-01", "sabrina-agresti-roubache"),
    ("fr.cour_des_comptes_first_president", "2026-03-01", "amelie-de-montchalin"),
    # United Kingdom
    ("gb.solicitor_general", "2025-10-01", "ellie-reeves"),
    ("gb.economic_secretary_treasury", "2025-10-01", "lucy-rigby"),
    ("gb.exchequer_secretary_treasury", "2025-10-01", "dan-tomlinson"),
    ("gb.financial_secretary_treasury", "2025-03-01", "spencer-livermore"),
    ("gb.pensions_minister", "2025-06-01", "torsten-bell"),
    ("gb.border_security_minister", "2025-10-20", "alex-norris"),
    ("gb.safeguarding_minister", "2025-03-01", "jess-phillips"),
    ("gb.eu_relations_minister", "2025-05-19", "nick-thomas-symonds"),
    ("gb.paymaster_general", "2025-02-06", "nick-thomas-symonds"),
    ("gb.mhclg_minister_of_state", "2025-10-01", "alison-mcgovern"),
    ("gb.dwp_minister_of_state", "2025-10-01", "diana-johnson-uk"),
    ("gb.dwp_minister_of_state", "2024-10-01", "stephen-timms"),
    ("gb.desnz_minister_of_state", "2025-10-01", "michael-shanks"),
    ("gb.desnz_minister_of_state", "2025-10-01", "patrick-vallance"),
    ("gb.science_minister", "2025-01-15", "patrick-vallance"),
    ("gb.prisons_minister", "2024-10-01", "james-timpson"),
    # Germany
    ("de.defence_parliamentary_state_secretary", "2025-06-01", "nils-schmid"),
    ("de.defence_parliamentary_state_secretary", "2025-06-01", "sebastian-hartmann"),
    ("de.digital_parliamentary_state_secretary", "2025-06-01", "philipp-amthor"),
    ("de.digital_parliamentary_state_secretary", "2025-06-01", "thomas-jarzombek"),
    ("de.health_parliamentary_state_secretary", "2025-06-01", "tino-sorge"),
    ("de.health_parliamentary_state_secretary", "2025-06-01", "georg-kippels"),
    ("de.transport_parliamentary_state_secretary", "2025-06-01", "christian-hirte"),
    ("de.transport_parliamentary_state_secretary", "2025-06-01", "ulrich-lange"),
    ("de.interior_parliamentary_state_secretary", "2025-07-04", "daniela-ludwig"),
    ("de.interior_parliamentary_state_secretary", "2025-06-01", "christoph-de-vries"),
    ("de.economy_parliamentary_state_secretary", "2026-02-06", "gitta-connemann"),
    ("de.sme_commissioner", "2025-09-01", "gitta-connemann"),
    ("de.east_germany_commissioner", "2025-06-01", "elisabeth-kaiser"),
    ("de.migration_integration_commissioner", "2025-06-01", "natalie-pawlik"),
    # Italy
    ("it.vice_minister_economy", "2025-02-10", "maurizio-leo"),
    ("it.vice_minister_infrastructure", "2023-06-01", "edoardo-rixi"),
    ("it.justice_undersecretary", "2025-02-20", "andrea-delmastro"),
    ("it.interior_undersecretary", "2023-06-01", "nicola-molteni"),
    ("it.defence_undersecretary", "2023-06-01", "isabella-rauti"),
    ("it.defence_undersecretary", "2023-06-01", "matteo-perego"),
    ("it.pm_undersecretary_programme", "2023-06-01", "giovanbattista-fazzolari"),
    # Spain
    ("es.security_secretary_of_state", "2024-06-01", "rafael-perez-ruiz"),
    ("es.security_secretary_of_state", "2025-06-05", "aina-calvo"),
    ("es.equality_secretary_of_state", "2024-06-01", "aina-calvo"),
    ("es.supreme_court_president", "2025-06-01", "isabel-perello"),
    # Poland
    ("pl.government_policy_oversight_minister", "2025-09-01", "maciej-berek"),
    ("pl.president_international_policy_bureau_head", "2023-06-01", "marcin-przydacz"),
    ("pl.president_international_policy_bureau_head", "2024-06-01", "mieszko-pawlak"),
    ("pl.president_international_policy_bureau_head", "2025-09-03", "marcin-przydacz"),
    # Belgium
    ("be.employment_minister", "2025-06-01", "david-clarinval"),
    # Sweden
    ("se.national_security_adviser", "2024-06-01", "henrik-landerholm"),
    ("se.national_security_adviser", "2025-05-08", "tobias-thyberg"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("fr.digital_minister", "2025-11-01", "naima-moutchou"),
    ("fr.disabilities_minister", "2026-03-01", "charlotte-parmentier-lecocq"),
    ("fr.interior_delegate_minister", "2026-03-01", "marie-pierre-vedrenne"),
    ("gb.border_security_minister", "2025-10-20", "angela-eagle"),
    ("es.security_secretary_of_state", "2025-06-05", "rafael-perez-ruiz"),
    ("es.equality_secretary_of_state", "2025-07-01", "aina-calvo"),
    ("pl.president_international_policy_bureau_head", "2024-06-01", "marcin-przydacz"),
    ("pl.president_international_policy_bureau_head", "2025-09-03", "mieszko-pawlak"),
    ("se.national_security_adviser", "2025-03-01", "henrik-landerholm"),
    ("se.national_security_adviser", "2025-06-01", "tobias-thyberg"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Solicitor General for England and Wales", "2025-10-01", "ellie-reeves"),
    ("Economic Secretary to the Treasury", "2025-10-01", "lucy-rigby"),
    ("Exchequer Secretary to the Treasury", "2025-10-01", "dan-tomlinson"),
    ("UK EU relations minister", "2025-05-19", "nick-thomas-symonds"),
    ("French disabilities minister", "2025-11-01", "charlotte-parmentier-lecocq"),
    ("Spanish Secretary of State for Security", "2025-07-01", "aina-calvo"),
    ("Sweden's national security adviser", "2024-06-01", "henrik-landerholm"),
    ("Germany's Mittelstand commissioner", "2025-09-01", "gitta-connemann"),
    ("German integration commissioner", "2025-09-01", "natalie-pawlik"),
    ("UK pensions minister", "2025-06-01", "torsten-bell"),
    ("Britain's City minister", "2025-10-01", "lucy-rigby"),
    ("Belgian employment minister", "2025-06-01", "david-clarinval"),
    ("head of the Cour des comptes", "2026-03-01", "amelie-de-montchalin"),
    ("Italy's deputy economy minister", "2025-02-10", "maurizio-leo"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

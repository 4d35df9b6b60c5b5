"""Latin American officials below the top, 2024-2026 (harvest batch 26-12, issue #11), resolve on
known days: Uruguay's undersecretaries, Panama's comptroller, prosecutors and security chiefs, Dominican,
Guatemalan, Paraguayan, Mexican, Venezuelan and Peruvian posts."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("uy.economy_undersecretary", "2025-05-12", "martin-vallcorba"),
    ("uy.interior_undersecretary", "2025-05-12", "gabriela-valverde-uy"),
    ("uy.foreign_undersecretary", "2025-09-01", "valeria-csukasi"),
    ("uy.defence_undersecretary", "2025-05-12", "joel-rodriguez-uy"),
    ("uy.transport_undersecretary", "2025-05-12", "claudia-peris"),
    ("uy.environment_undersecretary", "2025-05-12", "leonardo-herou"),
    ("uy.health_undersecretary", "2025-05-12", "leonel-briozzo"),
    ("uy.education_undersecretary", "2025-05-12", "gabriela-verde"),
    ("uy.livestock_undersecretary", "2025-05-12", "matias-carambula"),
    ("uy.labour_undersecretary", "2025-05-12", "hugo-barreto-uy"),
    ("uy.social_development_undersecretary", "2025-05-12", "federico-grana"),
    ("uy.tourism_undersecretary", "2025-05-12", "ana-claudia-caram"),
    ("uy.industry_undersecretary", "2025-05-12", "eugenia-villar"),
    ("uy.opp_deputy_director", "2025-05-12", "jorge-polgar"),
    ("pa.comptroller_general", "2025-10-03", "anel-flores"),
    ("pa.deputy_comptroller_general", "2025-03-14", "felipe-cabezas-pa"),
    ("pa.attorney_general", "2025-10-03", "luis-carlos-gomez-pa"),
    ("pa.administration_procurator", "2025-02-16", "grettel-villalaz"),
    ("pa.police_director", "2024-09-11", "jaime-fernandez-pa"),
    ("pa.senan_director", "2024-09-11", "luis-de-gracia-pa"),
    ("do.diaspora_vice_minister", "2025-04-14", "celines-toribio"),
    ("do.ogtic_director", "2025-04-14", "edgar-batista-do"),
    ("do.dgii_director", "2024-06-01", "luis-valdez-veras"),
    ("do.dgii_director", "2026-02-20", "pedro-urrutia-do"),
    ("do.social_cabinet_coordinator", "2023-06-01", "tony-pena-guaba"),
    ("do.social_cabinet_coordinator", "2026-02-20", "geanilda-vasquez"),
    ("do.superate_director", "2026-02-20", "mayra-jimenez"),
    ("do.legal_counsel_executive", "2026-02-19", "jorge-subero-isa"),
    ("gt.security_vice_minister", "2025-12-08", "estuardo-solorzano"),
    ("gt.antinarcotics_vice_minister", "2025-12-08", "victor-hugo-cruz-reynoso"),
    ("gt.it_vice_minister", "2026-04-16", "karen-ortiz-solares"),
    ("py.itaipu_director_general", "2025-11-01", "justo-zacarias-irun"),
    ("py.petropar_president", "2025-06-01", "eddie-jara"),
    ("py.petropar_president", "2026-04-24", "william-wilka"),
    ("mx.pri_secretary_general", "2022-06-01", "carolina-viggiano"),
    ("mx.pri_secretary_general", "2025-06-01", "carolina-viggiano"),
    ("mx.morena_organization_secretary", "2025-03-01", "andres-lopez-beltran"),
    ("mx.crime_prevention_undersecretary", "2026-03-14", "miguel-torruco-garza"),
    ("mx.human_rights_undersecretary", "2025-08-15", "felix-arturo-medina"),
    ("ve.psuv_secretary_general", "2025-06-01", "diosdado-cabello"),
    ("ve.psuv_vice_president", "2025-03-23", "hector-rodriguez-venezuela"),
    ("pe.ombudsman", "2025-01-10", "josue-gutierrez-pe"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("do.dgii_director", "2026-02-15", "luis-valdez-veras"),
    ("do.social_cabinet_coordinator", "2026-02-15", "tony-pena-guaba"),
    ("py.petropar_president", "2026-04-19", "eddie-jara"),
    ("mx.pri_secretary_general", "2024-08-01", "carolina-viggiano"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Panama's comptroller general", "2025-06-01", "anel-flores"),
    ("Uruguay's deputy foreign minister", "2025-06-01", "valeria-csukasi"),
    ("PRI secretary general", "2025-06-01", "carolina-viggiano"),
    ("Petropar president", "2026-04-01", "william-wilka"),
    ("DGII director", "2026-02-01", "pedro-urrutia-do"),
    ("PSUV Secretary General", "2025-06-01", "diosdado-cabello"),
    ("Peru's ombudsman", "2025-01-01", "josue-gutierrez-pe"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

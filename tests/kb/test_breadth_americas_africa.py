"""Cabinets, central banks and party leaders of the Americas and Africa (issue #11) resolve on known days."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Brazil
    ("br.agriculture_minister", "2025-06-01", "carlos-favaro"),
    ("br.mines_energy_minister", "2025-06-01", "alexandre-silveira"),
    ("br.central_bank_director", "2025-06-01", "nilton-david"),
    ("br.central_bank_director", "2025-06-01", "izabela-correa"),
    ("br.government_leader_senate", "2024-01-01", "jaques-wagner"),
    ("br.justice_minister", "2026-01-10", "manoel-carlos-de-almeida-neto"),
    ("br.justice_minister", "2026-02-01", "wellington-cesar-lima-e-silva"),
    # Mexico
    ("mx.agriculture_secretary", "2025-01-01", "julio-berdegue"),
    ("mx.health_secretary", "2025-01-01", "david-kershenobich"),
    ("mx.presidency_office_chief", "2025-01-01", "lazaro-cardenas-batel"),
    ("mx.banxico_deputy_governor", "2025-06-01", "jose-gabriel-cuadra"),
    ("mx.banxico_deputy_governor", "2025-06-01", "galia-borja"),
    ("mx.senate_jucopo_president", "2025-06-01", "adan-augusto-lopez"),
    ("mx.senate_jucopo_president", "2026-02-15", "ignacio-mier"),
    ("mx.morena_president", "2025-01-01", "luisa-maria-alcalde"),
    ("mx.legal_counsel", "2025-12-01", "raul-armando-jimenez-vazquez"),
    ("mx.legal_counsel", "2026-01-15", "esthela-damian"),
    # Argentina
    ("ar.communication_secretary", "2025-12-01", "javier-lanari"),
    ("ar.lla_senate_bloc_leader", "2025-06-01", "ezequiel-atauche"),
    ("ar.lla_senate_bloc_leader", "2026-01-15", "patricia-bullrich"),
    # Colombia
    ("co.mines_energy_minister", "2025-06-01", "edwin-palma"),
    ("co.commerce_minister", "2025-04-01", "cielo-rusinque"),
    ("co.commerce_minister", "2025-07-01", "diana-marcela-morales"),
    ("co.justice_minister", "2025-08-01", "eduardo-montealegre"),
    ("co.justice_minister", "2025-11-01", "augusto-ocampo"),
    ("co.health_minister", "2025-06-01", "guillermo-alfonso-jaramillo"),
    ("co.dapre_director", "2025-06-01", "angie-rodriguez"),
    ("co.dapre_director", "2026-02-01", "nhora-mondragon"),
    # South Africa
    ("za.deputy_finance_minister", "2025-03-01", "ashor-sarupen"),
    ("za.deputy_finance_minister", "2025-03-01", "david-masondo"),
    ("za.deputy_foreign_minister", "2024-09-01", "alvin-botes"),
    ("za.deputy_trade_minister", "2025-01-01", "andrew-whitfield"),
    ("za.police_minister", "2025-01-01", "senzo-mchunu"),
    ("za.police_minister", "2025-07-20", "gwede-mantashe"),
    ("za.police_minister", "2025-09-01", "firoz-cachalia"),
    ("za.anc_secretary_general", "2025-01-01", "fikile-mbalula"),
    ("za.eff_leader", "2025-01-01", "julius-malema"),
    ("za.mk_leader", "2024-05-01", "jacob-zuma"),
    ("za.higher_education_minister", "2025-09-01", "buti-manamela"),
    ("za.environment_minister", "2025-01-01", "dion-george"),
    ("za.environment_minister", "2025-12-01", "willie-aucamp"),
    ("za.deputy_trade_minister", "2025-12-01", "alexandra-abrahams"),
    # Nigeria
    ("ng.information_minister", "2024-06-01", "mohammed-idris"),
    ("ng.defence_minister", "2025-12-10", "christopher-musa"),
    # Venezuela
    ("ve.oil_minister", "2025-06-01", "delcy-rodriguez"),
    ("ve.foreign_minister", "2026-02-01", "yvan-gil"),
    # Chile, Peru, Kenya (new polities)
    ("cl.president", "2024-01-01", "gabriel-boric"),
    ("cl.president", "2026-04-01", "jose-antonio-kast"),
    ("cl.finance_minister", "2025-10-01", "nicolas-grau"),
    ("cl.foreign_minister", "2024-01-01", "alberto-van-klaveren"),
    ("cl.central_bank_president", "2024-01-01", "rosanna-costa"),
    ("pe.president", "2024-01-01", "dina-boluarte"),
    ("pe.president", "2025-12-01", "jose-jeri"),
    ("pe.president", "2026-03-01", "jose-maria-balcazar"),
    ("pe.prime_minister", "2025-12-01", "ernesto-alvarez-miranda"),
    ("pe.prime_minister", "2026-03-01", "denisse-miralles"),
    ("pe.economy_minister", "2026-03-01", "gerardo-lopez-gonzalez"),
    ("pe.foreign_minister", "2026-03-01", "hugo-de-zela"),
    ("cl.interior_minister", "2025-06-01", "alvaro-elizalde"),
    ("cl.interior_minister", "2026-04-01", "claudio-alvarado"),
    ("cl.government_spokesperson", "2025-03-01", "aisen-etcheverry"),
    ("cl.government_spokesperson", "2025-09-01", "camila-vallejo"),
    ("cl.security_minister", "2025-06-01", "luis-cordero-chile"),
    ("ng.senate_president", "2025-01-01", "godswill-akpabio"),
    ("ng.national_security_adviser", "2025-01-01", "nuhu-ribadu"),
    ("ke.defence_minister", "2025-01-01", "soipan-tuya"),
    ("br.pt_leader_chamber", "2025-06-01", "lindbergh-farias"),
    ("br.pl_leader_chamber", "2025-06-01", "sostenes-cavalcante"),
    ("br.pt_leader_senate", "2026-03-01", "augusta-brito"),
    ("mx.women_secretary", "2025-01-01", "citlalli-hernandez"),
    ("mx.pan_president", "2025-06-01", "jorge-romero-pan"),
    ("br.prosecutor_general", "2023-11-01", "elizeta-ramos"),
    ("br.prosecutor_general", "2024-06-01", "paulo-gonet"),
    ("br.special_adviser_international", "2024-06-01", "celso-amorim"),
    ("ve.bcv_president", "2025-06-01", "laura-carolina-guerra"),
    ("ve.economy_vice_president", "2026-02-01", "calixto-ortega-sanchez"),
    ("ke.interior_minister", "2024-12-01", "musalia-mudavadi"),
    ("ke.interior_minister", "2025-06-01", "kipchumba-murkomen"),
    ("ar.senate_provisional_president", "2025-06-01", "bartolome-abdala"),
    ("ke.president", "2024-01-01", "william-ruto"),
    ("ke.deputy_president", "2024-01-01", "rigathi-gachagua"),
    ("ke.deputy_president", "2025-01-01", "kithure-kindiki"),
    ("ke.foreign_minister", "2024-01-01", "musalia-mudavadi"),
    ("ke.finance_minister", "2025-01-01", "john-mbadi"),
    ("ke.cbk_governor", "2024-01-01", "kamau-thugge"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("mx.senate_jucopo_president", "2026-02-15", "adan-augusto-lopez"),  # left the post 2026-02-01
    ("mx.banxico_deputy_governor", "2025-06-01", "irene-espinosa"),      # term ended 2024-12-31
    ("ar.lla_senate_bloc_leader", "2026-01-15", "ezequiel-atauche"),     # Bullrich took over 2025-12-10
    ("co.justice_minister", "2025-11-01", "eduardo-montealegre"),        # resignation accepted 2025-10-27
    ("co.commerce_minister", "2025-07-01", "cielo-rusinque"),            # interim charge ended 2025-06-04
    ("za.deputy_trade_minister", "2025-09-01", "andrew-whitfield"),      # removed 2025-06-26
    ("za.police_minister", "2025-09-01", "gwede-mantashe"),              # interim to the end of July 2025
    ("za.higher_education_minister", "2025-09-01", "nobuhle-nkabane"),   # removed 2025-07-21
    ("za.environment_minister", "2025-12-01", "dion-george"),            # removed 2025-11-12
    ("br.justice_minister", "2026-02-01", "ricardo-lewandowski"),         # resigned 2026-01-08
    ("mx.legal_counsel", "2026-01-15", "ernestina-godoy"),               # moved to the FGR 2025-11-27
    ("co.dapre_director", "2026-02-01", "angie-rodriguez"),              # resigned 2026-01-14
    ("cl.finance_minister", "2025-10-01", "mario-marcel"),               # resigned 2025-08-21
    ("cl.president", "2026-04-01", "gabriel-boric"),                     # term ended 2026-03-11
    ("pe.president", "2026-03-01", "jose-jeri"),                         # censured 2026-02-17
    ("pe.president", "2025-12-01", "dina-boluarte"),                     # removed 2025-10-10
    ("ke.deputy_president", "2025-01-01", "rigathi-gachagua"),           # impeached 2024-10-17
    ("ke.cbk_governor", "2024-01-01", "patrick-njoroge"),                # succeeded 2023-06-19
    ("pe.prime_minister", "2026-03-01", "ernesto-alvarez-miranda"),      # replaced 2026-02-24
    ("pe.economy_minister", "2026-03-01", "denisse-miralles"),           # became prime minister 2026-02-24
    ("cl.interior_minister", "2026-04-01", "alvaro-elizalde"),           # term ended 2026-03-11
    ("br.pt_leader_chamber", "2026-06-01", "lindbergh-farias"),          # two-year limit, left February 2026
    ("ve.bcv_president", "2025-06-01", "calixto-ortega-sanchez"),        # replaced 2025-04-11
    ("br.prosecutor_general", "2024-06-01", "augusto-aras"),             # left September 2023
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_nigerian_defence_minister_is_a_full_holder_once_sworn_in(kb):
    """Musa was a nominee from 2025-12-02 and the full minister from his swearing-in on 2025-12-04."""
    terms = kb.holders("ng.defence_minister", date(2025, 12, 10))
    assert [(t.person, t.status) for t in terms] == [("christopher-musa", None)]


@pytest.mark.parametrize("person, shared_with", [
    ("izabela-correa", "Correa"),        # Rafael Correa
    ("nilton-david", "David"),           # a common given name
    ("marath-bolanos", "Bolaños"),       # Spain's Félix Bolaños
    ("augusto-ocampo", "Ocampo"),        # Colombia's former finance minister
    ("mohammed-idris", "Idris"),         # Sudan's prime minister Kamil Idris
    ("dion-george", "George"),           # a common given name
    ("rosanna-costa", "Costa"),          # António Costa
])
def test_shared_family_names_are_left_out(kb, person, shared_with):
    """A bare shared family name must keep naming the better-known person, so these carry none."""
    assert kb.persons[person].family is None
    assert shared_with in kb.persons[person].name


@pytest.mark.parametrize("person, family", [
    ("diana-marcela-morales", "Morales Rojas"),
    ("ernesto-alvarez-miranda", "Álvarez Miranda"),
    ("edwin-palma", "Palma Egea"),
    ("angie-rodriguez", "Rodríguez Fajardo"),
    ("lena-estrada", "Estrada Añokazi"),
])
def test_common_family_names_are_kept_whole(kb, person, family):
    assert kb.persons[person].family == family

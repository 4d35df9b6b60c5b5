"""Brazil in depth (issue #11): senators, Senate and Chamber party leaders, state governors and the
pre-candidates for the 2026 presidential election resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("br.senator", "2025-06-01", "sergio-petecao"),
    ("br.senator", "2025-06-01", "marcio-bittar"),
    ("br.senator", "2025-06-01", "renan-calheiros"),
    ("br.senator", "2025-06-01", "plinio-valerio"),
    ("br.senator", "2025-06-01", "eduardo-braga"),
    ("br.senator", "2025-06-01", "randolfe-rodrigues"),
    ("br.senator", "2025-06-01", "lucas-barreto"),
    ("br.senator", "2025-06-01", "jaques-wagner"),
    ("br.senator", "2025-06-01", "angelo-coronel"),
    ("br.senator", "2025-06-01", "cid-gomes"),
    ("br.senator", "2025-06-01", "eduardo-girao"),
    ("br.senator", "2025-06-01", "leila-barros"),
    ("br.senator", "2025-06-01", "izalci-lucas"),
    ("br.senator", "2025-06-01", "fabiano-contarato"),
    ("br.senator", "2025-06-01", "marcos-do-val"),
    ("br.senator", "2025-06-01", "vanderlan-cardoso"),
    ("br.senator", "2025-06-01", "jorge-kajuru"),
    ("br.senator", "2025-06-01", "weverton-rocha"),
    ("br.senator", "2025-06-01", "eliziane-gama"),
    ("br.senator", "2025-06-01", "rodrigo-pacheco"),
    ("br.senator", "2025-06-01", "carlos-viana"),
    ("br.senator", "2025-06-01", "nelsinho-trad"),
    ("br.senator", "2025-06-01", "soraya-thronicke"),
    ("br.senator", "2025-06-01", "jayme-campos"),
    ("br.senator", "2025-06-01", "jader-barbalho"),
    ("br.senator", "2025-06-01", "humberto-costa"),
    ("br.senator", "2025-06-01", "paulo-paim"),
    ("br.senator", "2025-06-01", "ciro-nogueira"),
    ("br.senator", "2025-06-01", "marcelo-castro"),
    ("br.senator", "2025-06-01", "esperidiao-amin"),
    ("br.senator", "2025-06-01", "mara-gabrilli"),
    ("br.senator", "2025-06-01", "iraja-silvestre-filho"),
    ("br.senator", "2025-06-01", "luis-carlos-heinze"),
    ("br.senator", "2025-06-01", "marcos-rogerio"),
    ("br.senator", "2025-06-01", "confucio-moura"),
    ("br.senator", "2025-06-01", "chico-rodrigues"),
    ("br.senator", "2025-06-01", "mecias-de-jesus"),
    ("br.senator", "2025-06-01", "veneziano-vital-do-rego"),
    ("br.senator", "2025-06-01", "zenaide-maia"),
    ("br.senator", "2025-06-01", "oriovisto-guimaraes"),
    ("br.senator", "2025-06-01", "styvenson-valentim"),
    ("br.senator", "2025-06-01", "alessandro-vieira"),
    ("br.senator", "2025-06-01", "carlos-portinho"),
    ("br.senator", "2025-06-01", "alan-rick"),
    ("br.senator", "2025-06-01", "renan-filho"),
    ("br.senator", "2025-06-01", "davi-alcolumbre"),
    ("br.senator", "2025-06-01", "omar-aziz"),
    ("br.senator", "2025-06-01", "otto-alencar"),
    ("br.senator", "2025-06-01", "camilo-santana"),
    ("br.senator", "2025-06-01", "damares-alves"),
    ("br.senator", "2025-06-01", "magno-malta"),
    ("br.senator", "2025-06-01", "wilder-morais"),
    ("br.senator", "2025-06-01", "wellington-fagundes"),
    ("br.senator", "2025-06-01", "tereza-cristina"),
    ("br.senator", "2025-06-01", "cleitinho-azevedo"),
    ("br.senator", "2025-06-01", "beto-faro"),
    ("br.senator", "2025-06-01", "efraim-filho"),
    ("br.senator", "2025-06-01", "sergio-moro"),
    ("br.senator", "2025-06-01", "teresa-leitao"),
    ("br.senator", "2025-06-01", "wellington-dias"),
    ("br.senator", "2025-06-01", "romario"),
    ("br.senator", "2025-06-01", "rogerio-marinho"),
    ("br.senator", "2025-06-01", "hamilton-mourao"),
    ("br.senator", "2025-06-01", "jaime-bagattoli"),
    ("br.senator", "2025-06-01", "dr-hiran"),
    ("br.senator", "2025-06-01", "jorge-seif"),
    ("br.senator", "2025-06-01", "marcos-pontes"),
    ("br.senator", "2025-06-01", "laercio-oliveira"),
    ("br.senator", "2025-06-01", "professora-dorinha"),
    ("br.senator", "2025-06-01", "ana-paula-lobato"),
    ("br.senator", "2025-06-01", "augusta-brito"),
    ("br.senator", "2025-06-01", "fernando-farias"),
    ("br.senator", "2025-06-01", "margareth-buzetti"),
    ("br.opposition_leader_senate", "2025-06-01", "rogerio-marinho"),
    ("br.pl_leader_senate", "2025-06-01", "carlos-portinho"),
    ("br.mdb_leader_senate", "2025-06-01", "eduardo-braga"),
    ("br.psd_leader_senate", "2025-06-01", "omar-aziz"),
    ("br.uniao_leader_senate", "2025-06-01", "efraim-filho"),
    ("br.pp_leader_senate", "2025-06-01", "tereza-cristina"),
    ("br.republicanos_leader_senate", "2025-06-01", "mecias-de-jesus"),
    ("br.podemos_leader_senate", "2025-06-01", "carlos-viana"),
    ("br.mdb_leader_chamber", "2026-01-10", "isnaldo-bulhoes"),
    ("br.pp_leader_chamber", "2026-01-10", "doutor-luizinho"),
    ("br.uniao_leader_chamber", "2023-08-16", "elmar-nascimento"),
    ("br.uniao_leader_chamber", "2025-06-01", "pedro-lucas-fernandes"),
    ("br.psd_leader_chamber", "2026-01-10", "antonio-brito-br"),
    ("br.republicanos_leader_chamber", "2026-01-16", "gilberto-abramo"),
    ("br.republicanos_leader_chamber", "2026-03-10", "augusto-coutinho"),
    ("br.psb_leader_chamber", "2026-01-16", "pedro-campos-br"),
    ("br.psb_leader_chamber", "2026-03-10", "jonas-donizette"),
    ("br.psol_leader_chamber", "2026-01-16", "taliria-petrone"),
    ("br.psol_leader_chamber", "2026-03-10", "tarcisio-motta"),
    ("br.acre_governor", "2025-06-01", "gladson-cameli"),
    ("br.alagoas_governor", "2025-06-01", "paulo-dantas"),
    ("br.amapa_governor", "2025-06-01", "clecio-luis"),
    ("br.amazonas_governor", "2025-06-01", "wilson-lima"),
    ("br.ceara_governor", "2025-06-01", "elmano-de-freitas"),
    ("br.federal_district_governor", "2025-06-01", "ibaneis-rocha"),
    ("br.espirito_santo_governor", "2025-06-01", "renato-casagrande"),
    ("br.maranhao_governor", "2025-06-01", "carlos-brandao"),
    ("br.mato_grosso_governor", "2025-06-01", "mauro-mendes"),
    ("br.mato_grosso_do_sul_governor", "2025-06-01", "eduardo-riedel"),
    ("br.paraiba_governor", "2025-06-01", "joao-azevedo"),
    ("br.pernambuco_governor", "2025-06-01", "raquel-lyra"),
    ("br.piaui_governor", "2025-06-01", "rafael-fonteles"),
    ("br.rio_grande_do_norte_governor", "2025-06-01", "fatima-bezerra"),
    ("br.rondonia_governor", "2025-06-01", "marcos-rocha-ro"),
    ("br.roraima_governor", "2025-06-01", "antonio-denarium"),
    ("br.santa_catarina_governor", "2025-06-01", "jorginho-mello"),
    ("br.sergipe_governor", "2025-06-01", "fabio-mitidieri"),
    ("br.tocantins_governor", "2025-06-01", "wanderlei-barbosa"),
    ("br.presidential_precandidate_2026", "2025-11-02", "lula-da-silva"),
    ("br.presidential_precandidate_2026", "2025-12-15", "flavio-bolsonaro"),
    ("br.presidential_precandidate_2026", "2025-09-10", "romeu-zema"),
    ("br.presidential_precandidate_2026", "2025-06-01", "ronaldo-caiado"),
    ("br.presidential_precandidate_2026", "2026-02-06", "ratinho-junior"),
    ("br.presidential_precandidate_2026", "2026-02-06", "eduardo-leite"),
    ("br.presidential_precandidate_2026", "2025-10-10", "renan-santos"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("br.uniao_leader_chamber", "2025-02-01", "elmar-nascimento"),
    ("br.republicanos_leader_chamber", "2026-03-01", "gilberto-abramo"),
    ("br.psb_leader_chamber", "2026-03-01", "pedro-campos-br"),
    ("br.psol_leader_chamber", "2026-03-01", "taliria-petrone"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("position, day, holder", [
    ("br.uniao_leader_chamber", "2024-06-01", "elmar-nascimento"),
    ("br.republicanos_leader_chamber", "2025-12-31", "gilberto-abramo"),
])
def test_predecessors_hold_before_the_change(kb, position, day, holder):
    assert holder in holders(kb, position, day)


def test_the_2018_and_2022_classes_sit_together(kb):
    seated = holders(kb, "br.senator", "2025-06-01")
    assert {"jaques-wagner", "eduardo-braga", "sergio-moro", "tereza-cristina", "damares-alves",
            "ana-paula-lobato", "carlos-portinho", "flavio-bolsonaro"} <= seated
    assert "omar-aziz" not in holders(kb, "br.senator", "2023-01-15")


@pytest.mark.parametrize("title, day, holder", [
    ("Governor of Acre", "2025-06-01", "gladson-cameli"),
    ("Pernambuco governor", "2025-06-01", "raquel-lyra"),
    ("Governor of the Federal District", "2025-06-01", "ibaneis-rocha"),
    ("Governor of Santa Catarina", "2025-06-01", "jorginho-mello"),
    ("opposition leader in the Senate", "2025-06-01", "rogerio-marinho"),
    ("PSD leader in the Senate", "2025-06-01", "omar-aziz"),
    ("União Brasil leader in the Chamber", "2025-06-01", "pedro-lucas-fernandes"),
    ("Republicanos leader in the Chamber", "2026-03-01", "augusto-coutinho"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

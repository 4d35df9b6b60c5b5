"""Defence ministers and service chiefs filling the 2020-2026 holes (issue #11, batch kb18-13) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("ar.defence_minister", "2020-06-01", "agustin-rossi"),
    ("ar.defence_minister", "2021-10-01", "jorge-taiana"),
    ("br.defence_minister", "2020-06-01", "fernando-azevedo-e-silva"),
    ("br.defence_minister", "2021-09-01", "walter-braga-netto"),
    ("br.defence_minister", "2022-09-01", "paulo-sergio-nogueira"),
    ("jp.asdf_chief", "2020-02-01", "yoshinari-marumo"),
    ("jp.asdf_chief", "2022-01-01", "shunji-izutsu"),
    ("jp.gsdf_chief", "2020-06-01", "goro-yuasa"),
    ("jp.gsdf_chief", "2021-03-27", "yoshihide-yoshida"),
    ("jp.msdf_chief", "2021-01-01", "hiroshi-yamamura"),
    ("kr.jcs_chairman", "2020-01-01", "park-han-ki"),
    ("kr.jcs_chairman", "2021-06-01", "won-in-choul"),
    ("il.defense_minister", "2020-01-15", "naftali-bennett"),
    ("ua.defence_minister", "2020-01-15", "andriy-zahorodniuk"),
    ("pk.defence_minister", "2022-10-01", "khawaja-asif"),
    ("ng.defence_minister", "2021-01-01", "bashir-magashi"),
    ("bd.defence_minister", "2021-01-01", "sheikh-hasina"),
    ("sy.defence_minister", "2021-01-01", "ali-abdullah-ayoub"),
    ("iq.defence_minister", "2021-01-01", "juma-inad"),
    ("co.defence_minister", "2020-06-01", "carlos-holmes-trujillo"),
    ("co.defence_minister", "2021-02-01", "luis-fernando-navarro"),
    ("co.defence_minister", "2021-06-01", "diego-molano"),
    ("ke.defence_minister", "2020-01-05", "raychelle-omamo"),
    ("ke.defence_minister", "2020-06-01", "monica-juma"),
    ("ke.defence_minister", "2022-01-01", "eugene-wamalwa"),
    ("nl.defence_minister", "2020-06-01", "ank-bijleveld"),
    ("nl.defence_minister", "2021-09-20", "ferd-grapperhaus"),
    ("nl.defence_minister", "2021-11-01", "henk-kamp"),
    ("se.defence_minister", "2021-01-01", "peter-hultqvist"),
    ("fi.defence_minister", "2021-01-01", "antti-kaikkonen"),
    ("fi.defence_minister", "2023-02-01", "mikko-savola"),
    ("fi.defence_minister", "2023-04-01", "antti-kaikkonen"),
    ("dk.defence_minister", "2021-01-01", "trine-bramsen"),
    ("dk.defence_minister", "2022-06-01", "morten-bodskov"),
    ("gr.defence_minister", "2021-01-01", "nikos-panagiotopoulos"),
    ("gr.defence_minister", "2023-06-10", "alkiviadis-stefanis"),
    ("ro.defence_minister", "2022-10-27", "nicolae-ciuca"),
    ("ro.defence_minister", "2023-01-01", "angel-tilvar"),
    ("ie.defence_minister", "2021-01-01", "simon-coveney"),
    ("cz.defence_minister", "2020-06-01", "lubomir-metnar"),
    ("pt.defence_minister", "2021-01-01", "joao-gomes-cravinho"),
    ("be.defence_minister", "2020-06-01", "philippe-goffin"),
    ("no.defence_minister", "2020-06-01", "frank-bakke-jensen"),
    ("ee.defence_minister", "2020-06-01", "juri-luik"),
    ("ee.defence_minister", "2021-06-01", "kalle-laanet"),
    ("lt.defence_minister", "2020-06-01", "raimundas-karoblis"),
    ("sk.defence_minister", "2021-01-01", "jaroslav-nad"),
    ("sk.defence_minister", "2023-07-01", "martin-sklenar"),
    ("cl.defence_minister", "2020-01-15", "alberto-espina"),
    ("cl.defence_minister", "2020-10-01", "mario-desbordes"),
    ("cl.defence_minister", "2021-06-01", "baldo-prokurica"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ar.defence_minister", "2021-10-01", "agustin-rossi"),
    ("br.defence_minister", "2021-09-01", "fernando-azevedo-e-silva"),
    ("br.defence_minister", "2023-02-01", "paulo-sergio-nogueira"),
    ("jp.asdf_chief", "2023-04-15", "shunji-izutsu"),
    ("jp.gsdf_chief", "2021-04-15", "goro-yuasa"),
    ("jp.msdf_chief", "2022-04-15", "hiroshi-yamamura"),
    ("kr.jcs_chairman", "2020-10-15", "park-han-ki"),
    ("il.defense_minister", "2020-06-01", "naftali-bennett"),
    ("ua.defence_minister", "2020-04-01", "andriy-zahorodniuk"),
    ("pk.defence_minister", "2022-04-15", "khawaja-asif"),
    ("ng.defence_minister", "2023-07-01", "bashir-magashi"),
    ("sy.defence_minister", "2022-05-15", "ali-abdullah-ayoub"),
    ("co.defence_minister", "2021-02-10", "luis-fernando-navarro"),
    ("ke.defence_minister", "2021-11-01", "monica-juma"),
    ("nl.defence_minister", "2021-10-01", "ank-bijleveld"),
    ("fi.defence_minister", "2023-03-15", "mikko-savola"),
    ("dk.defence_minister", "2022-03-01", "trine-bramsen"),
    ("gr.defence_minister", "2023-06-10", "nikos-panagiotopoulos"),
    ("ro.defence_minister", "2022-11-15", "nicolae-ciuca"),
    ("cz.defence_minister", "2022-01-15", "lubomir-metnar"),
    ("be.defence_minister", "2020-11-01", "philippe-goffin"),
    ("ee.defence_minister", "2021-03-01", "juri-luik"),
    ("lt.defence_minister", "2021-01-15", "raimundas-karoblis"),
    ("sk.defence_minister", "2023-07-01", "jaroslav-nad"),
    ("cl.defence_minister", "2021-01-15", "mario-desbordes"),
])
def test_no_longer_holding(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("position, day", [
    ("cn.defense_minister", "2023-11-15"),
    ("ng.defence_minister", "2023-07-01"),
])
def test_vacancies_noted(kb, position, day):
    assert holders(kb, position, day) == set()

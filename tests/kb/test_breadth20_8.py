"""Former interior / home affairs ministers 2010-2024 (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("gb.home_secretary", "2014-06-01", "theresa-may"),
    ("gb.home_secretary", "2017-06-01", "amber-rudd"),
    ("gb.home_secretary", "2018-10-01", "sajid-javid"),
    ("gb.home_secretary", "2021-01-01", "priti-patel"),
    ("gb.home_secretary", "2022-10-01", "suella-braverman"),
    ("gb.home_secretary", "2022-10-22", "grant-shapps"),
    ("gb.home_secretary", "2023-06-01", "suella-braverman"),
    ("de.interior_minister", "2012-06-01", "hans-peter-friedrich"),
    ("de.interior_minister", "2016-06-01", "thomas-de-maiziere"),
    ("de.interior_minister", "2020-06-01", "horst-seehofer"),
    ("it.interior_minister", "2019-01-01", "matteo-salvini"),
    ("it.interior_minister", "2021-01-01", "luciana-lamorgese"),
    ("fr.interior_minister", "2018-01-01", "gerard-collomb"),
    ("fr.interior_minister", "2019-06-01", "christophe-castaner"),
    ("in.home_minister", "2016-01-01", "rajnath-singh"),
    ("in.home_minister", "2022-01-01", "amit-shah"),
    ("cn.public_security_minister", "2020-01-01", "zhao-kezhi"),
    ("ua.interior_minister", "2018-01-01", "arsen-avakov"),
    ("ua.interior_minister", "2022-06-01", "denys-monastyrsky"),
    ("es.interior_minister", "2020-06-01", "fernando-grande-marlaska"),
    ("tr.interior_minister", "2020-01-01", "suleyman-soylu"),
    ("au.home_affairs_minister", "2019-06-01", "peter-dutton"),
    ("au.home_affairs_minister", "2021-12-01", "karen-andrews"),
    ("pk.interior_minister", "2021-06-01", "sheikh-rashid-ahmed"),
    ("pk.interior_minister", "2023-01-01", "rana-sanaullah"),
    ("ir.interior_minister", "2022-06-01", "ahmad-vahidi"),
    ("mx.interior_secretary", "2020-01-01", "olga-sanchez-cordero"),
    ("mx.interior_secretary", "2022-06-01", "adan-augusto-lopez"),
    ("za.home_affairs_minister", "2019-01-01", "siyabonga-cwele"),
    ("za.home_affairs_minister", "2022-01-01", "aaron-motsoaledi"),
    ("ng.interior_minister", "2021-01-01", "rauf-aregbesola"),
    ("id.home_affairs_minister", "2017-01-01", "tjahjo-kumolo"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gb.home_secretary", "2017-01-01", "theresa-may"),
    ("gb.home_secretary", "2023-12-01", "suella-braverman"),
    ("de.interior_minister", "2022-06-01", "horst-seehofer"),
    ("it.interior_minister", "2023-01-01", "luciana-lamorgese"),
    ("fr.interior_minister", "2021-01-01", "christophe-castaner"),
    ("cn.public_security_minister", "2023-01-01", "zhao-kezhi"),
    ("ua.interior_minister", "2023-06-01", "denys-monastyrsky"),
    ("tr.interior_minister", "2024-01-01", "suleyman-soylu"),
    ("au.home_affairs_minister", "2023-01-01", "karen-andrews"),
    ("ir.interior_minister", "2025-01-01", "ahmad-vahidi"),
    ("za.home_affairs_minister", "2025-01-01", "aaron-motsoaledi"),
    ("id.home_affairs_minister", "2020-01-01", "tjahjo-kumolo"),
])
def test_former_holders_gone(kb, position, day, gone):
    assert gone not in holders(kb, position, day)

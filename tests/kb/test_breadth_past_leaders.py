"""Past heads of state and government (issue #11) hold their office on known days, hand it over on
the right day, and a past leader's bare family name does not take links from people in office now."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("us.president", "1790-01-01", "george-washington"),
    ("us.president", "1863-01-01", "abraham-lincoln"),
    ("us.president", "1893-06-01", "grover-cleveland"),
    ("us.president", "1942-01-01", "franklin-d-roosevelt"),
    ("us.president", "1972-02-21", "richard-nixon"),
    ("us.president", "1985-06-01", "ronald-reagan"),
    ("us.president", "1990-06-01", "george-h-w-bush"),
    ("us.vice_president", "1790-01-01", "john-adams"),
    ("us.vice_president", "1955-01-01", "richard-nixon"),
    ("us.vice_president", "1974-01-01", "gerald-ford"),
    ("us.vice_president", "1995-01-01", "al-gore"),
    ("us.vice_president", "2005-01-01", "dick-cheney"),
    ("gb.prime_minister", "1900-06-01", "robert-gascoyne-cecil-salisbury"),
    ("gb.prime_minister", "1942-01-01", "winston-churchill"),
    ("gb.prime_minister", "1953-01-01", "winston-churchill"),
    ("gb.prime_minister", "1985-06-01", "margaret-thatcher"),
    ("gb.prime_minister", "1995-01-01", "john-major"),
    ("gb.monarch", "1900-06-01", "queen-victoria"),
    ("gb.monarch", "1940-01-01", "george-vi"),
    ("jp.prime_minister", "1950-01-01", "shigeru-yoshida"),
    ("jp.prime_minister", "1958-01-01", "nobusuke-kishi"),
    ("jp.prime_minister", "1985-06-01", "yasuhiro-nakasone"),
    ("jp.prime_minister", "1995-08-15", "tomiichi-murayama"),
    ("kr.president", "1950-06-25", "syngman-rhee"),
    ("kr.president", "1970-01-01", "park-chung-hee"),
    ("kr.president", "1995-01-01", "kim-young-sam"),
    ("kr.acting_president", "1979-11-15", "choi-kyu-hah"),
    ("kr.prime_minister", "1999-01-01", "kim-jong-pil"),
    ("cn.president", "1956-01-01", "mao-zedong"),
    ("cn.president", "1965-01-01", "liu-shaoqi"),
    ("cn.president", "1990-01-01", "yang-shangkun"),
    ("cn.premier", "1972-02-21", "zhou-enlai"),
    ("cn.premier", "1990-01-01", "li-peng"),
    ("cn.general_secretary", "1985-01-01", "hu-yaobang"),
    ("cn.general_secretary", "1960-01-01", "deng-xiaoping"),
    ("tw.president", "1960-01-01", "chiang-kai-shek"),
    ("tw.president", "1980-01-01", "chiang-ching-kuo"),
    ("tw.premier", "1995-01-01", "lien-chan"),
    ("de.chancellor", "1955-01-01", "konrad-adenauer"),
    ("de.chancellor", "1971-01-01", "willy-brandt"),
    ("de.chancellor", "1990-10-03", "helmut-kohl"),
    ("de.president", "1990-10-03", "richard-von-weizsaecker"),
    ("fr.president", "1962-01-01", "charles-de-gaulle"),
    ("fr.president", "1990-01-01", "francois-mitterrand"),
    ("fr.prime_minister", "1994-01-01", "edouard-balladur"),
    ("ru.soviet_leader", "1920-01-01", "vladimir-lenin"),
    ("ru.soviet_leader", "1945-05-09", "joseph-stalin"),
    ("ru.soviet_leader", "1962-10-16", "nikita-khrushchev"),
    ("ru.soviet_leader", "1975-01-01", "leonid-brezhnev"),
    ("ru.soviet_leader", "1989-11-09", "mikhail-gorbachev"),
    ("ru.president", "1995-01-01", "boris-yeltsin"),
    ("ru.prime_minister", "1995-01-01", "viktor-chernomyrdin"),
    ("ru.prime_minister", "1999-01-01", "yevgeny-primakov"),
    ("in.prime_minister", "1950-01-26", "jawaharlal-nehru"),
    ("in.prime_minister", "1971-12-16", "indira-gandhi"),
    ("in.prime_minister", "1992-01-01", "p-v-narasimha-rao"),
    ("ca.prime_minister", "1970-01-01", "pierre-trudeau"),
    ("ca.prime_minister", "1988-01-01", "brian-mulroney"),
    ("au.prime_minister", "1960-01-01", "robert-menzies"),
    ("au.prime_minister", "1988-01-26", "bob-hawke"),
    ("it.prime_minister", "1950-01-01", "alcide-de-gasperi"),
    ("it.prime_minister", "2003-01-01", "silvio-berlusconi"),
    ("it.prime_minister", "2012-01-01", "mario-monti"),
])
def test_past_leader_held_office_on_known_day(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, before, after", [
    # the handover day belongs to both; the day before only to the outgoing holder
    ("us.president", "1945-04-12", "franklin-d-roosevelt", "harry-s-truman"),
    ("us.president", "1963-11-22", "john-f-kennedy", "lyndon-b-johnson"),
    ("us.president", "1993-01-20", "george-h-w-bush", "bill-clinton"),
    ("gb.prime_minister", "1997-05-02", "john-major", "tony-blair"),
    ("jp.prime_minister", "1998-07-30", "ryutaro-hashimoto", "keizo-obuchi"),
    ("kr.president", "1998-02-25", "kim-young-sam", "kim-dae-jung"),
    ("de.chancellor", "1998-10-27", "helmut-kohl", "gerhard-schroeder"),
    ("fr.president", "1995-05-17", "francois-mitterrand", "jacques-chirac"),
    ("ru.soviet_leader", "1985-03-11", "konstantin-chernenko", "mikhail-gorbachev"),
    ("in.prime_minister", "1998-03-19", "i-k-gujral", "atal-bihari-vajpayee"),
    ("au.prime_minister", "1996-03-11", "paul-keating", "john-howard"),
    ("ca.prime_minister", "1993-11-04", "kim-campbell", "jean-chretien"),
])
def test_successor_does_not_hold_office_before_handover(kb, position, day, before, after):
    eve = date.fromordinal(date.fromisoformat(day).toordinal() - 1).isoformat()
    held_eve = holders(kb, position, eve)
    assert before in held_eve and after not in held_eve
    assert after in holders(kb, position, day)


@pytest.mark.parametrize("position, day", [
    # before the 25th Amendment (1967) a vice president who succeeded left the office empty
    ("us.vice_president", "1946-01-01"),
    ("us.vice_president", "1964-06-01"),
    # Ford became president on 1974-08-09; Rockefeller was sworn in on 1974-12-19
    ("us.vice_president", "1974-10-01"),
])
def test_vacant_office_has_no_holder(kb, position, day):
    assert holders(kb, position, day) == set()


@pytest.mark.parametrize("person, family", [
    # someone in office 2024-2026 bears the family name, so the past leader goes without it
    ("lyndon-b-johnson", "Johnson"),
    ("andrew-johnson", "Johnson"),
    ("woodrow-wilson", "Wilson"),
    ("pierre-trudeau", "Trudeau"),
    ("indira-gandhi", "Gandhi"),
    ("joseph-stalin", "Stalin"),
    ("kim-young-sam", "Kim"),
    ("park-chung-hee", "Park"),
    ("mao-zedong", "Mao"),
])
def test_past_leader_does_not_claim_a_family_name_borne_in_office_now(kb, person, family):
    forms = {f.form for f in kb.person_forms if f.entity == person}
    assert kb.persons[person].family is None
    assert family not in forms


@pytest.mark.parametrize("person, family", [
    # the family name is also a place or a company: a bare 'Washington' must stay the city
    ("george-washington", "Washington"),
    ("grover-cleveland", "Cleveland"),
    ("gerald-ford", "Ford"),
    ("emilio-colombo", "Colombo"),
    ("giovanni-leone", "Leone"),
])
def test_past_leader_does_not_claim_a_place_or_company_name(kb, person, family):
    assert family not in {f.form for f in kb.person_forms if f.entity == person}
    assert kb.persons[person].note and family in kb.persons[person].note


@pytest.mark.parametrize("person, form", [
    ("richard-nixon", "尼克松"),
    ("mikhail-gorbachev", "Михаил Горбачёв"),
    ("yasuhiro-nakasone", "中曽根康弘"),
    ("kim-young-sam", "김영삼"),
    ("deng-xiaoping", "邓小平"),
    ("chiang-kai-shek", "蔣介石"),
    ("george-h-w-bush", "George Herbert Walker Bush"),
])
def test_past_leader_carries_native_and_full_name_forms(kb, person, form):
    names = {a for aliases in kb.persons[person].aliases.values() for a in aliases} | {kb.persons[person].name}
    assert form in names

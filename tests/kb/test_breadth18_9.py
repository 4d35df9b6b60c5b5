"""Holes in the lists of heads of state and government 2000-2026 (Liberia to Yemen) filled with
verified holders, and corrected terms (issue #11): who held the office on a day inside the term."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("lr.president", "2001-06-01", "charles-taylor"),
    ("lr.president", "2003-09-01", "moses-blah"),
    ("lt.prime_minister", "2001-03-01", "rolandas-paksas"),
    ("lt.prime_minister", "2001-06-25", "eugenijus-gentvilas"),
    ("lt.prime_minister", "2004-01-01", "algirdas-brazauskas"),
    ("lt.prime_minister", "2006-06-15", "zigmantas-balcytis"),
    ("lt.prime_minister", "2007-06-01", "gediminas-kirkilas"),
    ("lt.prime_minister", "2014-06-01", "algirdas-butkevicius"),
    ("lt.prime_minister", "2018-06-01", "saulius-skvernelis"),
    ("lv.prime_minister", "2008-06-01", "ivars-godmanis"),
    ("lv.prime_minister", "2011-06-01", "valdis-dombrovskis"),
    ("lv.prime_minister", "2015-01-01", "laimdota-straujuma"),
    ("lv.prime_minister", "2017-06-01", "maris-kucinskis"),
    ("ma.head_of_government", "2001-01-01", "abderrahmane-youssoufi"),
    ("ma.head_of_government", "2005-01-01", "driss-jettou"),
    ("ma.head_of_government", "2008-01-01", "abbas-el-fassi"),
    ("md.prime_minister", "2015-07-10", "natalia-gherman"),
    ("md.prime_minister", "2015-09-01", "valeriu-strelet"),
    ("mg.president", "2011-01-01", "andry-rajoelina"),
    ("mm.prime_minister", "2001-01-01", "than-shwe"),
    ("mm.prime_minister", "2004-01-01", "khin-nyunt"),
    ("mm.prime_minister", "2006-01-01", "soe-win-prime-minister"),
    ("mm.prime_minister", "2009-01-01", "thein-sein"),
    ("mm.president", "2012-01-01", "thein-sein"),
    ("mr.president", "2006-01-01", "ely-ould-mohamed-vall"),
    ("mr.president", "2008-01-01", "sidi-ould-cheikh-abdallahi"),
    ("mr.prime_minister", "2020-01-01", "ismail-ould-bedde-ould-cheikh-sidiya"),
    ("mr.prime_minister", "2021-06-01", "mohamed-ould-bilal"),
    ("mu.president", "2012-05-01", "monique-ohsan-bellepeau"),
    ("mu.president", "2015-06-01", "monique-ohsan-bellepeau"),
    ("ng.president", "2008-06-01", "umaru-musa-yaradua"),
    ("ng.president", "2013-01-01", "goodluck-jonathan"),
    ("ng.president", "2015-06-01", "muhammadu-buhari"),
    ("pk.prime_minister", "2018-07-01", "nasirul-mulk"),
    ("pk.prime_minister", "2018-05-20", "shahid-khaqan-abbasi"),
    ("py.president", "2001-01-01", "luis-gonzalez-macchi"),
    ("rs.president", "2001-01-01", "milan-milutinovic"),
    ("rs.president", "2003-06-01", "natasa-micic"),
    ("rs.president", "2004-02-20", "dragan-marsicanin"),
    ("rs.president", "2004-06-01", "predrag-markovic"),
    ("rs.president", "2005-01-01", "boris-tadic"),
    ("sd.prime_minister", "2018-01-01", "bakri-hassan-saleh"),
    ("sd.prime_minister", "2018-12-01", "motazz-moussa"),
    ("sd.prime_minister", "2019-03-15", "mohamed-tahir-ayala"),
    ("si.prime_minister", "2000-01-01", "janez-drnovsek"),
    ("si.prime_minister", "2000-09-01", "andrej-bajuk"),
    ("si.prime_minister", "2002-01-01", "janez-drnovsek"),
    ("si.prime_minister", "2004-01-01", "anton-rop"),
    ("si.prime_minister", "2006-01-01", "janez-jansa"),
    ("si.prime_minister", "2010-01-01", "borut-pahor"),
    ("si.prime_minister", "2012-06-01", "janez-jansa"),
    ("si.prime_minister", "2014-01-01", "alenka-bratusek"),
    ("si.prime_minister", "2016-01-01", "miro-cerar"),
    ("si.prime_minister", "2019-06-01", "marjan-sarec"),
    ("si.prime_minister", "2021-06-01", "janez-jansa"),
    ("th.prime_minister", "2014-05-15", "niwatthamrong-boonsongpaisan"),
    ("th.prime_minister", "2014-07-01", "prayut-chan-o-cha"),
    ("ua.president", "2014-04-01", "oleksandr-turchynov"),
    ("ye.prime_minister", "2000-06-01", "abdul-karim-al-iryani"),
    ("ye.prime_minister", "2004-01-01", "abdul-qadir-bajamal"),
    ("ye.prime_minister", "2009-01-01", "ali-muhammad-mujawar"),
    ("ye.prime_minister", "2013-01-01", "mohammed-basindawa"),
    ("ye.prime_minister", "2015-06-01", "khaled-bahah"),
    ("ye.prime_minister", "2017-06-01", "ahmed-obeid-bin-daghr"),
    ("ye.prime_minister", "2019-06-01", "maeen-abdulmalik-saeed"),
    ("ls.prime_minister", "2005-01-01", "pakalitha-mosisili"),
    ("ls.prime_minister", "2013-01-01", "tom-thabane"),
    ("ls.prime_minister", "2016-01-01", "pakalitha-mosisili"),
    ("ls.prime_minister", "2019-01-01", "tom-thabane"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("lr.president", "2004-01-01", "moses-blah"),
    ("lt.prime_minister", "2001-08-01", "rolandas-paksas"),
    ("lt.prime_minister", "2009-06-01", "gediminas-kirkilas"),
    ("lv.prime_minister", "2014-06-01", "valdis-dombrovskis"),
    ("ma.head_of_government", "2007-09-10", "abbas-el-fassi"),
    ("md.prime_minister", "2015-11-15", "valeriu-strelet"),
    ("mg.president", "2014-06-01", "andry-rajoelina"),
    ("mm.prime_minister", "2012-01-01", "thein-sein"),
    ("mr.president", "2008-09-01", "sidi-ould-cheikh-abdallahi"),
    ("mr.prime_minister", "2020-09-01", "ismail-ould-bedde-ould-cheikh-sidiya"),
    ("mu.president", "2012-08-01", "monique-ohsan-bellepeau"),
    ("ng.president", "2010-06-01", "umaru-musa-yaradua"),
    ("ng.president", "2015-01-01", "muhammadu-buhari"),
    ("pk.prime_minister", "2018-06-15", "shahid-khaqan-abbasi"),
    ("pk.prime_minister", "2018-09-01", "nasirul-mulk"),
    ("py.president", "2004-01-01", "luis-gonzalez-macchi"),
    ("rs.president", "2004-03-01", "boris-tadic"),
    ("rs.president", "2004-08-01", "predrag-markovic"),
    ("sd.prime_minister", "2019-05-01", "mohamed-tahir-ayala"),
    ("si.prime_minister", "2023-01-01", "janez-jansa"),
    ("th.prime_minister", "2014-06-01", "niwatthamrong-boonsongpaisan"),
    ("ua.president", "2014-07-01", "oleksandr-turchynov"),
    ("ye.prime_minister", "2019-06-01", "ahmed-obeid-bin-daghr"),
    ("ls.prime_minister", "2021-01-01", "tom-thabane"),
])
def test_holders_gone_after_their_terms(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("position, day", [
    ("lr.president", "2005-01-01"),
    ("mm.prime_minister", "2015-01-01"),
    ("sd.prime_minister", "2019-06-01"),
    ("tn.prime_minister", "2021-09-01"),
    ("sy.president", "2025-01-01"),
])
def test_vacant_offices_have_no_holder(kb, position, day):
    assert not holders(kb, position, day)


@pytest.mark.parametrize("position, day, holder", [
    ("ne.prime_minister", "2003-01-01", "hama-amadou"),
    ("ne.prime_minister", "2008-01-01", "seyni-oumarou"),
    ("ne.prime_minister", "2010-01-01", "ali-badjo-gamatie"),
    ("ne.prime_minister", "2010-06-01", "mahamadou-danda"),
    ("ne.prime_minister", "2015-01-01", "brigi-rafini"),
    ("ne.prime_minister", "2022-01-01", "ouhoumoudou-mahamadou"),
])
def test_niger_prime_ministers(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ne.prime_minister", "2008-01-01", "hama-amadou"),
    ("ne.prime_minister", "2021-06-01", "brigi-rafini"),
    ("ne.prime_minister", "2023-08-01", "ouhoumoudou-mahamadou"),
])
def test_niger_prime_ministers_gone(kb, position, day, gone):
    assert gone not in holders(kb, position, day)

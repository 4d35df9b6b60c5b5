"""Holes in heads of state and government 2000-2026, remaining offices (issue #11, batch kb18-17):
the holders filled in resolve on days inside their terms, and no longer after them."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Serbia
    ("rs.prime_minister", "2000-06-01", "mirko-marjanovic"),
    ("rs.prime_minister", "2000-12-01", "milomir-minic"),
    ("rs.prime_minister", "2002-06-01", "zoran-djindjic"),
    ("rs.prime_minister", "2003-03-14", "nebojsa-covic"),
    ("rs.prime_minister", "2003-10-01", "zoran-zivkovic"),
    ("rs.prime_minister", "2006-01-01", "vojislav-kostunica"),
    ("rs.prime_minister", "2010-01-01", "mirko-cvetkovic"),
    ("rs.prime_minister", "2013-06-01", "ivica-dacic"),
    ("rs.prime_minister", "2016-01-01", "aleksandar-vucic"),
    ("rs.prime_minister", "2017-06-15", "ivica-dacic"),
    # Jordan
    ("jo.prime_minister", "2006-06-01", "marouf-al-bakhit"),
    ("jo.prime_minister", "2008-06-01", "nader-al-dahabi"),
    ("jo.prime_minister", "2010-06-01", "samir-rifai"),
    ("jo.prime_minister", "2011-06-01", "marouf-al-bakhit"),
    ("jo.prime_minister", "2012-01-15", "awn-khasawneh"),
    ("jo.prime_minister", "2012-07-01", "fayez-tarawneh"),
    ("jo.prime_minister", "2014-01-01", "abdullah-ensour"),
    ("jo.prime_minister", "2017-01-01", "hani-mulki"),
    ("jo.prime_minister", "2019-06-01", "omar-razzaz"),
    # Lebanon, Iraq
    ("lb.prime_minister", "2000-01-01", "salim-al-hoss"),
    ("lb.prime_minister", "2002-01-01", "rafik-hariri"),
    ("lb.prime_minister", "1995-01-01", "rafik-hariri"),
    ("iq.prime_minister", "2000-01-01", "saddam-hussein"),
    # South Korea 2002, Belarus, North Korea
    ("kr.prime_minister", "2002-07-20", "chang-sang"),
    ("kr.prime_minister", "2002-08-05", "jeon-yun-churl"),
    ("kr.prime_minister", "2002-08-20", "chang-dae-whan"),
    ("kr.prime_minister", "2002-09-05", "jeon-yun-churl"),
    ("kr.prime_minister", "2002-09-20", "kim-suk-soo"),
    ("by.prime_minister", "2002-06-01", "gennady-novitsky"),
    ("kp.premier", "2000-01-01", "hong-song-nam"),
    ("kp.premier", "2005-01-01", "pak-pong-ju"),
    # Romania, DR Congo
    ("ro.prime_minister", "2002-06-01", "adrian-nastase"),
    ("ro.prime_minister", "2021-06-01", "florin-citu"),
    ("ro.prime_minister", "2022-06-01", "nicolae-ciuca"),
    ("cd.prime_minister", "2020-01-01", "sylvestre-ilunga-ilunkamba"),
    # Kyrgyzstan
    ("kg.president", "2000-01-01", "askar-akayev"),
    ("kg.president", "2005-06-01", "kurmanbek-bakiyev"),
    ("kg.president", "2008-01-01", "kurmanbek-bakiyev"),
    ("kg.president", "2011-01-01", "roza-otunbayeva"),
    ("kg.president", "2014-01-01", "almazbek-atambayev"),
    ("kg.president", "2019-01-01", "sooronbay-jeenbekov"),
    ("kg.president", "2020-11-01", "sadyr-japarov"),
    ("kg.president", "2020-12-15", "talant-mamytov"),
    # Fiji
    ("fj.prime_minister", "2000-01-01", "mahendra-chaudhry"),
    ("fj.prime_minister", "2004-01-01", "laisenia-qarase"),
    ("fj.prime_minister", "2006-12-20", "jona-senilagakali"),
    ("fj.prime_minister", "2015-01-01", "frank-bainimarama"),
    ("fj.president", "2000-01-01", "kamisese-mara"),
    ("fj.president", "2004-01-01", "josefa-iloilo"),
    ("fj.president", "2006-12-20", "frank-bainimarama"),
    ("fj.president", "2012-01-01", "epeli-nailatikau"),
    ("fj.president", "2018-01-01", "jioji-konrote"),
    # Senegal, Mali
    ("sn.prime_minister", "2000-01-01", "mamadou-lamine-loum"),
    ("sn.prime_minister", "2000-06-01", "moustapha-niasse"),
    ("sn.prime_minister", "2002-01-01", "mame-madior-boye"),
    ("sn.prime_minister", "2003-01-01", "idrissa-seck"),
    ("sn.prime_minister", "2006-01-01", "macky-sall"),
    ("sn.prime_minister", "2008-01-01", "cheikh-hadjibou-soumare"),
    ("sn.prime_minister", "2010-01-01", "souleymane-ndene-ndiaye"),
    ("sn.prime_minister", "2013-01-01", "abdoul-mbaye"),
    ("sn.prime_minister", "2014-01-01", "aminata-toure"),
    ("sn.prime_minister", "2017-01-01", "mahammed-boun-abdallah-dionne"),
    ("ml.prime_minister", "2000-01-01", "ibrahim-boubacar-keita"),
    ("ml.prime_minister", "2001-01-01", "mande-sidibe"),
    ("ml.prime_minister", "2002-05-01", "modibo-keita-1942"),
    ("ml.prime_minister", "2003-01-01", "ahmed-mohamed-ag-hamani"),
    ("ml.prime_minister", "2006-01-01", "ousmane-issoufi-maiga"),
    ("ml.prime_minister", "2009-01-01", "modibo-sidibe"),
    ("ml.prime_minister", "2012-01-01", "cisse-mariam-kaidama-sidibe"),
    ("ml.prime_minister", "2012-06-01", "cheick-modibo-diarra"),
    ("ml.prime_minister", "2013-03-01", "diango-cissoko"),
    # Bahamas, Papua New Guinea
    ("bs.governor_general", "2000-01-01", "orville-turnquest"),
    ("bs.governor_general", "2003-01-01", "ivy-dumont"),
    ("bs.governor_general", "2006-01-15", "paul-adderley"),
    ("bs.governor_general", "2008-01-01", "arthur-dion-hanna"),
    ("bs.governor_general", "2012-01-01", "arthur-foulkes"),
    ("bs.governor_general", "2016-01-01", "marguerite-pindling"),
    ("pg.governor_general", "2000-01-01", "silas-atopare"),
    ("pg.governor_general", "2004-01-01", "bill-skate"),
    ("pg.governor_general", "2004-06-10", "jeffrey-nape"),
    ("pg.governor_general", "2007-01-01", "paulias-matane"),
    ("pg.governor_general", "2014-01-01", "michael-ogio"),
    ("pg.governor_general", "2017-02-20", "theo-zurenuoc"),
    # Côte d'Ivoire, Republic of the Congo, Tuvalu
    ("ci.prime_minister", "2009-01-01", "guillaume-soro"),
    ("ci.prime_minister", "2012-06-01", "jeannot-ahoussou-kouadio"),
    ("ci.prime_minister", "2015-01-01", "daniel-kablan-duncan"),
    ("ci.prime_minister", "2019-01-01", "amadou-gon-coulibaly"),
    ("cg.prime_minister", "2007-06-01", "isidore-mvouba"),
    ("cg.prime_minister", "2016-05-01", "clement-mouamba"),
    ("tv.prime_minister", "2000-01-01", "ionatana-ionatana"),
    ("tv.prime_minister", "2001-01-15", "lagitupu-tuilimu"),
    ("tv.prime_minister", "2001-06-01", "faimalaga-luka"),
    ("tv.prime_minister", "2012-01-01", "willy-telavi"),
    ("tv.prime_minister", "2016-01-01", "enele-sopoaga"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("rs.prime_minister", "2001-06-01", "milomir-minic"),
    ("rs.prime_minister", "2004-06-01", "zoran-zivkovic"),
    ("rs.prime_minister", "2009-01-01", "vojislav-kostunica"),
    ("rs.prime_minister", "2013-01-01", "mirko-cvetkovic"),
    ("rs.prime_minister", "2018-01-01", "aleksandar-vucic"),
    ("rs.prime_minister", "2018-01-01", "ivica-dacic"),
    ("jo.prime_minister", "2009-01-01", "marouf-al-bakhit"),
    ("jo.prime_minister", "2011-06-01", "samir-rifai"),
    ("jo.prime_minister", "2017-01-01", "abdullah-ensour"),
    ("jo.prime_minister", "2021-01-01", "omar-razzaz"),
    ("lb.prime_minister", "2005-01-01", "rafik-hariri"),
    ("iq.prime_minister", "2003-06-01", "saddam-hussein"),
    ("kr.prime_minister", "2002-08-20", "chang-sang"),
    ("by.prime_minister", "2004-01-01", "gennady-novitsky"),
    ("kp.premier", "2008-01-01", "pak-pong-ju"),
    ("ro.prime_minister", "2005-06-01", "adrian-nastase"),
    ("ro.prime_minister", "2024-01-01", "nicolae-ciuca"),
    ("kg.president", "2006-01-01", "askar-akayev"),
    ("kg.president", "2021-06-01", "sooronbay-jeenbekov"),
    ("kg.president", "2021-06-01", "talant-mamytov"),
    ("fj.prime_minister", "2000-06-15", "mahendra-chaudhry"),
    ("fj.prime_minister", "2023-06-01", "frank-bainimarama"),
    ("fj.president", "2022-01-01", "jioji-konrote"),
    ("sn.prime_minister", "2020-06-01", "mahammed-boun-abdallah-dionne"),
    ("sn.prime_minister", "2010-01-01", "macky-sall"),
    ("ml.prime_minister", "2014-01-01", "diango-cissoko"),
    ("bs.governor_general", "2020-01-01", "marguerite-pindling"),
    ("pg.governor_general", "2018-01-01", "michael-ogio"),
    ("ci.prime_minister", "2013-01-01", "jeannot-ahoussou-kouadio"),
    ("ci.prime_minister", "2021-01-01", "amadou-gon-coulibaly"),
    ("cg.prime_minister", "2012-01-01", "isidore-mvouba"),
    ("tv.prime_minister", "2020-01-01", "enele-sopoaga"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("position, day", [
    ("iq.prime_minister", "2003-10-01"),
    ("sn.prime_minister", "2020-06-01"),
    ("cg.prime_minister", "2012-01-01"),
    ("fj.prime_minister", "2000-06-15"),
])
def test_vacant_periods_have_no_holder(kb, position, day):
    assert holders(kb, position, day) == set()


@pytest.mark.parametrize("title, day, holder", [
    ("Serbian Prime Minister", "2006-01-01", "vojislav-kostunica"),
    ("Jordanian Prime Minister", "2019-06-01", "omar-razzaz"),
    ("Kyrgyz President", "2014-01-01", "almazbek-atambayev"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

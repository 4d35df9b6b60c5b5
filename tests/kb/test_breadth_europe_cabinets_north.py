"""Deputy prime ministers, interior, justice and economy ministers, speakers and defence chiefs of
Czechia, Romania, Denmark, Norway, Finland, Portugal, Ireland and the Netherlands (issue #11)
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Czechia: the Fiala cabinet until 2025-12-15, then Babiš
    ("cz.deputy_prime_minister", "2023-01-01", "vit-rakusan"),
    ("cz.deputy_prime_minister", "2023-01-01", "marian-jurecka"),
    ("cz.deputy_prime_minister", "2023-01-01", "ivan-bartos"),
    ("cz.deputy_prime_minister", "2025-06-01", "vlastimil-valek"),
    ("cz.interior_minister", "2023-01-01", "vit-rakusan"),
    ("cz.interior_minister", "2026-01-10", "lubomir-metnar"),
    ("cz.justice_minister", "2023-01-01", "pavel-blazek"),
    ("cz.justice_minister", "2025-09-01", "eva-decroix"),
    ("cz.justice_minister", "2026-01-10", "jeronym-tejc"),
    ("cz.industry_trade_minister", "2023-01-01", "jozef-sikela"),
    ("cz.industry_trade_minister", "2025-03-01", "lukas-vlcek"),
    ("cz.industry_trade_minister", "2026-01-10", "karel-havlicek"),
    ("cz.chamber_speaker", "2023-01-01", "marketa-pekarova-adamova"),
    ("cz.chamber_speaker", "2025-12-01", "tomio-okamura"),
    ("cz.chief_of_general_staff", "2023-01-01", "karel-rehka"),
    # Romania: Ciucă until 2023-06-15, Ciolacu I and II, Bolojan from 2025-06-23
    ("ro.deputy_prime_minister", "2023-01-01", "sorin-grindeanu"),
    ("ro.deputy_prime_minister", "2023-01-01", "kelemen-hunor"),
    ("ro.deputy_prime_minister", "2024-01-01", "marian-neacsu"),
    ("ro.deputy_prime_minister", "2024-01-01", "catalin-predoiu"),
    ("ro.deputy_prime_minister", "2025-03-01", "tanczos-barna"),
    ("ro.deputy_prime_minister", "2025-07-01", "dragos-anastasiu"),
    ("ro.deputy_prime_minister", "2025-07-01", "ionut-mosteanu"),
    ("ro.interior_minister", "2023-01-01", "lucian-bode"),
    ("ro.interior_minister", "2024-01-01", "catalin-predoiu"),
    ("ro.justice_minister", "2023-01-01", "catalin-predoiu"),
    ("ro.justice_minister", "2024-01-01", "alina-gorghiu"),
    ("ro.justice_minister", "2025-03-01", "radu-marinescu"),
    ("ro.economy_minister", "2023-01-01", "florin-spataru"),
    ("ro.economy_minister", "2024-01-01", "radu-oprea"),
    ("ro.economy_minister", "2025-03-01", "bogdan-ivan"),
    ("ro.economy_minister", "2025-08-01", "radu-miruta"),
    ("ro.chamber_president", "2023-01-01", "marcel-ciolacu"),
    ("ro.chamber_president", "2024-01-01", "alfred-simonis"),
    ("ro.chamber_president", "2024-10-01", "daniel-suciu"),
    ("ro.chamber_president", "2025-03-01", "ciprian-serban"),
    ("ro.chamber_president", "2025-08-01", "sorin-grindeanu"),
    ("ro.chief_of_defence_staff", "2023-01-01", "daniel-petrescu"),
    ("ro.chief_of_defence_staff", "2024-06-01", "gheorghita-vlad"),
    # Denmark: the SVM government from 2022-12-15
    ("dk.deputy_prime_minister", "2023-01-01", "jakob-ellemann-jensen"),
    ("dk.deputy_prime_minister", "2023-11-01", "troels-lund-poulsen"),
    ("dk.economy_minister", "2023-01-01", "troels-lund-poulsen"),
    ("dk.economy_minister", "2023-09-01", "jakob-ellemann-jensen"),
    ("dk.economy_minister", "2023-10-30", "troels-lund-poulsen"),
    ("dk.economy_minister", "2024-06-01", "stephanie-lose"),
    ("dk.justice_minister", "2023-01-01", "peter-hummelgaard"),
    ("dk.interior_minister", "2023-01-01", "sophie-lohde"),
    ("dk.folketing_speaker", "2023-01-01", "soren-gade"),
    ("dk.chief_of_defence", "2023-01-01", "flemming-lentfer"),
    ("dk.chief_of_defence", "2024-06-01", "michael-hyldgaard"),
    ("dk.chief_of_defence", "2025-09-01", "michael-hyldgaard"),
    # Norway: Labour alone from 2025-02-04
    ("no.justice_minister", "2023-01-01", "emilie-enger-mehl"),
    ("no.justice_minister", "2025-03-01", "astri-aas-hansen"),
    ("no.trade_minister", "2023-01-01", "jan-christian-vestre"),
    ("no.trade_minister", "2024-06-01", "cecilie-myrseth"),  # from 2024-04-19
    ("no.storting_president", "2023-01-01", "masud-gharahkhani"),
    ("no.storting_president", "2025-10-15", "masud-gharahkhani"),
    ("no.chief_of_defence", "2023-01-01", "eirik-kristoffersen"),
    # Finland: Marin until 2023-06-20, then Orpo
    ("fi.deputy_prime_minister", "2024-01-01", "riikka-purra"),
    ("fi.interior_minister", "2024-01-01", "mari-rantanen"),
    ("fi.justice_minister", "2023-01-01", "anna-maja-henriksson"),
    ("fi.justice_minister", "2024-01-01", "leena-meri"),
    ("fi.economic_affairs_minister", "2023-01-01", "mika-lintila"),
    ("fi.economic_affairs_minister", "2023-07-01", "vilhelm-junnila"),
    ("fi.economic_affairs_minister", "2024-01-01", "wille-rydman"),
    ("fi.economic_affairs_minister", "2025-09-01", "sakari-puisto"),
    ("fi.speaker", "2024-01-01", "jussi-halla-aho"),
    ("fi.chief_of_defence", "2023-01-01", "timo-kivinen"),
    ("fi.chief_of_defence", "2024-06-01", "janne-jaakkola"),
    # Portugal: Costa III until 2024-04-02, Montenegro I and II
    ("pt.interior_minister", "2023-01-01", "jose-luis-carneiro"),
    ("pt.interior_minister", "2024-06-01", "margarida-blasco"),
    ("pt.interior_minister", "2025-07-01", "maria-lucia-amaral"),
    ("pt.justice_minister", "2023-01-01", "catarina-sarmento-e-castro"),
    ("pt.justice_minister", "2025-07-01", "rita-judice"),
    ("pt.economy_minister", "2023-01-01", "antonio-costa-silva"),
    ("pt.economy_minister", "2024-06-01", "pedro-reis"),
    ("pt.economy_minister", "2025-07-01", "manuel-castro-almeida"),
    ("pt.assembly_president", "2023-01-01", "augusto-santos-silva"),
    ("pt.assembly_president", "2024-06-01", "jose-pedro-aguiar-branco"),
    ("pt.chief_of_general_staff", "2023-01-01", "antonio-silva-ribeiro"),
    ("pt.chief_of_general_staff", "2023-06-01", "jose-nunes-da-fonseca"),
    # Ireland: Varadkar, Harris, then Martin from 2025-01-23
    ("ie.tanaiste", "2023-01-01", "micheal-martin"),
    ("ie.tanaiste", "2025-06-01", "simon-harris"),
    ("ie.justice_minister", "2022-06-01", "helen-mcentee"),
    ("ie.justice_minister", "2023-01-01", "simon-harris"),
    ("ie.justice_minister", "2024-01-01", "helen-mcentee"),
    ("ie.justice_minister", "2025-06-01", "jim-ocallaghan"),
    ("ie.enterprise_minister", "2023-01-01", "simon-coveney"),
    ("ie.enterprise_minister", "2024-06-01", "peter-burke"),
    ("ie.ceann_comhairle", "2023-01-01", "sean-o-fearghail"),
    ("ie.ceann_comhairle", "2025-01-10", "verona-murphy"),
    # Netherlands: Rutte IV, Schoof from 2024-07-02 (PVV out 2025-06-03, NSC out 2025-08-22), Jetten
    ("nl.deputy_prime_minister", "2025-01-01", "fleur-agema"),
    ("nl.deputy_prime_minister", "2025-01-01", "sophie-hermans"),
    ("nl.deputy_prime_minister", "2025-01-01", "eddy-van-hijum"),
    ("nl.deputy_prime_minister", "2025-10-01", "mona-keijzer"),
    ("nl.justice_minister", "2023-01-01", "dilan-yesilgoz"),
    ("nl.justice_minister", "2025-01-01", "david-van-weel"),
    ("nl.justice_minister", "2025-11-01", "foort-van-oosten"),
    ("nl.interior_minister", "2025-01-01", "judith-uitermark"),
    ("nl.interior_minister", "2025-08-30", "david-van-weel"),
    ("nl.interior_minister", "2025-11-01", "frank-rijkaart"),
    ("nl.economy_minister", "2025-01-01", "dirk-beljaarts"),
    ("nl.economy_minister", "2025-07-01", "vincent-karremans"),
    ("nl.house_speaker", "2023-01-01", "vera-bergkamp"),
    ("nl.house_speaker", "2023-12-10", "roelien-kamminga"),
    ("nl.house_speaker", "2024-06-01", "martin-bosma"),
    ("nl.house_speaker", "2026-01-01", "thom-van-campen"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cz.deputy_prime_minister", "2025-01-01", "ivan-bartos"),        # removed 2024-09-30
    ("cz.deputy_prime_minister", "2026-01-10", "vit-rakusan"),        # Fiala cabinet left 2025-12-15
    ("cz.interior_minister", "2026-01-10", "vit-rakusan"),
    ("cz.justice_minister", "2025-09-01", "pavel-blazek"),            # resigned 2025-05-30
    ("cz.justice_minister", "2026-01-10", "eva-decroix"),
    ("cz.industry_trade_minister", "2025-03-01", "jozef-sikela"),     # to Brussels, October 2024
    ("cz.industry_trade_minister", "2026-01-10", "lukas-vlcek"),
    ("cz.chamber_speaker", "2025-12-01", "marketa-pekarova-adamova"),
    ("ro.deputy_prime_minister", "2024-01-01", "sorin-grindeanu"),    # Ciucă government ended 2023-06-15
    ("ro.deputy_prime_minister", "2024-01-01", "kelemen-hunor"),
    ("ro.deputy_prime_minister", "2026-01-10", "ionut-mosteanu"),     # resigned 2025-11-28
    ("ro.interior_minister", "2024-01-01", "lucian-bode"),
    ("ro.justice_minister", "2024-01-01", "catalin-predoiu"),
    ("ro.justice_minister", "2025-03-01", "alina-gorghiu"),
    ("ro.economy_minister", "2024-01-01", "florin-spataru"),
    ("ro.economy_minister", "2025-03-01", "radu-oprea"),
    ("ro.economy_minister", "2025-08-01", "bogdan-ivan"),
    ("ro.chamber_president", "2024-01-01", "marcel-ciolacu"),
    ("ro.chamber_president", "2025-03-01", "daniel-suciu"),
    ("ro.chamber_president", "2025-08-01", "ciprian-serban"),
    ("ro.chief_of_defence_staff", "2024-06-01", "daniel-petrescu"),
    ("dk.deputy_prime_minister", "2023-11-01", "jakob-ellemann-jensen"),  # stepped down 2023-10-23
    ("dk.economy_minister", "2024-06-01", "troels-lund-poulsen"),
    ("dk.economy_minister", "2024-06-01", "jakob-ellemann-jensen"),
    ("dk.chief_of_defence", "2024-06-01", "flemming-lentfer"),        # sent home 2024-04-03
    ("no.justice_minister", "2025-03-01", "emilie-enger-mehl"),       # Centre Party left 2025-02-04
    ("no.trade_minister", "2024-06-01", "jan-christian-vestre"),      # moved to health 2024-04-19
    ("fi.justice_minister", "2024-01-01", "anna-maja-henriksson"),
    ("fi.economic_affairs_minister", "2024-01-01", "mika-lintila"),
    ("fi.economic_affairs_minister", "2024-01-01", "vilhelm-junnila"),
    ("fi.economic_affairs_minister", "2025-09-01", "wille-rydman"),
    ("fi.chief_of_defence", "2024-06-01", "timo-kivinen"),
    ("pt.interior_minister", "2024-06-01", "jose-luis-carneiro"),
    ("pt.interior_minister", "2025-07-01", "margarida-blasco"),
    ("pt.justice_minister", "2024-06-01", "catarina-sarmento-e-castro"),
    ("pt.economy_minister", "2024-06-01", "antonio-costa-silva"),
    ("pt.economy_minister", "2025-07-01", "pedro-reis"),
    ("pt.assembly_president", "2024-06-01", "augusto-santos-silva"),
    ("pt.chief_of_general_staff", "2023-06-01", "antonio-silva-ribeiro"),
    ("ie.tanaiste", "2025-06-01", "micheal-martin"),
    ("ie.justice_minister", "2024-01-01", "simon-harris"),
    ("ie.justice_minister", "2025-06-01", "helen-mcentee"),
    ("ie.enterprise_minister", "2024-06-01", "simon-coveney"),
    ("ie.ceann_comhairle", "2025-01-10", "sean-o-fearghail"),
    ("nl.deputy_prime_minister", "2025-07-01", "fleur-agema"),        # PVV left 2025-06-03
    ("nl.deputy_prime_minister", "2025-10-01", "eddy-van-hijum"),     # NSC left 2025-08-22
    ("nl.deputy_prime_minister", "2026-03-01", "mona-keijzer"),
    ("nl.justice_minister", "2025-01-01", "dilan-yesilgoz"),
    ("nl.justice_minister", "2025-11-01", "david-van-weel"),
    ("nl.justice_minister", "2026-03-01", "foort-van-oosten"),
    ("nl.interior_minister", "2025-11-01", "judith-uitermark"),
    ("nl.interior_minister", "2026-03-01", "frank-rijkaart"),
    ("nl.economy_minister", "2025-07-01", "dirk-beljaarts"),
    ("nl.house_speaker", "2024-06-01", "vera-bergkamp"),
    ("nl.house_speaker", "2026-01-01", "martin-bosma"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Czech Interior Minister", "2024-01-01", "vit-rakusan"),
    ("Czech Justice Minister", "2025-09-01", "eva-decroix"),
    ("Romanian Interior Minister", "2024-01-01", "catalin-predoiu"),
    ("Romanian Justice Minister", "2025-03-01", "radu-marinescu"),
    ("Danish Justice Minister", "2023-06-01", "peter-hummelgaard"),
    ("Norwegian Justice Minister", "2025-03-01", "astri-aas-hansen"),
    ("Finnish Interior Minister", "2024-01-01", "mari-rantanen"),
    ("Portuguese Justice Minister", "2024-06-01", "rita-judice"),
    ("Irish Justice Minister", "2025-06-01", "jim-ocallaghan"),
    ("Dutch Economy Minister", "2025-07-01", "vincent-karremans"),
])
def test_title_with_the_country_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

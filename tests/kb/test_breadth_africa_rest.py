"""Heads of state and government and key ministers of Africa's remaining states (issue #11) resolve on known days."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Sahel and military-led transitions
    ("ne.president", "2024-06-01", "abdourahamane-tiani"),
    ("ne.president", "2025-06-01", "abdourahamane-tiani"),
    ("ne.president", "2023-01-01", "mohamed-bazoum"),
    ("ne.prime_minister", "2024-06-01", "ali-lamine-zeine"),
    ("ne.foreign_minister", "2024-06-01", "bakary-yaou-sangare"),
    ("ne.defence_minister", "2024-06-01", "salifou-mody"),
    ("ml.president", "2025-09-01", "assimi-goita"),
    ("ml.prime_minister", "2024-06-01", "choguel-kokalla-maiga"),
    ("ml.prime_minister", "2025-06-01", "abdoulaye-maiga"),
    ("ml.foreign_minister", "2025-06-01", "abdoulaye-diop-mali"),
    ("ml.finance_minister", "2025-06-01", "alousseni-sanou"),
    ("ml.defence_minister", "2025-06-01", "sadio-camara"),
    ("bf.president", "2024-06-01", "ibrahim-traore"),
    ("bf.prime_minister", "2024-06-01", "apollinaire-kyelem-de-tambela"),
    ("bf.prime_minister", "2025-03-01", "rimtalba-jean-emmanuel-ouedraogo"),
    ("bf.foreign_minister", "2024-06-01", "karamoko-jean-marie-traore"),
    ("bf.defence_minister", "2025-03-01", "celestin-simpore"),
    ("td.president", "2023-06-01", "mahamat-idriss-deby"),
    ("td.president", "2025-01-01", "mahamat-idriss-deby"),
    ("td.prime_minister", "2024-03-01", "succes-masra"),
    ("td.prime_minister", "2024-09-01", "allamaye-halina"),
    ("td.foreign_minister", "2025-03-01", "abdoulaye-sabre-fadoul"),
    ("gn.president", "2024-06-01", "mamadi-doumbouya"),
    ("gn.president", "2026-03-01", "mamadi-doumbouya"),
    ("gn.prime_minister", "2025-01-01", "amadou-oury-bah"),
    ("gn.foreign_minister", "2025-01-01", "morissanda-kouyate"),
    ("ga.president", "2024-06-01", "brice-oligui-nguema"),
    ("ga.prime_minister", "2024-06-01", "raymond-ndong-sima"),
    ("mg.president", "2025-11-01", "michael-randrianirina"),
    ("mg.prime_minister", "2025-11-01", "herintsalama-rajaonarivelo"),
    # West and Central Africa
    ("mr.president", "2025-01-01", "mohamed-ould-ghazouani"),
    ("mr.prime_minister", "2025-01-01", "mokhtar-ould-djay"),
    ("mr.foreign_minister", "2024-06-01", "mohamed-salem-ould-merzoug"),
    ("mr.defence_minister", "2024-06-01", "hanena-ould-sidi"),
    ("cm.president", "2025-12-01", "paul-biya"),
    ("cm.prime_minister", "2023-06-01", "joseph-dion-ngute"),
    ("bj.president", "2025-01-01", "patrice-talon"),
    ("bj.foreign_minister", "2024-06-01", "olushegun-adjadi-bakari"),
    ("bj.finance_minister", "2024-06-01", "romuald-wadagni"),
    ("tg.president", "2024-06-01", "faure-gnassingbe"),
    ("tg.president", "2025-06-01", "jean-lucien-savi-de-tove"),
    ("tg.council_president", "2025-06-01", "faure-gnassingbe"),
    ("tg.prime_minister", "2024-06-01", "victoire-tomegah-dogbe"),
    ("tg.foreign_minister", "2025-11-01", "robert-dussey"),
    ("tg.finance_minister", "2025-11-01", "essowe-georges-barcola"),
    ("sl.president", "2025-01-01", "julius-maada-bio"),
    ("lr.president", "2025-01-01", "joseph-boakai"),
    ("lr.president", "2023-06-01", "george-weah"),
    ("lr.foreign_minister", "2025-01-01", "sara-beysolow-nyanti"),
    ("gm.president", "2025-01-01", "adama-barrow"),
    ("gm.foreign_minister", "2024-06-01", "mamadou-tangara"),
    ("gm.foreign_minister", "2025-09-01", "sering-modou-njie"),
    ("cg.president", "2024-06-01", "denis-sassou-nguesso"),
    ("cg.prime_minister", "2022-06-01", "anatole-collinet-makosso"),
    ("cf.president", "2024-06-01", "faustin-archange-touadera"),
    ("cf.prime_minister", "2023-06-01", "felix-moloua"),
    # Southern and East Africa
    ("zw.president", "2024-06-01", "emmerson-mnangagwa"),
    ("zw.foreign_minister", "2024-06-01", "frederick-shava"),
    ("zw.foreign_minister", "2025-01-01", "amon-murwira"),
    ("zw.finance_minister", "2024-06-01", "mthuli-ncube"),
    ("zw.defence_minister", "2024-06-01", "oppah-muchinguri-kashiri"),
    ("zm.president", "2024-06-01", "hakainde-hichilema"),
    ("zm.foreign_minister", "2024-03-01", "mulambo-haimbe"),
    ("zm.foreign_minister", "2024-09-01", "mulambo-haimbe"),
    ("zm.foreign_minister", "2023-06-01", "stanley-kakubo"),
    ("mz.president", "2024-06-01", "filipe-nyusi"),
    ("mz.president", "2025-03-01", "daniel-chapo"),
    ("mz.prime_minister", "2024-06-01", "adriano-maleiane"),
    ("mz.prime_minister", "2025-03-01", "maria-benvinda-levi"),
    ("mz.foreign_minister", "2025-03-01", "maria-manuela-lucas"),
    ("mz.finance_minister", "2025-03-01", "carla-louveira"),
    ("na.president", "2024-01-01", "hage-geingob"),
    ("na.president", "2024-06-01", "nangolo-mbumba"),
    ("na.president", "2025-06-01", "netumbo-nandi-ndaitwah"),
    ("na.prime_minister", "2024-06-01", "saara-kuugongelwa-amadhila"),
    ("na.prime_minister", "2025-06-01", "elijah-ngurare"),
    ("na.foreign_minister", "2025-06-01", "selma-ashipala-musavyi"),
    ("na.finance_minister", "2025-06-01", "ericah-shafudah"),
    ("bw.president", "2024-06-01", "mokgweetsi-masisi"),
    ("bw.president", "2025-01-01", "duma-boko"),
    ("bw.finance_minister", "2025-01-01", "ndaba-gaolathe"),
    ("bw.foreign_minister", "2025-01-01", "phenyo-butale"),
    ("mw.president", "2024-06-01", "lazarus-chakwera"),
    ("mw.president", "2025-11-01", "peter-mutharika"),
    ("mw.finance_minister", "2025-11-01", "joseph-mwanamvekha"),
    ("bi.president", "2024-06-01", "evariste-ndayishimiye"),
    ("bi.prime_minister", "2024-06-01", "gervais-ndirakobuca"),
    ("bi.prime_minister", "2025-09-01", "nestor-ntahontuye"),
    ("bi.finance_minister", "2025-03-01", "nestor-ntahontuye"),
    ("bi.foreign_minister", "2025-09-01", "edouard-bizimana"),
    ("ss.president", "2024-06-01", "salva-kiir"),
    ("ss.foreign_minister", "2024-10-01", "ramadan-abdallah-goc"),
    ("ss.foreign_minister", "2025-06-01", "monday-semaya-kumba"),
    ("er.president", "2024-06-01", "isaias-afwerki"),
    ("er.foreign_minister", "2024-06-01", "osman-saleh"),
    ("dj.president", "2024-06-01", "ismail-omar-guelleh"),
    ("dj.foreign_minister", "2024-06-01", "mahmoud-ali-youssouf"),
    ("dj.foreign_minister", "2025-06-01", "abdoulkader-houssein-omar"),
    ("mu.prime_minister", "2024-06-01", "pravind-jugnauth"),
    ("mu.prime_minister", "2025-01-01", "navin-ramgoolam"),
    ("mu.president", "2025-01-01", "dharam-gokhool"),
    # central banks and Cameroon's ministers
    ("zw.rbz_governor", "2023-06-01", "john-mangudya"),
    ("zw.rbz_governor", "2024-06-01", "john-mushayavanhu"),
    ("mu.bom_governor", "2024-06-01", "harvesh-seegolam"),
    ("mu.bom_governor", "2025-03-01", "rama-sithanen"),
    ("cm.foreign_minister", "2024-06-01", "lejeune-mbella-mbella"),
    ("cm.defence_minister", "2024-06-01", "joseph-beti-assomo"),
    ("zm.boz_governor", "2025-06-01", "denny-kalyalya"),
    ("mw.foreign_minister", "2024-06-01", "nancy-tembo"),
    ("mw.finance_minister", "2024-06-01", "simplex-chithyola-banda"),
    ("mw.foreign_minister", "2025-11-01", "george-chaponda"),
    ("bf.finance_minister", "2025-06-01", "aboubakar-nacanabo"),
    ("na.finance_minister", "2024-06-01", "iipumbu-shiimi"),
    ("lr.finance_minister", "2025-01-01", "augustine-ngafuan"),
    ("sl.finance_minister", "2024-06-01", "sheku-ahmed-fantamadi-bangura"),
    ("cg.foreign_minister", "2024-06-01", "jean-claude-gakosso"),
    ("cf.foreign_minister", "2023-06-01", "sylvie-baipo-temon"),
    ("mz.bm_governor", "2024-06-01", "rogerio-zandamela"),
    ("bw.bob_governor", "2024-06-01", "cornelius-dekop"),
    ("na.bon_governor", "2024-06-01", "johannes-gawaxab"),
    ("na.finance_minister", "2021-06-01", "iipumbu-shiimi"),
    ("dj.prime_minister", "2024-06-01", "abdoulkader-kamil-mohamed"),
    ("td.defence_minister", "2025-06-01", "issakha-malloua-djamous"),
    ("td.foreign_minister", "2024-09-01", "abderaman-koulamallah"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ne.president", "2024-01-01", "mohamed-bazoum"),               # deposed 2023-07-26
    ("ml.prime_minister", "2025-01-01", "choguel-kokalla-maiga"),   # dismissed 2024-11-20
    ("bf.prime_minister", "2025-01-01", "apollinaire-kyelem-de-tambela"),  # dismissed 2024-12-06
    ("bf.defence_minister", "2025-01-01", "kassoum-coulibaly"),     # replaced 2024-12-08
    ("td.prime_minister", "2024-09-01", "succes-masra"),            # resigned 2024-05-22
    ("td.foreign_minister", "2025-03-01", "abderaman-koulamallah"), # replaced 2025-02-06
    ("gn.prime_minister", "2024-06-01", "bernard-goumou"),          # government dissolved 2024-02-19
    ("ga.president", "2024-01-01", "ali-bongo-ondimba"),            # overthrown 2023-08-30
    ("ga.prime_minister", "2025-06-01", "raymond-ndong-sima"),      # resigned 2025-05-04
    ("mg.president", "2025-11-01", "andry-rajoelina"),              # impeached 2025-10-14
    ("mg.prime_minister", "2025-11-01", "ruphin-zafisambo"),        # replaced 2025-10-20
    ("mg.prime_minister", "2025-10-10", "christian-ntsay"),         # government dissolved 2025-09
    ("tg.president", "2025-06-01", "faure-gnassingbe"),             # became President of the Council
    ("lr.president", "2024-06-01", "george-weah"),                  # term ended 2024-01-22
    ("zw.foreign_minister", "2025-01-01", "frederick-shava"),       # moved 2024-10-15
    ("zm.foreign_minister", "2024-06-01", "stanley-kakubo"),        # resigned December 2023
    ("mz.president", "2025-03-01", "filipe-nyusi"),                 # term ended 2025-01-15
    ("na.president", "2025-06-01", "nangolo-mbumba"),               # term ended 2025-03-21
    ("na.prime_minister", "2025-06-01", "saara-kuugongelwa-amadhila"),  # term ended 2025-03-21
    ("bw.president", "2025-01-01", "mokgweetsi-masisi"),            # lost the 2024 election
    ("mw.president", "2025-11-01", "lazarus-chakwera"),             # lost the 2025 election
    ("bi.prime_minister", "2025-09-01", "gervais-ndirakobuca"),     # became Senate president
    ("bi.foreign_minister", "2025-09-01", "albert-shingiro"),       # replaced 2025-08-05
    ("ss.foreign_minister", "2025-06-01", "ramadan-abdallah-goc"),  # dismissed 2025-04-09
    ("dj.foreign_minister", "2025-06-01", "mahmoud-ali-youssouf"),  # went to the AU Commission
    ("gm.foreign_minister", "2025-09-01", "mamadou-tangara"),       # resigned July 2025
    ("gm.defence_minister", "2025-09-01", "sering-modou-njie"),     # moved to foreign affairs
    ("mu.prime_minister", "2025-01-01", "pravind-jugnauth"),        # lost the 2024 election
    ("mu.president", "2025-01-01", "prithvirajsing-roopun"),        # succeeded 2024-12-07
    ("zw.rbz_governor", "2024-06-01", "john-mangudya"),             # succeeded 2024-03-28
    ("mu.bom_governor", "2025-03-01", "harvesh-seegolam"),          # left November 2024
    ("mw.finance_minister", "2024-06-01", "sosten-gwengwe"),        # moved to trade October 2023
    ("mw.foreign_minister", "2025-11-01", "nancy-tembo"),           # replaced after the 2025 election
    ("bw.bob_governor", "2024-06-01", "moses-pelaelo"),             # succeeded October 2023
    ("na.bon_governor", "2026-03-01", "johannes-gawaxab"),          # left 2025-12-31
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_transition_leaders_are_marked_acting_until_elected(kb):
    """Coup leaders hold the head-of-state office as 'acting' until an election or charter makes it full."""
    for position, person, during, after in [
        ("gn.president", "mamadi-doumbouya", date(2024, 6, 1), date(2026, 3, 1)),
        ("ga.president", "brice-oligui-nguema", date(2024, 6, 1), date(2025, 6, 1)),
        ("td.president", "mahamat-idriss-deby", date(2023, 6, 1), date(2025, 1, 1)),
    ]:
        before = [t for t in kb.holders(position, during) if t.person == person]
        later = [t for t in kb.holders(position, after) if t.person == person]
        assert before and before[0].status is not None and before[0].status.value == "acting"
        assert later and later[0].status is None


def test_shared_family_names_are_left_out_for_the_lesser_concurrent_holder(kb):
    """'Traoré' and 'Camara' stay with the better-known of two people in office at the same time."""
    assert kb.persons["ibrahim-traore"].family == "Traoré"
    assert kb.persons["karamoko-jean-marie-traore"].family is None
    assert kb.persons["sadio-camara"].family == "Camara"
    assert kb.persons["aboubacar-sidiki-camara"].family is None


def test_successive_prime_ministers_keep_the_shared_family_name(kb):
    """Mali's two Maïgas held the premiership one after the other: the day tells them apart."""
    assert kb.persons["choguel-kokalla-maiga"].family == kb.persons["abdoulaye-maiga"].family == "Maïga"
    assert holders(kb, "ml.prime_minister", "2024-06-01") == {"choguel-kokalla-maiga"}
    assert holders(kb, "ml.prime_minister", "2025-06-01") == {"abdoulaye-maiga"}

"""Holders filled into the 2025-2026 gaps of Tanzanian, Honduran, Bulgarian, Trinidadian, Czech,
Japanese, Angolan, Bosnian, Nigerien and Romanian offices (continuity batch C6) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Tanzania: the cabinet before the one named on 2025-11-17
    ("tz.defence_minister", "2025-06-01", "stergomena-tax"),
    ("tz.home_affairs_minister", "2025-06-01", "innocent-bashungwa"),
    ("tz.education_minister", "2023-06-01", "adolf-mkenda"),
    ("tz.education_minister", "2025-06-01", "adolf-mkenda"),
    ("tz.education_minister", "2025-11-20", "adolf-mkenda"),
    ("tz.legal_affairs_minister", "2024-10-01", "palamagamba-kabudi"),
    ("tz.legal_affairs_minister", "2025-06-01", "damas-ndumbaro"),
    ("tz.communications_minister", "2025-06-01", "jerry-silaa"),
    # Honduras: the last year of Castro's government
    ("hn.finance_minister", "2025-06-01", "christian-duarte"),
    ("hn.defence_minister", "2025-08-01", "xiomara-castro"),
    ("hn.interior_minister", "2025-06-01", "tomas-vaquero"),
    ("hn.bch_president", "2025-06-01", "rebeca-santos"),
    # Bulgaria: the caretaker cabinet of 2026-02-19
    ("bg.finance_minister", "2026-03-01", "georgi-klisurski"),
    ("bg.interior_minister", "2026-03-01", "emil-dechev"),
    # Trinidad and Tobago: the Rowley and Young cabinets
    ("tt.foreign_minister", "2025-02-01", "amery-browne"),
    ("tt.foreign_minister", "2025-04-01", "amery-browne"),
    ("tt.finance_minister", "2025-02-01", "colm-imbert"),
    ("tt.finance_minister", "2025-04-01", "vishnu-dhanpaul"),
    # Czech Republic: the Fiala cabinet to 2025-12-15
    ("cz.education_minister", "2025-06-01", "mikulas-bek"),
    ("cz.culture_minister", "2025-06-01", "martin-baxa"),
    ("cz.transport_minister", "2025-06-01", "martin-kupka"),
    ("cz.agriculture_minister", "2025-06-01", "marek-vyborny"),
    ("cz.regional_development_minister", "2025-06-01", "petr-kulhanek"),
    ("cz.environment_minister", "2025-06-01", "petr-hladik"),
    # Japan: party posts under Ishiba and Noda, ambassadors
    ("jp.ldp_election_strategy_chair", "2025-05-01", "seiji-kihara"),
    ("jp.ldp_executive_acting_secretary_general", "2025-05-01", "tatsuo-fukuda"),
    ("jp.ldp_acting_policy_chief", "2025-05-01", "yoshitaka-shindo"),
    ("jp.ldp_tax_commission_chair", "2025-05-01", "yoichi-miyazawa"),
    ("jp.cdp_policy_chief", "2025-05-01", "kazuhiko-shigetoku"),
    ("jp.ambassador_to_ukraine", "2025-05-01", "masashi-nakagome"),
    ("jp.ambassador_to_israel", "2025-05-01", "yusuke-arai"),
    ("jp.ambassador_to_indonesia", "2025-10-18", "keiichi-ichikawa"),
    # Angola, Bosnia and Herzegovina, Niger, Romania
    ("ao.casa_civil_minister", "2021-06-01", "adao-de-almeida"),
    ("ao.casa_civil_minister", "2025-12-01", "dionisio-da-fonseca"),
    ("ba.finance_minister", "2025-06-01", "srdjan-amidzic"),
    ("ne.commerce_minister", "2025-02-01", "seydou-asman"),
    ("ro.senate_president", "2025-01-15", "ilie-bolojan"),
    ("ro.senate_president", "2025-06-01", "ilie-bolojan"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("tz.defence_minister", "2025-12-01", "stergomena-tax"),
    ("tz.home_affairs_minister", "2025-12-01", "innocent-bashungwa"),
    ("tz.legal_affairs_minister", "2025-06-01", "palamagamba-kabudi"),
    ("tz.legal_affairs_minister", "2025-12-01", "damas-ndumbaro"),
    ("tz.communications_minister", "2025-12-01", "jerry-silaa"),
    ("tz.deputy_prime_minister", "2026-01-15", "doto-biteko"),
    ("hn.finance_minister", "2026-02-15", "christian-duarte"),
    ("hn.defence_minister", "2026-01-05", "xiomara-castro"),
    ("hn.defence_minister", "2025-08-01", "rixi-moncada"),
    ("hn.interior_minister", "2026-02-15", "tomas-vaquero"),
    ("hn.bch_president", "2026-02-15", "rebeca-santos"),
    ("bg.finance_minister", "2026-03-01", "temenuzhka-petkova"),
    ("bg.interior_minister", "2026-03-01", "daniel-mitov"),
    ("bg.vice_president", "2026-03-01", "iliana-iotova"),
    ("tt.foreign_minister", "2025-06-01", "amery-browne"),
    ("tt.finance_minister", "2025-04-01", "colm-imbert"),
    ("tt.finance_minister", "2025-06-01", "vishnu-dhanpaul"),
    ("cz.education_minister", "2026-01-15", "mikulas-bek"),
    ("cz.culture_minister", "2026-01-15", "martin-baxa"),
    ("cz.transport_minister", "2026-01-15", "martin-kupka"),
    ("cz.agriculture_minister", "2026-01-15", "marek-vyborny"),
    ("cz.regional_development_minister", "2026-01-15", "petr-kulhanek"),
    ("cz.environment_minister", "2026-01-15", "petr-hladik"),
    ("jp.ldp_election_strategy_chair", "2025-11-15", "seiji-kihara"),
    ("jp.ldp_executive_acting_secretary_general", "2025-11-15", "tatsuo-fukuda"),
    ("jp.ldp_acting_policy_chief", "2025-11-15", "yoshitaka-shindo"),
    ("jp.ldp_tax_commission_chair", "2025-11-15", "yoichi-miyazawa"),
    ("jp.cdp_policy_chief", "2025-10-01", "kazuhiko-shigetoku"),
    ("jp.ambassador_to_ukraine", "2025-05-01", "kuninori-matsuda"),
    ("jp.ambassador_to_israel", "2025-05-01", "koichi-mizushima"),
    ("jp.ambassador_to_indonesia", "2025-11-15", "keiichi-ichikawa"),
    ("ao.casa_civil_minister", "2025-12-01", "adao-de-almeida"),
    ("ba.finance_minister", "2025-06-01", "zoran-tegeltija"),
    ("ne.commerce_minister", "2025-06-01", "seydou-asman"),
    ("ro.senate_president", "2025-03-15", "ilie-bolojan"),
    ("ro.senate_president", "2025-08-01", "ilie-bolojan"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)

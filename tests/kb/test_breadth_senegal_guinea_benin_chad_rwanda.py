"""Senegalese, Guinean, Beninese, Chadian and Rwandan office holders (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Senegal
    ("sn.prime_minister", "2023-06-01", "amadou-ba"),
    ("sn.prime_minister", "2024-03-20", "sidiki-kaba"),
    ("sn.prime_minister", "2026-02-01", "ousmane-sonko"),
    ("sn.foreign_minister", "2023-06-01", "aissata-tall-sall"),
    ("sn.foreign_minister", "2023-12-01", "ismaila-madior-fall"),
    ("sn.foreign_minister", "2024-03-20", "mankeur-ndiaye"),
    ("sn.armed_forces_minister", "2024-01-15", "oumar-youm"),
    ("sn.interior_minister", "2023-06-01", "antoine-felix-diome"),
    ("sn.interior_minister", "2023-12-01", "sidiki-kaba"),
    ("sn.interior_minister", "2024-03-20", "mouhamadou-makhtar-cisse"),
    ("sn.interior_minister", "2024-10-01", "jean-baptiste-tine"),
    ("sn.interior_minister", "2025-10-01", "mouhamadou-bamba-cisse"),
    ("sn.economy_minister", "2023-06-01", "oulimata-sarr"),
    ("sn.economy_minister", "2025-01-15", "abdourahmane-sarr"),
    ("sn.trade_minister", "2024-10-01", "serigne-gueye-diop"),
    ("sn.national_assembly_president", "2023-06-01", "amadou-mame-diop"),
    # Guinea
    ("gn.territorial_administration_minister", "2023-06-01", "mory-conde"),
    ("gn.territorial_administration_minister", "2025-06-01", "ibrahima-kalil-conde"),
    ("gn.security_minister", "2025-06-01", "bachir-diallo"),
    ("gn.security_minister", "2026-02-03", "ahmed-mamadou-oury-diallo"),
    ("gn.plan_minister", "2026-02-04", "ismael-nabe"),
    ("gn.central_bank_governor", "2024-06-01", "karamo-kaba"),
    ("gn.cnt_president", "2023-06-01", "dansa-kourouma"),
    # Benin
    ("bj.vice_president", "2024-06-01", "mariam-chabi-talata"),
    ("bj.interior_minister", "2024-06-01", "alassane-seidou"),
    ("bj.national_assembly_president", "2023-06-01", "louis-vlavonou"),
    ("bj.national_assembly_president", "2026-02-09", "joseph-djogbenou"),
    # Chad
    ("td.prime_minister", "2023-06-01", "saleh-kebzabo"),
    ("td.finance_minister", "2024-08-01", "tahir-hamid-nguilin"),
    ("td.national_assembly_president", "2023-06-01", "haroun-kabadi"),
    ("td.national_assembly_president", "2025-02-05", "ali-kolotou-tchaimi"),
    ("td.senate_president", "2025-03-08", "haroun-kabadi"),
    ("td.trade_minister", "2024-05-27", "guibolo-fanga-mathieu"),
    # Rwanda
    ("rw.chamber_speaker", "2023-06-01", "donatille-mukabalisa"),
    ("rw.chamber_speaker", "2024-08-15", "gertrude-kazarwa"),
    ("rw.senate_president", "2024-06-01", "francois-xavier-kalinda"),
    ("rw.interior_minister", "2023-06-01", "alfred-gasana"),
    ("rw.interior_minister", "2024-06-12", "vincent-biruta"),
    ("rw.trade_minister", "2024-08-19", "prudence-sebahizi"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("sn.prime_minister", "2024-03-20", "amadou-ba"),
    ("sn.prime_minister", "2024-06-01", "sidiki-kaba"),
    ("sn.foreign_minister", "2023-12-01", "aissata-tall-sall"),
    ("sn.foreign_minister", "2024-03-20", "ismaila-madior-fall"),
    ("sn.foreign_minister", "2024-06-01", "mankeur-ndiaye"),
    ("sn.armed_forces_minister", "2024-06-01", "oumar-youm"),
    ("sn.interior_minister", "2023-12-01", "antoine-felix-diome"),
    ("sn.interior_minister", "2024-03-20", "sidiki-kaba"),
    ("sn.interior_minister", "2024-06-01", "mouhamadou-makhtar-cisse"),
    ("sn.interior_minister", "2025-10-01", "jean-baptiste-tine"),
    ("sn.economy_minister", "2025-01-15", "oulimata-sarr"),
    ("sn.national_assembly_president", "2025-01-15", "amadou-mame-diop"),
    ("gn.territorial_administration_minister", "2025-06-01", "mory-conde"),
    ("gn.security_minister", "2026-02-03", "bachir-diallo"),
    ("bj.national_assembly_president", "2026-02-09", "louis-vlavonou"),
    ("td.prime_minister", "2024-06-01", "saleh-kebzabo"),
    ("td.national_assembly_president", "2025-02-05", "haroun-kabadi"),
    ("rw.chamber_speaker", "2024-08-15", "donatille-mukabalisa"),
    ("rw.interior_minister", "2024-06-13", "alfred-gasana"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Senegalese Interior Minister", "2024-10-01", "jean-baptiste-tine"),
    ("Senegalese Economy Minister", "2025-01-15", "abdourahmane-sarr"),
    ("Senegalese Trade Minister", "2024-10-01", "serigne-gueye-diop"),
    ("Guinean Security Minister", "2025-06-01", "bachir-diallo"),
    ("Beninese Interior Minister", "2024-06-01", "alassane-seidou"),
    ("Beninese Vice-President", "2024-06-01", "mariam-chabi-talata"),
    ("Chadian Trade Minister", "2024-05-27", "guibolo-fanga-mathieu"),
    ("Chadian Senate President", "2025-03-08", "haroun-kabadi"),
    ("Rwandan Interior Minister", "2023-06-01", "alfred-gasana"),
    ("Rwandan Trade Minister", "2024-08-19", "prudence-sebahizi"),
    ("Rwandan Senate President", "2024-06-01", "francois-xavier-kalinda"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

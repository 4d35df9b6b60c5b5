"""Service chiefs and defence chiefs since 2023 (issue #11): holders on known days, leavers gone after
their terms end, and the press titles with a country adjective finding the holder."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # United Kingdom
    ("gb.chief_of_general_staff", "2023-01-01", "patrick-sanders"),
    ("gb.chief_of_general_staff", "2024-10-01", "roly-walker"),
    ("gb.first_sea_lord", "2023-01-01", "ben-key"),
    ("gb.first_sea_lord", "2025-05-20", "martin-connell"),
    ("gb.first_sea_lord", "2025-07-01", "gwyn-jenkins"),
    ("gb.chief_of_air_staff", "2023-01-01", "mike-wigston"),
    ("gb.chief_of_air_staff", "2024-06-01", "richard-knighton"),
    ("gb.chief_of_air_staff", "2025-10-01", "harv-smyth"),
    # France
    ("fr.army_chief_of_staff", "2023-01-01", "pierre-schill"),
    ("fr.navy_chief_of_staff", "2023-01-01", "pierre-vandier"),
    ("fr.navy_chief_of_staff", "2024-01-01", "nicolas-vaujour"),
    ("fr.air_force_chief_of_staff", "2023-01-01", "stephane-mille"),
    ("fr.air_force_chief_of_staff", "2024-10-01", "jerome-bellanger"),
    # Germany
    ("de.army_inspector", "2023-01-01", "alfons-mais"),
    ("de.army_inspector", "2025-11-01", "christian-freuding"),
    ("de.navy_inspector", "2023-01-01", "jan-christian-kaack"),
    ("de.air_force_inspector", "2023-01-01", "ingo-gerhartz"),
    ("de.air_force_inspector", "2025-06-01", "holger-neumann"),
    # Italy
    ("it.chief_of_defence_staff", "2023-01-01", "giuseppe-cavo-dragone"),
    ("it.army_chief_of_staff", "2023-01-01", "pietro-serino"),
    ("it.army_chief_of_staff", "2024-06-01", "carmine-masiello"),
    ("it.navy_chief_of_staff", "2023-01-01", "enrico-credendino"),
    ("it.navy_chief_of_staff", "2025-12-01", "giuseppe-berutti-bergotto"),
    ("it.air_force_chief_of_staff", "2023-01-01", "luca-goretti"),
    ("it.air_force_chief_of_staff", "2025-06-01", "antonio-conserva"),
    # Poland
    ("pl.chief_of_general_staff", "2023-01-01", "rajmund-andrzejczak"),
    # Türkiye
    ("tr.chief_of_general_staff", "2023-07-01", "musa-avsever"),
    ("tr.land_forces_commander", "2023-01-01", "musa-avsever"),
    ("tr.land_forces_commander", "2024-06-01", "selcuk-bayraktaroglu"),
    ("tr.land_forces_commander", "2025-09-01", "metin-tokel"),
    ("tr.naval_forces_commander", "2023-01-01", "ercument-tatlioglu"),
    ("tr.naval_forces_commander", "2025-09-01", "ercument-tatlioglu"),
    ("tr.air_force_commander", "2023-01-01", "atilla-gulan"),
    ("tr.air_force_commander", "2024-06-01", "ziya-cemal-kadioglu"),
    # Israel and Iran
    ("il.idf_chief_of_staff", "2023-01-01", "aviv-kochavi"),
    ("il.navy_commander", "2023-01-01", "david-saar-salama"),
    ("il.navy_commander", "2025-06-01", "david-saar-salama"),
    ("il.air_force_commander", "2023-01-01", "tomer-bar"),
    ("il.air_force_commander", "2025-06-13", "tomer-bar"),
    ("ir.navy_commander", "2023-01-01", "shahram-irani"),
    ("ir.air_force_commander", "2023-01-01", "hamid-vahedi"),
    # Pakistan and India
    ("pk.navy_chief", "2023-01-01", "amjad-khan-niazi"),
    ("in.army_chief", "2023-01-01", "manoj-pande"),
    ("in.air_chief", "2023-01-01", "vivek-ram-chaudhari"),
    # Russia
    ("ru.navy_commander", "2023-01-01", "nikolai-yevmenov"),
    ("ru.aerospace_forces_commander", "2023-01-01", "sergei-surovikin"),
    ("ru.aerospace_forces_commander", "2023-09-15", "viktor-afzalov"),
    ("ru.aerospace_forces_commander", "2024-06-01", "viktor-afzalov"),
    # Ukraine
    ("ua.ground_forces_commander", "2023-01-01", "oleksandr-syrskyi"),
    ("ua.ground_forces_commander", "2024-06-01", "oleksandr-pavliuk"),
    ("ua.ground_forces_commander", "2025-03-01", "mykhailo-drapatyi"),
    ("ua.ground_forces_commander", "2025-08-01", "hennadiy-shapovalov"),
    ("ua.air_force_commander", "2023-01-01", "mykola-oleshchuk"),
    ("ua.air_force_commander", "2024-10-01", "anatolii-kryvonozhko"),
    # Australia and Canada
    ("au.chief_of_air_force", "2023-01-01", "robert-chipman"),
    ("au.chief_of_air_force", "2024-10-01", "stephen-chappell"),
    ("ca.navy_commander", "2023-01-01", "angus-topshee"),
    ("ca.rcaf_commander", "2023-01-01", "eric-kenny"),
    ("ca.rcaf_commander", "2025-08-01", "jamie-speiser-blanchet"),
    # Nigeria
    ("ng.navy_chief", "2024-01-01", "emmanuel-ogalla"),
    ("ng.navy_chief", "2025-11-01", "idi-abbas"),
    ("ng.air_chief", "2024-01-01", "hasan-abubakar"),
    # Brazil, Indonesia, Egypt, Saudi Arabia and Japan
    ("br.army_commander", "2023-01-10", "julio-cesar-de-arruda"),
    ("br.army_commander", "2023-03-01", "tomas-paiva"),
    ("br.navy_commander", "2023-03-01", "marcos-sampaio-olsen"),
    ("br.air_force_commander", "2023-03-01", "marcelo-kanitz-damasceno"),
    ("id.tni_commander", "2023-01-01", "yudo-margono"),
    ("eg.armed_forces_chief_of_staff", "2023-01-01", "osama-askar"),
    ("eg.armed_forces_chief_of_staff", "2024-08-01", "ahmed-fathy-khalifa"),
    ("sa.chief_of_general_staff", "2023-01-01", "fayyad-al-ruwaili"),
    ("jp.msdf_chief", "2023-01-01", "ryo-sakai"),
    ("ph.navy_chief", "2023-01-01", "toribio-adaci"),
    ("ph.navy_chief", "2025-01-01", "jose-ma-ambrosio-ezpeleta"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gb.chief_of_general_staff", "2024-10-01", "patrick-sanders"),       # to June 2024
    ("gb.first_sea_lord", "2025-07-01", "ben-key"),                       # stepped back May 2025
    ("gb.first_sea_lord", "2025-07-01", "martin-connell"),                # acting to 2025-05-27
    ("gb.chief_of_air_staff", "2024-06-01", "mike-wigston"),              # to 2023-06-02
    ("gb.chief_of_air_staff", "2025-10-01", "richard-knighton"),          # CDS from September 2025
    ("fr.navy_chief_of_staff", "2024-01-01", "pierre-vandier"),           # to 2023-08-31
    ("fr.air_force_chief_of_staff", "2024-10-01", "stephane-mille"),      # to 2024-09-16
    ("de.army_inspector", "2025-11-01", "alfons-mais"),                   # to 2025-10-01
    ("de.air_force_inspector", "2025-06-01", "ingo-gerhartz"),            # to 2025-05-27
    ("it.army_chief_of_staff", "2024-06-01", "pietro-serino"),            # to February 2024
    ("it.navy_chief_of_staff", "2025-12-01", "enrico-credendino"),        # to 2025-11-10
    ("it.air_force_chief_of_staff", "2025-06-01", "luca-goretti"),        # to 2025-05-15
    ("pl.chief_of_general_staff", "2024-01-01", "rajmund-andrzejczak"),   # resigned 2023-10-10
    ("tr.chief_of_general_staff", "2024-01-01", "musa-avsever"),          # acting to 2023-08-03
    ("tr.land_forces_commander", "2024-06-01", "musa-avsever"),           # retired 2023-08-16
    ("tr.land_forces_commander", "2025-09-01", "selcuk-bayraktaroglu"),   # chief of general staff
    ("tr.air_force_commander", "2024-06-01", "atilla-gulan"),             # retired 2023-08-16
    ("il.idf_chief_of_staff", "2023-06-01", "aviv-kochavi"),              # to 2023-01-16
    ("pk.navy_chief", "2024-01-01", "amjad-khan-niazi"),                  # to 2023-10-07
    ("in.army_chief", "2024-08-01", "manoj-pande"),                       # retired 2024-06-30
    ("in.air_chief", "2024-10-01", "vivek-ram-chaudhari"),                # retired 2024-09-30
    ("ru.navy_commander", "2024-06-01", "nikolai-yevmenov"),              # dismissed March 2024
    ("ru.aerospace_forces_commander", "2023-09-15", "sergei-surovikin"),  # removed 2023-08-22
    ("ua.ground_forces_commander", "2024-06-01", "oleksandr-syrskyi"),    # commander-in-chief
    ("ua.ground_forces_commander", "2025-03-01", "oleksandr-pavliuk"),    # to 2024-11-29
    ("ua.ground_forces_commander", "2025-08-01", "mykhailo-drapatyi"),    # resigned June 2025
    ("ua.air_force_commander", "2024-10-01", "mykola-oleshchuk"),         # dismissed 2024-08-30
    ("au.chief_of_air_force", "2024-10-01", "robert-chipman"),            # VCDF from July 2024
    ("ca.rcaf_commander", "2025-08-01", "eric-kenny"),                    # to 2025-07-10
    ("ng.navy_chief", "2025-11-01", "emmanuel-ogalla"),                   # replaced 2025-10-24
    ("ng.air_chief", "2025-11-01", "hasan-abubakar"),                     # replaced 2025-10-24
    ("br.army_commander", "2023-03-01", "julio-cesar-de-arruda"),         # dismissed 2023-01-21
    ("id.tni_commander", "2024-01-01", "yudo-margono"),                   # to 2023-11-22
    ("eg.armed_forces_chief_of_staff", "2024-08-01", "osama-askar"),      # replaced 2024-07-03
    ("jp.msdf_chief", "2024-08-01", "ryo-sakai"),                         # resigned 2024-07-19
    ("ph.navy_chief", "2025-01-01", "toribio-adaci"),                     # retired 2024-11-15
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, person", [
    ("British army chief", "2024-10-01", "roly-walker"),
    ("British First Sea Lord", "2025-07-01", "gwyn-jenkins"),
    ("French navy chief", "2024-01-01", "nicolas-vaujour"),
    ("German air force chief", "2025-06-01", "holger-neumann"),
    ("Italian army chief", "2024-06-01", "carmine-masiello"),
    ("Turkish army chief", "2024-06-01", "selcuk-bayraktaroglu"),
    ("Israeli Air Force commander", "2024-06-01", "tomer-bar"),
    ("Indian Army chief", "2023-06-01", "manoj-pande"),
    ("Ukrainian Air Force commander", "2023-06-01", "mykola-oleshchuk"),
    ("Russian Aerospace Forces commander", "2024-06-01", "viktor-afzalov"),
    ("Canadian air force chief", "2025-08-01", "jamie-speiser-blanchet"),
    ("Brazilian army chief", "2023-03-01", "tomas-paiva"),
    ("Egyptian army chief of staff", "2024-08-01", "ahmed-fathy-khalifa"),
])
def test_a_press_title_alone_finds_the_holder(kb, title, day, person):
    """A title-only mention ("the British army chief said") links to whoever held the office that day."""
    assert title_holder(kb, title, day) == person

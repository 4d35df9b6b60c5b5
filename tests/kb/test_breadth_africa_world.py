"""Heads of state and government, foreign, finance and defence ministers and central bank governors of
fifteen African countries (issue #11) resolve on known days, and leave on the day their term ends."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("et.president", "2024-06-01", "sahle-work-zewde"),
    ("et.president", "2025-03-01", "taye-atske-selassie"),
    ("et.prime_minister", "2025-06-01", "abiy-ahmed"),
    ("et.foreign_minister", "2024-05-01", "taye-atske-selassie"),
    ("et.foreign_minister", "2025-01-01", "gedion-timothewos"),
    ("et.defence_minister", "2024-08-01", "aisha-mohammed"),
    ("et.nbe_governor", "2024-06-01", "mamo-mihretu"),
    ("et.nbe_governor", "2025-10-01", "eyob-tekalign"),
    ("gh.president", "2024-06-01", "nana-akufo-addo"),
    ("gh.president", "2025-06-01", "john-mahama"),
    ("gh.finance_minister", "2024-06-01", "mohammed-amin-adam"),
    ("gh.finance_minister", "2025-06-01", "cassiel-ato-forson"),
    ("gh.defence_minister", "2025-10-01", "cassiel-ato-forson"),
    ("gh.foreign_minister", "2025-06-01", "samuel-okudzeto-ablakwa"),
    ("gh.bog_governor", "2025-06-01", "johnson-asiama"),
    ("sn.president", "2024-01-15", "macky-sall"),
    ("sn.president", "2024-06-01", "bassirou-diomaye-faye"),
    ("sn.prime_minister", "2025-01-01", "ousmane-sonko"),
    ("sn.foreign_minister", "2025-01-01", "yassine-fall"),
    ("sn.foreign_minister", "2025-10-01", "cheikh-niang"),
    ("rw.prime_minister", "2025-01-01", "edouard-ngirente"),
    ("rw.prime_minister", "2025-09-01", "justin-nsengiyumva"),
    ("rw.foreign_minister", "2024-03-01", "vincent-biruta"),
    ("rw.foreign_minister", "2024-09-01", "olivier-nduhungirehe"),
    ("rw.bnr_governor", "2025-06-01", "soraya-hakuziyaremye"),
    ("cd.prime_minister", "2024-06-01", "judith-suminwa"),
    ("cd.foreign_minister", "2024-03-01", "christophe-lutundula"),
    ("cd.foreign_minister", "2025-03-01", "therese-kayikwamba-wagner"),
    ("cd.defence_minister", "2024-03-01", "jean-pierre-bemba"),
    ("cd.bcc_governor", "2025-09-01", "andre-wameso"),
    ("sd.prime_minister", "2025-08-01", "kamil-idris"),
    ("sd.foreign_minister", "2025-01-01", "ali-youssef-al-sharif"),
    ("sd.cbos_governor", "2024-06-01", "burai-siddig"),
    ("ao.president", "2024-06-01", "joao-lourenco"),
    ("ao.bna_governor", "2024-06-01", "manuel-tiago-dias"),
    ("tn.prime_minister", "2024-03-01", "ahmed-hachani"),
    ("tn.prime_minister", "2024-12-01", "kamel-madouri"),
    ("tn.prime_minister", "2025-06-01", "sarra-zaafrani-zenzri"),
    ("tn.foreign_minister", "2024-09-01", "mohamed-ali-nafti"),
    ("tn.finance_minister", "2025-03-01", "michket-slama-khaldi"),
    ("tn.bct_governor", "2024-06-01", "fethi-zouhair-nouri"),
    ("dz.president", "2025-01-01", "abdelmadjid-tebboune"),
    ("dz.prime_minister", "2025-01-01", "nadir-larbaoui"),
    ("dz.prime_minister", "2025-10-01", "sifi-ghrieb"),
    ("dz.boa_governor", "2025-06-01", "salah-eddine-taleb"),
    ("ma.head_of_government", "2024-06-01", "aziz-akhannouch"),
    ("tz.prime_minister", "2025-12-01", "mwigulu-nchemba"),
    ("tz.foreign_minister", "2024-09-01", "mahmoud-thabit-kombo"),
    ("tz.finance_minister", "2025-12-01", "khamis-mussa-omar"),
    ("ug.defence_minister", "2024-06-01", "jacob-oboth-oboth"),
    ("ci.foreign_minister", "2026-03-01", "niale-kaba"),
    ("so.defence_minister", "2025-06-01", "ahmed-moallim-fiqi"),
    ("ly.cbl_governor", "2025-01-01", "naji-issa"),
    ("ma.bam_governor", "2025-06-01", "abdellatif-jouahri"),
    ("tz.bot_governor", "2024-06-01", "emmanuel-tutuba"),
    ("ug.foreign_minister", "2024-06-01", "jeje-odongo"),
    ("ug.bou_governor", "2024-06-01", "michael-atingi-ego"),
    ("ug.bou_governor", "2025-06-01", "michael-atingi-ego"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("et.president", "2024-10-08", "sahle-work-zewde"),         # Taye sworn in 2024-10-07
    ("et.foreign_minister", "2024-10-19", "taye-atske-selassie"),  # president from 2024-10-07
    ("gh.president", "2025-01-08", "nana-akufo-addo"),          # Mahama sworn in 2025-01-07
    ("gh.defence_minister", "2025-08-10", "edward-omane-boamah"),  # killed 2025-08-06
    ("sn.foreign_minister", "2025-09-10", "yassine-fall"),      # moved to justice 2025-09-06
    ("rw.prime_minister", "2025-07-25", "edouard-ngirente"),    # replaced 2025-07-23
    ("cd.bcc_governor", "2025-08-10", "marie-france-malangu-kabedi"),  # Wameso named 2025-07-23
    ("sd.foreign_minister", "2025-05-01", "ali-youssef-al-sharif"),    # dismissed 2025-04-17
    ("tn.prime_minister", "2025-03-25", "kamel-madouri"),       # relieved 2025-03-20
    ("tn.finance_minister", "2025-02-10", "sihem-boughdiri-nemsia"),  # dismissed 2025-02-05
    ("dz.boa_governor", "2026-01-10", "salah-eddine-taleb"),    # term ended 2026-01-04
    ("tz.foreign_minister", "2024-08-01", "january-makamba"),   # removed 2024-07-21
    ("ci.foreign_minister", "2026-03-01", "leon-kacou-adom"),   # replaced 2026-01-23
    ("so.foreign_minister", "2025-06-01", "ahmed-moallim-fiqi"),  # moved to defence 2025-04-27
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_acting_holders_are_marked_acting(kb):
    """Ghana's finance minister only acts at defence; Algeria's interim prime minister was acting first."""
    acting = {(t.position, t.person) for t in kb.holders("gh.defence_minister", date(2025, 10, 1))
              if t.status is not None and t.status.value == "acting"}
    assert acting == {("gh.defence_minister", "cassiel-ato-forson")}
    early = [t for t in kb.holders("dz.prime_minister", date(2025, 9, 1))]
    assert [t.person for t in early] == ["sifi-ghrieb"] and early[0].status is not None


def test_relatives_and_shared_names_keep_the_bare_name_for_the_leader(kb):
    """'Ouattara' stays the president's, not his brother the defence minister's; Ethiopian and Somali
    names carry no family name, so a bare 'Ahmed' or 'Mohammed' names nobody from these files."""
    assert kb.persons["alassane-ouattara"].family == "Ouattara"
    for person in ("tene-birahima-ouattara", "abiy-ahmed", "aisha-mohammed", "hassan-sheikh-mohamud",
                   "ahmed-moallim-fiqi", "birame-diop", "mohammed-amin-adam"):
        assert kb.persons[person].family is None, person

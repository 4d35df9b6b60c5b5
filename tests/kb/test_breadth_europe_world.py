"""Heads of state and government, foreign, finance and defence ministers and central bank governors of
Europe beyond the large states (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("at.president", "2024-01-01", "alexander-van-der-bellen"),
    ("at.president", "2025-03-03", "alexander-van-der-bellen"),
    ("at.chancellor", "2024-06-01", "karl-nehammer"),
    ("at.chancellor", "2025-02-01", "alexander-schallenberg"),
    ("at.chancellor", "2025-06-01", "christian-stocker"),
    ("at.foreign_minister", "2024-06-01", "alexander-schallenberg"),
    ("at.foreign_minister", "2025-02-01", "alexander-schallenberg"),
    ("at.foreign_minister", "2025-06-01", "beate-meinl-reisinger"),
    ("at.finance_minister", "2024-06-01", "magnus-brunner"),
    ("at.finance_minister", "2025-01-15", "gunter-mayr"),
    ("at.finance_minister", "2025-06-01", "markus-marterbauer"),
    ("at.defence_minister", "2024-06-01", "klaudia-tanner"),
    ("at.defence_minister", "2025-06-01", "klaudia-tanner"),
    ("at.oenb_governor", "2024-06-01", "robert-holzmann"),
    ("at.oenb_governor", "2025-10-01", "martin-kocher"),
    # Belgium
    ("be.monarch", "2025-06-01", "philippe-of-belgium"),
    ("be.prime_minister", "2024-06-01", "alexander-de-croo"),
    ("be.prime_minister", "2025-06-01", "bart-de-wever"),
    ("be.foreign_minister", "2024-06-01", "hadja-lahbib"),
    ("be.foreign_minister", "2025-01-15", "bernard-quintin"),
    ("be.foreign_minister", "2025-06-01", "maxime-prevot"),
    ("be.finance_minister", "2024-06-01", "vincent-van-peteghem"),
    ("be.finance_minister", "2025-06-01", "jan-jambon"),
    ("be.defence_minister", "2024-06-01", "ludivine-dedonder"),
    ("be.defence_minister", "2025-06-01", "theo-francken"),
    ("be.nbb_governor", "2025-06-01", "pierre-wunsch"),
    # Sweden
    ("se.monarch", "2024-06-01", "carl-xvi-gustaf"),
    ("se.prime_minister", "2024-06-01", "ulf-kristersson"),
    ("se.foreign_minister", "2024-06-01", "tobias-billstrom"),
    ("se.foreign_minister", "2025-01-15", "maria-malmer-stenergard"),
    ("se.finance_minister", "2024-06-01", "elisabeth-svantesson"),
    ("se.defence_minister", "2024-06-01", "pal-jonson"),
    ("se.riksbank_governor", "2024-06-01", "erik-thedeen"),
    # Norway
    ("no.monarch", "2024-06-01", "harald-v"),
    ("no.prime_minister", "2025-06-01", "jonas-gahr-store"),
    ("no.foreign_minister", "2023-06-01", "anniken-huitfeldt"),
    ("no.foreign_minister", "2024-06-01", "espen-barth-eide"),
    ("no.finance_minister", "2024-06-01", "trygve-slagsvold-vedum"),
    ("no.finance_minister", "2025-06-01", "jens-stoltenberg"),
    ("no.defence_minister", "2024-06-01", "bjorn-arild-gram"),
    ("no.defence_minister", "2025-06-01", "tore-o-sandvik"),
    ("no.norges_bank_governor", "2024-06-01", "ida-wolden-bache"),
    # Denmark
    ("dk.monarch", "2024-01-01", "margrethe-ii"),
    ("dk.monarch", "2024-06-01", "frederik-x"),
    ("dk.prime_minister", "2024-06-01", "mette-frederiksen"),
    ("dk.foreign_minister", "2025-06-01", "lars-lokke-rasmussen"),
    ("dk.finance_minister", "2025-06-01", "nicolai-wammen"),
    ("dk.defence_minister", "2023-06-01", "jakob-ellemann-jensen"),
    ("dk.defence_minister", "2025-06-01", "troels-lund-poulsen"),
    ("dk.nationalbank_governor", "2025-06-01", "christian-kettel-thomsen"),
    # Finland
    ("fi.president", "2024-01-01", "sauli-niinisto"),
    ("fi.president", "2024-06-01", "alexander-stubb"),
    ("fi.prime_minister", "2025-06-01", "petteri-orpo"),
    ("fi.foreign_minister", "2025-06-01", "elina-valtonen"),
    ("fi.finance_minister", "2025-06-01", "riikka-purra"),
    ("fi.defence_minister", "2025-06-01", "antti-hakkanen"),
    ("fi.bank_of_finland_governor", "2025-09-01", "olli-rehn"),
    # Switzerland
    ("ch.president", "2024-06-01", "viola-amherd"),
    ("ch.president", "2025-06-01", "karin-keller-sutter"),
    ("ch.president", "2026-06-01", "guy-parmelin"),
    ("ch.foreign_minister", "2025-06-01", "ignazio-cassis"),
    ("ch.finance_minister", "2025-06-01", "karin-keller-sutter"),
    ("ch.defence_minister", "2024-06-01", "viola-amherd"),
    ("ch.defence_minister", "2025-06-01", "martin-pfister"),
    ("ch.snb_chairman", "2024-06-01", "thomas-jordan"),
    ("ch.snb_chairman", "2025-06-01", "martin-schlegel"),
    # Portugal
    ("pt.president", "2025-06-01", "marcelo-rebelo-de-sousa"),
    ("pt.president", "2026-06-01", "antonio-jose-seguro"),
    ("pt.prime_minister", "2024-01-01", "antonio-costa"),
    ("pt.prime_minister", "2025-06-01", "luis-montenegro"),
    ("pt.foreign_minister", "2024-01-01", "joao-gomes-cravinho"),
    ("pt.foreign_minister", "2025-06-01", "paulo-rangel"),
    ("pt.finance_minister", "2024-01-01", "fernando-medina"),
    ("pt.finance_minister", "2025-06-01", "joaquim-miranda-sarmento"),
    ("pt.defence_minister", "2024-01-01", "helena-carreiras"),
    ("pt.defence_minister", "2025-06-01", "nuno-melo"),
    ("pt.bdp_governor", "2025-06-01", "mario-centeno"),
    ("pt.bdp_governor", "2025-11-01", "alvaro-santos-pereira"),
    # Ireland
    ("ie.president", "2025-06-01", "michael-d-higgins"),
    ("ie.president", "2025-12-01", "catherine-connolly"),
    ("ie.taoiseach", "2024-01-01", "leo-varadkar"),
    ("ie.taoiseach", "2024-06-01", "simon-harris"),
    ("ie.taoiseach", "2025-06-01", "micheal-martin"),
    ("ie.foreign_minister", "2024-06-01", "micheal-martin"),
    ("ie.foreign_minister", "2025-06-01", "simon-harris"),
    ("ie.foreign_minister", "2025-12-01", "helen-mcentee"),
    ("ie.finance_minister", "2024-01-01", "michael-mcgrath"),
    ("ie.finance_minister", "2024-09-01", "jack-chambers"),
    ("ie.finance_minister", "2025-06-01", "paschal-donohoe"),
    ("ie.finance_minister", "2025-12-01", "simon-harris"),
    ("ie.defence_minister", "2025-12-01", "helen-mcentee"),
    ("ie.central_bank_governor", "2025-01-01", "gabriel-makhlouf"),
    # Greece
    ("gr.president", "2024-06-01", "katerina-sakellaropoulou"),
    ("gr.president", "2025-06-01", "konstantinos-tasoulas"),
    ("gr.prime_minister", "2025-06-01", "kyriakos-mitsotakis"),
    ("gr.foreign_minister", "2025-06-01", "giorgos-gerapetritis"),
    ("gr.finance_minister", "2024-06-01", "kostis-hatzidakis"),
    ("gr.finance_minister", "2025-06-01", "kyriakos-pierrakakis"),
    ("gr.defence_minister", "2025-06-01", "nikos-dendias"),
    ("gr.bog_governor", "2025-06-01", "yannis-stournaras"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("at.chancellor", "2025-02-01", "karl-nehammer"),
    ("at.chancellor", "2025-06-01", "alexander-schallenberg"),
    ("at.chancellor", "2024-06-01", "christian-stocker"),
    ("at.foreign_minister", "2025-06-01", "alexander-schallenberg"),
    ("at.finance_minister", "2025-01-15", "magnus-brunner"),      # EU commissioner from 2024-12-01
    ("at.finance_minister", "2025-06-01", "gunter-mayr"),          # until the Stocker government
    ("at.oenb_governor", "2025-10-01", "robert-holzmann"),         # six-year term ended 2025-08-31
    ("be.prime_minister", "2025-06-01", "alexander-de-croo"),      # De Wever sworn in 2025-02-03
    ("be.foreign_minister", "2025-01-15", "hadja-lahbib"),         # EU commissioner from 2024-12-01
    ("be.foreign_minister", "2025-06-01", "bernard-quintin"),      # moved to the interior 2025-02-03
    ("be.defence_minister", "2025-06-01", "ludivine-dedonder"),
    ("se.foreign_minister", "2025-01-15", "tobias-billstrom"),     # replaced 2024-09-10
    ("se.riksbank_governor", "2024-06-01", "stefan-ingves"),       # term ended 2022-12-31
    ("no.foreign_minister", "2024-06-01", "anniken-huitfeldt"),    # replaced 2023-10-16
    ("no.finance_minister", "2025-06-01", "trygve-slagsvold-vedum"),  # Centre Party left 2025-01-30
    ("no.defence_minister", "2025-06-01", "bjorn-arild-gram"),
    ("dk.monarch", "2024-06-01", "margrethe-ii"),                  # abdicated 2024-01-14
    ("dk.defence_minister", "2025-06-01", "jakob-ellemann-jensen"),  # moved to the economy 2023-08-22
    ("fi.president", "2024-06-01", "sauli-niinisto"),              # term ended 2024-03-01
    ("ch.president", "2026-06-01", "karin-keller-sutter"),         # one-year presidency, 2025
    ("ch.defence_minister", "2025-06-01", "viola-amherd"),         # left the Federal Council 2025-03-31
    ("ch.snb_chairman", "2025-06-01", "thomas-jordan"),            # stepped down 2024-09-30
    ("pt.president", "2026-06-01", "marcelo-rebelo-de-sousa"),     # second term ended 2026-03-09
    ("pt.prime_minister", "2025-06-01", "antonio-costa"),          # replaced 2024-04-02
    ("pt.finance_minister", "2025-06-01", "fernando-medina"),
    ("pt.bdp_governor", "2025-11-01", "mario-centeno"),            # succeeded 2025-10-06
    ("ie.president", "2025-12-01", "michael-d-higgins"),           # term ended 2025-11-10
    ("ie.taoiseach", "2025-06-01", "simon-harris"),                # Tánaiste from 2025-01-23
    ("ie.finance_minister", "2025-12-01", "paschal-donohoe"),       # resigned 2025-11-18
    ("ie.foreign_minister", "2025-12-01", "simon-harris"),
    ("gr.president", "2025-06-01", "katerina-sakellaropoulou"),   # term ended 2025-03-13
    ("gr.finance_minister", "2025-06-01", "kostis-hatzidakis"),    # deputy PM from 2025-03-15
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)

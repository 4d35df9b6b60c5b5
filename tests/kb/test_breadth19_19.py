"""Monarchs' heirs, British royal titles, governors-general, UAE rulers and crown princes, the princes
of Liechtenstein and Monaco, Tonga's king and Nepal's last king (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("gb.prince_of_wales", "2020-06-01", "charles-iii"),
    ("gb.prince_of_wales", "2023-06-01", "prince-william"),
    ("gb.princess_of_wales", "2024-03-01", "catherine-princess-of-wales"),
    ("gb.queen_consort", "2023-06-01", "queen-camilla"),
    ("gb.duke_of_sussex", "2021-03-08", "prince-harry"),
    ("gb.duchess_of_sussex", "2021-03-08", "meghan-duchess-of-sussex"),
    ("au.governor_general", "2022-06-01", "david-hurley"),
    ("au.governor_general", "2024-07-02", "sam-mostyn"),
    ("ca.governor_general", "2020-06-01", "julie-payette"),
    ("ca.governor_general", "2022-06-01", "mary-simon"),
    ("jm.governor_general", "2022-06-01", "patrick-allen"),
    ("es.princess_of_asturias", "2023-10-31", "leonor-princess-of-asturias"),
    ("nl.prince_of_orange", "2021-12-07", "catharina-amalia"),
    ("be.duke_of_brabant", "2022-06-01", "elisabeth-duchess-of-brabant"),
    ("dk.crown_prince", "2023-06-01", "frederik-x"),
    ("dk.crown_prince", "2024-06-01", "crown-prince-christian-of-denmark"),
    ("no.crown_prince", "2024-06-01", "crown-prince-haakon"),
    ("se.crown_princess", "2022-06-01", "crown-princess-victoria"),
    ("lu.hereditary_grand_duke", "2024-06-01", "grand-duke-guillaume"),
    ("lu.hereditary_grand_duke", "2025-11-01", "prince-charles-of-luxembourg"),
    ("lu.lieutenant_representative", "2025-01-01", "grand-duke-guillaume"),
    ("li.prince", "2022-06-01", "hans-adam-ii"),
    ("li.regent", "2022-06-01", "alois-of-liechtenstein"),
    ("li.hereditary_prince", "2022-06-01", "alois-of-liechtenstein"),
    ("mc.prince", "2022-06-01", "albert-ii-of-monaco"),
    ("jp.crown_prince", "2020-11-08", "prince-akishino"),
    ("kw.crown_prince", "2022-06-01", "mishal-al-ahmad-al-sabah"),
    ("kw.crown_prince", "2024-06-02", "sabah-al-khalid-al-sabah"),
    ("jo.crown_prince", "2021-04-04", "hussein-bin-abdullah"),
    ("bh.crown_prince", "2020-11-11", "salman-bin-hamad-al-khalifa"),
    ("ma.crown_prince", "2023-06-01", "moulay-hassan"),
    ("bn.crown_prince", "2021-06-01", "al-muhtadee-billah"),
    ("to.king", "2022-01-15", "tupou-vi"),
    ("to.crown_prince", "2025-01-28", "tupoutoa-ulukalala"),
    ("ae.ruler_abu_dhabi", "2020-06-01", "khalifa-bin-zayed-al-nahyan"),
    ("ae.ruler_abu_dhabi", "2022-06-01", "mohamed-bin-zayed-al-nahyan"),
    ("ae.crown_prince_abu_dhabi", "2023-03-29", "khaled-bin-mohamed-al-nahyan"),
    ("ae.ruler_dubai", "2021-06-01", "mohammed-bin-rashid-al-maktoum"),
    ("ae.crown_prince_dubai", "2024-07-14", "hamdan-bin-mohammed-al-maktoum"),
    ("ae.ruler_sharjah", "2021-06-01", "sultan-bin-muhammad-al-qasimi"),
    ("ae.ruler_ras_al_khaimah", "2021-06-01", "saud-bin-saqr-al-qasimi"),
    ("my.regent_johor", "2024-06-01", "tunku-ismail"),
    ("np.king", "2005-02-01", "gyanendra-shah"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gb.prince_of_wales", "2022-09-10", "charles-iii"),
    ("au.governor_general", "2024-07-02", "david-hurley"),
    ("ca.governor_general", "2021-08-01", "julie-payette"),
    ("dk.crown_prince", "2024-01-15", "frederik-x"),
    ("lu.hereditary_grand_duke", "2025-10-04", "grand-duke-guillaume"),
    ("lu.lieutenant_representative", "2025-10-04", "grand-duke-guillaume"),
    ("kw.crown_prince", "2023-12-17", "mishal-al-ahmad-al-sabah"),
    ("ae.ruler_abu_dhabi", "2022-05-14", "khalifa-bin-zayed-al-nahyan"),
    ("np.king", "2008-06-01", "gyanendra-shah"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Prince of Wales", "2023-06-01", "prince-william"),
    ("Princess of Wales", "2024-03-01", "catherine-princess-of-wales"),
    ("Duke of Sussex", "2023-01-10", "prince-harry"),
    ("Crown Prince of Abu Dhabi", "2024-06-01", "khaled-bin-mohamed-al-nahyan"),
    ("Dubai Crown Prince", "2024-06-01", "hamdan-bin-mohammed-al-maktoum"),
    ("Kuwaiti Crown Prince", "2024-07-01", "sabah-al-khalid-al-sabah"),
    ("Jordanian Crown Prince", "2022-06-01", "hussein-bin-abdullah"),
    ("Danish Crown Prince", "2024-06-01", "crown-prince-christian-of-denmark"),
    ("Australian Governor-General", "2025-01-01", "sam-mostyn"),
    ("King of Tonga", "2022-01-15", "tupou-vi"),
    ("Prince of Monaco", "2022-06-01", "albert-ii-of-monaco"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

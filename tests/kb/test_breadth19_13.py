"""Mayors and governors of capitals and major cities, 2023-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("fr.paris_mayor", "2025-06-01", "anne-hidalgo"),
    ("fr.paris_mayor", "2026-06-01", "emmanuel-gregoire"),
    ("de.berlin_mayor", "2023-02-01", "franziska-giffey"),
    ("de.berlin_mayor", "2024-06-01", "kai-wegner"),
    ("es.barcelona_mayor", "2023-03-01", "ada-colau"),
    ("es.barcelona_mayor", "2024-06-01", "jaume-collboni"),
    ("es.madrid_mayor", "2024-06-01", "jose-luis-martinez-almeida"),
    ("it.rome_mayor", "2024-06-01", "roberto-gualtieri"),
    ("ro.bucharest_mayor", "2024-06-01", "nicusor-dan"),
    ("ro.bucharest_mayor", "2025-08-01", "stelian-bujduveanu"),
    ("ro.bucharest_mayor", "2026-02-01", "ciprian-ciucu"),
    ("ca.toronto_mayor", "2023-01-15", "john-tory"),
    ("ca.toronto_mayor", "2023-05-01", "jennifer-mckelvie"),
    ("ca.toronto_mayor", "2024-06-01", "olivia-chow"),
    ("ca.montreal_mayor", "2024-06-01", "valerie-plante"),
    ("ca.montreal_mayor", "2026-01-15", "soraya-martinez-ferrada"),
    ("id.jakarta_governor", "2023-06-01", "heru-budi-hartono"),
    ("id.jakarta_governor", "2024-12-01", "teguh-setyabudi"),
    ("id.jakarta_governor", "2025-06-01", "pramono-anung"),
    ("ph.manila_mayor", "2024-06-01", "honey-lacuna"),
    ("ph.manila_mayor", "2025-08-01", "isko-moreno"),
    ("gr.athens_mayor", "2023-06-01", "kostas-bakoyannis"),
    ("gr.athens_mayor", "2024-06-01", "haris-doukas"),
    ("co.bogota_mayor", "2023-06-01", "claudia-lopez-bogota"),
    ("co.bogota_mayor", "2024-06-01", "carlos-fernando-galan"),
    ("ar.buenos_aires_head_of_government", "2023-06-01", "horacio-rodriguez-larreta"),
    ("ar.buenos_aires_head_of_government", "2024-06-01", "jorge-macri"),
    ("pe.lima_mayor", "2024-06-01", "rafael-lopez-aliaga"),
    ("pe.lima_mayor", "2025-11-01", "renzo-reggiardo"),
    ("cl.santiago_mayor", "2024-06-01", "iraci-hassler"),
    ("cl.santiago_mayor", "2025-01-15", "mario-desbordes"),
    ("np.kathmandu_mayor", "2024-06-01", "balendra-shah"),
    ("np.kathmandu_mayor", "2026-02-01", "sunita-dangol"),
    ("pk.karachi_mayor", "2024-06-01", "murtaza-wahab"),
    ("in.delhi_mayor", "2023-06-01", "shelly-oberoi"),
    ("in.delhi_mayor", "2025-01-15", "mahesh-khichi"),
    ("in.delhi_mayor", "2025-06-01", "raja-iqbal-singh"),
    ("ru.moscow_mayor", "2024-06-01", "sergei-sobyanin"),
    ("za.johannesburg_mayor", "2023-12-01", "kabelo-gwamanda"),
    ("za.johannesburg_mayor", "2025-01-15", "dada-morero"),
    ("za.cape_town_mayor", "2024-06-01", "geordin-hill-lewis"),
    ("sn.dakar_mayor", "2025-03-01", "ngone-mbengue"),
    ("sn.dakar_mayor", "2025-10-01", "abass-fall"),
    ("br.rio_mayor", "2025-06-01", "eduardo-paes"),
    ("br.rio_mayor", "2026-04-15", "eduardo-cavaliere"),
    ("br.sao_paulo_mayor", "2024-06-01", "ricardo-nunes"),
    ("rs.belgrade_mayor", "2025-01-15", "aleksandar-sapic"),
    ("tr.ankara_mayor", "2024-06-01", "mansur-yavas"),
    ("hu.budapest_mayor", "2024-06-01", "gergely-karacsony"),
    ("at.vienna_mayor", "2023-06-01", "michael-ludwig"),
    ("th.bangkok_governor", "2024-06-01", "chadchart-sittipunt"),
    ("il.jerusalem_mayor", "2024-06-01", "moshe-lion"),
    ("il.tel_aviv_mayor", "2024-06-01", "ron-huldai"),
    ("ir.tehran_mayor", "2023-06-01", "alireza-zakani"),
    ("cd.kinshasa_governor", "2024-08-01", "daniel-bumba"),
    ("us.mayor_san_francisco", "2023-06-01", "london-breed"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("fr.paris_mayor", "2026-06-01", "anne-hidalgo"),
    ("de.berlin_mayor", "2023-05-15", "franziska-giffey"),
    ("es.barcelona_mayor", "2023-07-01", "ada-colau"),
    ("ro.bucharest_mayor", "2025-06-15", "nicusor-dan"),
    ("ro.bucharest_mayor", "2026-02-01", "stelian-bujduveanu"),
    ("ca.toronto_mayor", "2023-05-01", "john-tory"),
    ("ca.toronto_mayor", "2023-08-01", "jennifer-mckelvie"),
    ("ca.montreal_mayor", "2025-12-01", "valerie-plante"),
    ("id.jakarta_governor", "2024-12-01", "heru-budi-hartono"),
    ("id.jakarta_governor", "2025-06-01", "teguh-setyabudi"),
    ("ph.manila_mayor", "2025-08-01", "honey-lacuna"),
    ("gr.athens_mayor", "2024-06-01", "kostas-bakoyannis"),
    ("co.bogota_mayor", "2024-06-01", "claudia-lopez-bogota"),
    ("ar.buenos_aires_head_of_government", "2024-06-01", "horacio-rodriguez-larreta"),
    ("pe.lima_mayor", "2025-11-01", "rafael-lopez-aliaga"),
    ("cl.santiago_mayor", "2025-01-15", "iraci-hassler"),
    ("np.kathmandu_mayor", "2026-02-01", "balendra-shah"),
    ("in.delhi_mayor", "2025-01-15", "shelly-oberoi"),
    ("in.delhi_mayor", "2025-06-01", "mahesh-khichi"),
    ("za.johannesburg_mayor", "2025-01-15", "kabelo-gwamanda"),
    ("za.johannesburg_mayor", "2023-06-01", "dada-morero"),
    ("sn.dakar_mayor", "2025-10-01", "ngone-mbengue"),
    ("br.rio_mayor", "2026-04-15", "eduardo-paes"),
    ("us.mayor_san_francisco", "2025-03-01", "london-breed"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Paris mayor", "2025-06-01", "anne-hidalgo"),
    ("Governing Mayor of Berlin", "2024-06-01", "kai-wegner"),
    ("Toronto Mayor", "2024-06-01", "olivia-chow"),
    ("Jakarta Governor", "2025-06-01", "pramono-anung"),
    ("Bogotá mayor", "2024-06-01", "carlos-fernando-galan"),
    ("Moscow Mayor", "2024-06-01", "sergei-sobyanin"),
    ("Ankara mayor", "2024-06-01", "mansur-yavas"),
    ("Bangkok Governor", "2024-06-01", "chadchart-sittipunt"),
    ("Jerusalem Mayor", "2024-06-01", "moshe-lion"),
    ("Delhi mayor", "2025-06-01", "raja-iqbal-singh"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

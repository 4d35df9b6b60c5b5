"""Moldovan, Czech, Romanian and Bulgarian office holders (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Moldova: president, prime ministers, speaker
    ("md.president", "2025-11-01", "maia-sandu"),
    ("md.prime_minister", "2024-06-01", "dorin-recean"),
    ("md.prime_minister", "2025-11-15", "alexandru-munteanu"),
    ("md.parliament_speaker", "2020-06-01", "zinaida-greceanii"),
    ("md.parliament_speaker", "2023-06-01", "igor-grosu"),
    ("md.parliament_speaker", "2025-10-25", "igor-grosu"),
    # Moldova: deputy prime ministers
    ("md.deputy_prime_minister", "2023-06-01", "nicu-popescu"),
    ("md.deputy_prime_minister", "2023-06-01", "dumitru-alaiba"),
    ("md.deputy_prime_minister", "2023-06-01", "vladimir-bolea"),
    ("md.deputy_prime_minister", "2023-06-01", "oleg-serebrian"),
    ("md.deputy_prime_minister", "2024-06-01", "mihai-popsoi"),
    ("md.deputy_prime_minister", "2024-06-01", "cristina-gherasimov"),
    ("md.deputy_prime_minister", "2025-09-01", "roman-rosca"),
    ("md.deputy_prime_minister", "2025-11-15", "eugen-osmochescu"),
    ("md.deputy_prime_minister", "2025-11-15", "valeriu-chiveri"),
    ("md.deputy_prime_minister", "2025-11-15", "vladimir-bolea"),
    ("md.deputy_prime_minister", "2025-11-15", "cristina-gherasimov"),
    ("md.deputy_prime_minister", "2025-11-15", "mihai-popsoi"),
    # Moldova: ministers before and in the Munteanu government
    ("md.foreign_minister", "2025-11-15", "mihai-popsoi"),
    ("md.finance_minister", "2025-11-15", "andrian-gavrilita"),
    ("md.defence_minister", "2025-11-15", "anatolie-nosatii"),
    ("md.economy_minister", "2024-06-01", "dumitru-alaiba"),
    ("md.economy_minister", "2025-06-01", "doina-nistor"),
    ("md.economy_minister", "2025-11-15", "eugen-osmochescu"),
    ("md.interior_minister", "2024-06-01", "adrian-efros"),
    ("md.interior_minister", "2025-06-01", "daniella-misail-nichitin"),
    ("md.interior_minister", "2026-01-15", "daniella-misail-nichitin"),
    ("md.justice_minister", "2024-06-01", "veronica-mihailov-moraru"),
    ("md.justice_minister", "2025-12-01", "vladislav-cojuhari"),
    ("md.energy_minister", "2024-06-01", "victor-parlicov"),
    ("md.energy_minister", "2025-11-15", "dorin-junghietu"),
    ("md.infrastructure_minister", "2023-05-01", "lilia-dabija"),
    ("md.infrastructure_minister", "2024-06-01", "andrei-spinu"),
    ("md.infrastructure_minister", "2025-11-15", "vladimir-bolea"),
    ("md.agriculture_minister", "2023-06-01", "vladimir-bolea"),
    ("md.agriculture_minister", "2025-11-15", "ludmila-catlabuga"),
    ("md.education_minister", "2025-11-15", "dan-perciun"),
    ("md.health_minister", "2025-11-15", "emil-ceban"),
    ("md.labour_minister", "2025-12-10", "natalia-plugaru"),
    ("md.culture_minister", "2025-11-15", "cristian-jardan"),
    ("md.environment_minister", "2025-12-01", "gheorghe-hajder"),
    # Czech Republic
    ("cz.president", "2025-12-15", "petr-pavel"),
    ("cz.prime_minister", "2024-06-01", "petr-fiala"),
    ("cz.prime_minister", "2026-01-15", "andrej-babis"),
    ("cz.chamber_speaker", "2025-12-01", "tomio-okamura"),
    ("cz.foreign_minister", "2024-06-01", "jan-lipavsky"),
    ("cz.foreign_minister", "2026-01-15", "petr-macinka"),
    ("cz.labour_minister", "2024-06-01", "marian-jurecka"),
    ("cz.labour_minister", "2025-12-16", "ales-juchelka"),
    ("cz.health_minister", "2024-06-01", "vlastimil-valek"),
    ("cz.health_minister", "2025-12-16", "adam-vojtech"),
    ("cz.education_minister", "2025-12-16", "robert-plaga"),
    ("cz.culture_minister", "2025-12-16", "oto-klempir"),
    ("cz.transport_minister", "2025-12-16", "ivan-bednarik"),
    ("cz.agriculture_minister", "2025-12-16", "martin-sebestyan"),
    ("cz.regional_development_minister", "2026-01-10", "zuzana-mrazova"),
    ("cz.environment_minister", "2026-01-15", "petr-macinka"),
    ("cz.sport_minister", "2025-12-16", "boris-stastny"),
    ("cz.member_of_european_parliament", "2025-03-01", "filip-turek"),
    ("cz.climate_commissioner", "2026-01-15", "filip-turek"),
    # Romania
    ("ro.president", "2025-03-01", "ilie-bolojan"),
    ("ro.president", "2025-07-01", "nicusor-dan"),
    ("ro.prime_minister", "2024-06-01", "marcel-ciolacu"),
    ("ro.prime_minister", "2025-08-01", "ilie-bolojan"),
    ("ro.foreign_minister", "2025-08-01", "oana-toiu"),
    # Bulgaria
    ("bg.president", "2024-06-01", "rumen-radev"),
    ("bg.president", "2026-02-01", "iliana-iotova"),
    ("bg.vice_president", "2024-06-01", "iliana-iotova"),
    ("bg.prime_minister", "2025-06-01", "rosen-zhelyazkov"),
    ("bg.prime_minister", "2026-01-10", "rosen-zhelyazkov"),
    ("bg.prime_minister", "2026-02-19", "andrey-gyurov"),
    ("bg.deputy_prime_minister", "2025-06-01", "tomislav-donchev"),
    ("bg.deputy_prime_minister", "2025-06-01", "atanas-zafirov"),
    ("bg.deputy_prime_minister", "2025-06-01", "grozdan-karadzhov"),
    ("bg.foreign_minister", "2025-06-01", "georg-georgiev"),
    ("bg.foreign_minister", "2026-02-19", "nadezhda-neynsky"),
    ("bg.finance_minister", "2025-06-01", "temenuzhka-petkova"),
    ("bg.defence_minister", "2025-06-01", "atanas-zapryanov"),
    ("bg.defence_minister", "2026-02-19", "atanas-zapryanov"),
    ("bg.interior_minister", "2025-06-01", "daniel-mitov"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("md.prime_minister", "2025-11-15", "dorin-recean"),
    ("md.parliament_speaker", "2023-06-01", "zinaida-greceanii"),
    ("md.deputy_prime_minister", "2025-11-15", "roman-rosca"),
    ("md.deputy_prime_minister", "2025-09-01", "oleg-serebrian"),
    ("md.deputy_prime_minister", "2025-06-01", "dumitru-alaiba"),
    ("md.economy_minister", "2025-11-15", "doina-nistor"),
    ("md.interior_minister", "2025-06-01", "adrian-efros"),
    ("md.justice_minister", "2025-12-01", "veronica-mihailov-moraru"),
    ("md.energy_minister", "2025-01-15", "victor-parlicov"),
    ("md.infrastructure_minister", "2025-06-01", "andrei-spinu"),
    ("md.agriculture_minister", "2025-06-01", "vladimir-bolea"),
    ("cz.labour_minister", "2026-01-15", "marian-jurecka"),
    ("cz.health_minister", "2026-01-15", "vlastimil-valek"),
    ("cz.member_of_european_parliament", "2025-11-15", "filip-turek"),
    ("cz.environment_minister", "2026-01-15", "filip-turek"),
    ("cz.prime_minister", "2026-01-15", "petr-fiala"),
    ("ro.president", "2025-07-01", "ilie-bolojan"),
    ("bg.president", "2026-02-01", "rumen-radev"),
    ("bg.vice_president", "2026-02-01", "iliana-iotova"),
    ("bg.prime_minister", "2026-03-01", "rosen-zhelyazkov"),
    ("bg.foreign_minister", "2026-03-01", "georg-georgiev"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Moldovan Speaker", "2025-11-15", "igor-grosu"),
    ("Moldovan Justice Minister", "2025-12-01", "vladislav-cojuhari"),
    ("Moldovan Energy Minister", "2025-11-15", "dorin-junghietu"),
    ("Moldovan Interior Minister", "2025-11-15", "daniella-misail-nichitin"),
    ("Moldovan Health Minister", "2025-11-15", "emil-ceban"),
    ("Czech Health Minister", "2025-12-16", "adam-vojtech"),
    ("Czech Transport Minister", "2025-12-16", "ivan-bednarik"),
    ("Czech Agriculture Minister", "2025-12-16", "martin-sebestyan"),
    ("Bulgarian President", "2024-06-01", "rumen-radev"),
    ("Bulgarian Prime Minister", "2025-06-01", "rosen-zhelyazkov"),
    ("Bulgarian Foreign Minister", "2025-06-01", "georg-georgiev"),
    ("Bulgarian Defence Minister", "2025-06-01", "atanas-zapryanov"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

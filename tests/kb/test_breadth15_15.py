"""Cabinet office holders of Honduras, Panama, Costa Rica, Paraguay, Uruguay and El Salvador,
2024-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Honduras
    ("hn.health_minister", "2024-06-01", "carla-paredes"),
    ("hn.health_minister", "2026-01-28", "nasry-asfura"),
    ("hn.education_minister", "2024-06-01", "daniel-sponda"),
    ("hn.education_minister", "2025-12-20", "jaime-rodriguez-hn"),
    ("hn.education_minister", "2026-01-28", "ivette-argueta"),
    ("hn.security_minister", "2024-06-01", "gustavo-sanchez-hn"),
    ("hn.infrastructure_minister", "2024-06-01", "octavio-pineda-hn"),
    ("hn.infrastructure_minister", "2026-01-27", "anibal-ehrler"),
    ("hn.labour_minister", "2026-01-28", "fernando-puerto-castro"),
    ("hn.communications_minister", "2026-01-28", "jose-argueta-hn"),
    # Panama
    ("pa.presidency_minister", "2025-01-15", "juan-carlos-orillac"),
    ("pa.health_minister", "2025-01-15", "fernando-boyd-galindo"),
    ("pa.education_minister", "2024-06-15", "maruja-gorday"),
    ("pa.education_minister", "2025-01-15", "lucy-molinar"),
    ("pa.public_works_minister", "2025-01-15", "jose-luis-andrade-pa"),
    ("pa.commerce_minister", "2025-01-15", "julio-molto"),
    ("pa.labour_minister", "2025-01-15", "jackeline-munoz"),
    ("pa.social_development_minister", "2025-01-15", "beatriz-carles"),
    ("pa.agriculture_minister", "2025-10-01", "roberto-linares"),
    ("pa.environment_minister", "2025-10-01", "juan-carlos-navarro-pa"),
    ("pa.culture_minister", "2025-10-01", "maruja-herrera"),
    ("pa.women_minister", "2025-01-15", "niurka-palacios"),
    ("pa.canal_affairs_minister", "2025-01-15", "jose-ramon-icaza"),
    ("pa.economy_minister", "2025-10-01", "felipe-chapman"),
    ("pa.security_minister", "2025-10-01", "frank-abrego"),
    # Costa Rica
    ("cr.presidency_minister", "2025-01-20", "laura-fernandez"),
    ("cr.presidency_minister", "2026-03-01", "laura-fernandez"),
    ("cr.health_minister", "2024-06-01", "mary-munive"),
    ("cr.education_minister", "2025-01-20", "anna-katharina-muller"),
    ("cr.education_minister", "2025-02-10", "leonardo-sanchez-cr"),
    ("cr.public_works_minister", "2025-01-20", "mauricio-batalla"),
    ("cr.economy_minister", "2025-01-20", "francisco-gamboa"),
    ("cr.planning_minister", "2025-07-20", "marta-esquivel"),
    ("cr.housing_minister", "2025-07-20", "angela-mata"),
    ("cr.women_minister", "2025-07-20", "cindy-quesada"),
    ("cr.second_vice_president", "2026-03-01", "mary-munive"),
    # Paraguay
    ("py.interior_minister", "2025-06-01", "enrique-riera"),
    ("py.housing_minister", "2024-01-15", "juan-carlos-baruja"),
    ("py.justice_minister", "2024-01-15", "angel-barchini"),
    ("py.justice_minister", "2024-07-01", "rodrigo-nicora"),
    ("py.public_works_minister", "2024-01-15", "claudia-centurion"),
    ("py.industry_minister", "2024-01-15", "javier-gimenez-py"),
    ("py.environment_minister", "2024-01-15", "rolando-de-barros"),
    ("py.education_minister", "2024-01-15", "luis-ramirez-py"),
    ("py.social_development_minister", "2024-01-15", "tadeo-rojas"),
    ("py.sports_minister", "2024-01-15", "cesar-ramirez-py"),
    ("py.ict_minister", "2024-01-15", "gustavo-villate"),
    ("py.health_minister", "2025-06-01", "maria-teresa-baran"),
    ("py.labour_minister", "2024-01-15", "monica-recalde"),
    ("py.children_minister", "2024-01-15", "walter-gutierrez-py"),
    ("py.women_minister", "2024-01-15", "cynthia-figueredo"),
    ("py.agriculture_minister", "2025-06-01", "carlos-gimenez-py"),
    ("py.chief_of_cabinet", "2024-01-15", "lea-gimenez"),
    ("py.defence_minister", "2024-05-01", "oscar-gonzalez-py"),
    # Uruguay
    ("uy.interior_minister", "2024-06-01", "nicolas-martinelli"),
    ("uy.interior_minister", "2025-06-01", "carlos-negro"),
    ("uy.transport_minister", "2024-06-01", "jose-luis-falero"),
    ("uy.transport_minister", "2025-06-01", "lucia-etcheverry"),
    ("uy.environment_minister", "2025-06-01", "edgardo-ortuno"),
    ("uy.health_minister", "2025-06-01", "cristina-lustemberg"),
    ("uy.education_minister", "2025-06-01", "jose-carlos-mahia"),
    ("uy.housing_minister", "2024-06-01", "raul-lozano-uy"),
    ("uy.housing_minister", "2025-03-20", "cecilia-cairo"),
    ("uy.housing_minister", "2025-06-01", "tamara-paseyro"),
    ("uy.livestock_minister", "2025-06-01", "alfredo-fratti"),
    ("uy.labour_minister", "2025-06-01", "juan-castillo-uy"),
    ("uy.social_development_minister", "2024-02-01", "martin-lema"),
    ("uy.social_development_minister", "2025-06-01", "gonzalo-civila"),
    ("uy.tourism_minister", "2025-06-01", "pablo-menoni"),
    ("uy.industry_minister", "2024-06-01", "elisa-facio"),
    ("uy.industry_minister", "2025-06-01", "fernanda-cardona"),
    # El Salvador
    ("sv.education_minister", "2025-06-01", "jose-mauricio-pineda"),
    ("sv.education_minister", "2025-09-01", "karla-trigueros"),
    ("sv.security_minister", "2024-06-01", "gustavo-villatoro"),
    ("sv.health_minister", "2025-06-01", "francisco-alabi"),
    ("sv.economy_minister", "2024-06-15", "maria-luisa-hayem"),
    ("sv.finance_minister", "2025-06-01", "jerson-posada"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("hn.health_minister", "2026-02-01", "carla-paredes"),
    ("hn.education_minister", "2025-12-20", "daniel-sponda"),
    ("hn.education_minister", "2026-02-01", "jaime-rodriguez-hn"),
    ("hn.security_minister", "2026-02-01", "gustavo-sanchez-hn"),
    ("hn.infrastructure_minister", "2026-02-01", "octavio-pineda-hn"),
    ("pa.education_minister", "2024-07-15", "maruja-gorday"),
    ("cr.presidency_minister", "2025-06-01", "laura-fernandez"),
    ("cr.presidency_minister", "2026-06-01", "laura-fernandez"),
    ("cr.health_minister", "2026-06-01", "mary-munive"),
    ("cr.second_vice_president", "2026-06-01", "mary-munive"),
    ("cr.education_minister", "2025-02-10", "anna-katharina-muller"),
    ("cr.public_works_minister", "2025-03-01", "mauricio-batalla"),
    ("cr.economy_minister", "2025-03-01", "francisco-gamboa"),
    ("cr.planning_minister", "2025-08-15", "marta-esquivel"),
    ("cr.housing_minister", "2025-08-15", "angela-mata"),
    ("cr.women_minister", "2025-08-15", "cindy-quesada"),
    ("py.justice_minister", "2024-07-01", "angel-barchini"),
    ("uy.interior_minister", "2025-06-01", "nicolas-martinelli"),
    ("uy.transport_minister", "2025-06-01", "jose-luis-falero"),
    ("uy.housing_minister", "2025-03-20", "raul-lozano-uy"),
    ("uy.housing_minister", "2025-06-01", "cecilia-cairo"),
    ("uy.social_development_minister", "2024-06-01", "martin-lema"),
    ("uy.industry_minister", "2025-06-01", "elisa-facio"),
    ("sv.education_minister", "2025-09-01", "jose-mauricio-pineda"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Honduran Education Minister", "2024-06-01", "daniel-sponda"),
    ("Honduran Security Minister", "2024-06-01", "gustavo-sanchez-hn"),
    ("Panamanian Health Minister", "2025-01-15", "fernando-boyd-galindo"),
    ("Panamanian Education Minister", "2025-01-15", "lucy-molinar"),
    ("Costa Rican Health Minister", "2024-06-01", "mary-munive"),
    ("Paraguayan Health Minister", "2025-06-01", "maria-teresa-baran"),
    ("Paraguayan Interior Minister", "2025-06-01", "enrique-riera"),
    ("Uruguayan Interior Minister", "2025-06-01", "carlos-negro"),
    ("Uruguayan Health Minister", "2025-06-01", "cristina-lustemberg"),
    ("Salvadoran Security Minister", "2024-06-01", "gustavo-villatoro"),
    ("Salvadoran Health Minister", "2025-06-01", "francisco-alabi"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder

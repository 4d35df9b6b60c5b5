"""Company chiefs and business-lobby heads (business.yaml): who held what when, and what must not
select them (a bare shared family name, a company name alone, a country word, a bare 'CEO')."""

from datetime import date

import pytest
from tests.kb.conftest import holders, title_index

from newsgraph.model import ResolutionStatus
from newsgraph.resolve.resolver import Resolver, RoleHint
from newsgraph.resolve.titles import title_heads
from newsgraph.text.names import normalize


@pytest.mark.parametrize("position, day, holder", [
    ("biz.apple_ceo", "2025-04-10", "tim-cook"),
    ("biz.apple_ceo", "2026-10-01", "john-ternus"),
    ("biz.nvidia_ceo", "2025-05-01", "jensen-huang"),
    ("biz.intel_ceo", "2023-01-01", "pat-gelsinger"),
    ("biz.intel_ceo", "2025-08-01", "lip-bu-tan"),
    ("biz.amazon_ceo", "2020-06-01", "jeff-bezos"),
    ("biz.amazon_ceo", "2024-06-01", "andy-jassy"),
    ("biz.openai_ceo", "2024-05-01", "sam-altman"),
    ("biz.tesla_ceo", "2025-04-01", "elon-musk"),
    ("biz.ford_ceo", "2020-06-01", "jim-hackett"),
    ("biz.ford_ceo", "2025-06-01", "jim-farley"),
    ("biz.stellantis_ceo", "2023-06-01", "carlos-tavares"),
    ("biz.stellantis_ceo", "2025-09-01", "antonio-filosa"),
    ("biz.toyota_president", "2022-06-01", "akio-toyoda"),
    ("biz.toyota_president", "2025-07-23", "koji-sato"),
    ("biz.toyota_president", "2026-06-01", "kenta-kon"),
    ("biz.toyota_chairman", "2025-07-23", "akio-toyoda"),
    ("biz.nissan_ceo", "2024-12-23", "makoto-uchida"),
    ("biz.nissan_ceo", "2025-05-13", "ivan-espinosa"),
    ("biz.bmw_ceo", "2025-06-01", "oliver-zipse"),
    ("biz.bmw_ceo", "2026-06-01", "milan-nedeljkovic"),
    ("biz.volkswagen_ceo", "2021-06-01", "herbert-diess"),
    ("biz.volkswagen_ceo", "2025-06-01", "oliver-blume"),
    ("biz.nippon_steel_ceo", "2023-12-18", "eiji-hashimoto"),
    ("biz.nippon_steel_ceo", "2025-06-18", "eiji-hashimoto"),
    ("biz.nippon_steel_president", "2025-06-18", "tadashi-imai"),
    ("biz.boeing_ceo", "2024-01-05", "dave-calhoun"),
    ("biz.boeing_ceo", "2025-03-01", "kelly-ortberg"),
    ("biz.caterpillar_ceo", "2025-06-01", "joe-creed"),
    ("biz.samsung_chairman", "2025-02-03", "lee-jae-yong"),
    ("biz.tsmc_chairman", "2023-06-01", "mark-liu"),
    ("biz.tsmc_chairman", "2025-03-03", "c-c-wei"),
    ("biz.tsmc_ceo", "2025-03-03", "c-c-wei"),
    ("biz.softbank_ceo", "2025-01-21", "masayoshi-son"),
    ("biz.sony_ceo", "2024-06-01", "kenichiro-yoshida"),
    ("biz.sony_ceo", "2025-06-01", "hiroki-totoki"),
    ("biz.alibaba_ceo", "2022-06-01", "daniel-zhang-yong"),
    ("biz.alibaba_ceo", "2025-02-17", "eddie-wu"),
    ("biz.alibaba_chairman", "2025-02-17", "joe-tsai"),
    ("biz.bytedance_ceo", "2020-06-01", "zhang-yiming"),
    ("biz.tiktok_ceo", "2025-01-19", "shou-zi-chew"),
    ("biz.berkshire_ceo", "2025-05-03", "warren-buffett"),
    ("biz.berkshire_ceo", "2026-03-01", "greg-abel"),
    ("biz.berkshire_chairman", "2026-03-01", "warren-buffett"),
    ("biz.shell_ceo", "2022-06-01", "ben-van-beurden"),
    ("biz.shell_ceo", "2024-06-01", "wael-sawan"),
    ("biz.keidanren_chairman", "2020-06-01", "hiroaki-nakanishi"),
    ("biz.keidanren_chairman", "2024-06-01", "masakazu-tokura"),
    ("biz.keidanren_chairman", "2025-07-01", "yoshinobu-tsutsui"),
    ("biz.us_chamber_ceo", "2020-06-01", "tom-donohue"),
    ("biz.us_chamber_ceo", "2021-03-10", "tom-donohue"),
    ("biz.us_chamber_ceo", "2025-04-01", "suzanne-clark"),
    ("biz.bdi_president", "2023-06-01", "siegfried-russwurm"),
    ("biz.bdi_president", "2025-04-01", "peter-leibinger"),
    ("biz.fki_chairman", "2024-06-01", "ryu-jin"),
    ("biz.kcci_chairman", "2024-06-01", "chey-tae-won"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, before, after", [
    # the handover day belongs to both; the day before only to the outgoing holder
    ("biz.apple_ceo", "2026-09-01", "tim-cook", "john-ternus"),
    ("biz.toyota_president", "2026-04-01", "koji-sato", "kenta-kon"),
    ("biz.berkshire_ceo", "2026-01-01", "warren-buffett", "greg-abel"),
    ("biz.intel_ceo", "2025-03-18", None, "lip-bu-tan"),
])
def test_a_successor_does_not_hold_the_office_before_the_handover(kb, position, day, before, after):
    on = date.fromisoformat(day)
    eve = on.fromordinal(on.toordinal() - 1).isoformat()
    assert after in holders(kb, position, day) and after not in holders(kb, position, eve)
    if before is not None:
        assert before in holders(kb, position, eve)


def test_intel_had_no_permanent_chief_between_gelsinger_and_tan(kb):
    # interim co-CEOs ran the company from 2024-12-01 to 2025-03-18; they are not listed
    assert holders(kb, "biz.intel_ceo", "2025-01-15") == set()


def test_altman_held_no_office_during_his_five_day_removal(kb):
    assert holders(kb, "biz.openai_ceo", "2023-11-19") == set()


def test_business_offices_belong_to_no_country(kb):
    offices = [p for p in kb.positions.values() if p.id.startswith("biz.")]
    assert len(offices) >= 60
    assert {p.polity for p in offices} == {"INT"}
    assert all(p.kind.value == "other" for p in offices)


@pytest.mark.parametrize("written, person", [
    ("Cook", "tim-cook"), ("Son", "masayoshi-son"), ("Sato", "koji-sato"), ("Lee", "lee-jae-yong"),
    ("Wei", "c-c-wei"), ("Huang", "jensen-huang"), ("Ma", "ma-huateng"), ("Tan", "lip-bu-tan"),
    ("Su", "lisa-su"), ("Uchida", "makoto-uchida"), ("Tsai", "joe-tsai"), ("Solomon", "david-solomon"),
    ("Toyoda", "akio-toyoda"), ("Nasser", "amin-nasser"),
])
def test_a_shared_family_name_alone_is_not_the_executive(kb, written, person):
    assert person not in {f.entity for f in kb.persons_named(written)}


@pytest.mark.parametrize("written, person", [
    ("Musk", "elon-musk"), ("Nadella", "satya-nadella"), ("Zuckerberg", "mark-zuckerberg"),
    ("Hashimoto", "eiji-hashimoto"), ("Dimon", "jamie-dimon"), ("Tsutsui", "yoshinobu-tsutsui"),
    ("Tim Cook", "tim-cook"), ("Jensen Huang", "jensen-huang"), ("黄仁勋", "jensen-huang"),
    ("Jay Y. Lee", "lee-jae-yong"), ("이재용", "lee-jae-yong"), ("C.C. Wei", "c-c-wei"), ("孫正義", "masayoshi-son"),
])
def test_full_and_distinctive_names_select_the_executive(kb, written, person):
    assert {f.entity for f in kb.persons_named(written)} == {person}


def test_business_names_share_no_form_with_another_person(kb):
    ours = {p for p in kb.persons if any(t.position.startswith("biz.") for t in kb.terms(p))}
    shared = {key: {f.entity for f in forms} for key, forms in kb.person_names.items()
              if {f.entity for f in forms} & ours and len({f.entity for f in forms}) > 1}
    assert shared == {}


@pytest.mark.parametrize("title", ["CEO", "chief executive", "chairman", "president", "chief", "boss",
                                   "Japanese chairman", "American CEO", "the executive"])
def test_a_bare_title_selects_no_business_office(kb, title):
    assert not [p for p, _, _ in title_index(kb).score(title, None) if p.startswith("biz.")]
    assert not [p for p in kb.positions_titled(title) if p.id.startswith("biz.")]


@pytest.mark.parametrize("company", ["Apple", "Nvidia", "Toyota", "Samsung", "TSMC"])
def test_a_company_name_alone_is_no_title(kb, company):
    phrasings = [t for p in kb.positions.values() for ts in p.titles.values() for t in ts]
    assert not kb.positions_titled(company)
    assert normalize(company) not in title_heads(phrasings)
    assert not kb.persons_named(company)


def test_business_titles_add_no_english_head_word_that_reads_a_common_noun_as_an_office(kb):
    # 'a Japanese executive' must not become an office: "executive" is not made a title head here
    def phrasings(ours: bool) -> list[str]:
        return [t for p in kb.positions.values() if p.id.startswith("biz.") == ours
                for ts in p.titles.values() for t in ts] + \
               [p.name for p in kb.positions.values() if p.id.startswith("biz.") == ours]
    added = title_heads(phrasings(False) + phrasings(True)) - title_heads(phrasings(False))
    assert not {h for h in added if h.isascii()} & {"executive", "boss", "founder", "officer", "head", "chief"}


@pytest.mark.parametrize("title, position", [
    ("Apple CEO", "biz.apple_ceo"), ("Nvidia chief", "biz.nvidia_ceo"),
    ("Toyota president", "biz.toyota_president"), ("chairman of Samsung Electronics", "biz.samsung_chairman"),
    ("TSMC chairman", "biz.tsmc_chairman"), ("Keidanren chairman", "biz.keidanren_chairman"),
    ("经团联会长", "biz.keidanren_chairman"), ("英伟达CEO", "biz.nvidia_ceo"),
])
def test_company_titles_select_their_office(kb, title, position):
    scored = title_index(kb).score(title, None)
    assert position in {p.id for p in kb.positions_titled(title)} or (scored and scored[0][0] == position)


def test_a_country_word_selects_no_business_office(kb):
    countries = {code for word in ("Japanese", "American", "Korean", "Chinese", "US", "Japan")
                 for code, _ in kb.countries_for(word)}
    assert countries and "INT" not in countries
    assert not [p for p in kb.positions.values() if p.id.startswith("biz.") and p.polity in countries]


@pytest.fixture(scope="module")
def resolver(kb):
    return Resolver(kb)


def test_a_bare_cook_is_not_tim_cook(resolver):
    link = resolver.resolve("Cook", date(2025, 8, 6))
    assert link.entity != "tim-cook"


def test_apple_ceo_with_a_name_links_the_holder_of_the_day(kb, resolver):
    hint = RoleHint(tuple((p, s) for p, s, _ in title_index(kb).score("Apple CEO", None)), None, "Apple CEO")
    link = resolver.resolve("Tim Cook", date(2025, 8, 6), hint)
    assert link.entity == "tim-cook" and link.position == "biz.apple_ceo"
    assert link.status in (ResolutionStatus.exact, ResolutionStatus.alias)


def test_the_title_alone_names_the_holder_of_the_day(kb, resolver):
    hint = RoleHint(tuple((p, s) for p, s, _ in title_index(kb).score("Toyota president", None)), None,
                    "Toyota president")
    assert resolver.resolve("", date(2026, 5, 1), hint).entity == "kenta-kon"
    assert resolver.resolve("", date(2025, 5, 1), hint).entity == "koji-sato"

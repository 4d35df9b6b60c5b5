import re

import pytest

from newsgraph.kb.index import KnowledgeBase
from newsgraph.kb.integrity import check_integrity
from newsgraph.kb.loader import BUNDLED, kb_paths, read_kb_file
from newsgraph.kb.schema import KbFile
from newsgraph.settings import Settings
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def bundled() -> KnowledgeBase:
    return KnowledgeBase.build((p.name, read_kb_file(p)) for p in sorted(BUNDLED.glob("*.yaml")))


def test_bundled_knowledge_base_is_sound(bundled):
    assert check_integrity(bundled) == []


def test_bundled_knowledge_base_covers_the_polities(bundled):
    polities = {p.polity for p in bundled.positions.values()}
    assert {"US", "JP", "CN", "KR", "TW", "GB", "FR", "DE", "CA", "AU", "IN", "RU", "EU"} <= polities
    kinds = {(p.polity, p.kind.value) for p in bundled.positions.values()}
    for polity in ("US", "JP", "CN", "KR", "GB", "DE", "FR"):
        for kind in ("head_of_government", "foreign", "defence", "finance") if polity != "US" else \
                ("head_of_state", "foreign", "defence", "finance", "trade_representative", "press_secretary"):
            assert (polity, kind) in kinds, (polity, kind)


@pytest.mark.parametrize("position, day, holder", [
    ("us.secretary_of_commerce", "2026-02-12", "howard-lutnick"),
    ("us.secretary_of_defense", "2025-05-31", "pete-hegseth"),
    ("us.secretary_of_defense", "2014-01-01", "chuck-hagel"),
    ("jp.prime_minister", "2025-07-11", "shigeru-ishiba"),
    ("jp.prime_minister", "2026-02-13", "sanae-takaichi"),
    ("jp.prime_minister", "2010-01-01", "yukio-hatoyama"),
    ("jp.meti_minister", "2026-02-13", "ryosei-akazawa"),
    ("kr.president", "2025-07-07", "lee-jae-myung"),
    ("us.white_house_press_secretary", "2025-07-07", "karoline-leavitt"),
    ("us.secretary_of_the_treasury", "2025-07-11", "scott-bessent"),
])
def test_office_holders_on_known_dates(bundled, position, day, holder):
    from datetime import date

    assert holder in {t.person for t in bundled.holders(position, date.fromisoformat(day))}


@pytest.mark.parametrize("content, problem", [
    ({"occupancies": [{"person": "nobody", "position": "x.office", "start": "2020-01-01"}]}, "no person 'nobody'"),
    ({"persons": [{"id": "a", "name": "A"}], "positions": [{"id": "x.office", "name": "Office"}],
      "occupancies": [{"person": "a", "position": "x.office", "start": "2020-01-01", "end": "2019-01-01"}]},
     "ends (2019-01-01) before it starts"),
    ({"persons": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}], "positions": [{"id": "x.office", "name": "Office"}],
      "occupancies": [{"person": "a", "position": "x.office", "start": "2020-01-01", "end": "2022-01-01"},
                      {"person": "b", "position": "x.office", "start": "2021-01-01"}]}, "overlaps"),
    ({"persons": [{"id": "a", "name": "A"}], "positions": [{"id": "x.office", "name": "Office"}],
      "occupancies": [{"person": "a", "position": "x.office", "start": "2020-01-01"},
                      {"person": "a", "position": "x.office", "start": "2024-01-01"}]}, "overlaps"),
])
def test_integrity_rules_catch_bad_facts(content, problem):
    kb = KnowledgeBase.build([("bad.yaml", KbFile.model_validate({"polity": "XX", **content}))])
    assert any(problem in line for line in check_integrity(kb))


def test_partial_dates_that_may_touch_are_not_overlaps():
    content = {"polity": "XX", "persons": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
               "positions": [{"id": "x.office", "name": "Office"}],
               "occupancies": [{"person": "a", "position": "x.office", "start": "2020", "end": "2026-03"},
                               {"person": "b", "position": "x.office", "start": "2026-03"}]}
    assert check_integrity(KnowledgeBase.build([("f.yaml", KbFile.model_validate(content))])) == []


def test_a_person_or_office_defined_in_two_files_is_a_problem():
    """Two batches written side by side both defined one mayor: the later file replaced the earlier
    one's record (its aliases lost) without a word. Reusing the id is how a second file adds to it."""
    first = {"polity": "XX", "persons": [{"id": "a", "name": "A", "aliases": {"en": ["Ay"]}}],
             "positions": [{"id": "x.office", "name": "Office"}]}
    again = {"polity": "XX", "persons": [{"id": "a", "name": "A"}], "positions": [{"id": "x.office", "name": "Office"}],
             "occupancies": [{"person": "a", "position": "x.office", "start": "2024"}]}
    kb = KnowledgeBase.build([("one.yaml", KbFile.model_validate(first)), ("two.yaml", KbFile.model_validate(again))])
    problems = check_integrity(kb)
    assert any("'a (one.yaml, again in two.yaml)' is defined twice" in line for line in problems)
    assert any("'x.office (one.yaml, again in two.yaml)' is defined twice" in line for line in problems)
    reused = {"polity": "XX", "occupancies": [{"person": "a", "position": "x.office", "start": "2024"}]}
    kb = KnowledgeBase.build([("one.yaml", KbFile.model_validate(first)), ("two.yaml", KbFile.model_validate(reused))])
    assert check_integrity(kb) == []


def _garbled_names() -> list[str]:
    text = (SEEDS / "gold.yaml").read_text(encoding="utf-8")
    names = []
    for block in text.split("- mention: ")[1:]:
        mention = block.splitlines()[0].strip().strip('"')
        kind = re.search(r"kind: (\w+)", block)
        if kind and kind[1] in ("garbled", "wrong_person") and mention != "Hagel":
            names.append(mention)
    return names


def test_no_garbled_seed_name_is_in_the_package():
    names = _garbled_names()
    assert len(names) >= 6
    package = BUNDLED.parent.parent
    for path in package.rglob("*"):
        if path.suffix in (".py", ".yaml", ".json"):
            text = path.read_text(encoding="utf-8")
            for name in names:
                assert name not in text, f"{name!r} appears in {path}"


def test_user_files_come_after_bundled_ones(tmp_path):
    (tmp_path / "mine.yaml").write_text("polity: XX\n", encoding="utf-8")
    paths = kb_paths(Settings(kb_dir=str(tmp_path)))
    assert paths[-1] == tmp_path / "mine.yaml" and len(paths) > 1

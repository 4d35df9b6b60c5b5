import pytest

from newsgraph.errors import KbError
from newsgraph.kb.loader import load_kb, read_kb_file
from newsgraph.settings import Settings

FACTS = """polity: XX
positions:
  - {id: xx.minister_of_tests, name: Minister of Tests, kind: other}
persons:
  - {id: tess-ting, name: Tess Ting, family: Ting, given: Tess}
occupancies:
  - {person: tess-ting, position: xx.minister_of_tests, start: 2024-05-01}
"""


def test_user_facts_are_loaded_and_the_cache_follows_changes(tmp_path):
    settings = Settings(kb_dir=str(tmp_path / "kb"), cache_dir=str(tmp_path / "cache"))
    (tmp_path / "kb").mkdir()
    before = load_kb(settings)
    assert "tess-ting" not in before.persons
    (tmp_path / "kb" / "tests.yaml").write_text(FACTS, encoding="utf-8")
    after = load_kb(settings)
    assert "tess-ting" in after.persons
    assert len(list((tmp_path / "cache").glob("kb-*.pickle"))) == 2
    again = load_kb(settings)  # from the cache
    assert again.persons["tess-ting"].name == "Tess Ting"


@pytest.mark.parametrize("text, message", [
    ("persons: [{id: x}]", "persons.0.name"),
    ("occupancies: [{person: a, position: b, start: 2025-02-30}]", "start"),
    ("persons: [{id: x, name: X, nickname: Y}]", "nickname"),
    ("- just a list", "mapping"),
    ("key: [unclosed", "YAML"),
])
def test_bad_files_name_the_problem(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KbError, match=message):
        read_kb_file(path)


def test_a_broken_user_file_stops_loading_with_its_name(tmp_path):
    (tmp_path / "broken.yaml").write_text(
        "occupancies: [{person: nobody, position: nowhere, start: 2020-01-01}]\n", encoding="utf-8")
    with pytest.raises(KbError, match="no person 'nobody'"):
        load_kb(Settings(kb_dir=str(tmp_path), cache_dir=str(tmp_path / "cache")))

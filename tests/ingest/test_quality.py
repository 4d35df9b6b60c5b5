import pytest

from newsgraph.ingest.quality import assess_translation


def test_untranslated_chinese_in_seed_000_is_reported_at_its_offsets(seeds):
    text = (seeds / "000_988e0aadf903abd9.txt").read_text(encoding="utf-8")
    found = assess_translation(text, language="en", source_urls=[], repaired=0)
    assert found.suspected
    [artifact] = found.artifacts
    assert (artifact.text, artifact.kind) == ("不利", "foreign_script")
    assert text[artifact.start:artifact.end] == "不利"
    assert any("不利" in reason for reason in found.reasons)


@pytest.mark.parametrize("text, flagged", [
    ("This is 不利 for the government.", ["不利"]),
    ("Prime Minister Sanae Takaichi (高市早苗) met reporters.", []),  # a gloss, not a slip
    ("The ministry called it 「遺憾」 in a statement in English.", ["遺憾"]),
    ("The 대통령 said nothing more today.", ["대통령"]),
    ("高市早苗首相\nThe prime minister spoke in English to reporters.", []),  # a line in the original script
    ("Nothing foreign in this sentence at all.", []),
])
def test_foreign_script_runs_inside_english(text, flagged):
    found = assess_translation(text, language="en", source_urls=[], repaired=0)
    assert [a.text for a in found.artifacts] == flagged
    assert found.suspected == bool(flagged)


def test_chinese_platform_origin_is_a_reason():
    found = assess_translation("Clean English text.", language="en",
                               source_urls=["https://www.toutiao.com/article/7525806057629680138/"], repaired=0)
    assert found.suspected and "toutiao.com" in found.reasons[0]


def test_mojibake_repair_is_a_reason():
    found = assess_translation("Clean text.", language="en", source_urls=[], repaired=3)
    assert found.suspected and "mojibake" in found.reasons[0]


def test_other_languages_are_not_checked_for_foreign_runs():
    found = assess_translation("日本の首相は述べた。", language="ja", source_urls=[], repaired=0)
    assert not found.suspected

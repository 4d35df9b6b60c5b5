"""Readings of native-script names: pinyin, pinyin respelled, Japanese on/kun, Korean romanisations.

People are built by hand (real office holders' names as the knowledge base writes them, and
made-up names), never taken from a gold file.
"""

from pathlib import Path

import pytest

from newsgraph.kb.index import KnowledgeBase, NameForm, person_forms
from newsgraph.kb.schema import KbFile, Person
from newsgraph.text import readings as readings_module
from newsgraph.text.names import compare, sound_key
from newsgraph.text.readings import (
    JAPANESE_FAMILY,
    JAPANESE_FULL,
    Reading,
    ReadingTables,
    name_origin,
    readings_of,
)

ISHIBA = Person(id="ishiba", name="Shigeru Ishiba", family="Ishiba", given="Shigeru",
                aliases={"ja": ["石破茂"], "zh": ["石破茂"]})
AKAZAWA = Person(id="akazawa", name="Ryosei Akazawa", family="Akazawa", given="Ryosei",
                 aliases={"ja": ["赤沢亮正", "赤澤亮正"], "zh": ["赤泽亮正"]})
TAKAICHI = Person(id="takaichi", name="Sanae Takaichi", family="Takaichi", given="Sanae",
                  aliases={"ja": ["高市早苗"], "zh": ["高市早苗"]})
YOON = Person(id="yoon", name="Yoon Suk Yeol", family="Yoon", given="Suk-yeol",
              aliases={"ko": ["윤석열", "尹錫悅"], "zh": ["尹锡悦"], "ja": ["尹錫悅"]})
LEE = Person(id="lee", name="Lee Jae-myung", family="Lee", given="Jae-myung",
             aliases={"ko": ["이재명"], "zh": ["李在明"]})
LUTNICK = Person(id="lutnick", name="Howard Lutnick", family="Lutnick", given="Howard",
                 aliases={"zh": ["霍华德·卢特尼克", "卢特尼克"], "ja": ["ラトニック"], "ko": ["러트닉"]})
WADEPHUL = Person(id="wadephul", name="Johann Wadephul", family="Wadephul", given="Johann",
                  aliases={"zh": ["瓦德富尔"]})
WANG = Person(id="wang", name="Wang Yi", family="Wang", given="Yi", aliases={"zh": ["王毅"], "ja": ["王毅"]})
LI = Person(id="li", name="Li Qiang", family="Li", given="Qiang", aliases={"zh": ["李强"], "ja": ["李強"]})
# 林 reads "Rin" in Japanese, which sounds like "Lin": the given name decides.
LIN = Person(id="lin", name="Lin Mingde", family="Lin", given="Mingde", aliases={"zh": ["林明德"], "ja": ["林明徳"]})
TSAI = Person(id="tsai", name="Tsai Ing-wen", family="Tsai", given="Ing-wen", aliases={"zh": ["蔡英文"]})
CHO = Person(id="cho", name="Cho Jung-tai", family="Cho", given="Jung-tai", aliases={"zh": ["卓榮泰", "卓荣泰"]})
GEMBA = Person(id="gemba", name="Koichiro Gemba", family="Gemba", given="Koichiro", aliases={"ja": ["玄葉光一郎"]})
# Made-up people, to show nothing depends on who is in the knowledge base.
YAMADA = Person(id="yamada", name="Taro Yamada", family="Yamada", given="Taro", aliases={"ja": ["山田太郎"]})
PARK = Person(id="park", name="Park Min-su", family="Park", given="Min-su", aliases={"ko": ["박민수"]})


@pytest.fixture(scope="module")
def tables() -> ReadingTables:
    return ReadingTables()


def best(written: str, found: list[Reading], system: str | None = None) -> float:
    return max((compare(written, r.form).score for r in found if system in (None, r.system)), default=0.0)


@pytest.mark.parametrize("person, written, system", [
    (ISHIBA, "Shi Pomao", "pinyin"),
    (AKAZAWA, "Chi Ze Liang Zheng", "pinyin"),
    (TAKAICHI, "Gaoshi Zaomiao", "pinyin"),
    (YOON, "Yin Xiyue", "pinyin"),
    (LEE, "Li Zaiming", "pinyin"),
    (LUTNICK, "Lutenike", "pinyin"),
    (WADEPHUL, "Wadefuer", "pinyin"),
])
def test_chinese_characters_are_read_in_pinyin(tables, person, written, system):
    assert best(written, readings_of(person, tables), system) >= 0.95


def test_a_second_mandarin_reading_of_a_name_character_is_kept(tables):
    # 尹 reads yǐn, and also yún; both are offered, the common one first.
    forms = [r.form for r in readings_of(YOON, tables) if r.system == "pinyin"]
    assert forms.index("Yin Xiyue") < forms.index("Yun Xiyue")


@pytest.mark.parametrize("person, written", [
    (LUTNICK, "Lutnik"),
    (WADEPHUL, "Wadfur"),
])
def test_a_transcription_is_respelled_as_a_western_name(tables, person, written):
    respelled = readings_of(person, tables)
    assert best(written, respelled, "pinyin-respelled") >= 0.9
    assert best(written, respelled, "pinyin-respelled") > best(written, respelled, "pinyin")


def test_japanese_and_korean_names_are_not_respelled(tables):
    for person in (ISHIBA, YOON, TAKAICHI):
        assert not [r for r in readings_of(person, tables) if r.system == "pinyin-respelled"]


@pytest.mark.parametrize("person, reading", [
    (AKAZAWA, "Akasawa"),  # 沢 read sawa without the voicing it takes in 赤沢
    (AKAZAWA, "Akasawa"),  # 赤 and 沢 read each on its own, without the voicing of the compound
    (TAKAICHI, "Takaichi Hayanae"),  # 早 read haya (kun) where the name reads sa
    (YAMADA, "Yamada Futoshiro"),  # 太 and 郎 read each on its own
])
def test_japanese_misreadings_come_from_per_character_readings(tables, person, reading):
    found = [r for r in readings_of(person, tables) if r.system == "hepburn"]
    assert sound_key(reading) in {sound_key(r.form) for r in found}


def test_japanese_readings_are_bounded_and_hepburn(tables):
    for person in (ISHIBA, AKAZAWA, TAKAICHI, YAMADA):
        found = [r for r in readings_of(person, tables) if r.system == "hepburn"]
        assert 0 < len(found) <= JAPANESE_FAMILY + JAPANESE_FULL
        assert all(r.form.replace(" ", "").isascii() and r.form.replace(" ", "").isalpha() for r in found)


def test_the_dictionary_reading_of_the_family_name_ranks_first(tables):
    found = [r for r in readings_of(TAKAICHI, tables) if r.system == "hepburn"]
    # The reading of the whole word 高市 (the name's own) comes before the per-character
    # combination ("Koshi": 高 kō + 市 shi).
    assert found[0].form == "Takaichi" and "Koshi" in [r.form for r in found[:3]]


@pytest.mark.parametrize("person, expected", [
    (YOON, "Yun Seok-yeol"),
    (LEE, "I Jae-myeong"),
    (PARK, "Bak Min-su"),
])
def test_hangul_names_get_revised_romanization_syllable_by_syllable(tables, person, expected):
    found = {r.form: r for r in readings_of(person, tables)}
    assert found[expected].system == "revised-romanization"


@pytest.mark.parametrize("syllable, expected", [
    ("석", "seok"), ("열", "yeol"), ("이", "i"), ("박", "bak"), ("최", "choe"), ("정", "jeong"), ("쌍", "ssang"),
    ("의", "ui"), ("꽃", "kkot"), ("닭", "dak"), ("한", "han"), ("웨", "we"),
])
def test_hangul_syllables_in_revised_romanization(syllable, expected):
    assert readings_module._romanize(syllable) == expected


@pytest.mark.parametrize("person, spellings", [
    (LEE, ["Yi Jae-myeong", "Lee Jae-myeong"]),  # Rhee sounds as Lee: one form for both
    (PARK, ["Pak Min-su"]),
])
def test_korean_family_names_get_customary_spellings(tables, person, spellings):
    found = {r.form for r in readings_of(person, tables) if r.system == "romanization-variant"}
    assert set(spellings) <= found


@pytest.mark.parametrize("person, origin", [
    (ISHIBA, "ja"), (YAMADA, "ja"), (GEMBA, "ja"), (YOON, "ko"), (PARK, "ko"), (WANG, "zh"), (LI, "zh"),
    (LIN, "zh"), (TSAI, "zh"), (CHO, "zh"), (LUTNICK, "other"),
])
def test_the_language_a_name_is_read_in_follows_its_latin_spelling(tables, person, origin):
    assert name_origin(person, tables) == origin


@pytest.mark.parametrize("person, reading", [(TSAI, "Cai Yingwen"), (CHO, "Zhuo Rongtai")])
def test_a_name_spelt_in_wade_giles_gets_its_pinyin_and_no_respelling(tables, person, reading):
    found = readings_of(person, tables)
    assert [(r.form, r.system) for r in found] == [(reading, "pinyin")]


@pytest.mark.parametrize("syllable, expected", [
    ("cai", "tsai"), ("rong", "jung"), ("qing", "ching"), ("xiao", "hsiao"), ("zhuo", "cho"), ("shi", "shih"),
    ("de", "te"), ("jue", "chueh"), ("wang", "wang"),
])
def test_pinyin_syllables_in_wade_giles(syllable, expected):
    assert readings_module.wade_giles(syllable) == expected


def test_a_chinese_name_read_as_written_adds_nothing(tables):
    assert readings_of(WANG, tables) == []


def test_a_western_name_in_hangul_or_kana_gets_no_korean_or_japanese_reading(tables):
    systems = {r.system for r in readings_of(LUTNICK, tables)}
    assert systems == {"pinyin", "pinyin-respelled"}


def test_every_reading_explains_itself(tables):
    for person in (ISHIBA, AKAZAWA, YOON, LUTNICK, PARK):
        for reading in readings_of(person, tables):
            assert f"'{reading.form}'" in reading.note and person.name in reading.note
            assert reading.source in reading.note or reading.source[0] in reading.note


def test_readings_are_distinct_by_sound(tables):
    for person in (ISHIBA, AKAZAWA, TAKAICHI, YOON, LUTNICK):
        keys = [sound_key(r.form) for r in readings_of(person, tables)]
        assert len(keys) == len(set(keys)) and sound_key(person.name) not in keys


def test_index_forms_carry_their_origin(tables):
    forms = person_forms(AKAZAWA, tables)
    readings = [f for f in forms if f.kind == "reading"]
    assert readings and all(f.origin for f in readings)
    assert all(f.origin == "" for f in forms if f.kind != "reading")
    # A reading that sounds like a form already there ("Akazawa" for 赤沢) is not repeated.
    others = {sound_key(f.form) for f in forms if f.kind != "reading"}
    assert not [f for f in readings if sound_key(f.form) in others]
    assert NameForm("x", "y", "alias").origin == ""


def test_built_index_finds_a_person_by_a_reading():
    kb = KnowledgeBase.build([("hand.yaml", KbFile(persons=[ISHIBA, LUTNICK]))])
    [form] = kb.persons_named("Shi Pomao")
    assert form.entity == "ishiba" and form.kind == "reading" and "石破茂" in form.origin


def test_a_reading_never_shadows_a_real_name():
    # 米勒 (Miller) reads "Mile" in pinyin; a person really named Mile keeps the exact match.
    miller = Person(id="miller", name="Jane Miller", family="Miller", given="Jane", aliases={"zh": ["米勒"]})
    mile = Person(id="mile", name="Ana Mile", family="Mile", given="Ana")
    kb = KnowledgeBase.build([("hand.yaml", KbFile(persons=[miller, mile]))])
    assert "Mile" in {f.form for f in kb.person_forms if f.entity == "miller" and f.kind == "reading"}
    assert {f.entity for f in kb.persons_named("Mile")} == {"mile"}


def test_reading_tables_are_well_formed():
    data = Path(readings_module.__file__).parent / "data"
    for name, columns in (("pinyin_latin.tsv", 4), ("korean_surnames.tsv", 3), ("wade_giles.tsv", 4),
                          ("korean_jamo.tsv", 4)):
        rows = [line.split("\t") for line in (data / name).read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
        assert rows and all(len(row) == columns and row[-1].strip() for row in rows), name
    assert readings_module.pinyin_spellings()[("initial", "x")][0] == "s"
    letters = readings_module.korean_letters()
    assert [len(letters[p]) for p in ("initial", "vowel", "final")] == [19, 21, 28]


def test_a_given_name_spelling_gets_the_readings_it_has_as_a_name(tables):
    pytest.importorskip("japanese_personal_name_dataset")
    # 亮正 is read "Akimasa" as a given name in the name tables; the person reads it "Ryosei".
    found = {r.form for r in readings_of(AKAZAWA, tables) if r.system == "hepburn"}
    assert "Akazawa Akimasa" in found


def test_without_the_japanese_tables_no_japanese_reading_is_invented():
    empty = ReadingTables(_tagger=None, _tagger_tried=True, _names={})
    found = readings_of(AKAZAWA, empty)
    assert not [r for r in found if r.system in ("hepburn", "pinyin-respelled")]
    assert [r for r in found if r.system == "pinyin"]

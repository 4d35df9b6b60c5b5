"""Readings of a person's native-script names: how a translated report may spell them.

Japanese and Korean names often reach English through Chinese characters, and Western names
through their Chinese transcriptions. A machine translation then writes what it read:

- the Mandarin (pinyin) reading of the characters: 石破茂 → "Shi Pomao", 尹锡悦 → "Yin Xiyue";
- a Western-looking respelling of the pinyin of a transcription: 卢特尼克 → "Lutnik", 瓦德富尔 →
  "Wadfur" (spelling table in `data/pinyin_latin.tsv`);
- a Japanese reading with each character read on its own, as a translator unaware of the name
  may: 赤沢 → "Akazawa" but also "Akasawa" (word and per-character readings from UniDic, through
  fugashi and unidic-lite);
- the Revised Romanization of a hangul name (letters in `data/korean_jamo.tsv`), and customary
  spellings of the family name (윤 → Yun, Yoon; 이 → I, Lee, Yi, Rhee) from
  `data/korean_surnames.tsv`.

Every reading says where it comes from, so a link made through it can be explained. Readings are
produced from reading tables, never from spellings seen in reports.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

from pypinyin import Style, pinyin

from newsgraph.text.names import normalize, similarity, sound_key

_DATA = Path(__file__).parent / "data"
_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]+$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
_WORD_BREAKS = re.compile(r"[\s·・･•‧.\-]+")

PINYIN_PER_ALIAS = 3  # heteronym combinations kept per Chinese-character name
RESPELLINGS_PER_ALIAS = 2  # Western-looking respellings kept per Chinese transcription
JAPANESE_FULL = 14  # Japanese full-name readings kept per name
JAPANESE_FAMILY = 4  # Japanese readings of the family name alone
READINGS_PER_CHAR = 4  # per-character Japanese readings tried, in dictionary order
FAMILY_MATCH = 0.8  # a Korean family name or a pinyin name must read this close to the Latin name
JAPANESE_MATCH = 0.95  # a Japanese family name must read this close to the Latin one
GIVEN_MATCH = 0.7  # a Chinese given name read in pinyin, against its Latin spelling (Wade-Giles too)


class NamedPerson(Protocol):
    """What a reading needs of a person (the knowledge base's `Person` has it): the Latin name, its
    parts when known, and the names by language (`zh`, `ja`, `ko`, …)."""

    @property
    def name(self) -> str: ...
    @property
    def family(self) -> str | None: ...
    @property
    def given(self) -> str | None: ...
    @property
    def aliases(self) -> Mapping[str, Sequence[str]]: ...


@dataclass(frozen=True)
class Reading:
    """One way a native-script name may come out in Latin letters, and why."""

    form: str  # as a report may write it: "Shi Pomao"
    system: str  # pinyin | pinyin-respelled | hepburn | revised-romanization | romanization-variant
    source: str  # the native form that was read: "石破茂"
    note: str  # the explanation shown to a user


# -- tables ------------------------------------------------------------------------------------


@cache
def pinyin_spellings() -> dict[tuple[str, str], tuple[str, ...]]:
    """(part, pinyin) → Latin spellings, best first, from `data/pinyin_latin.tsv`."""
    table = {}
    for line in (_DATA / "pinyin_latin.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            part, syllable, spellings, _source = line.split("\t")
            table[(part, syllable)] = tuple(spellings.split(";"))
    return table


@cache
def wade_giles_table() -> dict[tuple[str, str], str]:
    """(part, pinyin) → Wade-Giles spelling, from `data/wade_giles.tsv`."""
    table = {}
    for line in (_DATA / "wade_giles.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            part, syllable, spelling, _source = line.split("\t")
            table[(part, syllable)] = spelling
    return table


def wade_giles(syllable: str) -> str:
    """One pinyin syllable in Wade-Giles without apostrophes ("cai" → "tsai", "rong" → "jung")."""
    table = wade_giles_table()
    if ("whole", syllable) in table:
        return table[("whole", syllable)]
    initial = next((i for i in ("zh", "ch", "sh") if syllable.startswith(i)), syllable[:1])
    if syllable == initial or initial in "aeiouwy":
        initial = ""
    final = syllable[len(initial):]
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]
    return table.get(("initial", initial), initial) + table.get(("final", final), final)


@cache
def korean_surnames() -> dict[str, tuple[str, ...]]:
    """Hangul family name → customary Latin spellings, from `data/korean_surnames.tsv`."""
    table = {}
    for line in (_DATA / "korean_surnames.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            hangul, spellings, _source = line.split("\t")
            table[hangul] = tuple(spellings.split(";"))
    return table


@dataclass
class ReadingTables:
    """The large tables, loaded once per index build on first need and dropped with it.

    The UniDic tagger (unidic-lite, about 50 MB) is only started when a Japanese name needs it. The
    Japanese personal-name tables (japanese-personal-name-dataset: 1,999 family names with their
    population, 9,463 given-name readings with every kanji spelling) give the readings a name
    spelling really has, before per-character readings are combined.
    """

    _tagger: object | None = field(default=None, repr=False)
    _tagger_tried: bool = False
    _names: dict[str, dict[str, list[str]]] | None = field(default=None, repr=False)

    def name_readings(self, word: str, part: str) -> list[str]:
        """Romanised readings of a kanji spelling as a Japanese family or given name (part is
        "family" or "given"), most frequent family name reading first; [] without the tables."""
        if self._names is None:
            self._names = _load_name_tables()
        return self._names.get(part, {}).get(word, [])

    def tagger(self):
        """A UniDic tagger (fugashi with unidic-lite), or None when they are not installed."""
        if not self._tagger_tried:
            self._tagger_tried = True
            try:
                import fugashi

                self._tagger = fugashi.Tagger()
            except (ImportError, RuntimeError):
                self._tagger = None
        return self._tagger

    def kana_of(self, word: str) -> list[str]:
        """The kana reading UniDic gives a kanji word read as one (or, for a word it splits, its
        parts read in turn); [] without the tagger or a reading."""
        tagger = self.tagger()
        if tagger is None or not word:
            return []
        readings = [getattr(token.feature, "kana", None) for token in tagger(word)]
        return ["".join(readings)] if readings and all(readings) else []


def _load_name_tables() -> dict[str, dict[str, list[str]]]:
    try:
        from importlib.resources import files

        folder = files("japanese_personal_name_dataset") / "dataset"
    except ModuleNotFoundError:
        return {}
    tables: dict[str, dict[str, list[str]]] = {"family": {}, "given": {}}
    rows = csv.reader((folder / "last_name_org.csv").read_text(encoding="utf-8").splitlines())
    for kanji, _population, _kana, latin in sorted(rows, key=lambda r: -int(r[1] or 0)):
        tables["family"].setdefault(kanji, []).append(latin)
    # The curated lists of popular names ("opti") come first, so a spelling's common reading
    # ranks before its rare ones.
    for name in ("first_name_man_opti.csv", "first_name_woman_opti.csv",
                 "first_name_man_org.csv", "first_name_woman_org.csv"):
        for _kana, latin, *spellings in csv.reader((folder / name).read_text(encoding="utf-8").splitlines()):
            for kanji in spellings:
                if latin not in tables["given"].setdefault(kanji, []):
                    tables["given"][kanji].append(latin)
    return tables


# -- the one entry point -------------------------------------------------------------------------


def readings_of(person: NamedPerson, tables: ReadingTables | None = None) -> list[Reading]:
    """Every reading of a person's native-script aliases, deduplicated by sound, best first."""
    tables = tables or ReadingTables()
    origin = name_origin(person, tables)
    found = []
    if origin == "ja":
        found += japanese_readings(person, tables)
    if origin == "ko":
        found += korean_readings(person)
    found += chinese_readings(person, tables, origin)
    seen = {sound_key(person.name)}
    unique = []
    for reading in found:
        key = sound_key(reading.form)
        if key and key not in seen:
            seen.add(key)
            unique.append(reading)
    return unique


def name_origin(person: NamedPerson, tables: ReadingTables) -> str:
    """Which language's reading the person's Latin name is: "ko" when the family name is the
    romanised first syllable of a hangul alias, "zh" when it is the pinyin of a Chinese-character
    alias, "ja" when it is a Japanese reading of the start of a kanji alias, else "other" (a Western
    name, whose Chinese-character aliases are transcriptions)."""
    if korean_readings(person):  # first: 李 reads "Ri" in Japanese too
        return "ko"
    if any(_reads_as_chinese(person, alias) for alias in _han_aliases(person)):
        return "zh"
    if _japanese_split(person, tables):
        return "ja"
    # A rare family name the tables cannot check (玄葉, read Gemba) is still Japanese by its script:
    # a Western name's Japanese form is in katakana.
    if any(_HAN.match(_WORD_BREAKS.sub("", a)) for a in person.aliases.get("ja", [])):
        return "ja"
    return "other"


def _reads_as_chinese(person: NamedPerson, alias: str) -> bool:
    """Whether a name of two to four characters is the person's own Chinese name: its first one or
    two characters read in pinyin or Wade-Giles as the family name and the rest as the given name
    (马克里 is "Ma Keli", close to "Macri" as a whole, but "Keli" is not "Mauricio"; 蔡英文 is
    "Tsai Ing-wen" in Wade-Giles)."""
    word = _WORD_BREAKS.sub("", alias)
    if not 2 <= len(word) <= 4 or alias != word:
        return False
    for length in (1, 2)[:len(word) - 1]:
        family, given = _spellings(word[:length]), _spellings(word[length:])
        if not family or not given:
            continue
        if person.family and person.given:
            if _close(family, person.family, FAMILY_MATCH) and _close(given, person.given, GIVEN_MATCH):
                return True
        elif _close([f + g for f in family for g in given], person.name, JAPANESE_MATCH):
            return True
    return False


def _spellings(word: str) -> list[str]:
    """A Chinese word in pinyin and in Wade-Giles, syllables run together."""
    syllables = [normalize(s[0]) for s in pinyin(word, style=Style.NORMAL, errors="ignore", v_to_u=True) if s]
    syllables = [s for s in syllables if s.isalpha()]
    if not syllables:
        return []
    return list(dict.fromkeys(["".join(syllables), "".join(wade_giles(s) for s in syllables)]))


def _close(spellings: list[str], latin: str, threshold: float) -> bool:
    wanted = sound_key(latin).replace(" ", "")
    return any(similarity(sound_key(s), wanted) >= threshold for s in spellings)


# -- Mandarin readings -----------------------------------------------------------------------------


def chinese_readings(person: NamedPerson, tables: ReadingTables, origin: str) -> list[Reading]:
    """Pinyin readings of Chinese-character names; for a Western name's Chinese transcription, also
    its pinyin respelled as a Western name."""
    readings = []
    transcription = origin == "other"
    split = _japanese_split(person, tables) if origin == "ja" else None
    for alias in _han_aliases(person):
        words = [w for w in _WORD_BREAKS.split(alias) if w]
        if transcription:
            # A transcription puts the family name last ("霍华德·卢特尼克"); translations garble it
            # and keep or drop the given name, so only the family name is read.
            alias = words[-1]
            words = words[-1:]
        elif len(words) == 1 and len(words[0]) > 1:
            length = split[1] if split and len(split[0]) == len(words[0]) else 1
            words = [words[0][:length], words[0][length:]]
        # A transcription's characters and a Chinese person's own name are read one way; a Japanese
        # or Korean name's characters may be read with any of their Mandarin readings.
        combos = _ranked([_pinyin_options(w) for w in words], PINYIN_PER_ALIAS if origin in ("ja", "ko") else 1)
        if len(words) == 2 and len(words[0]) == 2 and len(words[1]) == 1 and combos:
            # A translation engine that takes a three-character name for a Chinese one splits off
            # one character as the family name (石破茂 → "Shi Pomao"), whatever the Japanese split.
            whole = "".join(combos[0])
            first = len(_pinyin_options(words[0][0])[0])
            combos.append((whole[:first], whole[first:]))
        for combo in combos:
            form = " ".join(s.capitalize() for s in combo)
            readings.append(Reading(form, "pinyin", alias,
                                    f"'{form}' is the Mandarin (pinyin) reading of {alias}, "
                                    f"{person.name}'s name in Chinese characters"))
        if combos and transcription:
            for form in _respellings(words):
                readings.append(Reading(form, "pinyin-respelled", alias,
                                        f"'{form}' respells the pinyin of {alias}, the Chinese transcription "
                                        f"of {person.name}, as a Western name"))
    return readings


def _han_aliases(person: NamedPerson) -> list[str]:
    """Aliases written in Chinese characters (word breaks such as '·' allowed), in KB order."""
    found = []
    for language in ("zh", "ja", "ko"):
        for alias in person.aliases.get(language, []):
            if len(alias) > 1 and _HAN.match(_WORD_BREAKS.sub("", alias)) and alias not in found:
                found.append(alias)
    return found


@cache
def _pinyin_options(word: str) -> tuple[str, ...]:
    """Whole-word pinyin options, best first: each character's readings (heteronyms) combined."""
    per_char = [[normalize(s) for s in options if s.isalpha()][:3]
                for options in pinyin(word, style=Style.NORMAL, heteronym=True, errors="ignore", v_to_u=True)]
    per_char = [options for options in per_char if options]
    return tuple("".join(combo) for combo in _ranked(per_char, PINYIN_PER_ALIAS))


def _respellings(words: list[str]) -> list[str]:
    """Western-looking spellings of a transcription's pinyin, word by word, the likeliest first."""
    per_word = []
    for word in words:
        syllables = [normalize(s) for part in pinyin(word, style=Style.NORMAL, errors="ignore", v_to_u=True)
                     for s in part if s.isalpha()]
        options = [_syllable_spellings(s, first=i == 0)[:4] for i, s in enumerate(syllables)]
        spelled = ["".join(c) for c in _ranked(options, 12)]
        spelled = [s for s in spelled if not re.search(r"[^aeiouy]{3}", s)] or spelled
        per_word.append(spelled[:RESPELLINGS_PER_ALIAS + 1])
    return [" ".join(w.capitalize() for w in combo) for combo in _ranked(per_word, RESPELLINGS_PER_ALIAS)]


def _syllable_spellings(syllable: str, *, first: bool) -> list[str]:
    table = pinyin_spellings()
    options: list[str] = []
    if not first:
        options += table.get(("inner", syllable), ())
    options += table.get(("whole", syllable), ())
    initial = next((i for i in ("zh", "ch", "sh") if syllable.startswith(i)), syllable[:1])
    if (("initial", initial) not in table) or syllable == initial:
        initial = ""
    final = syllable[len(initial):]
    if initial in ("j", "q", "x", "y") and final.startswith("u"):
        final = "v" + final[1:]  # ju, qu, xu, yu write ü as u
    for head in table.get(("initial", initial), ("",)) if initial else ("",):
        for tail in table.get(("final", final), (final,)):
            options.append(head + tail)
    return list(dict.fromkeys(options or [syllable]))


# -- Japanese readings -------------------------------------------------------------------------------


def japanese_readings(person: NamedPerson, tables: ReadingTables) -> list[Reading]:
    """Hepburn readings of a Japanese kanji name: the dictionary's, and the plausible misreadings
    that choose each character's on or kun reading otherwise."""
    split = _japanese_split(person, tables)
    if not split:
        return []
    word, length = split
    family, given = word[:length], word[length:]
    family_readings = _word_readings(family, tables, "family")
    given_readings = _word_readings(given, tables, "given") if given else []
    readings = []
    for reading in family_readings[:JAPANESE_FAMILY]:
        readings.append(Reading(reading, "hepburn", family,
                                f"'{reading}' is a Japanese reading of {family}, the family name of {person.name}"))
    combos = _ranked([family_readings, given_readings], JAPANESE_FULL) if given_readings else []
    for family_reading, given_reading in combos:
        form = f"{family_reading} {given_reading}"
        readings.append(Reading(form, "hepburn", word,
                                f"'{form}' is a Japanese reading of {word}, the name of {person.name} "
                                f"(each character read on or kun as the dictionary allows)"))
    return readings


def _japanese_split(person: NamedPerson, tables: ReadingTables) -> tuple[str, int] | None:
    """The first kanji alias whose start reads in Japanese as the person's Latin family name
    (nearly exactly), with the family name's length in characters; None for other names."""
    if not person.family:
        return None
    family = sound_key(person.family).replace(" ", "")
    for alias in person.aliases.get("ja", []):
        word = _WORD_BREAKS.sub("", alias)
        if len(word) < 2 or not _HAN.match(word):
            continue
        best, best_score = 0, 0.0
        for length in range(1, min(len(word), 4)):
            readings = [sound_key(r) for r in _word_readings(word[:length], tables, "family")]
            score = max((similarity(r, family) for r in readings), default=0.0)
            if score > best_score + 0.01:
                best, best_score = length, score
        # A one-character family name may be Chinese read the Japanese way (林 "Rin" for Lin):
        # then the given name must read in Japanese too.
        if best_score >= JAPANESE_MATCH and (best > 1 or _given_reads_japanese(person, word[best:], tables)):
            return word, best
    return None


def _given_reads_japanese(person: NamedPerson, given: str, tables: ReadingTables) -> bool:
    """Whether the given name's characters have a Japanese reading close to the Latin given name
    (李登輝's 登輝 has none close to "Teng-hui", though 李 reads "Ri", like "Lee")."""
    if not person.given or not given:
        return True
    wanted = sound_key(person.given).replace(" ", "")
    per_char = [tables.kana_of(c)[:READINGS_PER_CHAR] for c in given]
    options = [*tables.kana_of(given), *("".join(c) for c in _ranked(per_char, 64))]
    latin = [*tables.name_readings(given, "given"), *(_hepburn(k) for k in options)]
    return any(similarity(sound_key(_long_vowels(r)), wanted) >= FAMILY_MATCH for r in latin)


def _word_readings(word: str, tables: ReadingTables, part: str = "") -> list[str]:
    """Hepburn readings of a kanji word: its readings as a family or given name (when `part` says
    which), the dictionary's whole-word entries, then per-character combinations."""
    named = [_long_vowels(r) for r in tables.name_readings(word, part)] if part else []
    whole = tables.kana_of(word)
    per_char = [tables.kana_of(c)[:READINGS_PER_CHAR] for c in word]
    combos = ["".join(c) for c in _ranked(per_char, JAPANESE_FULL)] if all(per_char) else []
    return list(dict.fromkeys([*(n.capitalize() for n in named), *(_hepburn(k) for k in [*whole, *combos] if k)]))


def _hepburn(kana: str) -> str:
    """Hepburn without long-vowel marks, as English reports write it ("こうの" → "Kono")."""
    import jaconv

    return _long_vowels(jaconv.kana2alphabet(jaconv.kata2hira(kana))).capitalize()


def _long_vowels(latin: str) -> str:
    """Romaji as English reports write names: no long vowels ("satou" → "sato"), m before b/p."""
    latin = latin.lower().replace("ou", "o").replace("uu", "u")  # in names おう and うう are long vowels
    return re.sub(r"n(?=[bp])", "m", latin)  # ん before b or p is written m (Gemba)


# -- Korean readings ---------------------------------------------------------------------------------


def korean_readings(person: NamedPerson) -> list[Reading]:
    """Revised Romanization of a hangul name (read syllable by syllable, as names are romanised), and
    the customary spellings of its family name."""
    readings = []
    for alias in _hangul_names(person):
        rr = [_romanize(s) for s in alias]
        if not all(rr):
            continue
        family_rr, given_rr = rr[0], rr[1:]
        spellings = [family_rr.capitalize(), *korean_surnames().get(alias[0], ())]
        if person.family and max(similarity(sound_key(s), sound_key(person.family)) for s in spellings) < FAMILY_MATCH:
            continue  # not a Korean name read in Korean (a Western name written in hangul)
        given = "-".join(given_rr).capitalize()
        for index, family in enumerate(dict.fromkeys(spellings)):
            form = f"{family} {given}"
            if index == 0:
                note = f"'{form}' is the Revised Romanization of {alias}, the Korean name of {person.name}"
                readings.append(Reading(form, "revised-romanization", alias, note))
            else:
                note = (f"'{form}' spells the family name {alias[0]} of {person.name} ({alias}) as "
                        f"'{family}', a customary romanisation")
                readings.append(Reading(form, "romanization-variant", alias, note))
            # The family name in another spelling with the given name as the person writes it ("Jo Hyun"
            # for 조현, known as Cho Hyun).
            if person.given and family != person.family and normalize(person.given) != normalize(given):
                form = f"{family} {person.given}"
                note = (f"'{form}' spells the family name {alias[0]} of {person.name} ({alias}) as "
                        f"'{family}', a customary romanisation, with the given name as {person.name} writes it")
                readings.append(Reading(form, "romanization-variant", alias, note))
    return readings


def _hangul_names(person: NamedPerson) -> list[str]:
    """Korean aliases written in hangul, of two to four syllables (a family name and a given name)."""
    aliases = [_WORD_BREAKS.sub("", a) for a in person.aliases.get("ko", [])]
    return list(dict.fromkeys(a for a in aliases if _HANGUL.match(a) and 2 <= len(a) <= 4))


@cache
def korean_letters() -> dict[str, tuple[str, ...]]:
    """Revised Romanization of initials, vowels and finals, in hangul composition order."""
    parts: dict[str, list[str]] = {"initial": [], "vowel": [], "final": []}
    for line in (_DATA / "korean_jamo.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            part, _jamo, letters, _source = line.split("\t")
            parts[part].append("" if letters == "-" else letters)
    return {part: tuple(letters) for part, letters in parts.items()}


def _romanize(syllable: str) -> str:
    """Revised Romanization of one hangul syllable on its own ("석" → "seok", "이" → "i")."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return ""
    letters = korean_letters()
    return letters["initial"][code // 588] + letters["vowel"][code % 588 // 28] + letters["final"][code % 28]


# -- helpers ------------------------------------------------------------------------------------------


def _ranked(options: Sequence[Sequence[str]], limit: int) -> list[tuple[str, ...]]:
    """The `limit` combinations of one option per slot with the smallest sum of ranks (ties: order)."""
    options = [o for o in options if o]
    if not options:
        return []
    # A beam of `limit` is exact here: a prefix of one of the k cheapest combinations is itself
    # among the k cheapest prefixes, since every cost is a sum.
    beam: list[tuple[int, tuple[str, ...]]] = [(0, ())]
    for slot in options:
        extended = [(cost + rank, combo + (choice,)) for cost, combo in beam for rank, choice in enumerate(slot)]
        beam = sorted(extended, key=lambda item: item[0])[:limit]
    return [combo for _, combo in beam]

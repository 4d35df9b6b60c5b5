"""Signs that a text was machine-translated or badly encoded, each with its evidence."""

from __future__ import annotations

import re

from newsgraph.model import Artifact, MachineTranslation

# Scripts that should not appear inside English running text, and what they suggest.
_SCRIPTS = {
    "Chinese characters": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "Japanese kana": "\u3040-\u30ff\u31f0-\u31ff",
    "Korean hangul": "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f",
    "Cyrillic": "\u0400-\u04ff",
    "Arabic script": "\u0600-\u06ff",
}
_FOREIGN_LETTERS = "[" + "".join(_SCRIPTS.values()) + "]"
_CJK_PUNCTUATION = "[\u3000-\u303f\uff00-\uffef]"  # ideographic space and stops, CJK brackets, full-width forms
# A run of foreign letters; CJK punctuation may join two runs (a quoted phrase, a full-width comma)
# but neither starts nor ends one.
_FOREIGN_RUN = re.compile(f"{_FOREIGN_LETTERS}+(?:{_CJK_PUNCTUATION}*{_FOREIGN_LETTERS}+)*")
# Chinese-language platforms that publish translations of foreign-language commentary.
_CHINESE_PLATFORMS = ("toutiao.com", "sohu.com", "163.com", "qq.com", "baidu.com", "weibo.com",
                      "sina.com.cn", "ifeng.com", "guancha.cn", "zhihu.com", "bilibili.com")
# A foreign run is an artifact only where it sits inside English prose, not in a line of its own
# (a title in the original script) nor in brackets after an English name ("Takaichi (高市早苗)").
_GLOSS_BEFORE = re.compile(r"[(\[（]\s*$")


def assess_translation(text: str, *, language: str | None, source_urls: list[str],
                       repaired: int) -> MachineTranslation:
    """Collect machine-translation cues in an English text and decide whether MT is suspected.

    Args:
        text: the document text as stored.
        language: the identified language; only English text is checked for foreign runs.
        source_urls: the document's URL and any "Original article:" link.
        repaired: how many characters Unicode repair changed while decoding.
    """
    artifacts: list[Artifact] = []
    reasons: list[str] = []
    if language in (None, "en"):
        for match in _FOREIGN_RUN.finditer(text):
            if _is_gloss(text, match.start(), match.end()):
                continue
            script = _script_of(match.group())
            artifacts.append(Artifact(text=match.group(), start=match.start(), end=match.end(),
                                      kind="foreign_script"))
            reasons.append(f"untranslated {script} {match.group()!r} inside English text at {match.start()}")
    if repaired:
        reasons.append(f"broken encoding (mojibake) was repaired: {repaired} characters changed")
    for url in source_urls:
        host = _host(url)
        if host and any(host == p or host.endswith("." + p) for p in _CHINESE_PLATFORMS) and language in (None, "en"):
            reasons.append(f"English text whose original is on a Chinese-language platform ({host})")
            break
    return MachineTranslation(suspected=bool(reasons), artifacts=artifacts, reasons=reasons)


def _is_gloss(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    if not re.search(r"[A-Za-z]{3}", line):
        return True  # a line wholly in another script: a quoted original, not a slip
    return bool(_GLOSS_BEFORE.search(text[max(0, start - 3):start]))


def _script_of(run: str) -> str:
    for name, ranges in _SCRIPTS.items():
        if re.search(f"[{ranges}]", run):
            return name
    return "foreign script"


def _host(url: str) -> str:
    match = re.match(r"(?:[a-z]+://)?([^/:?#]+)", url.strip(), re.IGNORECASE)
    return match[1].lower().removeprefix("www.") if match else ""

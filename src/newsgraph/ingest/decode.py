"""Turn raw bytes into clean Unicode text, or say clearly why not."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer
import ftfy

from newsgraph.errors import BinaryInput, EmptyInput, TooLarge, UndecodableInput

# Leading bytes of common binary formats someone might pass by mistake.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"BZh": "bzip2-compressed data",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"SQLite format 3": "an SQLite database",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)} | {127}
# A character that shows: not whitespace, nor a zero-width, joiner, direction or soft-hyphen mark
# (a file of only those would be stored as a document nobody can see).
_VISIBLE = re.compile("[^\\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
                      "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")


# Repair broken encodings only; keep curly quotes, full-width forms and ligatures as written.
_REPAIR = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                               normalization="NFC", explain=False)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with what had to be done to it."""

    text: str
    encoding: str
    repaired: int  # characters changed by Unicode repair (mojibake, control characters)


def decode_bytes(data: bytes, *, max_bytes: int, name: str = "input") -> Decoded:
    """Decode bytes to text: size limit, binary sniffing, encoding detection, Unicode repair.

    Raises:
        TooLarge, EmptyInput, BinaryInput, UndecodableInput — each naming `name`.
    """
    if len(data) > max_bytes:
        raise TooLarge(f"{name} is {len(data):,} bytes, over the limit of {max_bytes:,}")
    if not data.strip():
        raise EmptyInput(f"{name} is empty")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(f"{name} is {what}, not text")
    text, encoding = _decode(data, name)
    return clean_text(text, name=name, encoding=encoding)


def clean_text(text: str, *, name: str = "input", encoding: str = "utf-8") -> Decoded:
    """Repair mojibake, drop control characters and normalise line ends of already-decoded text.

    Raises:
        EmptyInput, BinaryInput
    """
    if "\x00" in text:
        raise BinaryInput(f"{name} contains NUL characters, so it is binary data, not text")
    controls = sum(1 for ch in text if ord(ch) in _CONTROL)
    if controls > max(8, len(text) // 100):
        raise BinaryInput(f"{name} is mostly control characters ({controls:,}), not text")
    fixed = ftfy.fix_text(text, config=_REPAIR)
    fixed = fixed.replace("\r\n", "\n").replace("\r", "\n")
    fixed = "".join(ch for ch in fixed if ord(ch) not in _CONTROL)
    repaired = _changed(text.replace("\r\n", "\n").replace("\r", "\n"), fixed)
    if not _VISIBLE.search(fixed):
        raise EmptyInput(f"{name} holds no text")
    return Decoded(fixed.strip("\n"), encoding, repaired)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise BinaryInput(f"{name} contains NUL bytes, so it is binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    if _UTF8_SEQUENCE.search(data):
        # Real UTF-8 multi-byte characters next to invalid bytes: a damaged UTF-8 file. Guessing
        # another encoding would turn its good characters into mojibake, so refuse it.
        raise UndecodableInput(f"{name} is UTF-8 with invalid bytes (the first at offset {bad_at})")
    if sum(b < 0x80 for b in data) >= 0.8 * len(data):
        try:  # mostly ASCII with a few accented letters: Western text in the Windows code page
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > 0.1 or best.coherence < 0.05:
        raise UndecodableInput(f"{name} is not valid UTF-8 (bad byte at offset {bad_at}) "
                               "and no other encoding fits it")
    return str(best), best.encoding


def _changed(before: str, after: str) -> int:
    if before == after:
        return 0
    # A cheap count: characters that differ at the same position, plus the length change.
    return sum(1 for a, b in zip(before, after, strict=False) if a != b) + abs(len(before) - len(after))

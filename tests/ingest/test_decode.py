import codecs

import pytest

from newsgraph.errors import BinaryInput, EmptyInput, TooLarge, UndecodableInput
from newsgraph.ingest.decode import decode_bytes

LIMIT = 1_000_000


@pytest.mark.parametrize("data, error, words", [
    (b"", EmptyInput, "empty"),
    (b"   \n\t  \n", EmptyInput, "empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInput, "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", BinaryInput, "ZIP"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", BinaryInput, "PNG"),
    (b"\x1f\x8b\x08\x00\x00\x00", BinaryInput, "gzip"),
    (b"Hello\x00world\x00" * 10, BinaryInput, "NUL"),
    (bytes(range(1, 9)) * 200, BinaryInput, "control characters"),
    (bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 300, UndecodableInput, "not valid UTF-8"),
    ("Tokyo’s reply".encode("utf-8") + b" and then \xff\xfe garbage", UndecodableInput, "UTF-8 with invalid bytes"),
    (bytes(range(0x80, 0x100)) * 20, UndecodableInput, "not valid UTF-8"),
])
def test_bad_bytes_are_rejected_with_a_reason(data, error, words):
    with pytest.raises(error, match=words) as caught:
        decode_bytes(data, max_bytes=LIMIT, name="report.txt")
    assert "report.txt" in str(caught.value)
    assert caught.value.hint  # every rejection says what to do next


def test_oversized_input_names_the_limit():
    with pytest.raises(TooLarge, match="over the limit of 10"):
        decode_bytes(b"x" * 11, max_bytes=10)


@pytest.mark.parametrize("data, text", [
    ("Tokyo said the talks went well.".encode("utf-8"), "Tokyo said the talks went well."),
    (codecs.BOM_UTF8 + "Abe’s legacy".encode("utf-8"), "Abe’s legacy"),
    ("Ishiba’s cabinet approval fell to 24%.".encode("utf-16"), "Ishiba’s cabinet approval fell to 24%."),
    ("Café politique à Paris et à Tokyo, déjà une décision.".encode("cp1252"),
     "Café politique à Paris et à Tokyo, déjà une décision."),
    (b"line one\r\nline two\r\n", "line one\nline two"),
])
def test_text_is_decoded_whatever_its_encoding(data, text):
    assert decode_bytes(data, max_bytes=LIMIT).text == text


def test_mojibake_is_repaired_and_counted():
    broken = "The minister’s statement".encode("utf-8").decode("cp1252").encode("utf-8")
    decoded = decode_bytes(broken, max_bytes=LIMIT)
    assert decoded.text == "The minister’s statement"
    assert decoded.repaired > 0

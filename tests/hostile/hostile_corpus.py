"""A deterministic corpus of hostile inputs (issue 7), written into a folder at test time.

`write_corpus(root)` writes more than a thousand inputs — files, lines of JSON Lines files and
records of web archives — mixed with a few good reports, and returns one `Case` per input: where
it is, its class, and what must become of it. The same seed always writes the same bytes.

Expectations:
    "store"  — a report that must be stored (hostile in form, fine in substance);
    "reject" — must fail, with a reason of one of `reasons`;
    "either" — stored, or rejected with a reason of one of `reasons`.
"""

from __future__ import annotations

import base64
import codecs
import gzip
import io
import json
import os
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SEED = 20261122
GOOD_FOLDER = "good"


@dataclass(frozen=True)
class Case:
    """One input: its origin relative to the corpus root, its class and the expected outcome."""

    origin: str
    kind: str
    expect: str  # "store" | "reject" | "either"
    reasons: frozenset[str] = field(default_factory=frozenset)


# -- prose: short, distinct, English ---------------------------------------------------------

_ACTORS = ["Japan", "South Korea", "Canada", "Mexico", "Australia", "India", "Brazil", "Vietnam",
           "Indonesia", "Germany", "France", "Britain", "Chile", "Norway", "Kenya", "Egypt"]
_ACTS = ["resumed tariff talks with", "signed a grain agreement with", "held security talks with",
         "criticised the export curbs of", "agreed to buy liquefied gas from", "recalled its envoy to",
         "offered emergency aid to", "opened a new consulate in"]
_WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week",
         "in March", "in early July", "on Saturday", "late on Sunday"]
_CLOSERS = ["officials said", "the foreign ministry said", "according to a statement",
            "two diplomats said", "state media reported"]


def prose(rng: random.Random, serial: int, sentences: int = 2) -> str:
    """A short report that no other call with another `serial` writes."""
    first, second = rng.sample(_ACTORS, 2)
    lead = f"{first} {rng.choice(_ACTS)} {second} {rng.choice(_WHEN)}, {rng.choice(_CLOSERS)}."
    rest = [f"The ministry said it had received {1000 + serial:,} public comments on the plan.",
            f"Negotiators will meet again in {rng.choice(['Geneva', 'Tokyo', 'Ottawa', 'Nairobi'])} next month.",
            "Neither side gave details of the draft text."]
    return " ".join([lead, *rest[:max(0, sentences - 1)]])


def article_html(text: str, *, title: str = "Talks resume", head: str = "", around: str = "") -> str:
    """A small news page holding `text` in an <article>."""
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split(". ") if p)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>{head}</head>"
            f"<body><nav><a href=\"/\">Home</a></nav>{around}<article><h1>{title}</h1>{paragraphs}"
            f"</article><footer>Contact us</footer></body></html>")


# -- the corpus ------------------------------------------------------------------------------

class _Writer:
    def __init__(self, root: Path, seed: int):
        self.root = root
        self.rng = random.Random(seed)
        self.cases: list[Case] = []
        self.serial = 0

    def text(self, sentences: int = 2) -> str:
        self.serial += 1
        return prose(self.rng, self.serial, sentences)

    def file(self, relative: str | bytes, data: bytes, kind: str, expect: str, *reasons: str) -> Path:
        path = (os.fsencode(self.root) + b"/" + relative) if isinstance(relative, bytes) else self.root / relative
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)
        self.case(os.fsdecode(relative) if isinstance(relative, bytes) else relative, kind, expect, *reasons)
        return Path(os.fsdecode(path))

    def case(self, origin: str, kind: str, expect: str, *reasons: str) -> None:
        self.cases.append(Case(_shown(origin), kind, expect, frozenset(reasons)))


def _shown(origin: str) -> str:
    """The origin as newsgraph reports it: undecodable file-name bytes become U+FFFD."""
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in origin)


def write_corpus(root: Path, seed: int = SEED) -> list[Case]:
    """Write the whole corpus under `root`; return its cases (good reports under `root/good`)."""
    w = _Writer(root, seed)
    _Archive.count = 0
    for make in (_good, _html_truncated, _html_malformed, _html_deep, _html_script, _invalid_utf8,
                 _mixed_encodings, _control_characters, _nul_bytes, _long_lines, _big_numbers, _dates,
                 _json_lines, _front_matter, _web_archives, _invisible, _astral, _empty, _binary,
                 _file_names):
        make(w)
    return w.cases


def _good(w: _Writer) -> None:
    for i in range(3):
        w.file(f"{GOOD_FOLDER}/report-{i}.txt", w.text(3).encode(), "good", "store")
    w.file(f"{GOOD_FOLDER}/front.txt", ("---\ntitle: Grain deal signed\npublished: 2025-07-23\noutlet: Harbor Wire\n"
                                       "---\n" + w.text(3)).encode(), "good", "store")
    for i in range(2):
        w.file(f"{GOOD_FOLDER}/page-{i}.html", article_html(w.text(3), title=f"Talks, day {i}").encode(),
               "good", "store")
    lines = [json.dumps({"text": w.text(2), "outlet": "Line Wire", "published": "2025-06-0" + str(i + 1)})
             for i in range(2)]
    w.file(f"{GOOD_FOLDER}/feed.jsonl", "\n".join(lines).encode(), "good-container", "either")
    w.cases[-1:] = []  # the file is not an input; its lines are
    for number in (1, 2):
        w.case(f"{GOOD_FOLDER}/feed.jsonl:{number}", "good", "store")
    archive = _Archive()
    archive.response("https://news.example.com/2025/05/02/talks", article_html(w.text(3)).encode())
    w.file(f"{GOOD_FOLDER}/crawl.warc.gz", archive.bytes(), "good-container", "either")
    w.cases[-1:] = []
    w.case(f"{GOOD_FOLDER}/crawl.warc.gz#2", "good", "store")


def _html_truncated(w: _Writer) -> None:
    for i in range(80):
        page = article_html(w.text(3), title=f"Budget vote {i}").encode()
        cut = w.rng.randrange(len(page) // 3, len(page))
        w.file(f"html/truncated-{i:03}.html", page[:cut], "html_truncated", "either", "no_article")


_MALFORMED = [
    lambda t: f"<html><body><article><p>{t}",  # nothing closed
    lambda t: f"<html><body><p><b><i>{t}</p></b></i></body>",  # misnested
    lambda t: f"<html><body><article><p>{t}</p><!-- an unclosed comment <p>more</p>",
    lambda t: f"<html><body><script>var a = '<p>{t}</p>';",  # an unclosed script swallows the rest
    lambda t: f"<html><body><p>{t} &#xFFFFFFFF; &#0; &#xD800; &#x110000; &bogus; &amp</p></body></html>",
    lambda t: f"<<html>><<body>><p>{t}<<</p>>></body>",
    lambda t: f"<html><body><div <p>{t}</p></div></body></html>",
    lambda t: f"<html><body><p title=\"unclosed>{t}</p><p>{t}</p></body></html>",
    lambda t: f"<?xml version=\"1.0\" encoding=\"ebcdic-cp-us\"?><html><body><p>{t}</p></body></html>",
    lambda t: f"<html><head><meta charset=\"utf-7\"></head><body>+ADw-script+AD4-alert(1)+ADw-/script+AD4-<p>{t}</p></body></html>",
    lambda t: f"<!DOCTYPE html PUBLIC \"-//W3C//DTD <script>\" \"x\"><html><body><p>{t}</p></body></html>",
    lambda t: f"<html><html><html><body><body><p>{t}</p></html></html></html>",
    lambda t: f"<html><body><![CDATA[<p>{t}</p>]]><p>{t}</p></body></html>",
    lambda t: f"<html><body><table><tr><td><p>{t}</td></p></tr></div></table></body></html>",
    lambda t: f"<html><head><title>{'T' * 100_000}</title></head><body><p>{t}</p></body></html>",
    lambda t: f"<html><body><p>{t}</p>" + "</div>" * 5000 + "</body></html>",
    lambda t: f"<html><body><p>{t}</p><p " + "a=b " * 20_000 + "></p></body></html>",
    lambda t: f"<html><body><p>{t}\x0b\x0c</p><svg><foreignObject><p>{t}</p></foreignObject></svg></body></html>",
    lambda t: "<html><body>" + "<p>" * 3000 + t + "</body></html>",
    lambda t: f"<html><body><p>{t}</p><p>{'<' * 3000}</p></body></html>",
]


def _html_malformed(w: _Writer) -> None:
    for i in range(100):
        make = _MALFORMED[i % len(_MALFORMED)]
        w.file(f"html/malformed-{i:03}.html", make(w.text(3)).encode("utf-8", "surrogatepass"),
               "html_malformed", "either", "no_article", "html_unparseable")


def _html_deep(w: _Writer) -> None:
    for i, (tag, depth, closed) in enumerate([("div", 50_000, True), ("div", 100_000, False), ("span", 30_000, True),
                                              ("b", 60_000, False), ("table", 20_000, False), ("li", 40_000, True),
                                              ("font", 80_000, False), ("blockquote", 25_000, True)]):
        text = w.text(2)
        page = (f"<html><body><article>{f'<{tag}>' * depth}<p>{text}</p>"
                f"{f'</{tag}>' * depth if closed else ''}</article></body></html>")
        w.file(f"html/deep-{i}.html", page.encode(), "html_deep", "either", "no_article", "html_unparseable")


MARK = "XSSMARK"  # in every script, handler and hostile URL: never in anything stored
_ATTACKS = [
    f"<script>document.write('{MARK}')</script>",
    f"<script type=\"module\">import '{MARK}'</script>",
    f"<img src=x onerror=\"alert('{MARK}')\">",
    f"<a href=\"javascript:alert('{MARK}')\">click</a>",
    f"<iframe src=\"javascript:alert('{MARK}')\"></iframe>",
    f"<svg onload=\"alert('{MARK}')\"><script>alert('{MARK}')</script></svg>",
    f"<body onload=\"alert('{MARK}')\">",
    f"<style>body{{background:url('javascript:{MARK}')}}</style>",
    f"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('{MARK}')\">",
    f"<object data=\"data:text/html,<script>{MARK}</script>\"></object>",
    f"<embed src=\"javascript:{MARK}\">",
    f"<form action=\"javascript:{MARK}\"><input onfocus=\"{MARK}\" autofocus></form>",
    # Text, not markup, to an HTML parser: it may be kept, so it does not carry the mark.
    "<noscript><p>Enable scripts</p></noscript>",
    "<template><p>Template text</p></template>",
    "<scr<script>ipt>evasion</scr</script>ipt>",
    f"<math><mtext><script>{MARK}</script></mtext></math>",
    f"<div style=\"x:expression(alert('{MARK}'))\" onclick=\"{MARK}\"></div>",
    f"<base href=\"javascript:{MARK}//\">",
    f"<link rel=\"stylesheet\" href=\"javascript:{MARK}\">",
    f"<script>/*<![CDATA[*/ var s = '</scr' + 'ipt>{MARK}'; /*]]>*/</script>",
]


def _html_script(w: _Writer) -> None:
    for i in range(90):
        attacks = "".join(w.rng.sample(_ATTACKS, 4))
        head = (f"<script>{MARK}</script><meta name=\"author\" content=\"<img src=x onerror={MARK}>\">"
                f"<link rel=\"canonical\" href=\"javascript:alert('{MARK}')\">"
                f"<meta property=\"og:site_name\" content=\"<svg onload={MARK}>\">")
        text = w.text(3)
        paragraphs = "".join(f"<p onmouseover=\"alert('{MARK}')\">{p}</p>{w.rng.choice(_ATTACKS)}"
                             for p in text.split(". ") if p)
        page = (f"<html><head><title><script>alert('{MARK}')</script>Summit {i}</title>{head}</head>"
                f"<body>{attacks}<article>{paragraphs}</article>{attacks}</body></html>")
        w.file(f"html/script-{i:03}.html", page.encode(), "html_script", "store")


def _invalid_utf8(w: _Writer) -> None:
    bad = [b"\xff", b"\xfe\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\xe2\x80",
           b"\x80", b"\xc3\x28", b"\xf4\x90\x80\x80", b"\xe0\x80\xaf"]
    for i in range(70):
        text = w.text(2)
        if i % 2:  # real multi-byte characters too: a damaged UTF-8 file
            text = text.replace("said", "said \u2014 with \u201cconcern\u201d \u2014")
        data = text.encode()
        for _ in range(1 + i % 4):
            at = w.rng.randrange(len(data))
            data = data[:at] + w.rng.choice(bad) + data[at:]
        w.file(f"utf8/invalid-{i:03}.txt", data, "invalid_utf8", "either", "undecodable")


_ENCODINGS = ["cp1252", "latin-1", "mac_roman", "utf-16-le", "utf-16", "utf-32", "shift_jis", "gb18030",
              "euc-kr", "koi8-r", "iso-8859-7", "cp437", "utf-7", "big5", "utf-16-be"]


def _mixed_encodings(w: _Writer) -> None:
    for i in range(60):
        text = w.text(2).replace("said", "said in São Paulo, naïvely, for €5")
        encoding = _ENCODINGS[i % len(_ENCODINGS)]
        mode = i // len(_ENCODINGS)
        if mode == 0:
            data = text.encode(encoding, "replace")
        elif mode == 1:  # first half UTF-8, second half in another encoding
            half = len(text) // 2
            data = text[:half].encode() + text[half:].encode(encoding, "replace")
        elif mode == 2:  # UTF-8 bytes read as cp1252 and saved again: mojibake
            data = text.encode().decode("cp1252", "replace").encode()
        else:  # a UTF-8 BOM before bytes in another encoding
            data = codecs.BOM_UTF8 + text.encode(encoding, "replace")
        w.file(f"encodings/mixed-{i:03}.txt", data, "mixed_encodings", "either", "undecodable", "binary")


def _control_characters(w: _Writer) -> None:
    controls = [chr(c) for c in range(1, 32) if c not in (9, 10, 13)] + ["\x7f", "\x1b[31m", "\x1b]0;title\x07",
                                                                          "\u0085", "\u009b31m"]
    for i in range(60):
        text = w.text(2)
        many = i % 3 == 0
        pieces = list(text)
        for _ in range(len(text) // 5 if many else 1 + i % 5):
            pieces.insert(w.rng.randrange(len(pieces)), w.rng.choice(controls))
        w.file(f"control/controls-{i:03}.txt", "".join(pieces).encode(), "control_chars", "either", "binary")


def _nul_bytes(w: _Writer) -> None:
    for i in range(40):
        data = w.text(2).encode()
        if i % 4 == 0:
            data = b"\x00" + data
        elif i % 4 == 1:
            data = data + b"\x00" * 1000
        elif i % 4 == 2:
            data = data.replace(b" ", b"\x00 ")
        else:
            data = b"\x00".join(data[j:j + 1] for j in range(len(data)))  # UTF-16 with no BOM, as it were
        suffix = ".html" if i % 5 == 0 else ".txt"
        w.file(f"nul/nul-{i:03}{suffix}", data, "nul_bytes", "reject", "binary")


def _long_lines(w: _Writer) -> None:
    words = ("tariff talks resumed in Geneva " * 40_000).encode()  # 1.24 MB on one line
    w.file("long/prose-1mb.txt", words, "long_lines", "reject", "too_large")
    w.file("long/line-6mb.txt", b"trade " * 1_000_000, "long_lines", "reject", "too_large")
    # Not English, so not analysed: stored with a warning, or refused when identified as English.
    w.file("long/base64.txt", base64.b64encode(w.rng.randbytes(600_000)), "long_lines", "either", "not_prose")
    w.file("long/angles-1mb.txt", b"Japan said. " + b"<" * 1_000_000, "long_lines", "reject", "not_prose",
           "too_large")
    w.file("long/bangs.txt", b"Talks stalled. " + b"!" * 300_000, "long_lines", "reject", "not_prose")
    text = w.text(3)
    w.file("long/attribute.html", article_html(text, around=f"<div data-x=\"{'x' * 1_000_000}\"></div>").encode(),
           "long_lines", "store")
    w.file("long/script.html", article_html(w.text(3), head=f"<script>var a='{'y' * 1_000_000}';</script>").encode(),
           "long_lines", "store")
    w.file("long/data-uri.html", article_html(
        w.text(3), around=f"<img src=\"data:image/png;base64,{base64.b64encode(w.rng.randbytes(700_000)).decode()}\">"
    ).encode(), "long_lines", "store")
    w.file("long/spaces.txt", (" " * 200_000 + w.text(2)).encode(), "long_lines", "either", "not_prose")
    w.file("long/line.jsonl", json.dumps({"text": "z" * 2_000_000}).encode(), "long-container", "either")
    w.cases[-1:] = []
    w.case("long/line.jsonl:1", "long_lines", "reject", "too_large", "not_prose")


_NUMBERS = ["10^400", "9" * 500, "1" * 4000, "$1e308 trillion", "1.8e308 yen", "-" + "9" * 400 + "%",
            "99999999999999999999 trillion dollars", "5 x 10^400 people", "0." + "0" * 400 + "1%",
            "$" + "9" * 320 + " billion", "1e-400 percent", "2^1024 won", "9" * 308 + ".5%", "NaN percent",
            "infinity dollars", "10**999 tons", "1" + ",000" * 200 + " dollars", "3 x 10^-999 grams"]


def _big_numbers(w: _Writer) -> None:
    for i in range(54):
        number = _NUMBERS[i % len(_NUMBERS)]
        text = w.text(2) + f" The plan would cost {number}, a figure that rose from {number} to {number}."
        w.file(f"numbers/big-{i:03}.txt", text.encode(), "big_numbers", "store")


_GOOD_DATES = ["0025-01-01", "9999-12-31", "0001-01-01", "1900-02-28", "2000-02-29"]
_BAD_DATES = ["2025-02-30", "0000-01-01", "10000-01-01", "2025-13-01", "2025-00-10", "yesterday",
              "99999999999999999999", "-1", "true", "[2025]", "{year: 2025}", "2025-02-30T25:61:61Z",
              "1e400", ".nan"]
_TEXT_DATES = ["on December 31, 9999, and the next day", "in the year 0025", "on February 30, 2025",
               "on 9999-12-31", "by 2025-02-30", "tomorrow and next week", "in 10000 years", "on 0000-00-00",
               "two thousand years ago", "the following day", "in the 99990s", "in Q5 9999",
               "99999999999 years ago", "on January 1, 1 and the day before"]


def _dates(w: _Writer) -> None:
    for i in range(40):
        published = _GOOD_DATES[i % len(_GOOD_DATES)]
        phrase = _TEXT_DATES[i % len(_TEXT_DATES)]
        text = w.text(2) + f" The deal takes effect {phrase}."
        w.file(f"dates/good-{i:03}.txt", f"---\npublished: {published}\n---\n{text}".encode(), "dates", "store")
    for i, value in enumerate(_BAD_DATES * 3):
        w.file(f"dates/bad-{i:03}.txt", f"---\npublished: {value}\n---\n{w.text(2)}".encode(), "dates", "reject",
               "bad_field", "bad_front_matter")
    for i in range(14):
        text = w.text(2) + f" Officials met {_TEXT_DATES[i % len(_TEXT_DATES)]}."
        w.file(f"dates/text-{i:03}.txt", text.encode(), "dates", "store")


def _json_lines(w: _Writer) -> None:
    def good():
        return json.dumps({"text": w.text(2)}), "store", ()

    def bad(line: str, *reasons: str):
        return line, "reject", reasons or ("bad_json",)

    makers = [
        lambda: bad('{"text": "unterminated'),
        lambda: bad('{"text": "a",}'),
        lambda: bad("{'text': 'single quotes'}"),
        lambda: bad('["text", "an array"]'),
        lambda: bad('"just a string"'),
        lambda: bad("12345"),
        lambda: bad("null"),
        lambda: bad("true"),
        lambda: bad('{"text": 5}'),
        lambda: bad('{"text": null}'),
        lambda: bad('{"text": ["a", "b"]}'),
        lambda: bad('{"text": {"nested": "object"}}'),
        lambda: bad('{"html": 5}'),
        lambda: bad(json.dumps({"text": w.text(1), "title": 5}), "bad_field"),
        lambda: bad(json.dumps({"text": w.text(1), "outlet": ["a"]}), "bad_field"),
        lambda: bad(json.dumps({"text": w.text(1), "published": []}), "bad_field"),
        lambda: bad(json.dumps({"text": w.text(1), "published": {"y": 2025}}), "bad_field"),
        lambda: bad(json.dumps({"text": w.text(1), "published": True}), "bad_field"),
        lambda: bad('{"text": "x", "published": 1e400}', "bad_field"),
        lambda: bad(json.dumps({"text": w.text(1), "genre": "rant"}), "bad_field"),
        lambda: bad(json.dumps({"text": w.text(1), "published": "2025-02-30"}), "bad_field"),
        lambda: bad('{"text": NaN}'),
        lambda: bad('{"text": "' + "1" * 5000 + '", "n": ' + "1" * 5000 + "}"),
        lambda: bad("[" * 100_000 + "]" * 100_000),
        lambda: bad('{"text": "a\\u0000b\\u0000c with NUL"}', "binary"),
        lambda: bad('{"text": ""}', "empty"),
        lambda: bad('{"text": "   \\n  "}', "empty"),
        lambda: bad('{"html": "<html><body><script>x</script></body></html>"}', "no_article"),
        lambda: (json.dumps({"text": w.text(2), "title": "A\u0000B\x07C", "author": "\ud800 Lone"}), "store", ()),
        lambda: (json.dumps({"text": w.text(2) + " \ud83d lone high surrogate \udc00"}), "store", ()),
        lambda: (json.dumps({"text": w.text(2), "published": 20250101}), "reject", ("bad_field",)),
        lambda: (json.dumps({"text": w.text(2), "text": w.text(2)}), "store", ()),
        lambda: (json.dumps({"html": article_html(w.text(2)) + f"<script>{MARK}</script>"}), "store", ()),
        lambda: (json.dumps({"text": w.text(2), "genre": "OPINION", "unknown": {"deep": [1, 2]}}), "store", ()),
    ]
    for i in range(70):
        chosen = [good()] + [w.rng.choice(makers)() for _ in range(5)] + [good()]
        w.rng.shuffle(chosen)
        newline = "\r\n" if i % 5 == 0 else "\n"
        body = newline.join(line for line, _, _ in chosen)
        data = body.encode("utf-8", "surrogatepass")
        if i % 7 == 0:
            data = codecs.BOM_UTF8 + data
        name = f"jsonl/feed-{i:03}.jsonl"
        w.file(name, data, "jsonl-container", "either")
        w.cases[-1:] = []
        for number, (line, expect, reasons) in enumerate(chosen, start=1):
            w.case(f"{name}:{number}", "jsonl", expect, *reasons)
    w.file("jsonl/empty.jsonl", b"", "jsonl-container", "either")
    w.cases[-1:] = []  # no lines: no input
    w.file("jsonl/blank-lines.jsonl", b"\n\n   \n\t\n", "jsonl-container", "either")
    w.cases[-1:] = []


_LAUGHS = "\n".join(
    ["lol0: &lol0 lol"]
    + [f"lol{n}: &lol{n} [{', '.join([f'*lol{n - 1}'] * 9)}]" for n in range(1, 10)]
)


def _front_matter(w: _Writer) -> None:
    bombs = [
        (f"{_LAUGHS}\npublished: *lol9\n", "reject", ("bad_field",)),
        (f"{_LAUGHS}\ntitle: *lol9\n", "reject", ("bad_field",)),
        (f"{_LAUGHS}\ngenre: *lol9\n", "reject", ("bad_field",)),
        (f"{_LAUGHS}\nauthor: *lol8\n", "reject", ("bad_field",)),
        (f"{_LAUGHS}\nunused: *lol9\ntitle: Fine\n", "store", ()),
        ("published: &a [*a]\n", "reject", ("bad_field",)),
        ("title: " + "[" * 20_000 + "]" * 20_000 + "\n", "reject", ("bad_front_matter",)),
        ("x: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n", "reject", ("bad_front_matter",)),
        ("".join(f"k{n}: v{n}\n" for n in range(20_000)), "reject", ("bad_front_matter",)),
        ("title: !!python/object/apply:os.system ['echo pwned']\n", "reject", ("bad_front_matter",)),
        ("title: !!binary aGVsbG8=\n", "reject", ("bad_field",)),
        ("base: &b {title: Merged}\n<<: *b\n", "store", ()),
        ("- a list\n- not a mapping\n", "reject", ("bad_front_matter",)),
        ("just a scalar\n", "reject", ("bad_front_matter",)),
        ("title: [unclosed\n", "reject", ("bad_front_matter",)),
        ("title: \"\\x00\\x07 control title\"\n", "store", ()),
        ("published: 2025-07-01\npublished: 2025-07-02\n", "either", ("bad_front_matter",)),
        ("? [complex, key]\n: value\n", "reject", ("bad_front_matter",)),
        ("title: " + "9" * 5000 + "\n", "reject", ("bad_front_matter", "bad_field")),
        ("genre: 5\n", "reject", ("bad_field",)),
    ]
    for i in range(len(bombs) * 2):
        yaml_text, expect, reasons = bombs[i % len(bombs)]
        w.file(f"frontmatter/bomb-{i:03}.txt", f"---\n{yaml_text}---\n{w.text(2)}".encode(), "front_matter",
               expect, *reasons)
    w.file("frontmatter/unclosed.txt", f"---\ntitle: no end fence\n{w.text(2)}".encode(), "front_matter", "store")
    w.file("frontmatter/only.txt", b"---\ntitle: only metadata\n---\n", "front_matter", "reject", "empty")


class _Archive:
    """A WARC written by warcio, gzip member per record."""

    count = 0  # record ids from a counter, not uuid4: the same seed writes the same bytes

    def __init__(self, gz: bool = True):
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gz)
        self._write(self.writer.create_warcinfo_record("hostile.warc.gz", {"software": "tests"}))

    def _write(self, record) -> None:
        _Archive.count += 1
        record.rec_headers.replace_header("WARC-Record-ID", f"<urn:uuid:00000000-0000-0000-0000-{_Archive.count:012}>")
        record.rec_headers.replace_header("WARC-Date", "2025-07-24T10:00:00Z")
        self.writer.write_record(record)

    def response(self, url: str, body: bytes, *, content_type: str = "text/html; charset=utf-8",
                 extra=(), status: str = "200 OK") -> "_Archive":
        headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                warc_headers_dict={"WARC-Date": "2025-07-24T10:00:00Z"})
        self._write(record)
        return self

    def bytes(self) -> bytes:
        return self.buffer.getvalue()


_BOMB = gzip.compress(b"\0" * 6_000_000, compresslevel=9, mtime=0)  # ~6 KB that open to 6 MB


def _gzip_member_bomb() -> bytes:
    """A raw gzip member holding a WARC record whose page is 6 MB of spaces after a short header."""
    page = b" " * 6_000_000
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    block = http + page
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bomb.example.com/\r\n"
              b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
              b"WARC-Date: 2025-07-24T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
              b"Content-Length: " + str(len(block)).encode() + b"\r\n\r\n" + block + b"\r\n\r\n")
    return gzip.compress(record, compresslevel=9, mtime=0)


def _web_archives(w: _Writer) -> None:
    member_bomb = _gzip_member_bomb()
    for i in range(48):
        variant = i % 12
        archive = _Archive(gz=variant != 5)
        archive.response(f"https://news.example.com/a/{i}", article_html(w.text(2)).encode())
        name = f"warc/crawl-{i:03}.warc" + (".gz" if variant != 5 else "")
        first = (f"{name}#2", "store", ())
        extra: list[tuple[str, str, tuple[str, ...]]] = []
        data = archive.bytes()
        if variant == 0:  # Content-Encoding: gzip bomb inside the HTTP payload
            archive.response("https://news.example.com/bomb", _BOMB, extra=[("Content-Encoding", "gzip")])
            data = archive.bytes()
            extra.append((f"{name}#3", "reject", ("too_large",)))
        elif variant == 1:  # a gzip member that opens to a 6 MB record
            data = data + member_bomb
            extra.append((f"{name}#3", "reject", ("too_large",)))
        elif variant in (2, 5):  # cut in the middle of the next record
            archive.response("https://news.example.com/next", article_html(w.text(2)).encode())
            full = archive.bytes()
            data = full[:len(data) + (len(full) - len(data)) * (3 + i % 5) // 10]
            extra.append((f"{name}#3", "reject", ("damaged_archive", "no_article", "too_large")))
        elif variant == 3:  # WARC headers that never end
            data = data + gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nX-Pad: " + b"a" * 2_000_000, mtime=0)
            extra.append((f"{name}#3", "reject", ("too_large", "damaged_archive")))
        elif variant == 4:  # garbage after a good record
            data = data + w.rng.randbytes(5000)
            extra.append((f"{name}#3", "reject", ("damaged_archive",)))
        elif variant == 6:  # a page full of scripts
            page = article_html(w.text(2), around="".join(_ATTACKS), head=f"<script>{MARK}</script>")
            archive.response("https://news.example.com/xss", page.encode())
            data = archive.bytes()
            extra.append((f"{name}#3", "store", ()))
        elif variant == 7:  # a record claiming more bytes than it has
            data = data + gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example.com/\r\n"
                                        b"Content-Type: application/http; msgtype=response\r\n"
                                        b"Content-Length: 900000\r\n\r\nHTTP/1.1 200 OK\r\n"
                                        b"Content-Type: text/html\r\n\r\n<html>", mtime=0)
            extra.append((f"{name}#3", "reject", ("damaged_archive", "no_article")))
        elif variant == 8:  # broken chunked transfer encoding
            archive.response("https://news.example.com/chunked", b"zz\r\n<html>broken chunks" + b"!" * 100,
                             extra=[("Transfer-Encoding", "chunked")])
            data = archive.bytes()
            extra.append((f"{name}#3", "either", ("no_article", "damaged_archive", "not_prose")))
        elif variant == 9:  # a binary body that says it is HTML
            archive.response("https://news.example.com/png", b"\x89PNG\r\n\x1a\n" + w.rng.randbytes(3000))
            data = archive.bytes()
            extra.append((f"{name}#3", "reject", ("binary",)))
        elif variant == 10:  # a broken deflate stream in Content-Encoding
            archive.response("https://news.example.com/deflate", b"\x78\x9c" + w.rng.randbytes(500),
                             extra=[("Content-Encoding", "deflate")])
            data = archive.bytes()
            extra.append((f"{name}#3", "either", ("no_article", "damaged_archive", "binary", "undecodable")))
        else:  # not HTML, not 200: skipped, no input
            archive.response("https://news.example.com/404", b"gone", status="404 Not Found")
            archive.response("https://news.example.com/img", b"GIF89a", content_type="image/gif")
            data = archive.bytes()
        w.file(name, data, "warc-container", "either")
        w.cases[-1:] = []
        for origin, expect, reasons in [first, *extra]:
            w.case(origin, "warc", expect, *reasons)
    w.file("warc/not-an-archive.warc", article_html(w.text(2)).encode(), "warc", "reject", "damaged_archive")
    w.file("warc/plain-gzip.warc.gz", gzip.compress(w.text(2).encode(), mtime=0), "warc", "reject", "damaged_archive")
    w.file("warc/empty.warc.gz", b"", "warc", "reject", "damaged_archive")
    w.file("warc/zlib-bomb.warc.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + zlib.compress(b"\0" * 100)[2:],
           "warc", "reject", "damaged_archive")


_INVISIBLE = ["\u202e", "\u202d", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069", "\u200b", "\u200c", "\u200d",
              "\u2060", "\ufeff", "\u00ad", "\u180e", "\u061c", "\u200e", "\u200f"]


def _invisible(w: _Writer) -> None:
    for i in range(56):
        words = w.text(2).split(" ")
        for _ in range(1 + i % 6):
            at = w.rng.randrange(len(words))
            words[at] = w.rng.choice(_INVISIBLE).join([words[at][:2], words[at][2:]])
        if i % 8 == 0:  # Trojan-source style: the line reads differently than it is stored
            words.insert(3, "\u202e\u2066 evil \u2069\u2066")
        w.file(f"invisible/bidi-{i:03}.txt", " ".join(words).encode(), "rtl_zero_width", "store")
    for i, only in enumerate(["\u200b" * 40, "\u202e\u202c" * 30, "\ufeff" * 10, "\u00ad\u200d" * 25]):
        w.file(f"invisible/only-{i}.txt", only.encode(), "rtl_zero_width", "reject", "empty")


_ASTRAL = ["😀", "👩‍👩‍👧‍👦", "🇯🇵", "👍🏽", "𝐉𝐚𝐩𝐚𝐧", "𠀀𠀁", "Z̷̡̛̙a̶̮͠l̷̨̛g̵̢̛o̶̡͝", "\U000E0041", "\U0010FFFD",
           "\uFFFE", "\uFFFF", "각", "a\u0301\u0302\u0303", "🏳️‍🌈", "\uFE0F" * 5, "𒀀𒀁𒀂", "\U0001F9D1\u200d\U0001F4BB"]


def _astral(w: _Writer) -> None:
    for i in range(56):
        words = w.text(2).split(" ")
        for _ in range(1 + i % 5):
            words.insert(w.rng.randrange(len(words)), w.rng.choice(_ASTRAL))
        if i % 7 == 0:
            words.insert(1, "Japan" + "😀" * 200)
        w.file(f"astral/emoji-{i:03}.txt", " ".join(words).encode(), "emoji_astral", "store")


def _empty(w: _Writer) -> None:
    blanks = [b"", b" ", b"\n" * 100, b"\t \r\n \r\n", "\u00a0".encode() * 10, "\u3000".encode() * 5,
              "\u2028\u2029".encode(), codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
              codecs.BOM_UTF8 + b"\n\n", b"\x0c\x0c\x0c", b"\r" * 50, " \n".encode() * 1000]
    for i in range(56):
        data = blanks[i % len(blanks)]
        suffix = [".txt", ".text", ".html", ".htm", ".text", ".xhtml"][i % 6]
        expect_reasons = ("empty", "no_article") if suffix in (".html", ".htm", ".xhtml") else ("empty",)
        w.file(f"empty/blank-{i:03}{suffix}", data, "empty_whitespace", "reject", *expect_reasons)
    w.file("empty/empty-body.html", b"<html><head><title>t</title></head><body>   </body></html>", "empty_whitespace",
           "reject", "no_article", "empty")


_MAGIC = [b"%PDF-1.7\n", b"PK\x03\x04", b"\x1f\x8b\x08", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a",
          b"\x7fELF\x02\x01", b"BZh91AY", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"SQLite format 3\x00",
          b"RIFF\x00\x00\x00\x00WEBP", b"ID3\x04\x00", b"OggS\x00", b"\x00asm\x01\x00", b"\xca\xfe\xba\xbe",
          b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c", b"\x28\xb5\x2f\xfd", b"MZ\x90\x00", b"\xcf\xfa\xed\xfe"]


def _binary(w: _Writer) -> None:
    suffixes = [".txt", ".html", ".htm", ".jsonl", ".text", ".xhtml", ".ndjson"]
    for i in range(80):
        magic = _MAGIC[i % len(_MAGIC)]
        suffix = suffixes[i % len(suffixes)]
        data = magic + w.rng.randbytes(200 + w.rng.randrange(4000))
        if suffix in (".jsonl", ".ndjson"):  # every line an input: too many to list; the file is checked whole
            data = data.replace(b"\n", b"")
        name = f"binary/renamed-{i:03}{suffix}"
        w.file(name, data, "binary_renamed", "reject", "binary", "undecodable", "bad_json")
        if suffix in (".jsonl", ".ndjson"):
            w.cases[-1] = Case(f"{name}:1", "binary_renamed", "reject", frozenset({"binary", "undecodable", "bad_json"}))
    for i in range(20):
        w.file(f"binary/random-{i:03}.txt", w.rng.randbytes(100 + i * 500), "binary_renamed", "reject", "binary",
               "undecodable")
    w.file("binary/rtf.txt", b"{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard " + w.text(2).encode() + b"\\par}",
           "binary_renamed", "either")


def _file_names(w: _Writer) -> None:
    names: list[str | bytes] = [b"names/latin1-\xe9\xff.txt", b"names/\xc3\x28bad.txt", "names/new\nline.txt",
                                "names/" + "n" * 200 + ".txt", "names/spaces and 'quotes' \"here\".txt",
                                "names/report\u202etxt.html", "names/-rf.txt", "names/..txt",
                                "names/caf\u00e9.txt", "names/cafe\u0301-nfd.txt", "names/😀.txt",
                                "names/semi;colon|pipe&amp.txt"]
    for name in names:
        text = w.text(2)
        suffix = (name if isinstance(name, str) else os.fsdecode(name)).rsplit(".", 1)[1]
        data = article_html(text).encode() if suffix == "html" else text.encode()
        w.file(name, data, "file_names", "store")


REASONS = {
    "empty": r"is empty|holds no text",
    "not_prose": r"without a space",
    "binary": r"not text|binary data|mostly control characters|contains NUL",
    "undecodable": r"invalid bytes|not valid UTF-8|no other encoding fits",
    "too_large": r"over the limit|compression bomb|over the [\d,]+ one document|headers run past",
    "no_article": r"no article text",
    "html_unparseable": r"HTML could not be parsed",
    "bad_front_matter": r"front matter",
    "bad_field": r"must be text|must be a date|not YYYY-MM-DD|is not one of news",
    "bad_json": r"not valid JSON|a JSON \w+, not an object|no 'text' or 'html' field",
    "damaged_archive": (r"not a web archive|not a WARC record|ends in the middle|archive ends|is not gzip"
                        r"|broken gzip|other records were not affected"),
}

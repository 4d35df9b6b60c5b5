"""Names as machine translation from Chinese renders them, in sentences written by this project.

Japanese and Korean officials reach English through their Chinese-character names read in
pinyin ("Shi Pomao" for 石破茂), Western names through sound ("Bei Sente"), and slips name a
former office holder instead of the current one. None of these forms is in the knowledge base.
"""

import pytest

import newsgraph
from newsgraph.model import ResolutionStatus

CASES = [
("South Korean President Li Zaiming said on Tuesday that Seoul would keep talking.",
 "2025-09-02", "Li Zaiming", "Lee Jae-myung"),
 ("South Korean President Yin Xiyue declared martial law on Tuesday night.",
  "2024-12-04", "Yin Xiyue", "Yoon Suk Yeol"),
 ("Taiwan leader Lai Qingde said on Monday the island would raise defence spending.",
  "2025-08-04", "Lai Qingde", "Lai Ching-te"),
 ("Japanese Prime Minister Shi Pomao said on Monday he would not resign.", "2025-07-21", "Shi Pomao", "Shigeru Ishiba"),
 ("Japanese Foreign Minister Yanwu Yi met his Chinese counterpart on Thursday.",
  "2025-03-20", "Yanwu Yi", "Takeshi Iwaya"),
 ("Chief Cabinet Secretary Lin Fangzheng told reporters on Friday that Tokyo was studying the letter.",
  "2025-07-11", "Lin Fangzheng", "Yoshimasa Hayashi"),
 ("Japanese Finance Minister Jiateng Shengxin met Bessent on Wednesday.",
  "2025-08-20", "Jiateng Shengxin", "Katsunobu Kato"),
 ("U.S. Secretary of State Pompeo said on Monday that Washington would support Tokyo.",
  "2025-06-02", "Pompeo", "Marco Rubio"),
 ("Japanese Prime Minister Kishida said on Monday that the tariffs were regrettable.",
  "2025-04-07", "Kishida", "Shigeru Ishiba"),
 ("U.S. Defense Secretary Austin called on allies to spend more at the Shangri-La Dialogue on Saturday.",
  "2025-05-31", "Austin", "Pete Hegseth"),
 ("Japanese Chief Cabinet Secretary Suga said on Tuesday the government would respond calmly.",
  "2025-07-08", "Suga", "Yoshimasa Hayashi"),
 ("Chinese Foreign Ministry spokesman Guo Jiakun said on Monday that Beijing opposed the move.",
  "2025-07-07", "Guo Jiakun", "Guo Jiakun"),
 ("Chinese Foreign Minister Wang Yi met Rubio in Kuala Lumpur on Friday.", "2025-07-11", "Wang Yi", "Wang Yi"),
 ("U.S. Trade Representative Grier said on Monday that talks with Tokyo were progressing.",
  "2025-06-30", "Grier", "Jamieson Greer"),
 ("Japanese Defense Minister Zhonggu Yuan met Hegseth in Tokyo on Sunday.",
  "2025-03-30", "Zhonggu Yuan", "Gen Nakatani"),
 ("Japanese Prime Minister Ishiba Shigeru said on Sunday that the talks would continue.",
  "2025-07-20", "Ishiba Shigeru", "Shigeru Ishiba"),
 ("Economic Revitalization Minister Chize Liangzheng left for Washington on Wednesday.",
  "2025-07-16", "Chize Liangzheng", "Ryosei Akazawa"),
 ("U.S. Treasury Secretary Bei Sente said on Tuesday that a deal with Japan was close.",
  "2025-07-22", "Bei Sente", "Scott Bessent"),
 ("U.S. Commerce Secretary Lu Teniker said on Thursday the tariffs would take effect.",
  "2025-07-31", "Lu Teniker", "Howard Lutnick"),
 ("White House spokeswoman Levitte said on Monday that the president had signed the order.",
  "2025-09-08", "Levitte", "Karoline Leavitt"),
 ("Taiwanese Premier Zhuo Rongtai said on Friday the cabinet would propose a special budget.",
  "2025-09-05", "Zhuo Rongtai", "Cho Jung-tai"),
 ("Korean Trade Minister Lü Hanjiu arrived in Washington on Tuesday.", "2025-07-22", "Lü Hanjiu", "Yeo Han-koo"),
 ("South Korean Prime Minister Jin Minxi said on Thursday that the government would act.",
  "2025-09-04", "Jin Minxi", "Kim Min-seok"),
 ("Former South Korean President Moon Jae-in said on Monday he would attend.",
  "2025-06-02", "Moon Jae-in", "Moon Jae-in"),
 ("Japan's Economy Minister Muto Yoji said on Tuesday that exports were hurt.", "2025-05-13", "Muto Yoji", "Yoji Muto"),
]


@pytest.mark.parametrize("text, published, written, person", CASES)
def test_machine_translated_names_resolve(text, published, written, person):
    record = newsgraph.analyze(text, published=published)
    [mention] = [m for m in record.mentions if m.text == written]
    assert mention.status is not ResolutionStatus.unresolved, mention.explanation
    assert mention.entity.name == person, mention.explanation


@pytest.mark.parametrize("text, published, written", [
    ("U.S. Secretary of State Pompeo said on Monday that Washington would support Tokyo.", "2025-06-02", "Pompeo"),
    ("Japanese Prime Minister Kishida said on Monday that the tariffs were regrettable.", "2025-04-07", "Kishida"),
    ("U.S. Defense Secretary Austin called on allies to spend more on Saturday.", "2025-05-31", "Austin"),
    ("Japanese Chief Cabinet Secretary Suga said on Tuesday the government would respond calmly.",
     "2025-07-08", "Suga"),
])
def test_every_wrong_person_slip_is_flagged(text, published, written):
    record = newsgraph.analyze(text, published=published)
    [mention] = [m for m in record.mentions if m.text == written]
    assert mention.status is ResolutionStatus.conflict
    assert mention.alternatives and mention.alternatives[0].score == 1.0

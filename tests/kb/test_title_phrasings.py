"""Office titles as the data files write them. A title with commas ("Minister of Culture, Sports
and Tourism") must be quoted in a YAML flow list, or it is split into fragments ("Minister of
Culture", "Sports and Tourism") that make field words title heads and link them to ministers."""

import re

from newsgraph.resolve.titles import title_heads

_CUT_AFTER = re.compile(r"\b(of|for)\s+\S+$")


def test_no_office_title_is_a_fragment_of_a_title_split_at_a_comma(kb):
    heads = title_heads(p.name for p in kb.positions.values())
    fragments = []
    for position in kb.positions.values():
        titles = position.titles.get("en", [])
        written = [position.name.lower(), *(t.lower() for t in titles)]
        for before, title in zip(titles, titles[1:], strict=False):
            joined = f"{before}, {title}".lower()
            no_head = not set(title.lower().split()) & heads
            # "Women" before "Family and Community Development Minister": the field words before
            # the first comma of "Women, Family and … Minister", left without the title's noun (and
            # without an "of" phrase: "director-general of the … Bureau" is a title whole).
            field_before = not set(before.lower().split()) & heads and " of " not in before.lower() \
                and " and " in title \
                and bool(set(title.lower().split()) & heads)
            if any(joined in w for w in written) or no_head and " and " in title and _CUT_AFTER.search(before) \
                    or field_before:
                fragments.append((position.id, before, title))
    assert not fragments


def test_no_office_title_makes_the_generic_noun_official_a_title(kb):
    """"The official said" refers back to the office holder named before it (role_nouns.tsv); a title
    written as "the Pentagon's top public affairs official" would make every "official" that office."""
    ending = [(p.id, t) for p in kb.positions.values() for t in p.titles.get("en", [])
              if t.lower().split()[-1] in ("official", "officials")]
    assert not ending

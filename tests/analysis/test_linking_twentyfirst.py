"""Twenty-first round of person resolution on unseen reports (issue #11): a full name one slipped
letter away from a known person's, in long parts, is that person even out of office (a
candidate before an election, a minister the day before taking office); a family name a leader
shares with a relative is the leader's. The sentences are this project's own."""

from __future__ import annotations

from datetime import date

from tests.analysis.linked_people import record_of

from newsgraph.kb.loader import load_kb
from newsgraph.kb.schema import KbFile, Person
from newsgraph.resolve.resolver import Resolver, RoleHint
from newsgraph.resolve.titles import TitleIndex
from newsgraph.settings import Settings


def _people(analyzer, text: str, day: str) -> dict[str, tuple[str | None, str]]:
    return {m.text: (m.entity.name if m.entity else None, m.status.value)
            for m in record_of(analyzer, text, day).mentions}


def test_a_candidates_name_with_a_slipped_letter_in_two_parts_is_that_candidate(analyzer):
    """Before he took office Asfura held none: a slip in both of his names still names him, and the
    family name alone later follows."""
    text = ("The count in Honduras stalled on Monday, with the conservative candidate Nasri Asfora "
            "narrowly ahead. Asfora called for calm.")
    people = _people(analyzer, text, "2025-12-01")
    assert people["Nasri Asfora"] == ("Nasry Asfura", "corrected")
    assert people["Asfora"][0] == "Nasry Asfura"


def test_a_slipped_syllable_of_a_short_given_name_is_someone_else(analyzer):
    """A one-letter difference in a short syllable of a given name is another person's name, not a slip: an
    unknown name that close to a known one out of office stays the name the report wrote."""
    text = "The committee heard from Bahk Jae-wen, a researcher, on Tuesday."
    people = _people(analyzer, text, "2025-06-10")
    assert people["Bahk Jae-wen"] == ("Bahk Jae-wen", "unresolved")


def test_a_family_name_a_leader_shares_with_a_relative_is_the_leader_under_a_stray_title():
    """A headline run together reads "Venezuela Former President Trump". With a relative who bears
    the family name too, the bearer in office then is meant, not a wrong name for Venezuela's
    former president."""
    relative = Person(id="tiffany-trump", name="Tiffany Trump", family="Trump", given="Tiffany", gender="female")
    kb = load_kb(Settings(), extra=[("relatives", KbFile(persons=[relative]))])
    resolver = Resolver(kb)
    titles = TitleIndex(kb)
    title = "Venezuela Former President"
    role = RoleHint(tuple((p, s) for p, s, _ in titles.score(title, "VE")), "former", title, "VE",
                    after_name=True)
    link = resolver.resolve("Trump", date(2026, 1, 5), role)
    assert (link.status.value, link.entity) == ("exact", "donald-trump")


def test_a_headlines_bare_title_is_the_holder_the_lines_below_name(analyzer):
    """A headline writes "Defence Minister" without a name; the report names him below it."""
    text = ("Defence Minister inspects new drone line\n\nDenys Shmyhal toured a drone factory in central "
            "Ukraine on Thursday with officials from Denmark and Poland, the ministry said.")
    people = _people(analyzer, text, "2025-09-05")
    assert people["Defence Minister"][0] == "Denys Shmyhal"


def test_a_headlines_bare_title_is_not_a_deputy_named_below(analyzer):
    """The rank is part of the title: a deputy foreign minister named below is no "Foreign Minister"."""
    text = ("Foreign Minister to travel to Tokyo\n\nDeputy Foreign Minister Sergei Ryabkov said on Tuesday "
            "that the visit would take place in the autumn.")
    people = _people(analyzer, text, "2025-06-10")
    assert people.get("Foreign Minister", (None,))[0] != "Sergei Ryabkov"


def test_a_role_phrase_the_press_uses_refers_back_to_the_holder_named_before(analyzer):
    """"The presidential aide" is how the press calls an Aide to the President: the person named
    before whose office the press calls so, though the office's own name reads otherwise."""
    text = "Yuri Ushakov spoke to reporters on Monday. The presidential aide said the talks would go on."
    people = _people(analyzer, text, "2025-08-04")
    assert people["The presidential aide"][0] == "Yuri Ushakov"


def test_a_one_word_title_is_not_read_by_the_press_names_of_other_offices(analyzer):
    """A bare "the president" after a city's mayor, whose office the press also calls "president",
    is not the mayor: a one-word title is read only by the offices' own names."""
    text = ("Karol Nawrocki narrowly beat Warsaw Mayor Rafał Trzaskowski in the run-off. "
            "Under the constitution the president can veto laws passed by parliament.")
    people = _people(analyzer, text, "2025-06-03")
    assert people.get("the president", (None,))[0] != "Rafał Trzaskowski"

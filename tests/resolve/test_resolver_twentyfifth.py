"""Twenty-fifth round of person resolution (issue #11): namesakes of another era do not make a bare
family name ambiguous. The names are real office holders."""

from __future__ import annotations

from datetime import date


def test_a_founding_president_does_not_make_todays_namesake_ambiguous(resolver):
    """Jomo Kenyatta (president until 1978) and Uhuru Kenyatta (until 2022): in 2025 a bare
    "Kenyatta" is the one of this era; counted with his father it was left unresolved."""
    link = resolver.resolve("Kenyatta", date(2025, 6, 10))
    assert link.entity == "uhuru-kenyatta"


def test_in_its_own_era_the_bare_name_is_the_older_namesake(resolver):
    link = resolver.resolve("Kenyatta", date(1970, 3, 1))
    assert link.entity == "jomo-kenyatta"


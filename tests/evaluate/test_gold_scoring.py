"""The real-report scorer counts every place a gold mention is written: a place where no person
mention was found is a miss, not left out of persons.occurrences (issue #11)."""

import yaml

from newsgraph.evaluate.gold import score_gold

TEXT = ("Prime Minister Narendra Modi spoke to reporters on Monday. Later Narendra Modi left for Delhi. "
        "The Changhua county fair opened. Zorblat Quenn, a visitor, praised it.")


def _score(tmp_path, analyzer, persons):
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text(yaml.safe_dump([{"id": "doc", "published": "2025-06-02", "persons": persons}]),
                    encoding="utf-8")
    return score_gold(gold, tmp_path, analyzer)


def test_a_name_inside_a_longer_person_mention_is_scored_there(tmp_path, analyzer):
    report = _score(tmp_path, analyzer, [{"mention": "Modi", "person": "Narendra Modi", "kind": "correct"}])
    assert (report.correct["persons.occurrences"], report.totals["persons.occurrences"]) == (2, 2), report.failures


def test_a_place_where_no_person_was_found_counts_as_a_miss(tmp_path, analyzer):
    report = _score(tmp_path, analyzer, [{"mention": "Quenn", "person": "Nobody Known", "kind": "correct"},
                                         {"mention": "Chang", "person": "Nobody Known", "kind": "correct"}])
    correct, total = report.correct["persons.occurrences"], report.totals["persons.occurrences"]
    assert correct == 0 and total >= 1, report.failures
    # "Chang" is written only inside "Changhua": no place of the mention at all.
    assert any("'Chang' not found" in f for f in report.failures), report.failures


def test_the_same_name_in_another_romanisation_is_the_same_person(analyzer):
    from newsgraph.evaluate.gold import _same_person
    kb = analyzer.kb
    assert _same_person("Yuri Ushakov", "Yuriy Ushakov", kb)
    assert not _same_person("Kim Min-seok", "Kim Min-sik", kb)  # two people, one letter apart
    assert not _same_person("Donald Trump", "Melania Trump", kb)


def test_a_person_the_knowledge_base_lacks_counts_apart_when_the_whole_name_is_kept(tmp_path, analyzer):
    report = _score(tmp_path, analyzer, [{"mention": "Zorblat Quenn", "person": "Zorblat Quenn", "kind": "correct"},
                                         {"mention": "Narendra Modi", "person": "Narendra Modi", "kind": "correct"}])
    strict = (report.correct["persons.occurrences"], report.totals["persons.occurrences"])
    kept = (report.correct["persons.occurrences_or_kept"], report.totals["persons.occurrences_or_kept"])
    assert strict == (2, 3), report.failures  # Modi twice; the unknown visitor cannot be linked
    assert kept == (3, 3), report.failures  # ... but keeping his whole name unresolved is right


def test_a_name_linked_to_somebody_else_is_no_kept_name(tmp_path, analyzer):
    # The gold person is unknown, but the mention was linked (to Modi): a miss in both counts.
    report = _score(tmp_path, analyzer, [{"mention": "Narendra Modi", "person": "Someone Else", "kind": "correct"}])
    assert report.correct["persons.occurrences_or_kept"] == report.correct["persons.occurrences"] == 0


def test_a_half_or_quarter_of_a_year_scores_as_the_months_it_covers(tmp_path, analyzer):
    # Written by this project: a half-year value ("2025-H1") once crashed the scorer.
    (tmp_path / "doc.txt").write_text("Growth slowed in the first half of 2025 and picked up in the third "
                                      "quarter of 2025, early in the first half of 2026 as well.", encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text(yaml.safe_dump([{"id": "doc", "published": "2025-11-02", "dates": [
        {"quote": "the first half of 2025", "value": "2025-01/2025-06"},
        {"quote": "the third quarter of 2025", "value": "2025-07/2025-09"}]}]), encoding="utf-8")
    report = score_gold(gold, tmp_path, analyzer)
    assert (report.correct["dates"], report.totals["dates"]) == (2, 2), report.failures


def test_period_values_and_qualified_periods():
    from newsgraph.analysis.times import part_interval, period_interval
    assert period_interval("2025-H2") == "2025-07/2025-12"
    assert period_interval("2024-Q1") == "2024-01/2024-03"
    assert period_interval("2025-06") is None and period_interval("2025-SU") is None
    assert part_interval("2025-H1", "early") is None  # no month to split: no crash, no interval
    assert part_interval("2025-06", "late") == "2025-06-21/2025-06-30"

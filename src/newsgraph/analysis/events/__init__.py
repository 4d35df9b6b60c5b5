"""Event coding: who did what to whom in a sentence, typed in PLOVER.

The entry point is `code_events(sentence, countries)`, which returns `CodedEvent` records;
`main_event` picks the one a sentence is about and `plover_type` names a record's type. The
modules below are the parts: the trigger lexicon (`lex`, read from `data/event_*.tsv`), triggers
(`triggers`), actors (`actors`), modality (`modality`) and the records they share (`parts`).
"""

from newsgraph.analysis.events.code import code_events, main_event, plover_type
from newsgraph.analysis.events.parts import CodedEvent, CountryLookup

__all__ = ["CodedEvent", "CountryLookup", "code_events", "main_event", "plover_type"]

"""Which country an actor phrase stands for: country words, office holders, organisations."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.kb.index import KnowledgeBase
from newsgraph.text.names import normalize


def country_lookup(kb: KnowledgeBase) -> Callable[[str], str | None]:
    """An actor-phrase → ISO alpha-2 lookup built on the knowledge base.

    It tries runs of up to six words from the phrase, longest first and left to right ("Senior
    Hungarian officials" → HU, "Militants loyal to Iraq's Al-Qaeda frontman" → IQ, "the
    Democratic People's Republic of Korea" → KP, not KR), each as a country word (name,
    adjective, possessive, capital, metonym, or a plural demonym: "Palestinians"), then as a
    person the knowledge base knows to have held office in one polity only ("President Bill
    Clinton" → US), then as an organisation with a country.
    """
    def lookup(phrase: str) -> str | None:
        words = phrase.replace("’", "'").split()
        while words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        for size in range(min(6, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                found = _country(kb, " ".join(words[start:start + size]))
                if found:
                    return found
        return None
    return lookup


def _country(kb: KnowledgeBase, text: str) -> str | None:
    """The country a run of words names or belongs to, if the knowledge base can tell."""
    text = text.strip(",.;:()\"'`")
    if not text:
        return None
    forms = [text, text[:-2] if text.endswith("'s") else "", text.replace("-", " ")]
    if text.endswith("s") and text[:1].isupper():
        forms.append(text[:-1])  # plural demonyms: "Palestinians", "Israelis"
    for form in filter(None, forms):
        found = kb.countries_for(form)
        if found:
            return found[0][0]
    if not text[:1].isupper():
        return None
    polities = {kb.positions[t.position].polity for f in kb.persons_named(text)
                for t in kb.terms(f.entity) if t.position in kb.positions}
    if len(polities) == 1:
        return polities.pop()
    orgs = {kb.organizations[o].country for o in kb.org_names.get(normalize(text), [])} - {None}
    return orgs.pop() if len(orgs) == 1 else None

"""Every attribute newsgraph's components add to a spaCy Doc, registered once, here.

Two are inputs the Analyzer sets on each Doc before the pipeline runs (`INPUTS`): the
publication date that times are anchored to and the genre the claim finder reads. The rest are
assigned by one component each and read by the components after it; the factories declare them
in `assigns` and `requires`, and `nlp.analyze_pipes()` checks the order (see tests).
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["ATTRIBUTES", "INPUTS", "keep_text", "text_of"]

# Set by the Analyzer before the pipeline runs.
INPUTS = {
    "ng_published": "the publication date (datetime.date) times are anchored to, or None",
    "ng_genre": "the document's genre (news, opinion, …) as a string",
}
# Assigned by a component.
ATTRIBUTES = {
    "ng_roles": "newsgraph.roles.v1: office titles and whom they describe",
    "ng_mentions": "newsgraph.mentions.v1: actor mentions (re-ordered by newsgraph.link.v1)",
    "ng_times": "newsgraph.times.v1: normalised time expressions",
    "ng_links": "newsgraph.link.v1: the knowledge-base link of each mention, aligned with ng_mentions",
    "ng_observations": "newsgraph.observations.v1: typed indicator observations",
    "ng_claims": "newsgraph.claims.v1: quotes, reported speech and attributions",
    "ng_events": "newsgraph.events.v1: PLOVER-coded events with linked actors",
}

for _name in (*INPUTS, *ATTRIBUTES):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def keep_text(doc: Doc, text: str) -> Doc:
    """Record the text a Doc was made from, which `text_of` then returns without a join (a Doc's
    text is its source text: spaCy's tokenizer loses no character)."""
    doc.user_data["newsgraph.text"] = text
    return doc


def text_of(doc: Doc) -> str:
    """The Doc's text, read once: `Doc.text` joins every token anew on each access, and each
    component scans the whole text (about a tenth of the analysis time went to re-joining it)."""
    text = doc.user_data.get("newsgraph.text")
    if text is None:
        text = doc.user_data["newsgraph.text"] = doc.text
    return text

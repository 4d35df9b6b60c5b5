"""The components' contract with spaCy: declared requires/assigns, KB in initialize(), tunables."""

import re
from pathlib import Path

import pytest
import spacy

from newsgraph.analysis import components, extensions
from newsgraph.analysis.pipeline import COMPONENTS, make_pipeline
from newsgraph.kb.loader import load_kb
from newsgraph.model import Document, Precision, PublishedDate
from newsgraph.settings import Settings

# spaCy's attribute_ruler sets token.pos from the tagger's tags without declaring it; the model test
# below checks that the model really does set it.
UNDECLARED_BY_THE_MODEL = {"token.pos"}
INPUTS = {f"doc._.{name}" for name in extensions.INPUTS}
TEXT = ("On June 16, Japanese Prime Minister Shigeru Ishiba met U.S. President Donald Trump in Canada. "
        "Tariffs rose 25% last year, he said.")


def test_every_requirement_is_assigned_by_an_earlier_component(analyzer):
    problems = analyzer.nlp.analyze_pipes(pretty=False)["problems"]
    for name, missing in problems.items():
        assert set(missing) <= UNDECLARED_BY_THE_MODEL | INPUTS, (name, missing)
    assert analyzer.nlp("Tokyo is big.").has_annotation("POS")


def test_a_component_declares_every_doc_attribute_it_reads_or_writes(analyzer):
    folder = Path(components.__file__).parent
    for name, factory in COMPONENTS.items():
        meta = analyzer.nlp.get_pipe_meta(name)
        declared = set(meta.requires) | set(meta.assigns)
        module = next(p for p in folder.glob("*.py") if f'"{factory}"' in p.read_text())
        used = {f"doc._.{attr}" for attr in re.findall(r"doc\._\.(ng_\w+)", module.read_text())}
        assert used <= declared, (name, used - declared)
        assert used or name == "newsgraph.names.v1", name  # the scan finds what it looks for


def test_every_assigned_attribute_is_set_and_registered_once(analyzer):
    published = PublishedDate(value="2025-06-20", precision=Precision.day)
    doc = analyzer.annotate(Document(text=TEXT, published=published))
    for name in extensions.ATTRIBUTES:
        assert getattr(doc._, name) is not None, name
    assigned = {a for n in COMPONENTS for a in analyzer.nlp.get_pipe_meta(n).assigns if a.startswith("doc._.")}
    assert assigned == {f"doc._.{name}" for name in extensions.ATTRIBUTES}
    source = "\n".join(p.read_text() for p in Path(components.__file__).parent.glob("*.py"))
    assert "set_extension" not in source


def test_tunables_are_factory_settings(analyzer):
    link = analyzer.nlp.get_pipe("newsgraph.link.v1")
    defaults = analyzer.nlp.config["components"]["newsgraph.link.v1"]
    assert defaults["sound_alike"] == link.sound_alike == 0.8
    assert defaults["transition_days"] == link.transition.days == 45
    tuned = make_pipeline(load_kb(Settings()), config={"newsgraph.link.v1": {"sound_alike": 0.9}})
    assert tuned.get_pipe("newsgraph.link.v1").sound_alike == 0.9


def test_components_need_the_knowledge_base_in_initialize():
    nlp = spacy.blank("en")
    linker = nlp.add_pipe("newsgraph_link_v1")
    with pytest.raises(TypeError, match="kb"):
        linker.initialize(lambda: [], nlp=nlp)
    with pytest.raises(RuntimeError, match="initialize"):
        linker(nlp("Tokyo."))


def test_components_read_the_text_once_through_text_of(analyzer):
    """`Doc.text` re-joins every token on each access; the components share one read of it."""
    published = PublishedDate(value="2025-06-20", precision=Precision.day)
    doc = analyzer.annotate(Document(text=TEXT, published=published))
    assert doc.user_data["newsgraph.text"] == doc.text == TEXT
    source = "\n".join(p.read_text() for p in Path(components.__file__).parent.glob("*.py"))
    code = [line.split("#")[0] for line in source.splitlines()]  # comments may name it
    assert not [line for line in code if "doc.text" in line]

"""Analysis: a spaCy pipeline with newsgraph's components, turning Documents into records."""

from newsgraph.analysis.analyzer import Analyzer, Failure

__all__ = ["Analyzer", "Failure"]

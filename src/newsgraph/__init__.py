"""newsgraph: who did what to whom, when, who said what, and which numbers moved — from news reports."""

from newsgraph.analysis import Analyzer
from newsgraph.api import analyze, ingest
from newsgraph.errors import NewsgraphError
from newsgraph.model import AnalysisRecord, Document
from newsgraph.settings import Settings
from newsgraph.store import Store

__version__ = "0.1.0"

__all__ = ["AnalysisRecord", "Analyzer", "Document", "NewsgraphError", "Settings", "Store", "analyze", "ingest"]

"""Evaluation against published gold sets (TempEval-3 time expressions, …)."""

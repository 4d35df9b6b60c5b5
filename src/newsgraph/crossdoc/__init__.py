"""The cross-document picture: findings (contradictions, name conflicts, alerts), clusters, series."""

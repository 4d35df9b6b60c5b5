"""Resolution: which knowledge-base entity a mention means, with the evidence."""

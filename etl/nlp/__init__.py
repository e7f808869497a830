"""parley's spaCy pipeline: the English model plus parley's registered components."""

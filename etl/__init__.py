"""parley's extract-transform-load layer: sources, cleaning, NLP, extraction, loading, refresh."""

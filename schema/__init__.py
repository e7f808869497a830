"""parley's relational schema: SQLAlchemy 2 typed models, the store's configuration and errors."""

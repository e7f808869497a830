"""Learned weights shipped with parley (etl/nlp/issue_model.py reads issue_model.json)."""

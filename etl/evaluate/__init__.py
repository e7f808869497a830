"""Score extractions against gold annotations (`shared/gold/README.md`, "Scoring rules").

`score_document(gold, pred, text)` scores one document, `aggregate(scores)` micro-averages,
`evaluate(paths, extract, root)` runs an extractor over gold files; `parley evaluate` wraps it.

Choices the README leaves open, made here:

- Names: punctuation and symbols are removed and every dash separates tokens; a name
  that normalises to nothing matches nothing. Names that refer to actors (speakers,
  participants, hosts) may match through the aliases their own side's `actors` give.
- As attributes, two missing names agree: an unattributed statement predicted
  unattributed has the right speaker, a meeting with no host predicted without one has
  the right host. Two missing countries agree the same way (country accuracy).
- Role accuracy: right when the predicted roles share at least one code with the gold's
  accepted codes (a gold person without roles wants none).
- Meeting dates: a gold meeting without a date accepts any predicted date (the coder
  could not date it); a dated gold meeting is not matched by an undated prediction.
  `date_accuracy` over matched meetings asks for the same day (both missing counts).
- Location accuracy: place names match or the location countries are equal; a gold
  meeting with no location wants none predicted.
- Statements are paired once, on text; `statements` (the headline) counts pairs that are
  both direct with matching speakers, `statement_texts` counts text matches alone,
  `indirect_recall` is the share of gold reported speech matched by predicted reported speech.
- Leaks: a predicted actor of any kind matching a `must_not_extract` name is one false
  person and one leak, and is not paired with gold.
- Pair scores (the README fixes only the meetings'): persons rank by name match (equal >
  alias > subset), then same country, then right role; statements by how many of
  speaker and direct/indirect agree, then token-set Jaccard; meetings by Jaccard +
  participant F1, then same day. Ties go to non-optional gold, then to document order.
- Meeting status: only held meetings are scored (a meeting without `status` is held). A
  predicted planned or cancelled meeting is neither a match nor a false positive; a gold one
  (listed with its `status`) is required of no one. Errors reported per class: meetings
  `planned_as_held`, `held_as_planned`, `duplicates`; statements `speaker_country_accuracy`
  (over text matches whose gold speaker is a listed actor) and `target_accuracy` (over text
  matches where either side names a target).
- With nothing to find and nothing found, precision and recall are 1.0 (F1 1.0).
- Texts: `path` is preferred to `corpus`; `quote_span` offsets are into that text as
  `etl.sources` reads it (for a `.txt`, after its title line).
"""

from __future__ import annotations

from etl.evaluate.gold import corpus_name, gold_files, load_document, read_gold
from etl.evaluate.metrics import (
    CATEGORIES,
    HEADLINE_CATEGORIES,
    CategoryScore,
    Counts,
    DocScore,
    Metrics,
    Miss,
    Tally,
    aggregate,
)
from etl.evaluate.names import name_match, name_tokens, text_tokens, texts_match
from etl.evaluate.run import Extract, Report, default_extract, evaluate, saved_predictions
from etl.evaluate.score import score_document

__all__ = [
    "corpus_name",
    "CATEGORIES",
    "HEADLINE_CATEGORIES",
    "CategoryScore",
    "Counts",
    "DocScore",
    "Extract",
    "Metrics",
    "Miss",
    "Report",
    "Tally",
    "aggregate",
    "default_extract",
    "evaluate",
    "gold_files",
    "load_document",
    "name_match",
    "name_tokens",
    "read_gold",
    "saved_predictions",
    "score_document",
    "text_tokens",
    "texts_match",
]

"""Where sentences and tokens break before parsing: a paragraph break always ends a sentence, and a
quotation mark glued between punctuation and a word (`direction,"Carlucci`) is a token of its own."""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex
from thinc.types import Ints2d

from schema.errors import ConfigError

# The version of this stage's output, recorded in the pipeline version of every extraction. Bump it
# when what the stage produces changes (tests/etl/nlp/test_component_versions.py fails otherwise); never for
# refactoring, formatting or comments, which must leave the output as it was.
VERSION = "3"

# `word,"Word` / `word."Word`: the punctuation and the opening quotation mark split off (spaCy's own
# infixes only split a comma or period between two letters).
GLUED_QUOTE_INFIXES = (
    r'(?<=[A-Za-z0-9])[,.;:!?](?=")',
    r'(?<=[,.;:!?])"(?=[A-Za-z])',
)


@Language.component("parley_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line (a whitespace token holding two line breaks): news
    paragraphs never continue a sentence, though the parser sometimes joins them."""
    starts = [tok.i + 1 for tok in doc[:-1] if tok.is_space and tok.text.count("\n") >= 2]
    # Reuters capitalises the word after "U.S." ("The U.S. And Kuwait have been negotiating", "the U.S. Was
    # unwilling"): a function word so written continues the sentence (round 26: the parser cut it there).
    # So does a state office or title ("his conversation with U.S. Treasury Secretary James Baker": round 32).
    inside = [tok.i + 1 for tok in doc[:-1] if tok.text in DOTTED_STATES and doc[tok.i + 1].text in CONTINUING_WORDS]
    if starts or inside:
        # One array write: the `is_sent_start` setter checks the whole doc for a parse on each call,
        # which made this rule quadratic on long texts.
        # spaCy's stubs type `to_array` as float64; it returns the attributes' (n, 1) integer array.
        values = numpy.asarray(doc.to_array([SENT_START])).astype(numpy.int64)
        values[starts] = 1
        values[inside] = -1  # not a sentence start
        doc.from_array([SENT_START], cast(Ints2d, values.view(numpy.uint64)))  # -1 travels as its two's complement
    return doc


# Abbreviated state names written with dots, and the function words Reuters capitalises after them that do not
# open a sentence of their own (not "In", "At", "On": "... friction with the U.S. At the talks, he ...").
DOTTED_STATES = frozenset({"U.S.", "U.K.", "U.S.S.R.", "U.A.E."})
CAPITALISED_FUNCTION_WORDS = frozenset(
    "And Or Nor Was Were Is Are Has Have Had Will Would Could Should Can Must Did Does Said Says Of Into".split()
)


# Offices and titles of a state that follow its dotted name ("U.S. Treasury Secretary", "U.K. Trade Minister"): the
# name qualifies them, so no sentence ends between the two.
STATE_OFFICE_WORDS = frozenset(
    "Treasury Secretary Trade Commerce Agriculture Ambassador Embassy Congress Congressional Senate Senator Senators "
    "Defense State Federal Government Administration Department Navy Army Envoy Delegation Delegate Negotiator "
    "Negotiators Undersecretary Under Assistant Deputy Attorney Customs Official Officials Representative Energy "
    "Labor Justice Interior Foreign Minister Chancellor President".split()
)
CONTINUING_WORDS = CAPITALISED_FUNCTION_WORDS | STATE_OFFICE_WORDS


def add_text_units(nlp: Language) -> None:
    """Add the glued-quote infixes to the tokenizer and the paragraph rule before the parser."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise ConfigError(f"the model's tokenizer is a {type(tokenizer).__name__}, not spaCy's Tokenizer")
    tokenizer.infix_finditer = compile_infix_regex(
        list(nlp.Defaults.infixes or ()) + list(GLUED_QUOTE_INFIXES)
    ).finditer
    if "parley_paragraphs" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe("parley_paragraphs", before=before)
        else:
            nlp.add_pipe("parley_paragraphs", first=True)

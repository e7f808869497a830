"""Where sentences and tokens break before parsing: a paragraph break always ends a sentence, and a
quotation mark glued between punctuation and a word (`direction,"Carlucci`) is a token of its own."""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

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
    if starts:
        # One array write: the `is_sent_start` setter checks the whole doc for a parse on each call,
        # which made this rule quadratic on long texts.
        values = doc.to_array([SENT_START])
        values[starts] = 1
        doc.from_array([SENT_START], values)
    return doc


def add_text_units(nlp: Language) -> None:
    """Add the glued-quote infixes to the tokenizer and the paragraph rule before the parser."""
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        list(nlp.Defaults.infixes or ()) + list(GLUED_QUOTE_INFIXES)
    ).finditer
    if "parley_paragraphs" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe("parley_paragraphs", before=before)
        else:
            nlp.add_pipe("parley_paragraphs", first=True)

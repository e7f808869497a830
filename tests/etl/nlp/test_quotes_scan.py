"""Quotation scanning (`etl.nlp.quote_scan`): marks, paragraphs, unbalanced text. No model needed."""

from __future__ import annotations

from etl.nlp.quote_scan import MAX_UNCLOSED_CHARS, paragraph_starts, scan_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quotes(text)]


def test_two_quotations_around_a_cue_are_two_spans() -> None:
    assert quoted('"We agree," he said. "We will sign."') == ["We agree,", "We will sign."]


def test_curly_marks_and_apostrophes() -> None:
    text = "“It was Iran’s idea,” he said. The country’s envoy agreed."
    assert quoted(text) == ["It was Iran’s idea,"]


def test_curly_marks_normalised_to_straight_give_the_same_spans() -> None:
    curly = "The envoy said “talks were useful” and left. “We will return,” he added."
    straight = curly.replace("“", '"').replace("”", '"')
    assert [(q.start, q.end) for q in scan_quotes(curly)] == [(q.start, q.end) for q in scan_quotes(straight)]


def test_latex_style_marks() -> None:
    assert quoted("He said ``we are ready'' on Monday.") == ["we are ready"]


def test_multi_paragraph_quotation_gives_one_span_per_paragraph_chained() -> None:
    text = 'He said: "First part.\n\n"Second part.\n\n"Last part," he added.\n\nNo quote here.'
    spans = scan_quotes(text)
    assert [text[q.start : q.end] for q in spans] == ["First part.", "Second part.", "Last part,"]
    assert [q.continues for q in spans] == [False, True, True]
    assert [q.paragraph for q in spans] == [0, 1, 2]


def test_flattened_paragraphs_split_where_a_new_quotation_opens_after_a_full_stop() -> None:
    text = 'He added: "They need to move quickly. "Children will suffer. We must act."'
    spans = scan_quotes(text)
    assert [text[q.start : q.end] for q in spans] == [
        "They need to move quickly.",
        "Children will suffer. We must act.",
    ]
    assert spans[1].continues


def test_unclosed_quotation_stops_at_its_paragraph() -> None:
    text = 'The minister said: "We refuse this plan.\n\nThe talks ended.\n\n"Nothing was agreed," the envoy said.'
    assert quoted(text) == ["We refuse this plan.", "Nothing was agreed,"]
    assert not scan_quotes(text)[1].continues


def test_long_unclosed_quotation_is_cut_at_its_sentence() -> None:
    filler = "The delegates met again. " * (MAX_UNCLOSED_CHARS // 20)
    text = 'He said "we refuse this plan. ' + filler
    (span,) = scan_quotes(text)
    assert text[span.start : span.end] == "we refuse this plan."


def test_lone_closing_mark_recovers_the_sentence_before_it() -> None:
    text = 'He said it was "naive" of them. The French want to sell arms; the Chinese want to buy them."'
    assert quoted(text) == ["naive", "The French want to sell arms; the Chinese want to buy them."]
    assert scan_quotes(text)[1].open_mark is None


def test_mark_followed_by_a_space_still_opens() -> None:
    assert quoted('The plan was " a worrying issue" for Japan.') == ["a worrying issue"]


def test_single_quotation_marks_but_not_apostrophes() -> None:
    text = "Officials called it 'a step forward' though the envoys' report disagreed and Iran's did not."
    assert quoted(text) == ["a step forward"]


def test_single_marks_inside_double_quotation_are_not_separate() -> None:
    text = "\"They called it 'a disaster', and we agree,\" he said."
    assert quoted(text) == ["They called it 'a disaster', and we agree,"]


def test_texts_without_quotations() -> None:
    assert scan_quotes("") == []
    assert scan_quotes("word") == []
    assert scan_quotes('"') == []
    assert scan_quotes('""') == []


def test_paragraph_starts() -> None:
    assert paragraph_starts("a\n\nb\nc") == [0, 3, 5]
    assert paragraph_starts("") == [0]


def test_newswire_doubled_apostrophe_is_not_a_quotation_mark() -> None:
    # Reuters 1987 text writes quotations with `` and '' and some apostrophes as '' too
    # ("the company''s shares"): that one must neither close nor open a quotation.
    text = "``We will act,'' he said. ``But the company''s shares are not for sale.''"
    assert quoted(text) == ["We will act,", "But the company''s shares are not for sale."]

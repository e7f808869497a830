"""`parley extract`: print the extraction of articles as gold-shaped JSON Lines or as tables."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from parley.cli.app import app, console, err_console, escape_controls, notice
from parley.cli.options import Dictionaries, Model, Workers

if TYPE_CHECKING:
    from etl.records import Extraction


class OutputFormat(StrEnum):
    json = "json"
    table = "table"


@app.command("extract")
def extract_cli(
    files: Annotated[list[Path], typer.Argument(help="Articles: .txt (first line is the title), .jsonl, ...")],
    output: Annotated[OutputFormat, typer.Option("--format", help="json: one JSON object per line; table.")] = (
        OutputFormat.json
    ),
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for every document.")
    ] = None,
    model: Model = None,
    dictionaries: Dictionaries = None,
    workers: Workers = None,
) -> None:
    """Extract actors, meetings, statements and bilateral issues from FILES.

    Exit code 0: every input extracted; 1: some inputs were not articles (named on stderr, the others
    extracted, as refresh quarantines them); 2: nothing could be read.

    With --format json (the default) every document gives one line holding one JSON object in
    the gold shape of shared/gold/README.md (format parley-gold/1), each item with its evidence
    (character offsets into the document's text and the sentence); documents come out in input
    order, so the output is JSON Lines whatever the number of documents. Examples:

        parley extract article.txt --published 2007-08-07

        parley extract ../shared/corpus/news/reuters21578.jsonl > out.jsonl

        parley extract story.txt --format table --dictionaries my_dictionaries/
    """
    from etl.extract import extract_files
    from etl.sources import Rejected

    rejected: list[Rejected] = []

    def skip(item: Rejected) -> None:  # like refresh's quarantine: say so, read on, exit 1 at the end
        rejected.append(item)
        where = f"{item.path}:{item.locator}" if item.locator else item.path
        notice("skipped", f"{where}: {item.reason}")

    for extraction in extract_files(
        files, model=model, dictionaries=dictionaries, published=published, n_process=workers or 1, on_rejected=skip
    ):
        if output is OutputFormat.json:
            typer.echo(json.dumps(extraction.to_json(), ensure_ascii=False))
        else:
            print_tables(extraction)
    if rejected:
        err_console.print(f"{len(rejected)} input(s) skipped: not articles (exit code 1)", highlight=False)
        raise typer.Exit(1)


def print_tables(x: Extraction) -> None:
    """The extraction of one document as rich tables."""
    d = x.document
    head = Text.assemble(
        (escape_controls(d.id), "bold"), escape_controls(f" {d.title or ''} ({d.published or 'no date'})")
    )
    if d.skipped:
        head.append(f" skipped: {d.skipped}", "yellow")
    console.print(head)
    actors = Table("name", "kind", "country", "role", "aliases", title="actors", title_justify="left")
    for a in x.actors:
        actors.add_row(a.name, a.kind, a.country or "", ", ".join(a.role), ", ".join(a.aliases))
    meetings = Table(
        "countries", "participants", "date", "location", "host", "label", title="meetings", title_justify="left"
    )
    for m in x.meetings:
        meetings.add_row(
            " ".join(m.countries),
            ", ".join(m.participants),
            f"{m.date or ''} ({m.date_basis})",
            m.location or "",
            m.host or "",
            m.label or "",
        )
    statements = Table("speaker", "direct", "target", "tone", "quote", title="statements", title_justify="left")
    for s in x.statements:
        statements.add_row(
            s.speaker or "?",
            "yes" if s.direct else "no",
            s.target_country or "",
            s.tone,
            s.quote if len(s.quote) < 160 else s.quote[:157] + "...",
        )
    issues = Table("dyad", "issue", "phrase", title="issues", title_justify="left")
    for i in x.issues:
        issues.add_row("-".join(i.countries), i.issue, i.phrase or "")
    for table in (actors, meetings, statements, issues):
        if table.row_count:
            console.print(table)

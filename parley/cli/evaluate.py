"""`parley evaluate`: score the extraction against gold annotations (thin wrapper over `etl.evaluate`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from parley.cli.app import app, console
from parley.cli.options import Model

if TYPE_CHECKING:
    from etl.evaluate import Report

# Short labels of the ratios shown in the table's last column (`etl.evaluate.metrics.RATIOS`).
_LABELS: dict[str, str] = {
    "country_accuracy": "country",
    "role_accuracy": "role",
    "speaker_accuracy": "speaker",
    "speaker_country_accuracy": "speaker country",
    "target_accuracy": "target",
    "indirect_recall": "indirect R",
    "participant_precision": "people P",
    "participant_recall": "people R",
    "date_accuracy": "date",
    "location_accuracy": "place",
    "host_accuracy": "host",
    "planned_as_held": "planned as held",
    "held_as_planned": "held as planned",
    "duplicates": "duplicates",
}


@app.command("evaluate")
def evaluate_cli(
    gold: Annotated[list[Path], typer.Argument(help="Gold files or folders (searched for *.json).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    root: Annotated[
        Path | None,
        typer.Option("--root", help="Another folder holding the texts' corpus/ (after the gold's own)."),
    ] = None,
    model: Model = None,
    predictions: Annotated[
        list[Path] | None,
        typer.Option(
            "--predictions",
            help="Score saved output of `parley extract --format json` (.jsonl/.json, or a folder; repeatable) "
            "instead of extracting. A second annotator's gold files work too (optional items on both sides).",
        ),
    ] = None,
    details: Annotated[bool, typer.Option("--details", help="List each document's misses.")] = False,
    by_corpus: Annotated[
        bool,
        typer.Option("--by-corpus", help="Also score each collection of texts (reuters21578, bbc_news...) apart."),
    ] = False,
) -> None:
    """Extract the articles of GOLD files and score the result against them.

    Prints precision, recall and F1 per category and the headline score (mean F1
    of persons, attributed direct statements, meetings and issues), with each
    category's accuracies over its matches (statements: speaker, speaker country,
    target) and its errors (meetings: planned as held, held as planned, duplicates).
    Only held meetings are scored. Examples:

        parley evaluate ../shared/gold/ --details

        parley evaluate tests/data/gold --root ../shared --json

        parley evaluate ../shared/gold/dev --predictions out.jsonl

        parley evaluate tests/data/gold/heldout --root ../shared --by-corpus
    """
    from etl.evaluate import default_extract, evaluate, saved_predictions

    extract = saved_predictions(predictions) if predictions else default_extract(model)
    report = evaluate(gold, extract, root=root)
    if as_json:
        out = report.to_json(details=details)
        if by_corpus:
            out["by_corpus"] = {name: m.to_json() for name, m in report.by_corpus().items()}
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return
    console.print(metrics_table(report))
    if by_corpus:
        console.print(corpus_table(report))
    if details:
        print_details(report)


def metrics_table(report: Report) -> Table:
    """One row per category, the headline in the caption."""
    from etl.evaluate import CATEGORIES, HEADLINE_CATEGORIES

    metrics = report.metrics
    table = Table(
        title=f"Extraction scores over {metrics.documents} document(s)",
        caption=f"headline = mean F1 of {', '.join(HEADLINE_CATEGORIES)}; leaks: {metrics.leaks}",
    )
    for column in ("category", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "category" else "right")
    table.add_column("also (over matches)")
    for name in CATEGORIES:
        score = metrics.categories[name]
        counts = score.counts
        extras = []
        for ratio, tally in score.ratios.items():
            value = tally.value
            extras.append(f"{_LABELS.get(ratio, ratio)} {'n/a' if value is None else f'{value:.2f}'}")
        extras += [f"{_LABELS.get(error, error)}: {n}" for error, n in score.errors.items()]
        table.add_row(
            name,
            f"{counts.precision:.3f}",
            f"{counts.recall:.3f}",
            f"{counts.f1:.3f}",
            str(counts.tp),
            str(counts.fp),
            str(counts.fn),
            ", ".join(extras),
        )
    table.add_section()
    table.add_row(Text("headline", "bold"), "", "", Text(f"{metrics.headline:.3f}", "bold"), "", "", "", "")
    return table


def corpus_table(report: Report) -> Table:
    """One row per collection of texts: documents, the four headline F1s and the headline."""
    from etl.evaluate import HEADLINE_CATEGORIES

    groups = report.by_corpus()
    table = Table(title="By corpus (F1)")
    table.add_column("corpus", no_wrap=True, min_width=max((len(name) for name in groups), default=6))
    for column in ("docs", *HEADLINE_CATEGORIES, "headline"):
        table.add_column(column, justify="right")
    for name, metrics in groups.items():
        f1s = [f"{metrics.categories[c].counts.f1:.3f}" for c in HEADLINE_CATEGORIES]
        table.add_row(name, str(metrics.documents), *f1s, f"{metrics.headline:.3f}")
    return table


def print_details(report: Report) -> None:
    """Each document's misses, grouped by document, for whoever tunes the extraction."""
    for doc in report.documents:
        if not doc.misses:
            continue
        console.print(Text.assemble("\n", (doc.doc_id, "bold")), highlight=False)
        for miss in doc.misses:
            console.print(f"  {miss.category:<10} {miss.kind:<8} {miss.item}", highlight=False, markup=False)

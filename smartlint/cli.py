"""The ``smartlint`` command line: parse options, build Settings, run, report.

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings; 2 a usage, config,
pack or input error (one line on stderr; the traceback only with ``--debug``).
Nothing here imports spaCy or dateparser: ``--help``, ``rules`` and ``explain`` stay fast.
"""

from __future__ import annotations

import os
import sys
import traceback
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Iterator, List, Optional

import typer

from smartlint import __version__
from smartlint.cli_options import ConfigOption, ContextChoice, OutputFormat, PackOption, Severity, help_shows_no_bare_types
from smartlint.errors import ConfigError, SmartlintError
from smartlint.report.unicode_safe import one_line

help_shows_no_bare_types()

app = typer.Typer(
    name="smartlint",
    help="Lint Dutch customer-service messages: vague promises, missing who/what/when, "
    "incident protocol, other clients' names and dates.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _say(line: str) -> None:
    # one line, whatever a file name holds (a line break, an escape sequence, bytes
    # that are not UTF-8)
    typer.echo(one_line(line), err=True)


@contextmanager
def _errors_handled(debug: bool) -> Iterator[None]:
    """Turn smartlint's errors into one stderr line and exit code 2."""
    try:
        yield
    except SmartlintError as err:
        if debug:
            traceback.print_exc()
        _say(f"error: {err}")
        raise typer.Exit(2) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as err:  # a bug: still one line, and the way to see more
        if debug:
            traceback.print_exc()
            _say(f"error: internal error: {type(err).__name__}: {err}")
        else:
            _say(f"error: internal error: {type(err).__name__}: {err} (run with --debug for the traceback)")
        raise typer.Exit(2) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"smartlint {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Lint Dutch customer-service messages."""


@app.command()
def check(
    paths: Annotated[List[str], typer.Argument(metavar="PATH", help="Files, folders (recursive) or - for stdin.")],
    output_format: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.text,
    today: Annotated[
        Optional[str], typer.Option(metavar="YYYY-MM-DD", help="The date to check dates against (default: today).")
    ] = None,
    context: Annotated[
        Optional[ContextChoice], typer.Option(help="auto: detect an incident from the text. Default: auto.", show_default=False)
    ] = None,
    client: Annotated[Optional[str], typer.Option(metavar="NAME", help="The client the message is for.")] = None,
    config: ConfigOption = None,
    pack: PackOption = None,
    select: Annotated[
        Optional[List[str]], typer.Option(metavar="RULES", help="Only these rule ids or categories (comma-separated, repeatable).")
    ] = None,
    ignore: Annotated[
        Optional[List[str]], typer.Option(metavar="RULES", help="Skip these rule ids or categories (comma-separated, repeatable).")
    ] = None,
    fail_on: Annotated[
        Optional[Severity],
        typer.Option(help="Exit 1 when a finding has this severity or higher. Default: warning.", show_default=False),
    ] = None,
    model: Annotated[
        Optional[str], typer.Option(metavar="NAME_OR_PATH", help="spaCy pipeline to use instead of the embedded one.")
    ] = None,
    jobs: Annotated[int, typer.Option(min=1, metavar="N", help="Parallel workers.")] = 1,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the result cache.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the finding lines.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colour (also: the NO_COLOR variable).")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
    baseline: Annotated[
        Optional[str],
        typer.Option(metavar="FILE", help="Report only findings not recorded in this baseline file (see --write-baseline)."),
    ] = None,
    write_baseline: Annotated[
        Optional[str],
        typer.Option(metavar="FILE", help="Record every finding of this run in FILE as the baseline; exit 0 unless a file could not be read."),
    ] = None,
    stdin_filename: Annotated[
        Optional[str],
        typer.Option(metavar="NAME", help="Name for - (stdin) in findings; its suffix chooses the reader (.md, .eml, ...)."),
    ] = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Apply the safe fixes in place (only findings that carry a fix).")
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print the safe fixes as a unified diff; write nothing.")
    ] = False,
) -> None:
    """Lint files, folders or standard input (-)."""
    from smartlint.api import Linter
    from smartlint.baseline import load_baseline, split_findings
    from smartlint.baseline import write_baseline as write_baseline_file
    from smartlint.config import Options
    from smartlint.report import ReportOptions, get_writer

    with _errors_handled(debug):
        options = Options(
            config=config,
            packs=pack or [],
            select=select or [],
            ignore=ignore or [],
            today=today,
            context=context.value if context else None,
            client=client,
            fail_on=fail_on.value if fail_on else None,
            model=model,
            jobs=jobs,
            cache=not no_cache,
            debug=debug,
        )
        if paths.count("-") > 1:
            raise ConfigError("'-' (standard input) can be given only once")
        if stdin_filename is not None and not stdin_filename.strip():
            raise ConfigError("--stdin-filename: expected a file name, got an empty value")
        if stdin_filename is not None and "-" not in paths:
            raise ConfigError("--stdin-filename names standard input: give '-' as a PATH too")
        if fix and diff:
            raise ConfigError("--fix and --diff exclude each other: --diff shows what --fix would write")
        if fix and "-" in paths:
            raise ConfigError("--fix writes files in place and cannot fix standard input; use --diff")
        cwd = Path.cwd()
        # An explicit --today wins over an e-mail's Date: header (the Linter knows).
        linter = Linter.from_options(options, cwd)
        settings = linter.settings
        known = load_baseline(baseline) if baseline else None  # a bad baseline fails before the run
        result = linter.run(paths, stdin_name=stdin_filename)
        if fix or diff:
            from smartlint.fix_command import run_fixes

            code = run_fixes(linter, result, write=fix, say=_say, quiet=quiet)
            if code is not None:  # --diff: the diff is the output
                raise typer.Exit(code)
        if write_baseline:
            recorded = write_baseline_file(write_baseline, result.findings, str(cwd))
            _say(f"note: wrote {recorded} findings to the baseline {write_baseline}")
        if known is not None:
            result.findings, result.baseline_unchanged = split_findings(result.findings, known, str(cwd))
            if result.baseline_unchanged and not quiet:
                _say(f"note: {len(result.baseline_unchanged)} findings recorded in the baseline {baseline} are not shown")

        with _closed_pipe_ignored(sys.stderr):
            _print_problems(result, debug=debug, quiet=quiet)
        color = False if no_color else None
        with _closed_pipe_ignored(sys.stdout):
            get_writer(output_format.value)(result, sys.stdout, ReportOptions(color=color, quiet=quiet, root=str(cwd)))
            sys.stdout.flush()

    if result.errors:
        raise typer.Exit(2)
    if write_baseline:  # the findings are recorded: they are the accepted state
        raise typer.Exit(0)
    raise typer.Exit(1 if result.at_or_above(settings.fail_on) else 0)


@contextmanager
def _closed_pipe_ignored(stream) -> Iterator[None]:
    """``smartlint check ... | head``: the reader left early, which is no error of the
    run (the exit code still says what was found).  Drop the rest of that stream's
    output: point it at the null device, so Python's exit does not fail flushing it."""
    try:
        yield
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError):  # no file descriptor (a test runner's stream)
            pass
        finally:
            os.close(devnull)


def _print_problems(result, *, debug: bool, quiet: bool) -> None:
    """Per-file errors, warnings about the run (and, unless quiet, notes) on stderr,
    one line each."""
    for warning in result.warnings:
        _say(f"warning: {warning}")
    for error in result.errors:
        if debug and error.__traceback__ is not None:
            traceback.print_exception(type(error), error, error.__traceback__)
        _say(f"error: {error}")
    if not quiet:
        for path, note in [*result.notes, *result.skipped]:
            _say(f"note: {path}: {note}")


def _console():
    """Rich console for tables: piped output (an agent, grep) is not folded at 80 columns."""
    from rich.console import Console

    console = Console(highlight=False)
    return console if console.is_terminal else Console(highlight=False, width=200)


def _rules_for(config: str | None, pack: list[str] | None):
    """The rules of the built-in packs, the config's packs and ``--pack``."""
    from smartlint.config import Options, load_settings
    from smartlint.packs import load_packs

    settings, _ = load_settings(Options(config=config, packs=pack or []))
    return load_packs(settings.packs)


@app.command()
def rules(config: ConfigOption = None, pack: PackOption = None) -> None:
    """List every rule: id, category, severity, pack and what it flags."""
    from rich.table import Table

    from smartlint.report import generic_message

    with _errors_handled(False):
        loaded = _rules_for(config, pack)
    table = Table(title=f"smartlint rules ({len(loaded)})", title_justify="left")
    for column in ("id", "category", "severity", "pack", "description"):
        table.add_column(column, overflow="fold", no_wrap=column == "id")
    for rule in sorted(loaded, key=lambda r: (r.category, r.id)):
        table.add_row(rule.id, rule.category, rule.severity, rule.pack, generic_message(rule.message))
    _console().print(table)


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(metavar="RULE_ID", help="A rule id, e.g. vague-zsm.")],
    config: ConfigOption = None,
    pack: PackOption = None,
) -> None:
    """Explain a rule: what it flags, why, and what to write instead."""
    from datetime import date

    from rich.text import Text

    from smartlint.config import close_match_hint
    from smartlint.findings import CATEGORIES
    from smartlint.report import generic_message
    from smartlint.text_dates import fill_dates

    with _errors_handled(False):
        loaded = _rules_for(config, pack)
        by_id = {rule.id: rule for rule in loaded}
        if rule_id not in by_id:
            if rule_id in CATEGORIES:
                members = ", ".join(sorted(r.id for r in loaded if r.category == rule_id)) or "none"
                raise ConfigError(f"'{rule_id}' is a category, not a rule; its rules: {members}")
            raise ConfigError(f"unknown rule '{rule_id}'" + close_match_hint(rule_id, by_id))
    rule = by_id[rule_id]
    console = _console()
    console.print(Text.assemble((rule.id, "bold cyan"), f"  ({rule.category}, {rule.severity}; pack {rule.pack})"))
    console.print(Text(generic_message(rule.message)))
    today = date.today()  # dates in the texts are written out as they would be in a check today
    sections = (
        ("Why", rule.why),
        ("What to do", generic_message(fill_dates(rule.suggestion, today))),
        ("Example (flagged)", rule.example),
        ("Write instead", fill_dates(rule.use_instead, today)),
    )
    for title, body in sections:
        if body:
            console.print()
            console.print(Text(title, style="bold"))
            console.print(Text("  " + " ".join(body.split())))
    if rule.contexts and set(rule.contexts) != {"normal", "incident"}:
        console.print()
        console.print(Text(f"Applies only in context: {', '.join(rule.contexts)}", style="dim"))


@app.command()
def server(
    debug: Annotated[bool, typer.Option("--debug", help="Log every request to stderr.")] = False,
) -> None:
    """Run the language server (LSP over stdio) for editors: diagnostics as you type."""
    try:
        from smartlint.server import serve
    except ImportError as err:  # pygls/lsprotocol are the optional [server] extra
        _say(f"error: smartlint server needs pygls and lsprotocol ({err.name or err} is missing); "
             'install them with: pip install "smartlint[server]"')
        raise typer.Exit(2) from None
    raise typer.Exit(serve(debug=debug))


CONFIG_FILE_NAME = ".smartlint.yaml"


@app.command()
def init(
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing .smartlint.yaml.")] = False,
) -> None:
    """Write a commented .smartlint.yaml in the current folder."""
    from importlib.resources import files

    target = Path(CONFIG_FILE_NAME)
    with _errors_handled(False):
        if target.exists() and not force:
            raise ConfigError(f"{CONFIG_FILE_NAME} already exists; use --force to overwrite it")
        template = files("smartlint").joinpath("templates", "smartlint.yaml").read_text(encoding="utf-8")
        try:
            target.write_text(template, encoding="utf-8")
        except OSError as err:
            raise ConfigError(f"cannot write {CONFIG_FILE_NAME}: {err.strerror or err}") from None
    typer.echo(
        f"Wrote {CONFIG_FILE_NAME}; edit it to name your clients and choose rules "
        "(its comments explain each key; see also 'smartlint rules' and 'smartlint explain RULE')."
    )


@app.command()
def clean(config: ConfigOption = None) -> None:
    """Empty the result cache (SMARTLINT_CACHE_DIR, cache_dir or ~/.cache/smartlint)."""
    from smartlint.cache import clean as clean_cache
    from smartlint.cache import default_cache_dir
    from smartlint.config import Options, load_settings

    with _errors_handled(False):
        settings, _ = load_settings(Options(config=config))
        folder = default_cache_dir(settings)
        removed = clean_cache(folder)
    typer.echo(f"Removed the cache in {folder}." if removed else f"No cache in {folder}.")


def main() -> None:
    """Console-script entry point.

    Usage errors (an unknown option value, a mistyped command) are one line on stderr
    with exit code 2, like every other error, instead of click's boxed panel.
    """
    try:
        code = app(standalone_mode=False)
    except typer.Abort:  # Ctrl-C
        sys.stderr.write("smartlint: interrupted\n")
        code = 130
    except Exception as err:  # noqa: BLE001 - only click's usage errors are handled here
        # Recognised by shape: typer vendors click in newer releases, so the class
        # differs between typer versions (click.UsageError or typer._click's copy).
        if getattr(err, "exit_code", None) != 2 or not hasattr(err, "format_message"):
            raise
        if type(err).__name__ == "NoArgsIsHelpError":  # plain `smartlint`: the help
            err.show()
        else:
            ctx = getattr(err, "ctx", None)
            command = ctx.command_path if ctx is not None else "smartlint"
            message = " ".join(err.format_message().split())
            sys.stderr.write(f"{command}: error: {message} (see '{command} --help')\n")
        code = 2
    sys.exit(code if isinstance(code, int) else 0)

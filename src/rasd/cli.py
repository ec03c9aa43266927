"""The command line (see CLI.md): argument parsing only; the work is done by the library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from rasd import __version__
from rasd.errors import RasdError

_INPUT_FORMATS = ("auto", "text", "jsonl", "html", "rss", "warc")


class _Group(click.Group):
    """Turn every RasdError into one line on stderr and its exit code: no tracebacks for users."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except RasdError as err:
            click.echo(f"rasd: error: {err}", err=True)
            sys.exit(err.exit_code)
        except BrokenPipeError:
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as err:  # a bug: still one line, with a way to see the traceback
            if os.environ.get("RASD_DEBUG"):
                raise
            click.echo(f"rasd: internal error: {type(err).__name__}: {err} (set RASD_DEBUG=1 for the traceback)",
                       err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasd")
def cli() -> None:
    """rasd: who did what to whom, where, when, how many, according to whom, from Arabic reports."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", help="Where to write the records (JSON Lines); - for stdout.")
@click.option("--format", "fmt", type=click.Choice(_INPUT_FORMATS), default="auto", show_default=True,
              help="Input format; auto decides by file name and first bytes.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that do not carry one.")
@click.option("--table", is_flag=True, help="Print a table of events for people instead of JSON Lines.")
@click.option("--progress/--no-progress", default=None, help="Show progress on stderr (default: when a terminal).")
def extract(inputs: tuple[str, ...], output: str, fmt: str, published: str | None, table: bool,
            progress: bool | None) -> None:
    """Read documents and write one rasd.record/1 per document.

    \b
    Example:
        rasd extract samples/sy24-deir-ez-zor-2021.jsonl -o out.jsonl
        rasd extract report.txt --published 2021-12-20 --table
    """
    from rasd.cli_output import write_records

    write_records(list(inputs), output, fmt, published, table, progress)


@cli.command(name="eval")
@click.option("--docs", "docs_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="JSON Lines of the documents to extract.")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of gold JSON files.")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False),
              help="JSON of floors; exit 1 when a summary F1 falls below its floor.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
@click.option("--save", type=click.Path(dir_okay=False), help="Also write the extracted records here.")
@click.option("--by-type", is_flag=True, help="Also print event P/R/F1 per PLOVER type.")
def eval_(docs_path: str, gold_dir: str, baseline: str | None, as_json: bool, save: str | None,
          by_type: bool) -> None:
    """Extract DOCS and score them against GOLD with the scorer's metrics.

    \b
    Example:
        rasd eval --docs eval/dev/docs.jsonl --gold eval/dev/gold --baseline eval/baseline.json
    """
    from rasd.evaluate import run_eval

    ok = run_eval(Path(docs_path), Path(gold_dir), Path(baseline) if baseline else None, as_json,
                  Path(save) if save else None, by_type)
    sys.exit(0 if ok else 1)


@cli.command()
@click.option("--docs", "docs_path", default="eval/dev/docs.jsonl", show_default=True,
              type=click.Path(exists=True, dir_okay=False), help="Documents to extract (JSON Lines or text).")
@click.option("--repeat", default=3, show_default=True, type=click.IntRange(1, 100),
              help="Extract the documents this many times after start-up.")
def bench(docs_path: str, repeat: int) -> None:
    """Print throughput (documents/s, characters/s) and peak memory of extraction.

    \b
    Example:
        rasd bench --docs eval/dev/docs.jsonl --repeat 3
    """
    from rasd.bench import run_bench

    for line in run_bench(Path(docs_path), repeat).lines():
        click.echo(line)


def main() -> None:
    cli(prog_name="rasd")


if __name__ == "__main__":
    main()

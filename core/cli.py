"""`parallax compare FILE_OR_URL... [--json OUT] [--html OUT] [--pdf OUT]`: the headless command of CONTRACT.md.

Everything is read and compared before any output is written, and each output is written
atomically, so a bad input never leaves a half-written file. The PDF needs Qt, which core/
may not import: the `parallax` launcher passes a `pdf_writer` hook that renders it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from core.atomic import write_text_atomic
from core.errors import ParallaxError
from core.model import Comparison
from core.readers import DEFAULT_MAX_BYTES, read_source

PdfWriter = Callable[[Comparison, str], None]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="parallax compare",
        description="Compare two or more articles and write the comparison document.",
    )
    p.add_argument("sources", nargs="+", metavar="FILE_OR_URL", help="articles to compare; '-' reads standard input")
    p.add_argument("--json", metavar="OUT.json", help="write the comparison document (CONTRACT.md) here")
    p.add_argument("--html", metavar="OUT.html", help="write a printable HTML report here")
    p.add_argument("--pdf", metavar="OUT.pdf", help="write the report as an A4 PDF here")
    p.add_argument(
        "--max-size",
        type=_megabytes,
        default=DEFAULT_MAX_BYTES // (1024 * 1024),
        metavar="MB",
        help="refuse any source larger than this many megabytes (default: %(default)s)",
    )
    return p


def _megabytes(value: str) -> float:
    """--max-size: a positive number of megabytes (0 or less would refuse every source)."""
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of megabytes") from None
    if not mb > 0 or mb == float("inf"):
        raise argparse.ArgumentTypeError(f"{value} MB: the limit must be more than 0")
    return mb


def main(argv: Sequence[str] | None = None, *, pdf_writer: PdfWriter | None = None) -> int:
    """Run the command; `pdf_writer(comparison, path)` writes --pdf (without it, --pdf is refused)."""
    args = build_parser().parse_args(argv)
    if sum(1 for s in args.sources if s == "-") > 1:
        print("parallax: error: standard input ('-') can be given only once", file=sys.stderr)
        return 2
    if args.pdf and pdf_writer is None:
        print("parallax: error: --pdf needs the Qt runtime; run it through the 'parallax' command", file=sys.stderr)
        return 2
    outputs = [o for o in (args.json, args.html, args.pdf) if o]
    problem = next((p for p in (_output_problem(o, args.sources) for o in outputs) if p), None)
    if problem:
        print(f"parallax: error: {problem}", file=sys.stderr)
        return 1
    try:
        from core.pipeline import compare
        from core.summary import summarise

        documents = [read_source(spec, max_bytes=int(args.max_size * 1024 * 1024)) for spec in args.sources]
        comparison = compare(documents)
        html = None
        if args.html:
            from core.report import render_html

            html = render_html(comparison)
        if args.pdf and pdf_writer is not None:
            _write_pdf(pdf_writer, comparison, args.pdf)
        if args.json:
            _write_text(args.json, comparison.to_json())
        if args.html and html is not None:
            _write_text(args.html, html)
        if not outputs:
            print(summarise(comparison))
    except ParallaxError as exc:
        print(f"parallax: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader of our output went away (`| head`): stop quietly, as Unix tools do
        _silence_stdout()
        return 141
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"parallax: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("parallax: interrupted", file=sys.stderr)
        return 130
    return 0


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not raise the broken pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class ReportError(ParallaxError):
    """An output could not be written (a file error, or a renderer failure that is not one)."""


def _write_text(path: str, text: str) -> None:
    """Write one output atomically; a failure names the output, not the temporary file beside it."""
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise ReportError(f"{path}: could not write it ({exc.strerror or exc})") from None


def _write_pdf(pdf_writer: PdfWriter, comparison: Comparison, path: str) -> None:
    try:
        pdf_writer(comparison, path)
    except OSError as exc:
        raise ReportError(f"{path}: could not write it ({exc.strerror or exc})") from None
    except (ParallaxError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a renderer bug or a missing Qt library: one line, not a traceback
        raise ReportError(f"{path}: could not write the PDF: {exc}") from exc


def _output_problem(path: str, sources: Sequence[str] = ()) -> str | None:
    """Why an output file cannot be written there, checked before any work starts."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        return f"{path}: is a folder, not a file name"
    if target.exists() and any(_same_file(target, s) for s in sources):
        return f"{path}: is one of the articles being compared; writing there would overwrite it"
    if not folder.is_dir():
        return f"{path}: the folder {folder} does not exist"
    if not os.access(folder, os.W_OK):
        return f"{path}: the folder {folder} cannot be written to (permission denied)"
    return None


def _same_file(target: Path, source: str) -> bool:
    try:
        return source != "-" and os.path.samefile(target, source)
    except (OSError, ValueError):  # a URL, a missing file: not the same
        return False


if __name__ == "__main__":
    sys.exit(main())

"""`parallax compare FILE_OR_URL... [--json OUT]`: the headless command of CONTRACT.md."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from core.atomic import write_text_atomic
from core.errors import ParallaxError
from core.readers import DEFAULT_MAX_BYTES, read_source


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="parallax compare",
        description="Compare two or more articles and write the comparison document.",
    )
    p.add_argument("sources", nargs="+", metavar="FILE_OR_URL", help="articles to compare; '-' reads standard input")
    p.add_argument("--json", metavar="OUT.json", help="write the comparison document (CONTRACT.md) here")
    p.add_argument(
        "--max-size",
        type=int,
        default=DEFAULT_MAX_BYTES // (1024 * 1024),
        metavar="MB",
        help="refuse any source larger than this many megabytes (default: %(default)s)",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if sum(1 for s in args.sources if s == "-") > 1:
        print("parallax: error: standard input ('-') can be given only once", file=sys.stderr)
        return 2
    try:
        from core.pipeline import compare
        from core.summary import summarise

        documents = [read_source(spec, max_bytes=args.max_size * 1024 * 1024) for spec in args.sources]
        comparison = compare(documents)
        if args.json:
            write_text_atomic(args.json, comparison.to_json())
        else:
            print(summarise(comparison))
    except ParallaxError as exc:
        print(f"parallax: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"parallax: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("parallax: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())

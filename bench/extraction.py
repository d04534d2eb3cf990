"""Score the HTML reader on the article-extraction benchmark (../shared/external/article-extraction).

    python bench/extraction.py --out PREDICTIONS.json [--data DIR] [--per-page N]

Runs core.readers.html over every page in one process, keeps the text Parallax
compares (paragraphs and list items, not the title, headings or captions), writes
the predictions file the benchmark's scorer reads, then prints its figures.
The pages are third-party text: read them from shared/, never copy them here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.errors import SourceError  # noqa: E402
from core.readers.html import read_html  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "external" / "article-extraction"


def predict(data_dir: Path) -> tuple[dict[str, dict[str, str]], list[str]]:
    """Body text for every page id, and the ids the reader refused."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    out: dict[str, dict[str, str]] = {}
    refused: list[str] = []
    for page_id in sorted(truth):
        html = gzip.decompress((data_dir / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
        try:
            doc = read_html(html, page_id, url=truth[page_id].get("url"))
        except SourceError:
            refused.append(page_id)
            out[page_id] = {"articleBody": ""}
            continue
        body = "\n".join(doc.text[p.start : p.end] for p in doc.parts if p.compared)
        out[page_id] = {"articleBody": body}
    return out, refused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="predictions file to write (do not commit it)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder (default: %(default)s)")
    parser.add_argument("--per-page", type=int, default=0, metavar="N", help="also list the N worst pages")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    predictions, refused = predict(args.data)
    elapsed = time.perf_counter() - started
    args.out.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
    command = [sys.executable, str(args.data / "score.py"), str(args.out), "--json", "--bootstrap", "0"]
    scores = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    print(f"pages: {len(predictions)} in {elapsed:.1f} s; refused: {len(refused)} {' '.join(refused)}")
    print(json.dumps(scores, indent=2) if not isinstance(scores, dict) else _summary(scores))
    if args.per_page:
        subprocess.run([*command[:3], "--bootstrap", "0", "--per-page", str(args.per_page)], check=True)
    return 0


def _summary(scores: dict) -> str:
    """The figures that matter, one per line, from score.py's JSON."""
    flat = {k: v for k, v in scores.items() if not isinstance(v, (dict, list))}
    for key, value in scores.items():
        if isinstance(value, dict):
            flat.update({f"{key}.{k}": v for k, v in value.items() if not isinstance(v, (dict, list))})
    return "\n".join(f"{k}: {v}" for k, v in flat.items())


if __name__ == "__main__":
    sys.exit(main())

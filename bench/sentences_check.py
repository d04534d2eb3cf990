"""Check the sentence splitter against gold quotes: no quote may straddle two sentences.

    python bench/sentences_check.py [GOLD.json ...] [--shared ../shared] [--show]

The scorer maps each gold quote to the sentences that overlap it, so a quote that
spans two of our sentences means a wrong split, and two gold quotes inside one of
our sentences means a missed split. With no argument it checks the seeds' gold
and every devset cluster. Prints one line per gold file and the problems found;
`--show` also prints every sentence for reading by eye; `--visible` reads the
articles with the devset's own stdlib reader (validate.py's visible text, split
at blank lines) instead of core.readers, to judge the splitter on its own.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.document import Document, Part  # noqa: E402
from core.readers import read_source  # noqa: E402
from core.sentences import split_sentences  # noqa: E402


def gold_files(shared: Path, args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    return [shared / "gold" / "seeds.json", *sorted(shared.glob("devset/*/gold.json"))]


def quotes_of(gold: dict) -> list[tuple[str, str]]:
    """Every (source id, quote) naming a sentence, deduplicated, in gold order."""
    seen: dict[tuple[str, str], None] = {}
    for link in gold.get("links", []):
        seen[tuple(link["a"])] = None
        seen[tuple(link["b"])] = None
    for item in gold.get("unique", []):
        seen[tuple(item)] = None
    return list(seen)


def visible_document(path: Path) -> Document:
    """The devset tools' view of an article: visible text, one paragraph per blank-line block."""
    from validate import visible_text

    text, _ = visible_text(str(path))
    parts = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        stripped = m.group().strip()
        if stripped:
            a = m.start() + m.group().index(stripped)
            parts.append(Part("paragraph", a, a + len(stripped)))
    return Document(title=path.stem, origin=str(path), text=text, parts=tuple(parts))


def check(gold_path: Path, locate, show: bool, visible: bool = False) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs, spans = {}, {}
    for src in gold["sources"]:
        path = (gold_path.parent / src["file"]).resolve()
        doc = visible_document(path) if visible else read_source(str(path))
        docs[src["id"]] = doc
        spans[src["id"]] = split_sentences(doc)
        if show:
            print(f"--- {gold_path.parent.name} {src['id']} {src['file']}: {len(spans[src['id']])} sentences")
            for n, s in enumerate(spans[src["id"]]):
                flag = "I" if s.ignored else " "
                print(f"{n:3d}{flag} {' '.join(doc.text[s.start : s.end].split())}")
    straddle, missing, shared = [], [], []
    owner: dict[tuple[str, int], str] = {}
    for sid, quote in quotes_of(gold):
        hit = locate(docs[sid].text, quote)
        if hit is None:
            missing.append(f"{sid}: {quote!r}")
            continue
        a, b = hit
        over = [k for k, s in enumerate(spans[sid]) if s.start < b and a < s.end]
        if len(over) != 1:
            straddle.append(f"{sid}: {quote!r} overlaps {len(over)} sentences")
        for k in over:
            if (sid, k) in owner and owner[(sid, k)] != quote:
                shared.append(f"{sid}: {owner[(sid, k)]!r} and {quote!r} share sentence {k}")
            owner.setdefault((sid, k), quote)
    counts = {sid: len(s) for sid, s in spans.items()}
    return {
        "counts": counts,
        "quotes": len(quotes_of(gold)),
        "straddle": straddle,
        "missing": missing,
        "shared": shared,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--visible", action="store_true")
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    sys.path.insert(0, str(shared / "tools"))
    sys.path.insert(0, str(shared / "devset" / "tools"))
    from score import _locate  # the scorer's own matching

    bad = 0
    for g in gold_files(shared, a.gold):
        r = check(g, _locate, a.show, a.visible)
        name = g.parent.name if g.name == "gold.json" else g.stem
        problems = r["straddle"] + r["shared"] + r["missing"]
        bad += len(r["straddle"])
        print(
            f"{name}: sentences {r['counts']}, quotes {r['quotes']}, straddling {len(r['straddle'])}, "
            f"sharing {len(r['shared'])}, not found {len(r['missing'])}"
        )
        for p in problems:
            print(f"   {p}")
    print("TOTAL quotes straddling a boundary:", bad, "(two quotes sharing a sentence: check by eye)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

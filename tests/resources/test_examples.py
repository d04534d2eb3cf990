"""The bundled example articles and the test fixture sets: gold files valid, sentences right, formats as promised."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core.readers import read_source
from core.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
EXAMPLE_SETS = sorted(p.parent for p in EXAMPLES.glob("*/gold.json"))
FIXTURE_SETS = sorted(p.parent for p in FIXTURES.glob("*/gold.json"))
ALL_SETS = EXAMPLE_SETS + FIXTURE_SETS


def _shared_dir() -> Path | None:
    """The team's shared folder (devset tools), beside the checkout or where PARALLAX_SHARED points."""
    for candidate in (os.environ.get("PARALLAX_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if candidate and (Path(candidate) / "devset" / "tools" / "validate.py").is_file():
            return Path(candidate)
    return None


def _set_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def _locate(text: str, quote: str) -> tuple[int, int] | None:
    """Find a gold quote as the scorer does: case-insensitive, whitespace collapsed, quote marks straightened."""
    norm, where = [], []
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if norm and norm[-1] != " ":
                norm.append(" ")
                where.append(i)
            continue
        norm.append(ch.lower())
        where.append(i)
    wanted = " ".join(quote.translate(_QUOTES).lower().split())
    at = "".join(norm).find(wanted)
    if at < 0:
        return None
    return where[at], where[at + len(wanted) - 1] + 1


def _gold_quotes(gold: dict) -> set[tuple[str, str]]:
    quotes = {tuple(end) for link in gold["links"] for end in (link["a"], link["b"])}
    return quotes | {tuple(item) for item in gold["unique"]}


def test_there_are_three_example_sets_and_several_fixture_sets() -> None:
    assert [p.name for p in EXAMPLE_SETS] == ["election-recount", "factory-fire", "ferry-rescue"]
    assert len(FIXTURE_SETS) >= 4


@pytest.mark.parametrize("folder", ALL_SETS, ids=_set_id)
def test_gold_file_validates(folder: Path) -> None:
    shared = _shared_dir()
    if shared is None:
        pytest.skip("the shared devset tools (../shared/devset/tools/validate.py) are not on this machine")
    validate = shared / "devset" / "tools" / "validate.py"
    run = subprocess.run(
        [sys.executable, str(validate), "--strict", str(folder / "gold.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert " ok" in run.stdout.splitlines()[-1]


@pytest.mark.parametrize("folder", ALL_SETS, ids=_set_id)
def test_every_gold_quote_lies_inside_one_sentence(folder: Path) -> None:
    """The scorer maps a quote to the sentences overlapping it: a quote across two sentences means a wrong split."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    docs = {s["id"]: read_source(str(folder / s["file"])) for s in gold["sources"]}
    spans = {sid: split_sentences(doc) for sid, doc in docs.items()}
    owner: dict[tuple[str, int], str] = {}
    for sid, quote in sorted(_gold_quotes(gold)):
        hit = _locate(docs[sid].text, quote)
        assert hit is not None, f"{sid}: {quote!r} not in the reader's text"
        over = [k for k, s in enumerate(spans[sid]) if s.start < hit[1] and hit[0] < s.end]
        assert len(over) == 1, f"{sid}: {quote!r} overlaps {len(over)} sentences"
        assert not spans[sid][over[0]].ignored, f"{sid}: {quote!r} lands in an ignored part"
        assert owner.setdefault((sid, over[0]), quote) == quote, f"{sid}: two gold quotes in one sentence"


@pytest.mark.parametrize("folder", EXAMPLE_SETS, ids=lambda p: p.name)
def test_example_articles_have_12_to_30_sentences(folder: Path) -> None:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    for source in gold["sources"]:
        doc = read_source(str(folder / source["file"]))
        compared = [s for s in split_sentences(doc) if not s.ignored]
        assert 12 <= len(compared) <= 30, f"{source['file']}: {len(compared)} sentences"


@pytest.mark.parametrize("folder", FIXTURE_SETS, ids=lambda p: p.name)
def test_fixture_articles_are_tiny(folder: Path) -> None:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    assert 2 <= len(gold["sources"]) <= 3
    for source in gold["sources"]:
        doc = read_source(str(folder / source["file"]))
        assert 5 <= len([s for s in split_sentences(doc) if not s.ignored]) <= 8


def test_ferry_rescue_has_the_three_promised_formats() -> None:
    folder = EXAMPLES / "ferry-rescue"
    wire = (folder / "a-wire.txt").read_text(encoding="utf-8")
    assert max(len(line) for line in wire.splitlines()) <= 72
    assert re.search(r"^By .+", wire, re.M) and re.search(r"^Related: ", wire, re.M)
    markdown = (folder / "b-islander.md").read_text(encoding="utf-8")
    assert re.search(r"^# ", markdown, re.M) and re.search(r"^## ", markdown, re.M)
    assert len(re.findall(r"^- ", markdown, re.M)) >= 3
    page = (folder / "c-coast-tv.html").read_text(encoding="utf-8")
    for tag in ("<nav", "<article>", "</article>", "<footer>", "cookies"):
        assert tag in page
    assert page.index("<nav") < page.index("<article>") < page.index("<footer>")


@pytest.mark.parametrize("page", sorted(EXAMPLES.glob("*/*.html")), ids=_set_id)
def test_boilerplate_stays_out_of_compared_text(page: Path) -> None:
    """Menus, cookie banners and footers of the HTML pages must not become compared sentences."""
    doc = read_source(str(page))
    compared = " ".join(doc.text[s.start : s.end] for s in split_sentences(doc) if not s.ignored)
    assert "airlifted" in compared or "worker has died" in compared
    for junk in ("cookies", "Privacy", "All rights reserved", "Read more", "More from the coast", "Bridge works"):
        assert junk not in compared, f"{page.name}: {junk!r} compared"

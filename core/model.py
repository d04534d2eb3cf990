"""The comparison document of CONTRACT.md as typed, immutable-by-convention data.

Every stage writes into these types and every consumer (CLI, window, reports,
sessions) reads them, so the JSON written here is the one contract other tools
rely on. Field names and meanings follow CONTRACT.md exactly; extra fields are
allowed by the contract and are written only where they carry information.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from core.errors import DocumentFormatError

SCHEMA = "parallax.comparison/1"

Status = Literal["shared", "differing", "unique", "ignored"]
Relation = Literal["shared", "differing"]
FactKind = Literal["number", "date", "time", "person", "place", "organisation", "quote", "other"]
FactStatus = Literal["shared", "differing", "unique"]

STATUSES: tuple[str, ...] = ("shared", "differing", "unique", "ignored")
RELATIONS: tuple[str, ...] = ("shared", "differing")
FACT_KINDS: tuple[str, ...] = ("number", "date", "time", "person", "place", "organisation", "quote", "other")
FACT_STATUSES: tuple[str, ...] = ("shared", "differing", "unique")


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    origin: str
    text: str


@dataclass(frozen=True)
class Sentence:
    id: str
    source: str
    index: int
    start: int
    end: int
    text: str
    status: Status = "unique"


@dataclass(frozen=True)
class Link:
    a: str
    b: str
    relation: Relation = "shared"
    score: float = 0.0
    manual: bool = False  # set by a person in the window; recomputation keeps it

    def key(self) -> frozenset[str]:
        return frozenset((self.a, self.b))


@dataclass(frozen=True)
class Mention:
    source: str
    sentence: str
    start: int
    end: int
    text: str
    value: Any = None


@dataclass(frozen=True)
class Fact:
    id: str
    kind: FactKind
    status: FactStatus
    mentions: tuple[Mention, ...]
    label: str = ""  # what the fact is about ("hurt", "homes evacuated"), for tables


@dataclass
class Comparison:
    sources: list[Source]
    sentences: list[Sentence]
    links: list[Link] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    # -- look-ups -----------------------------------------------------------
    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def sentence(self, sentence_id: str) -> Sentence:
        return self.sentence_index()[sentence_id]

    def sentence_index(self) -> dict[str, Sentence]:
        return {s.id: s for s in self.sentences}

    def sentences_of(self, source_id: str) -> list[Sentence]:
        return [s for s in self.sentences if s.source == source_id]

    def links_of(self, sentence_id: str) -> list[Link]:
        return [k for k in self.links if sentence_id in (k.a, k.b)]

    # -- derived state --------------------------------------------------------
    def with_statuses(self) -> Comparison:
        """Return a copy whose sentence statuses summarise the links, as the contract says."""
        return replace(self, sentences=recompute_statuses(self.sentences, self.links))

    # -- JSON -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "sources": [
                {"id": s.id, "title": s.title, "origin": s.origin, "text": s.text} for s in self.sources
            ],
            "sentences": [
                {
                    "id": s.id,
                    "source": s.source,
                    "index": s.index,
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                    "status": s.status,
                }
                for s in self.sentences
            ],
            "links": [_link_dict(k) for k in self.links],
            "facts": [_fact_dict(f) for f in self.facts],
        }

    def to_json(self) -> str:
        """Deterministic JSON: same comparison, same bytes."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: Any) -> Comparison:
        """Read a contract document, refusing anything that does not hold together."""
        try:
            return _from_dict(data)
        except DocumentFormatError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DocumentFormatError(f"not a Parallax comparison: {exc!s}") from None

    @classmethod
    def from_json(cls, text: str) -> Comparison:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DocumentFormatError(f"not valid JSON (line {exc.lineno}): {exc.msg}") from None
        return cls.from_dict(data)


def recompute_statuses(sentences: Iterable[Sentence], links: Iterable[Link]) -> list[Sentence]:
    """A sentence is unique without links, differing if any link differs, else shared."""
    linked: dict[str, str] = {}
    for k in links:
        for end in (k.a, k.b):
            if k.relation == "differing":
                linked[end] = "differing"
            else:
                linked.setdefault(end, "shared")
    out = []
    for s in sentences:
        if s.status == "ignored":
            out.append(s)
            continue
        status = linked.get(s.id, "unique")
        out.append(s if s.status == status else replace(s, status=status))  # type: ignore[arg-type]
    return out


def _link_dict(k: Link) -> dict[str, Any]:
    d: dict[str, Any] = {"a": k.a, "b": k.b, "relation": k.relation, "score": round(float(k.score), 4)}
    if k.manual:
        d["manual"] = True
    return d


def _fact_dict(f: Fact) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": f.id,
        "kind": f.kind,
        "status": f.status,
        "mentions": [
            {
                "source": m.source,
                "sentence": m.sentence,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "value": m.value,
            }
            for m in f.mentions
        ],
    }
    if f.label:
        d["label"] = f.label
    return d


def _require(cond: bool, message: str) -> None:
    if not cond:
        raise DocumentFormatError(message)


def _from_dict(data: Any) -> Comparison:
    _require(isinstance(data, dict), "not a Parallax comparison: the top level is not an object")
    schema = data.get("schema")
    _require(isinstance(schema, str), "not a Parallax comparison: no schema field")
    name, _, version = schema.partition("/")
    _require(name == "parallax.comparison", f"not a Parallax comparison (schema {schema!r})")
    _require(version.isdigit(), f"unknown schema version {schema!r}")
    if int(version) > 1:
        raise DocumentFormatError(
            f"this comparison was written by a newer Parallax (schema {schema}); please update Parallax to open it"
        )
    sources = [Source(str(s["id"]), str(s["title"]), str(s["origin"]), str(s["text"])) for s in data["sources"]]
    texts = {s.id: s.text for s in sources}
    _require(len(texts) == len(sources), "two sources share an id")
    sentences: list[Sentence] = []
    for s in data["sentences"]:
        sent = Sentence(
            id=str(s["id"]),
            source=str(s["source"]),
            index=int(s["index"]),
            start=int(s["start"]),
            end=int(s["end"]),
            text=str(s["text"]),
            status=s["status"],
        )
        _require(sent.source in texts, f"sentence {sent.id} names an unknown source {sent.source}")
        _require(sent.status in STATUSES, f"sentence {sent.id} has an unknown status {sent.status!r}")
        _require(
            0 <= sent.start <= sent.end <= len(texts[sent.source])
            and texts[sent.source][sent.start : sent.end] == sent.text,
            f"sentence {sent.id}: its offsets do not match its source text",
        )
        sentences.append(sent)
    ids = {s.id for s in sentences}
    _require(len(ids) == len(sentences), "two sentences share an id")
    links: list[Link] = []
    for k in data.get("links", []):
        link = Link(
            a=str(k["a"]),
            b=str(k["b"]),
            relation=k.get("relation", "shared"),
            score=float(k.get("score", 0.0)),
            manual=bool(k.get("manual", False)),
        )
        _require(link.a in ids and link.b in ids, f"link {link.a}–{link.b} names an unknown sentence")
        _require(link.relation in RELATIONS, f"link {link.a}–{link.b} has an unknown relation {link.relation!r}")
        links.append(link)
    facts: list[Fact] = []
    for f in data.get("facts", []):
        mentions = tuple(
            Mention(
                source=str(m["source"]),
                sentence=str(m["sentence"]),
                start=int(m["start"]),
                end=int(m["end"]),
                text=str(m["text"]),
                value=m.get("value"),
            )
            for m in f["mentions"]
        )
        for m in mentions:
            _require(
                m.source in texts and texts[m.source][m.start : m.end] == m.text,
                f"fact {f.get('id')}: a mention's offsets do not match its source text",
            )
        fact = Fact(
            id=str(f["id"]),
            kind=f.get("kind", "other"),
            status=f.get("status", "shared"),
            mentions=mentions,
            label=str(f.get("label", "")),
        )
        _require(fact.kind in FACT_KINDS, f"fact {fact.id} has an unknown kind {fact.kind!r}")
        _require(fact.status in FACT_STATUSES, f"fact {fact.id} has an unknown status {fact.status!r}")
        facts.append(fact)
    return Comparison(sources=sources, sentences=sentences, links=links, facts=facts)

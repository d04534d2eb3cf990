"""The short human summary `parallax compare` prints when no output file is named."""

from __future__ import annotations

from core.model import Comparison


def summarise(comparison: Comparison) -> str:
    lines = [f"{len(comparison.sources)} sources compared"]
    for src in comparison.sources:
        counts = {"shared": 0, "differing": 0, "unique": 0, "ignored": 0}
        for s in comparison.sentences_of(src.id):
            counts[s.status] += 1
        title = src.title or src.origin
        lines.append(
            f"  {src.id}  {title}  ({src.origin})\n"
            f"      {counts['shared']} shared, {counts['differing']} differing, "
            f"{counts['unique']} unique, {counts['ignored']} not compared"
        )
    differing = [f for f in comparison.facts if f.status == "differing"]
    if differing:
        lines.append(f"{len(differing)} differing fact{'' if len(differing) == 1 else 's'}")
        for fact in differing:
            label = fact.label or fact.kind
            values = "; ".join(f"{m.source}: {m.text}" for m in fact.mentions)
            lines.append(f"  {label}: {values}")
    else:
        lines.append("no differing facts")
    return "\n".join(lines)

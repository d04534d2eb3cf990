"""Bytes to text: BOMs, strict UTF-8, then charset-normalizer with a Windows-1252 preference.

charset-normalizer alone guesses cp1250 for short Western text (it reads "crème" as
"crčme"), so a cp1252 decoding that looks hardly messier than its guess wins.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from core.errors import SourceError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that never appear in text a person wrote (tab, LF, FF, CR are allowed).
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\x0c\r") | {"\x7f"}


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def looks_binary(data: bytes) -> bool:
    """True when bytes without a BOM hold NULs or many control bytes: an image, archive or program."""
    if bom_encoding(data):
        return False
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if (b < 32 and b not in (9, 10, 12, 13)) or b == 127)
    return controls > max(2, len(sample) // 100)


def decode(data: bytes, origin: str) -> str:
    """Decode a text file; SourceError when the bytes are not text in any known encoding."""
    bom = bom_encoding(data)
    if bom:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError:
            reason = f"the bytes are not valid {bom.upper()} text despite the byte-order mark"
            raise SourceError(origin, reason) from None
        return _checked(text, origin)
    bomless = _bomless_utf16(data)
    if bomless:
        try:
            return _checked(data.decode(bomless), origin)
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise SourceError(origin, "it is a binary file, not text or a supported document")
    try:
        return _checked(data.decode("utf-8"), origin)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise SourceError(origin, "its bytes could not be decoded as text in any known encoding")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise SourceError(origin, "its bytes could not be decoded as text in any known encoding") from None
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    # cp1252 is by far the most common legacy encoding; a wrong cp1252 reading looks far messier.
    if western is not None and western != text and _mess(western) <= _mess(text) + 0.1:
        text = western
    return _checked(text, origin)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: Latin-script text has a NUL in nearly every other byte."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _mess(text: str) -> float:
    return mess_ratio(text[:20000], 1.0)


def _checked(text: str, origin: str) -> str:
    """Refuse decoded text that is mostly control characters (binary read as text)."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch in _CONTROL)
    if controls > max(2, len(sample) // 100):
        raise SourceError(origin, "it is a binary file, not text or a supported document")
    return text

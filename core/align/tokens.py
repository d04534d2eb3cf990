"""Turn a sentence into the comparable pieces the scorer works on: stems, numbers, names, clauses.

Everything here is language-agnostic except the optional Snowball stemmer, chosen from the
language code the reader reports (or guessed from the text), so German and other languages
still match on plain word overlap when no stemmer fits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

try:  # optional: without it words are compared unstemmed
    import snowballstemmer
except ImportError:  # pragma: no cover - exercised only where the package is missing
    snowballstemmer = None

# Words are runs of letters/digits, keeping inner hyphens, apostrophes and number separators.
_WORD = re.compile(r"\w+(?:[.,'’\-]\w+)*", re.UNICODE)
# Clause boundaries: punctuation that separates statements inside one sentence.
# Scripts written without spaces: a word run is compared by its character bigrams instead.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_THOUSANDS = re.compile(r"(?<=\d)[,'](?=\d{3}\b)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_CLAUSE = re.compile(r"[;:—–()\"“”]+|(?<!\d),|,(?!\d)|\s-\s")

_LANG_NAMES = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french", "hu": "hungarian",
    "id": "indonesian", "it": "italian", "lt": "lithuanian", "nl": "dutch", "no": "norwegian", "nb": "norwegian",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish", "tr": "turkish",
}  # fmt: skip

# A handful of the most frequent function words per language, only to guess the language
# when the reader gave none; they are never used to filter words (IDF does that).
_LANG_HINTS = {
    "en": {"the", "and", "of", "to", "is", "was", "that", "with"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "sich"},
    "fr": {"le", "la", "les", "et", "est", "des", "une", "dans"},
    "es": {"el", "los", "las", "y", "es", "una", "por", "con"},
    "nl": {"de", "het", "een", "en", "van", "niet", "met", "zijn"},
    "it": {"il", "che", "di", "e", "della", "una", "per", "sono"},
}


@dataclass(frozen=True)
class Clause:
    """The stems of one clause, so a short sentence can match part of a long one."""

    stems: frozenset[str]


@dataclass(frozen=True)
class Tokens:
    """The comparable content of one sentence."""

    stems: frozenset[str]
    numbers: frozenset[str]
    names: frozenset[str]
    clauses: tuple[Clause, ...]


def guess_language(texts: Sequence[str]) -> str:
    """The language whose common function words occur most often; '' when none stands out."""
    counts = dict.fromkeys(_LANG_HINTS, 0)
    for text in texts[:200]:
        for w in _WORD.findall(text.lower()):
            for lang, hints in _LANG_HINTS.items():
                if w in hints:
                    counts[lang] += 1
    lang, best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return lang if best >= 3 else ""


@lru_cache(maxsize=16)
def stemmer_for(language: str) -> Callable[[str], str]:
    """A cached word -> stem function for a language code; identity when unknown."""
    code = (language or "").lower().split("-")[0].split("_")[0]
    name = _LANG_NAMES.get(code)
    if snowballstemmer is None or name is None or name not in snowballstemmer.algorithms():
        return _identity
    stem = snowballstemmer.stemmer(name)
    cache: dict[str, str] = {}

    def run(word: str) -> str:
        out = cache.get(word)
        if out is None:
            out = stem.stemWord(word)
            if len(cache) < 200_000:
                cache[word] = out
        return out

    return run


def _identity(word: str) -> str:
    return word


def number_value(word: str) -> str | None:
    """A canonical form of a numeric token ('2,500' and '2500' agree), or None."""
    if not word[:1].isdigit():
        return None
    digits = _THOUSANDS.sub("", word.replace("’", "'"))
    m = _NUMBER.match(digits)
    return m.group(0).replace(",", ".") if m else None


def tokenize(text: str, stem: Callable[[str], str]) -> Tokens:
    """Split a sentence into stems (lower-cased), numbers, capitalised names and clauses."""
    text = unicodedata.normalize("NFKC", text)
    stems: set[str] = set()
    numbers: set[str] = set()
    names: set[str] = set()
    clauses: list[Clause] = []
    first = True
    for piece in _split_clauses(text):
        cstems: set[str] = set()
        for word in _WORD.findall(piece):
            for part in word.split("-") if "-" in word else (word,):
                value = number_value(part)
                if value is not None:
                    numbers.add(value)
                    cstems.add(value)
                    continue
                low = part.lower().strip("'’")
                if not low:
                    continue
                if len(low) > 2 and _UNSPACED.search(low):
                    cstems.update(low[k : k + 2] for k in range(len(low) - 1))
                    continue
                s = stem(low)
                cstems.add(s)
                if not first and part[:1].isupper():
                    names.add(s)
            first = False
        if cstems:
            clauses.append(Clause(frozenset(cstems)))
            stems |= cstems
    return Tokens(frozenset(stems), frozenset(numbers), frozenset(names), tuple(clauses))


def _split_clauses(text: str) -> list[str]:
    return [p for p in _CLAUSE.split(text) if p.strip()]


def tokenize_sources(texts: Sequence[Sequence[str]], languages: Sequence[str] | None = None) -> list[list[Tokens]]:
    """Tokens per source, stemmed for the language its text looks like (else the one given)."""
    out = []
    for n, sents in enumerate(texts):
        given = languages[n] if languages and n < len(languages) else ""
        stem = stemmer_for(guess_language(list(sents)) or given)
        out.append([tokenize(x, stem) for x in sents])
    return out

"""Parallax core: sources to comparison document, with no GUI toolkit import."""

__version__ = "0.1.0"

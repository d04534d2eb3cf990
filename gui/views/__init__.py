"""Widgets that show the comparison; they read models and the palette, never compute a comparison."""

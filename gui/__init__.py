"""Parallax's Qt window on top of core. Importing this package does not import Qt."""

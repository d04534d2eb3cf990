"""Qt item models and presentation logic over the comparison store (no painting here)."""

"""Toolkit pages: the list with what helps the person on top, an exercise, and one use."""

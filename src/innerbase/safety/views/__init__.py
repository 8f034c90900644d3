"""Safety pages: help now and support (support.py), the safety plan, calming tools, the pause."""

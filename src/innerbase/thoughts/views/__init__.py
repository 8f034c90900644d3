"""Thought record pages: the list, search and one record (records.py), one step per screen
(steps.py), and core beliefs (beliefs.py)."""

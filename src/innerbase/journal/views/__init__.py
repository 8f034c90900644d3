"""Journal pages: the list, search and calendar (entries.py), one entry (entry.py), drafts and
separate journals."""

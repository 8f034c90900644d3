"""Validated questionnaires: instruments as data files, scored by pure functions.

The pieces here have no Django import (instruments.py, scoring.py); the pages, storage and
API that use them are built on top (SPEC section 2).
"""

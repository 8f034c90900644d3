"""Pure parsers: a file's bytes to plain records, one module per format (no Django).

Each `parse(data, zone=...)` returns a `Parsed` (see common.py) or raises `ImportProblem`
with a plain message saying what was wrong with the file.
"""

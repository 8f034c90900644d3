"""Ladder pages (ladders.py), a try's prediction and outcome (tries.py), the evidence log
(evidence.py)."""

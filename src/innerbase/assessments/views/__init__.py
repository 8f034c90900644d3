"""Questionnaire pages: choosing and taking one (taking.py), results and history (results.py),
and the FHIR downloads (downloads.py)."""

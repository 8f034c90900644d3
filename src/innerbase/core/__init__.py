"""What every Innerbase app shares: owner fetches, saving with the crisis screen, API
refusals, safe redirects, limits, charts, the sealed search index (search.py, lines.py), and
the provider registry that spans apps.

See docs/ARCHITECTURE.md for the app shape and which module may import which.
"""

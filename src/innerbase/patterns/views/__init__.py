"""Pattern pages: reviews and their themes (reviews.py), the caregivers reflection
(caregivers.py), and the one-step-per-screen flow both share (steps.py)."""

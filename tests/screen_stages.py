"""The crisis screen with its learned stage switched off, for tests of the rules themselves.

The rules make promises the learned stage cannot (a clear denial next to a sentence never
raises its level; a span covers exactly the phrase a rule names). Tests of those promises run
the rules alone; the learned stage is judged by its own tests and by the figures in
bench/crisis_eval.py.
"""

import importlib
from collections.abc import Iterator
from contextlib import contextmanager

# The package re-exports a function named `analyse`, which hides the module of that name.
analyse_module = importlib.import_module("innerbase.safety.detect.analyse")


@contextmanager
def rules_only() -> Iterator[None]:
    model = analyse_module.MODEL
    analyse_module.MODEL = None
    try:
        yield
    finally:
        analyse_module.MODEL = model


@contextmanager
def with_model(model) -> Iterator[None]:
    previous = analyse_module.MODEL
    analyse_module.MODEL = model
    try:
        yield
    finally:
        analyse_module.MODEL = previous

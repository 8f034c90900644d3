"""The crisis screen's results are those recorded in tests/safety/screen_results.json, for every
text of every eval file, training file and the ordinary entries, alone and in long pastes
(tests/screen_results.py). A speed-up must leave them exactly as they were; a change meant to
change results (new rules, a new model) records new digests with bench/screen_digest.py
--write, which also covers the blind sets (never opened by the tests)."""

import pytest

import screen_results

FILES = screen_results.files()


def test_every_file_has_a_recorded_digest():
    recorded = screen_results.stored()
    assert {screen_results.name(path) for path in FILES} <= set(recorded)


@pytest.mark.parametrize("path", FILES, ids=screen_results.name)
def test_results_are_unchanged(path):
    digest = screen_results.digest(screen_results.texts(path))
    assert digest == screen_results.stored()[screen_results.name(path)]

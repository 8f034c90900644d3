"""The five instrument files: verbatim items, published keys, and scores that match hand
computation (the `checks` in each file were worked out by hand from the published key)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innerbase.assessments import instruments, scoring

CODES = ["ecr-r", "ecr-rs", "gad-7", "rses", "scs-sf"]
ITEMS = {"ecr-r": 36, "ecr-rs": 9, "gad-7": 7, "rses": 10, "scs-sf": 12}
SCALES = {"ecr-r": (1, 7), "ecr-rs": (1, 7), "gad-7": (0, 3), "rses": (0, 3), "scs-sf": (1, 5)}
REVERSED = {
    "ecr-r": {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36},
    "ecr-rs": {1, 2, 3, 4},
    "gad-7": set(),
    "rses": {2, 5, 6, 8, 9},
    "scs-sf": {1, 4, 8, 9, 11, 12},
}
SUBSCALES = {
    "ecr-r": ["anxiety", "avoidance"],
    "ecr-rs": ["anxiety", "avoidance"],
    "gad-7": ["total"],
    "rses": ["total"],
    "scs-sf": ["total"],
}


def test_the_five_instruments_are_there():
    assert instruments.codes() == CODES


@pytest.mark.parametrize("code", CODES)
def test_shape_follows_the_published_form(code):
    instrument = instruments.load(code)
    assert len(instrument.items) == ITEMS[code]
    assert (instrument.scale_min, instrument.scale_max) == SCALES[code]
    assert {item.number for item in instrument.items if item.reverse} == REVERSED[code]
    assert [s.key for s in instrument.subscales] == SUBSCALES[code]
    raw = instrument.raw
    assert raw["citation"] and raw["licence"]["summary"] and raw["measures"]
    assert isinstance(raw["minutes"], int) and raw["minutes"] > 0


def test_ecr_r_subscales_are_items_1_to_18_and_19_to_36():
    instrument = instruments.load("ecr-r")
    anxiety, avoidance = instrument.subscales
    assert [instrument.item(k).number for k in anxiety.items] == list(range(1, 19))
    assert [instrument.item(k).number for k in avoidance.items] == list(range(19, 37))
    assert anxiety.midpoint == avoidance.midpoint == 4


def test_ecr_rs_has_the_four_targets():
    assert instruments.load("ecr-rs").targets == ("mother", "father", "partner", "friend")


@pytest.mark.parametrize("code", CODES)
def test_hand_computed_checks_hold_to_two_decimals(code):
    instrument = instruments.load(code)
    checks = instrument.raw["checks"]
    assert len(checks) >= 4  # all-minimum, all-maximum, a mixed set and a mid-scale set
    answer_sets = [check["answers"] for check in checks]
    assert [instrument.scale_min] * len(instrument.items) in answer_sets
    assert [instrument.scale_max] * len(instrument.items) in answer_sets
    for check in checks:
        answers = scoring.answers_from_list(instrument, check["answers"])
        scores = scoring.score(instrument, answers)
        assert {k: round(v, 2) for k, v in scores.items()} == {
            k: round(v, 2) for k, v in check["scores"].items()
        }


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_every_answer_set_scores_inside_the_published_range(code, data):
    instrument = instruments.load(code)
    values = data.draw(
        st.lists(
            st.integers(instrument.scale_min, instrument.scale_max),
            min_size=len(instrument.items),
            max_size=len(instrument.items),
        )
    )
    scores = scoring.score(instrument, scoring.answers_from_list(instrument, values))
    for subscale in instrument.subscales:
        low, high = scoring.score_range(instrument, subscale)
        assert low <= scores[subscale.key] <= high
        if subscale.bands:
            assert scoring.band(subscale, scores[subscale.key]) is not None


@pytest.mark.parametrize(
    ("total", "label"),
    [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (15, "severe")],
)
def test_gad_7_bands_cut_at_5_10_and_15(total, label):
    assert scoring.band(instruments.load("gad-7").subscale("total"), total) == label


def test_no_percentile_without_verified_norms_that_suit_a_normal_curve():
    for code in CODES:
        for subscale in instruments.load(code).subscales:
            # ECR-R, ECR-RS, RSES and SCS-SF carry no verified norms; GAD-7's are skewed.
            assert scoring.percentile_for(subscale, 3.0) is None


def test_reliable_change_bases_and_thresholds():
    def threshold(code, key):
        subscale = instruments.load(code).subscale(key)
        return round(scoring.change_between(subscale, 0.0, 0.0)["threshold"], 2)

    assert threshold("ecr-r", "anxiety") == 1.49
    assert threshold("ecr-rs", "avoidance") == 1.97
    assert threshold("gad-7", "total") == 4.0  # psychometrics.md §8: about 4 points
    gad = scoring.change_basis(instruments.load("gad-7").subscale("total"))
    assert gad["verified"] is True and gad["sd"] == 3.5 and gad["retest_r"] == 0.83
    ecr = scoring.change_basis(instruments.load("ecr-r").subscale("anxiety"))
    assert ecr["verified"] is False and "Working values" in ecr["basis"]
    # No verified SD for RSES, no retest r for SCS-SF: no reliable change index at all.
    assert scoring.change_basis(instruments.load("rses").subscale("total")) is None
    assert scoring.change_basis(instruments.load("scs-sf").subscale("total")) is None


def test_reliable_change_verdicts_on_the_ecr_r():
    anxiety = instruments.load("ecr-r").subscale("anxiety")
    assert scoring.change_between(anxiety, 5.5, 3.8)["verdict"] == "reliable improvement"
    assert scoring.change_between(anxiety, 3.8, 5.5)["verdict"] == "reliable worsening"
    assert scoring.change_between(anxiety, 5.5, 4.5)["verdict"] == "no reliable change"
    assert scoring.change_between(anxiety, None, 4.5) is None
    gad = instruments.load("gad-7").subscale("total")
    assert scoring.change_between(gad, 15, 6)["verdict"] == "reliable improvement"


def test_ecr_rs_items_keep_the_published_wording_around_the_target():
    for item in instruments.load("ecr-rs").items:
        assert item.text.count("{target}") == 1


def test_items_read_this_person_and_targets_read_as_the_form_names_them():
    rs = instruments.load("ecr-rs")
    assert all("{target}" not in instruments.item_text(item) for item in rs.items)
    assert "this person" in instruments.item_text(rs.items[0])
    assert instruments.target_label(rs, "partner") == "Romantic partner"
    assert instruments.target_label(rs, "unknown") == "unknown"
    assert instruments.target_label(rs, "") == ""


def test_only_gad_7_has_a_closing_question_and_it_is_asked_only_after_a_problem():
    gad = instruments.load("gad-7")
    assert [code for code in CODES if instruments.unscored(instruments.load(code))] == ["gad-7"]
    assert not scoring.asks_unscored(gad, {item.key: 0 for item in gad.items})
    assert scoring.asks_unscored(gad, {**{item.key: 0 for item in gad.items}, "gad-7-03": 1})
    rses = instruments.load("rses")
    assert not scoring.asks_unscored(rses, {item.key: 3 for item in rses.items})


def test_first_unanswered_finds_the_gap_and_category_names_the_region_or_band():
    ecr, gad = instruments.load("ecr-r"), instruments.load("gad-7")
    answers = {item.key: 4 for item in ecr.items}
    assert scoring.first_unanswered(ecr, answers) is None
    del answers[ecr.items[5].key]
    assert scoring.first_unanswered(ecr, answers) == 5
    assert scoring.category(ecr, {"anxiety": 5.0, "avoidance": 2.0}) == "anxious-preoccupied"
    assert scoring.category(gad, {"total": 12.0}) == "moderate"
    assert scoring.category(gad, {"total": None}) == ""

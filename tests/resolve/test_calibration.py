"""The resolver's confidence is calibrated: confidence bins match the share of links that are right."""

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.resolve.calibration import FEATURES, Calibration, load_calibration

FIXTURE = Path(__file__).parent / "fixtures" / "calibration_examples.json"


def test_confidence_bins_match_accuracy_on_the_fixture():
    """Features and gold labels of every link the resolver made on the tuning half of real reports
    (written by bench/calibrate_resolution.py --fixture): in each bin holding at least 20 links,
    the mean confidence is within 0.1 of the share that is right."""
    calibration = load_calibration()
    examples = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert len(examples) >= 100
    checked = 0
    for low, high in ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.01)):
        inside = [e for e in examples if low <= calibration.confidence(e["features"].items()) < high]
        if len(inside) < 20:
            continue
        mean = sum(calibration.confidence(e["features"].items()) for e in inside) / len(inside)
        right = sum(e["right"] for e in inside) / len(inside)
        assert abs(mean - right) <= 0.1, (low, high, len(inside), mean, right)
        checked += 1
    assert checked >= 1


def test_the_shipped_model_names_only_known_features_and_a_threshold():
    calibration = load_calibration()
    assert set(calibration.weights) <= set(FEATURES) and calibration.weights
    assert 0.0 <= calibration.link_threshold < 1.0
    assert "tuning" in calibration.fitted_on


@given(st.dictionaries(st.sampled_from(FEATURES), st.floats(0, 5), max_size=len(FEATURES)),
       st.floats(-20, 20), st.floats(0.0, 1.0))
def test_confidence_is_a_probability_that_rises_with_a_positive_weight(evidence, bias, extra):
    model = Calibration(bias, {"name_similarity": 2.0})
    low = model.confidence(evidence.items())
    assert 0.0 <= low <= 1.0
    more = {**evidence, "name_similarity": evidence.get("name_similarity", 0.0) + extra}
    assert model.confidence(more.items()) >= low

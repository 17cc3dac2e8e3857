import numpy as np

from drift import feature_drift, feature_method, jensen_shannon, ks, psi


def test_same_distribution_does_not_drift():
    rng = np.random.default_rng(0)
    baseline, current = rng.normal(size=5000), rng.normal(size=5000)
    assert psi(baseline, current) < 0.05
    assert ks(baseline, current) < 0.05


def test_shifted_distribution_drifts():
    rng = np.random.default_rng(0)
    assert psi(rng.normal(size=5000), rng.normal(1.0, size=5000)) > 0.2


def test_categories_use_jensen_shannon():
    assert jensen_shannon(["a", "b"] * 50, ["a", "b"] * 50) == 0
    assert feature_drift(np.array(["a"] * 100), np.array(["b"] * 100)) == 1


def test_the_measure_is_named_for_the_portal():
    assert feature_method(np.array([1.5, 2.0])) == "PSI"
    assert feature_method(np.array(["a", "b"])) == "JS"

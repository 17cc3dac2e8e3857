"""Drift measures between a feature's training baseline and its recent (captured) values."""
import numpy as np


def psi(baseline, current, bins=10):
    """Population stability index of a numeric feature, on the baseline's quantile bins."""
    edges = np.unique(np.quantile(baseline, np.linspace(0, 1, bins + 1)))
    expected = np.histogram(baseline, edges)[0] / len(baseline)
    actual = np.histogram(np.clip(current, edges[0], edges[-1]), edges)[0] / len(current)
    expected, actual = np.clip(expected, 1e-6, None), np.clip(actual, 1e-6, None)
    return float(np.sum((actual - expected) * np.log(actual / expected)))


def ks(baseline, current):
    """Kolmogorov-Smirnov distance: the largest gap between the two empirical distributions."""
    values = np.sort(np.concatenate([baseline, current]))
    cdf_b = np.searchsorted(np.sort(baseline), values, side="right") / len(baseline)
    cdf_c = np.searchsorted(np.sort(current), values, side="right") / len(current)
    return float(np.max(np.abs(cdf_b - cdf_c)))


def jensen_shannon(baseline, current):
    """Jensen-Shannon distance of a categorical feature's frequencies (0 same, 1 disjoint)."""
    categories = sorted(set(baseline) | set(current))
    p = np.array([list(baseline).count(c) for c in categories], dtype=float) / len(baseline)
    q = np.array([list(current).count(c) for c in categories], dtype=float) / len(current)
    m = (p + q) / 2

    def kl(a, b):
        mask = a > 0
        return np.sum(a[mask] * np.log2(a[mask] / b[mask]))

    return float(np.sqrt((kl(p, m) + kl(q, m)) / 2))


def feature_method(baseline):
    """The measure that fits the feature's type: PSI for numbers, Jensen-Shannon for categories."""
    return "PSI" if np.issubdtype(np.asarray(baseline).dtype, np.number) else "JS"


def feature_drift(baseline, current):
    """The feature's drift by the measure feature_method names."""
    if feature_method(baseline) == "PSI":
        return psi(np.asarray(baseline, float), np.asarray(current, float))
    return jensen_shannon(baseline, current)

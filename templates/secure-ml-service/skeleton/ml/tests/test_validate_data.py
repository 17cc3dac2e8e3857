import pandas as pd

from validate_data import validate


def test_accepts_clean_data():
    assert validate(pd.DataFrame({"label": [0, 1, 0], "amount": [1.0, 2.0, 3.0]})) == []


def test_refuses_missing_label_and_nulls():
    problems = validate(pd.DataFrame({"amount": [None, None, 1.0]}))
    assert "missing column label" in problems
    assert "more than 5% missing in amount" in problems

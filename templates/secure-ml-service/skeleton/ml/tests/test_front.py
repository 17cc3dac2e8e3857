import json

import pytest

pytest.importorskip("boto3")
import front  # noqa: E402


@pytest.mark.parametrize(
    "body",
    [None, [], {"instances": []}, {"instances": [[1, "x"]]}, {"instances": [[1]], "extra": 1}, {"instances": [[True]]}],
)
def test_refuses_what_the_schema_refuses(body):
    answer = front.handler({"body": json.dumps(body)})
    assert answer["statusCode"] == 400


def test_accepts_rows_of_numbers():
    assert front.invalid({"instances": [[0.1, 2, 3.5]]}) is None

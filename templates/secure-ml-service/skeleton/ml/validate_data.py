"""Data validation: refuses a training set with missing columns, nulls or out-of-range labels.

The pipeline's first step (ValidateData) runs it on the raw data and stops the run on bad data; the
Lambda handler checks a file that lands in the data bucket.
"""
import glob
import io
import sys

import boto3
import pandas as pd

REQUIRED_COLUMNS = ["label"]


def validate(frame):
    problems = [f"missing column {c}" for c in REQUIRED_COLUMNS if c not in frame]
    if frame.empty:
        problems.append("no rows")
    if "label" in frame and not frame["label"].dropna().isin([0, 1]).all():
        problems.append("labels other than 0 and 1")
    nulls = frame.columns[frame.isna().mean() > 0.05].tolist()
    problems += [f"more than 5% missing in {c}" for c in nulls]
    return problems


def handler(event, context=None):
    obj = boto3.client("s3").get_object(Bucket=event["bucket"], Key=event["key"])
    problems = validate(pd.read_csv(io.BytesIO(obj["Body"].read())))
    if problems:
        raise ValueError("; ".join(problems))
    return {"valid": True}


if __name__ == "__main__":
    # In the processing step: every CSV of the input, the run fails (exit 1) on the first bad one.
    for path in sorted(glob.glob("/opt/ml/processing/input/*.csv")):
        problems = validate(pd.read_csv(path))
        if problems:
            sys.exit(f"{path}: " + "; ".join(problems))

"""Scheduled drift job: captured endpoint traffic against the training baseline, per feature.

Publishes feature_baseline_drift_<feature> (with a Method dimension, PSI or JS, that the portal shows)
and feature_baseline_drift_max (which the alarm watches) to CloudWatch with the dimensions Endpoint and
MonitoringSchedule, in the namespace the portal reads (METRIC_NAMESPACE).
Runs in the VPC (S3 and CloudWatch through VPC endpoints), reading KMS-encrypted data.
"""
import json
import os
from datetime import datetime, timedelta, timezone

import boto3
import pandas as pd

from drift import feature_drift, feature_method


def read_capture(s3, prefix, since):
    """Inputs the endpoint captured since `since` (SageMaker's JSON Lines capture format)."""
    bucket, _, key_prefix = prefix.removeprefix("s3://").partition("/")
    rows = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=key_prefix):
        for item in page.get("Contents", []):
            if item["LastModified"] < since:
                continue
            body = s3.get_object(Bucket=bucket, Key=item["Key"])["Body"].read().decode()
            for line in body.splitlines():
                record = json.loads(line)
                rows.append(json.loads(record["captureData"]["endpointInput"]["data"]))
    return pd.DataFrame(rows)


def handler(event=None, context=None):
    s3 = boto3.client("s3")
    bucket, _, key = os.environ["BASELINE_URI"].removeprefix("s3://").partition("/")
    baseline = pd.read_json(s3.get_object(Bucket=bucket, Key=key)["Body"])
    current = read_capture(s3, os.environ["CAPTURE_PREFIX"], datetime.now(timezone.utc) - timedelta(days=1))
    if current.empty:
        return {"features": 0}
    drift = {f: feature_drift(baseline[f].dropna(), current[f].dropna()) for f in baseline.columns if f in current}
    dimensions = [
        {"Name": "Endpoint", "Value": os.environ["ENDPOINT_NAME"]},
        {"Name": "MonitoringSchedule", "Value": os.environ["SCHEDULE_NAME"]},
    ]
    metrics = [
        {
            "MetricName": f"feature_baseline_drift_{f}",
            "Dimensions": [*dimensions, {"Name": "Method", "Value": feature_method(baseline[f])}],
            "Value": v,
        }
        for f, v in drift.items()
    ]
    metrics.append({"MetricName": "feature_baseline_drift_max", "Dimensions": dimensions, "Value": max(drift.values())})
    cloudwatch = boto3.client("cloudwatch")
    for start in range(0, len(metrics), 1000):
        cloudwatch.put_metric_data(Namespace=os.environ["METRIC_NAMESPACE"], MetricData=metrics[start : start + 1000])
    return {"features": len(drift)}

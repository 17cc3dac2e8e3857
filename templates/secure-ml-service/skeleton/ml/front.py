"""The Lambda front of the inference API: validates each request against request.schema.json, then
invokes the SageMaker endpoint through its VPC endpoint. API Gateway validated the body already
(request validator and model); this second check keeps the endpoint safe when the function is
called another way.
"""
import json
import os

import boto3

SCHEMA = json.load(open(os.path.join(os.path.dirname(__file__), os.environ.get("REQUEST_SCHEMA", "request.schema.json"))))
runtime = boto3.client("sagemaker-runtime")


def invalid(body):
    """Why the body breaks the schema (an object with `instances`: rows of numbers, bounded), or None."""
    if not isinstance(body, dict) or set(body) - set(SCHEMA["properties"]):
        return "the body must be an object with only: " + ", ".join(SCHEMA["properties"])
    rows = body.get("instances")
    limits = SCHEMA["properties"]["instances"]
    if not isinstance(rows, list) or not 1 <= len(rows) <= limits["maxItems"]:
        return f"instances must be a list of 1 to {limits['maxItems']} rows"
    width = limits["items"]["maxItems"]
    for row in rows:
        if not isinstance(row, list) or len(row) > width or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row):
            return f"each row must be a list of at most {width} numbers"
    return None


def handler(event, context=None):
    try:
        body = json.loads(event.get("body") or "null")
    except json.JSONDecodeError:
        return {"statusCode": 400, "body": json.dumps({"error": "the body is not JSON"})}
    reason = invalid(body)
    if reason:
        return {"statusCode": 400, "body": json.dumps({"error": reason})}
    answer = runtime.invoke_endpoint(
        EndpointName=os.environ["ENDPOINT_NAME"], ContentType="application/json", Body=json.dumps(body)
    )
    return {"statusCode": 200, "body": answer["Body"].read().decode()}

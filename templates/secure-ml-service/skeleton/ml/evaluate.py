"""Evaluates the model on the test set and writes SageMaker's model quality statistics JSON."""
import json

from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score, roc_auc_score


def statistics(labels, scores, threshold=0.5):
    predicted = [int(s >= threshold) for s in scores]
    metrics = {
        "accuracy": accuracy_score(labels, predicted),
        "precision": precision_score(labels, predicted, zero_division=0),
        "recall": recall_score(labels, predicted, zero_division=0),
        "f1": f1_score(labels, predicted, zero_division=0),
        "auc": roc_auc_score(labels, scores),
    }
    # The shape the model registry (and the portal) reads from ModelMetrics.ModelQuality.Statistics
    return {"binary_classification_metrics": {k: {"value": float(v), "standard_deviation": "NaN"} for k, v in metrics.items()}}


if __name__ == "__main__":
    import joblib
    import pandas as pd

    test = pd.read_csv("/opt/ml/processing/test/test.csv", header=None)
    model = joblib.load("/opt/ml/processing/model/model.joblib")
    report = statistics(test.iloc[:, 0], model.predict_proba(test.iloc[:, 1:])[:, 1])
    with open("/opt/ml/processing/evaluation/evaluation.json", "w") as out:
        json.dump(report, out)

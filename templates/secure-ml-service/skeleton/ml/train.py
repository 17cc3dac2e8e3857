"""Trains the ${{ values.framework }} model on the train channel and saves it for the serving container."""
import argparse
import os

import joblib
import pandas as pd
{%- if values.framework == 'xgboost' %}
from xgboost import XGBClassifier as Model
{%- else %}
from sklearn.ensemble import GradientBoostingClassifier as Model
{%- endif %}


# Set on the training job by pipeline.py (so SageMaker records them), passed here as --<name> <value>.
HYPERPARAMETERS = {"n_estimators": 300, "max_depth": 6, "learning_rate": 0.1}


def train(frame, n_estimators=300, max_depth=6, learning_rate=0.1):
    model = Model(n_estimators=n_estimators, max_depth=max_depth, learning_rate=learning_rate)
    model.fit(frame.iloc[:, 1:], frame.iloc[:, 0])
    return model


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default=os.environ.get("SM_CHANNEL_TRAIN", "/opt/ml/input/data/train"))
    parser.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR", "/opt/ml/model"))
    for name, default in HYPERPARAMETERS.items():
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, type=type(default), default=default)
    args = parser.parse_args()
    frame = pd.read_csv(os.path.join(args.train, "train.csv"), header=None)
    settings = {name: getattr(args, name) for name in HYPERPARAMETERS}
    joblib.dump(train(frame, **settings), os.path.join(args.model_dir, "model.joblib"))

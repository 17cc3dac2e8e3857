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


def train(frame):
    model = Model()
    model.fit(frame.iloc[:, 1:], frame.iloc[:, 0])
    return model


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default=os.environ.get("SM_CHANNEL_TRAIN", "/opt/ml/input/data/train"))
    parser.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR", "/opt/ml/model"))
    args = parser.parse_args()
    frame = pd.read_csv(os.path.join(args.train, "train.csv"), header=None)
    joblib.dump(train(frame), os.path.join(args.model_dir, "model.joblib"))

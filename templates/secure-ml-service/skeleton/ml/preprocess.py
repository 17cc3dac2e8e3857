"""Splits the validated data into train, validation and test sets (label first, as SageMaker expects)."""
import argparse
from pathlib import Path

import pandas as pd
from sklearn.model_selection import train_test_split


def split(frame, seed=42):
    frame = frame[["label"] + [c for c in frame.columns if c != "label"]]
    train, rest = train_test_split(frame, test_size=0.3, random_state=seed, stratify=frame["label"])
    validation, test = train_test_split(rest, test_size=0.5, random_state=seed, stratify=rest["label"])
    return train, validation, test


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", default="/opt/ml/processing/input/data.csv")
    parser.add_argument("--output", default="/opt/ml/processing/output")
    args = parser.parse_args()
    for name, part in zip(["train", "validation", "test"], split(pd.read_csv(args.input))):
        Path(args.output, name).mkdir(parents=True, exist_ok=True)
        part.to_csv(Path(args.output, name, f"{name}.csv"), index=False, header=False)

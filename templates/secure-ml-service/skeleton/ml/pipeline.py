"""The SageMaker pipeline: validate the data, preprocess, train, evaluate, register as PendingManualApproval.

Every step runs in the private subnets with network isolation and KMS; `python pipeline.py --upsert`
(the CI's deploy job) creates or updates it. Each run is tracked in SageMaker Experiments (an
experiment named after the pipeline, a trial per run), trains from an image pinned by digest on data
in the versioned data bucket, with its hyperparameters recorded on the training job. The drift alarm
and a monthly schedule start it again (terraform/retraining.tf).
"""
import argparse
import json
import os

from sagemaker.estimator import Estimator
from sagemaker.model_metrics import MetricsSource, ModelMetrics
from sagemaker.network import NetworkConfig
from sagemaker.processing import ProcessingInput, ProcessingOutput, ScriptProcessor
from sagemaker.workflow.execution_variables import ExecutionVariables
from sagemaker.workflow.parameters import ParameterString
from sagemaker.workflow.pipeline import Pipeline
from sagemaker.workflow.pipeline_experiment_config import PipelineExperimentConfig
from sagemaker.workflow.properties import PropertyFile
from sagemaker.workflow.step_collections import RegisterModel
from sagemaker.workflow.steps import ProcessingStep, TrainingStep

NAME = "${{ values.name }}"


from train import HYPERPARAMETERS


def pinned(image):
    """A run must be repeatable: the image is named by its digest, never by a tag that can move."""
    if "@sha256:" not in image:
        raise SystemExit(f"IMAGE_URI must name the image by digest (repo@sha256:...), not {image}")
    return image


def build(outputs, data):
    role, image, kms = os.environ["TRAINING_ROLE_ARN"], pinned(os.environ["IMAGE_URI"]), os.environ["KMS_KEY_ARN"]
    subnets, groups = json.loads(os.environ["SUBNET_IDS"]), json.loads(os.environ["SECURITY_GROUP_IDS"])
    network = NetworkConfig(enable_network_isolation=True, encrypt_inter_container_traffic=True, subnets=subnets, security_group_ids=groups)
    processor = ScriptProcessor(image_uri=image, command=["python3"], role=role, instance_type="ml.m5.xlarge", instance_count=1,
                                volume_kms_key=kms, output_kms_key=kms, network_config=network)
    raw = ProcessingInput(source=f"{data}/raw/latest.csv", destination="/opt/ml/processing/input")
    validate = ProcessingStep("ValidateData", processor=processor, code="validate_data.py", inputs=[raw])
    prep = ProcessingStep("Preprocess", processor=processor, code="preprocess.py", inputs=[raw], depends_on=[validate],
                          outputs=[ProcessingOutput(output_name=n, source=f"/opt/ml/processing/output/{n}", destination=f"{data}/prepared/{n}")
                                   for n in ["train", "validation", "test"]])
    estimator = Estimator(image_uri=image, role=role, instance_type="ml.m5.xlarge", instance_count=1, output_path=f"{outputs}/models",
                          volume_kms_key=kms, output_kms_key=kms, subnets=subnets, security_group_ids=groups,
                          enable_network_isolation=True, encrypt_inter_container_traffic=True, entry_point="train.py",
                          hyperparameters=HYPERPARAMETERS)
    train = TrainingStep("Train", estimator=estimator, inputs={"train": prep.properties.ProcessingOutputConfig.Outputs["train"].S3Output.S3Uri})
    report = PropertyFile(name="Evaluation", output_name="evaluation", path="evaluation.json")
    evaluate = ProcessingStep("Evaluate", processor=processor, code="evaluate.py", property_files=[report],
                              inputs=[ProcessingInput(source=train.properties.ModelArtifacts.S3ModelArtifacts, destination="/opt/ml/processing/model"),
                                      ProcessingInput(source=prep.properties.ProcessingOutputConfig.Outputs["test"].S3Output.S3Uri, destination="/opt/ml/processing/test")],
                              outputs=[ProcessingOutput(output_name="evaluation", source="/opt/ml/processing/evaluation")])
    register = RegisterModel("Register", estimator=estimator, model_data=train.properties.ModelArtifacts.S3ModelArtifacts,
                             content_types=["text/csv"], response_types=["text/csv"], inference_instances=["ml.m5.large"], transform_instances=["ml.m5.large"],
                             model_package_group_name=NAME, approval_status="PendingManualApproval",
                             model_metrics=ModelMetrics(model_statistics=MetricsSource(
                                 s3_uri=f"{evaluate.arguments['ProcessingOutputConfig']['Outputs'][0]['S3Output']['S3Uri']}/evaluation.json",
                                 content_type="application/json")))
    tracking = PipelineExperimentConfig(ExecutionVariables.PIPELINE_NAME, ExecutionVariables.PIPELINE_EXECUTION_ID)
    # What started the run: a person or the CI (manual), the drift alarm or the monthly schedule (retraining.tf)
    triggered_by = ParameterString(name="TriggeredBy", default_value="manual")
    return Pipeline(name=NAME, parameters=[triggered_by], steps=[validate, prep, train, evaluate, register],
                    pipeline_experiment_config=tracking)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--upsert", action="store_true")
    args = parser.parse_args()
    pipeline = build(os.environ["ARTIFACTS_URI"], os.environ["DATA_URI"])
    if args.upsert:
        pipeline.upsert(role_arn=os.environ["PIPELINE_ROLE_ARN"])
    else:
        print(pipeline.definition())

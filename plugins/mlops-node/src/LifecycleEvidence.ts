// Evidence of where a service stands in the AI development life cycle: pipelines, tracking, model cards.

/** @public */
export interface PipelineEvidence {
  name: string;
  arn: string;
  /** The steps of its definition, in order */
  steps: PipelineStepEvidence[];
  /** Its newest execution */
  lastExecution?: { status: string; startedAt: string };
  /** The EventBridge rules that start it */
  triggers: PipelineTriggerEvidence[];
}

/** @public */
export interface PipelineStepEvidence {
  name: string;
  /** The step type of the definition: Processing, Training, QualityCheck, RegisterModel, ... */
  type: string;
  /** The S3 URIs the step reads that are fixed locations (not another step's output) */
  inputs: string[];
}

/** @public */
export interface PipelineTriggerEvidence {
  rule: string;
  enabled: boolean;
  /** The rule's schedule expression, when it starts the pipeline on a schedule */
  schedule?: string;
  /** The CloudWatch alarms whose state change starts the pipeline (`*`: any alarm) */
  alarms?: string[];
}

/** @public */
export interface ModelCardEvidence {
  name: string;
  /** The model package (version) ARN the card documents */
  modelPackageArn: string;
  /** Draft, PendingReview, Approved or Archived */
  status: string;
}

/** @public */
export interface TrackingServerEvidence {
  name: string;
  arn: string;
  /** The server's status, e.g. Created, Stopped */
  status: string;
}

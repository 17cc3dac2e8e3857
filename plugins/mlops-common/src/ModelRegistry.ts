/** Approval status of a model package, as SageMaker names it. @public */
export type ModelApprovalStatus =
  | 'Approved'
  | 'PendingManualApproval'
  | 'Rejected';

/** One version of a model package group. @public */
export interface ModelVersion {
  version: number;
  arn: string;
  approvalStatus: ModelApprovalStatus;
  /** ISO 8601 */
  createdAt: string;
  /** ISO 8601; when the approval status last changed to Approved */
  approvedAt?: string;
  approvedBy?: string;
  description?: string;
  /** Evaluation metrics by name (accuracy, auc, rmse, ...) */
  metrics: Record<string, number>;
  modelDataUrl?: string;
  /** Lineage: the training job, its image and data */
  trainingJob?: string;
  image?: string;
  trainingData?: string;
}

/** A model package group and its versions, newest first. @public */
export interface ModelGroup {
  name: string;
  arn: string;
  description?: string;
  versions: ModelVersion[];
}

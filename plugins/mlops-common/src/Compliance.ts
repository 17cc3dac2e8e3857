/** The five principles of the secure ML pipeline. @public */
export const PRINCIPLES = [
  'network-isolation',
  'encryption',
  'least-privilege',
  'everything-as-code',
  'defense-in-depth',
] as const;
/** @public */
export type Principle = (typeof PRINCIPLES)[number];

/** Severities, most severe first. @public */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** @public */
export type Severity = (typeof SEVERITIES)[number];

/** @public */
export type CheckStatus = 'pass' | 'fail' | 'not_applicable' | 'error';

/** The matching control of AWS's own tools, where there is one. @public */
export interface CheckControls {
  awsConfigRule?: string;
  securityHub?: string;
  checkov?: string;
}

/** A check of the catalog, as the API lists it. @public */
export interface CheckDescription {
  id: string;
  title: string;
  principle: Principle;
  severity: Severity;
  description: string;
  remediation: string;
  controls: CheckControls;
}

/** The outcome of one check for one entity. @public */
export interface CheckResult {
  id: string;
  title: string;
  principle: Principle;
  severity: Severity;
  status: CheckStatus;
  /** The resources the outcome is about (failing ones first) */
  resource?: string;
  /** Why: a sentence a person can act on */
  message?: string;
  /** The evidence the check read */
  evidence?: unknown;
  remediation: string;
  controls: CheckControls;
}

/** Failed checks counted by severity. @public */
export type FailedCounts = Record<Severity, number>;

/**
 * AWS services a private ML subnet reaches through VPC endpoints, without the internet: the suffix of
 * `com.amazonaws.<region>.<service>`.
 * @public
 */
export const REQUIRED_VPC_ENDPOINT_SERVICES = [
  'sagemaker.api',
  'sagemaker.runtime',
  'sts',
  'logs',
  'monitoring',
  'ecr.api',
  'ecr.dkr',
  'kms',
  's3',
] as const;

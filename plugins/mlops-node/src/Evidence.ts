import {
  ModelCardEvidence,
  PipelineEvidence,
  TrackingServerEvidence,
} from './LifecycleEvidence';
import {
  ContainerScanReport,
  InferenceApiSchema,
  PolicyGateReport,
} from '@aidlc/plugin-mlops-common';

/**
 * Normalized configuration of the AWS resources behind an ML service: what the compliance checks
 * read. Every section is optional: a source leaves out what it could not read and says why in
 * `gaps`, so the checks that need it report `error` instead of a false `pass`.
 * @public
 */
export interface Evidence {
  endpoints?: EndpointEvidence[];
  models?: ModelEvidence[];
  trainingJobs?: TrainingJobEvidence[];
  monitoringJobs?: MonitoringJobEvidence[];
  buckets?: BucketEvidence[];
  kmsKeys?: KmsKeyEvidence[];
  roles?: RoleEvidence[];
  /** Interface and gateway VPC endpoints per VPC of the models */
  vpcEndpoints?: { vpcId: string; services: string[] }[];
  /** The subnets of the models and jobs, and whether their route tables reach the internet */
  subnets?: SubnetEvidence[];
  /** The security groups of the models and jobs, reduced to their open rules */
  securityGroups?: SecurityGroupEvidence[];
  /** The images the models serve, with what the registry's scan found */
  images?: ImageEvidence[];
  /** The API in front of the models (`aidlc.io/inference-api`), when the entity names one */
  inferenceApis?: InferenceApiEvidence[];
  /** The SageMaker pipelines that prepare the data and train the models, with what starts them */
  pipelines?: PipelineEvidence[];
  /** The SageMaker model cards linked to the entity's model versions (by model package) */
  modelCards?: ModelCardEvidence[];
  /** Experiment tracking servers (SageMaker managed MLflow) of the account and region */
  trackingServers?: TrackingServerEvidence[];
  cloudTrail?: { trails: TrailEvidence[] };
  guardDuty?: { enabled: boolean };
  awsConfig?: { recording: boolean; allResources: boolean };
  /** Reports that the project's CI submitted (policy gate, container scan) */
  submitted?: SubmittedEvidence;
  /** Sections a source could not read, with the reason (for example the IAM action AWS denied) */
  gaps?: Partial<Record<EvidenceSection, string>>;
}

/** @public */
export type EvidenceSection = Exclude<keyof Evidence, 'gaps'>;

/** @public */
export interface EndpointEvidence {
  name: string;
  /** Production variants: instance count and the model each serves */
  variants: {
    name: string;
    instanceCount: number;
    modelName: string;
    serverless?: boolean;
    /** Model package versions (ARNs) the variant's model was created from */
    modelPackages?: string[];
    /** The variant's weight in the traffic split (relative to the others') */
    weight?: number;
  }[];
  /** ISO 8601: when the endpoint last changed (its configuration took effect) */
  updatedAt?: string;
  kmsKeyId?: string;
  dataCapture?: { enabled: boolean; kmsKeyId?: string; destination?: string };
  /** Blue/green deployment policy */
  deployment?: {
    strategy: 'canary' | 'linear' | 'all-at-once' | 'none';
    autoRollbackAlarms: string[];
  };
  /** Model package versions the endpoint serves (ARNs) */
  servedModelPackages: string[];
}

/** @public */
export interface VpcConfig {
  vpcId?: string;
  subnets: string[];
  securityGroups: string[];
}

/** @public */
export interface ModelEvidence {
  name: string;
  executionRoleArn: string;
  networkIsolation: boolean;
  vpcConfig?: VpcConfig;
  /** The containers' environment variables, by name only: values never leave the source */
  environment?: EnvironmentVariableEvidence[];
  /** The containers' image URIs */
  images?: string[];
}

/** @public */
export interface EnvironmentVariableEvidence {
  name: string;
  /** Why the variable looks like a plaintext secret, when it does */
  secretLike?: string;
}

/** @public */
export interface SubnetEvidence {
  id: string;
  vpcId?: string;
  routeTableId?: string;
  /** The internet gateway a route of the subnet's route table targets, which makes the subnet public */
  internetGateway?: string;
}

/** @public */
export interface SecurityGroupEvidence {
  id: string;
  name?: string;
  /** Ingress rules open to any address, as "tcp 443 from 0.0.0.0/0" */
  openIngress: string[];
  /** True when an egress rule allows every protocol to any address */
  unrestrictedEgress: boolean;
}

/**
 * The front that takes callers' requests to the models: an API Gateway REST or HTTP API stage and its
 * integration, or a Lambda function or ECS task alone. Each guard says where it is and how it is set,
 * or is absent.
 * @public
 */
export interface InferenceApiEvidence {
  /** `<api-id>/<stage>`, the Lambda function's name, or the ECS task definition's family:revision */
  name: string;
  kind: 'rest-api' | 'http-api' | 'lambda' | 'ecs';
  /** How requests are validated before they reach the model, e.g. `POST /invocations: body against model InferenceRequest` */
  requestValidation?: string;
  /** How the API is rate limited, e.g. `stage (all methods): 100 requests/s, burst 200` */
  throttling?: string;
  /** How callers invoke the model through it, when the API validates bodies against a schema it holds */
  invocation?: InferenceApiSchema;
  /** The lowest TLS version a custom domain of the API accepts (`TLS_1_0`, `TLS_1_2`), when it has one */
  minimumTls?: string;
  /** What runs the front (a Lambda function, an ECS task), with its environment by name only */
  compute?: {
    kind: 'lambda' | 'ecs-task';
    name: string;
    environment: EnvironmentVariableEvidence[];
    inVpc: boolean;
  };
}

/** @public */
export interface ImageEvidence {
  uri: string;
  digest?: string;
  /** The registry's scan of the image (ECR basic or enhanced scanning), when there is one */
  scan?: {
    status: string;
    /** ISO 8601 */
    completedAt?: string;
    /** Findings counted by severity (CRITICAL, HIGH, ...) */
    severityCounts: Record<string, number>;
  };
}

/** @public */
export interface TrainingJobEvidence {
  name: string;
  roleArn: string;
  outputKmsKeyId?: string;
  volumeKmsKeyId?: string;
  networkIsolation: boolean;
  interContainerEncryption: boolean;
  vpcConfig?: VpcConfig;
  /** ISO 8601: when the job was created */
  createdAt?: string;
  /** The training image; pinned when it names a digest (`@sha256:...`) */
  image?: string;
  /** S3 URIs of its input channels */
  inputs?: string[];
  /** How many hyperparameters the job recorded */
  hyperparameters?: number;
  /** Where the job's run is tracked: a SageMaker experiment, or an MLflow tracking server */
  tracking?: { experiment?: string; mlflowTrackingServer?: string };
}

/** @public */
export interface MonitoringJobEvidence {
  name: string;
  networkIsolation: boolean;
  interContainerEncryption: boolean;
  vpcConfig?: VpcConfig;
  outputKmsKeyId?: string;
  volumeKmsKeyId?: string;
}

/** @public */
export interface BucketEvidence {
  name: string;
  purpose: 'model-artifacts' | 'data-capture' | 'training-data' | 'other';
  encryption?: {
    algorithm: 'aws:kms' | 'aws:kms:dsse' | 'AES256';
    kmsKeyId?: string;
  };
  publicAccessBlock?: {
    blockPublicAcls: boolean;
    ignorePublicAcls: boolean;
    blockPublicPolicy: boolean;
    restrictPublicBuckets: boolean;
  };
  /** The bucket policy document (IAM policy JSON), when there is one */
  policy?: PolicyDocument;
  versioning: boolean;
}

/** @public */
export interface KmsKeyEvidence {
  arn: string;
  manager: 'CUSTOMER' | 'AWS';
  rotationEnabled: boolean;
}

/** An IAM policy document. @public */
export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement[];
}

/** @public */
export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

/** @public */
export interface RoleEvidence {
  arn: string;
  /** What the role is used for, as far as the source can tell */
  usedBy: ('training' | 'inference' | 'monitoring' | 'pipeline')[];
  attachedManagedPolicies: string[];
  /** Documents of the inline and customer managed policies (AWS managed ones are judged by name) */
  inlinePolicies: { name: string; document: PolicyDocument }[];
}

/** @public */
export interface TrailEvidence {
  name: string;
  multiRegion: boolean;
  logFileValidation: boolean;
  logging: boolean;
  kmsKeyId?: string;
  /** Buckets (names, or `*` for all) whose S3 data events the trail records */
  s3DataEventBuckets: string[];
}

/** Who posted a report and when. @public */
export interface SubmissionFacts {
  /** ISO 8601 */
  submittedAt: string;
  /** The pipeline's identity (the token's subject) */
  submittedBy?: string;
}

/** The newest reports that the project's pipeline posted to the evidence route. @public */
export interface SubmittedEvidence {
  policyGate?: Omit<PolicyGateReport, 'kind'> & SubmissionFacts;
  containerScan?: Omit<ContainerScanReport, 'kind'> & SubmissionFacts;
}

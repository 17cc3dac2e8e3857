import { CheckContext, Evidence } from '@aidlc/plugin-mlops-node';

export type Mutation = (evidence: Evidence, context: CheckContext) => void;

/**
 * For every check: one change to the secure service that must make it fail, and one that makes
 * it not applicable (or `error` for account-level evidence, which always exists).
 */
export const checkCases: Record<
  string,
  {
    fail: Mutation;
    failNames: string;
    absent: Mutation;
    absentStatus?: 'not_applicable' | 'error' | 'missing_evidence';
  }
> = {
  'model-network-isolation': {
    fail: e => (e.models![0].networkIsolation = false),
    failNames: 'fraud-12',
    absent: e => (e.models = []),
  },
  'model-in-vpc': {
    fail: e => (e.models![0].vpcConfig = undefined),
    failNames: 'fraud-12',
    absent: e => (e.models = []),
  },
  'training-job-isolation': {
    fail: e => (e.trainingJobs![0].networkIsolation = false),
    failNames: 'fraud-train-1',
    absent: e => (e.trainingJobs = []),
  },
  'monitoring-job-isolation': {
    fail: e => (e.monitoringJobs![0].vpcConfig = undefined),
    failNames: 'fraud-data-quality',
    absent: e => (e.monitoringJobs = []),
  },
  'vpc-endpoints-present': {
    fail: e => {
      e.vpcEndpoints![0].services = e.vpcEndpoints![0].services.filter(
        s => !s.endsWith('ecr.dkr'),
      );
    },
    failNames: 'vpc-1',
    absent: e => (e.vpcEndpoints = []),
  },
  'subnets-no-internet-route': {
    fail: e => (e.subnets![1].internetGateway = 'igw-0a1b2c3d'),
    failNames: 'subnet-2',
    absent: e => (e.subnets = []),
  },
  'security-groups-minimal': {
    fail: e => (e.securityGroups![0].openIngress = ['tcp 22 from 0.0.0.0/0']),
    failNames: 'sg-1',
    absent: e => (e.securityGroups = []),
  },
  'no-plaintext-secrets': {
    fail: e =>
      e.models![0].environment!.push({
        name: 'DB_PASSWORD',
        secretLike: 'its name says it holds a secret',
      }),
    failNames: 'fraud-12 sets DB_PASSWORD',
    absent: e => {
      e.models = [];
      e.inferenceApis = [];
    },
  },
  'inference-api-validates-requests': {
    fail: e => delete e.inferenceApis![0].requestValidation,
    failNames: 'a1b2c3d4e5/prod',
    absent: e => (e.inferenceApis = []),
  },
  'inference-api-rate-limited': {
    fail: e => delete e.inferenceApis![0].throttling,
    failNames: 'a1b2c3d4e5/prod',
    absent: e => (e.inferenceApis = []),
  },
  'image-scan-clean': {
    fail: e => (e.images![0].scan!.severityCounts.CRITICAL = 2),
    failNames: 'fraud:12',
    absent: e => (e.images = []),
  },
  'model-artifacts-read-restricted': {
    fail: e =>
      (e.buckets![0].policy!.Statement = e.buckets![0].policy!.Statement.filter(
        s => s.Sid !== 'OnlyTheModelRolesRead',
      )),
    failNames: 'fraud-models',
    absent: e => (e.buckets = []),
  },
  'endpoint-config-kms': {
    fail: e => (e.endpoints![0].kmsKeyId = undefined),
    failNames: 'fraud-scoring-prod',
    absent: e => (e.endpoints = []),
  },
  'data-capture-kms': {
    fail: e => (e.endpoints![0].dataCapture = { enabled: true }),
    failNames: 'fraud-scoring-prod',
    absent: e => (e.endpoints![0].dataCapture = { enabled: false }),
  },
  'training-output-kms': {
    fail: e => (e.trainingJobs![0].volumeKmsKeyId = undefined),
    failNames: 'fraud-train-1',
    absent: e => (e.trainingJobs = []),
  },
  'training-inter-container-encryption': {
    fail: e => (e.trainingJobs![0].interContainerEncryption = false),
    failNames: 'fraud-train-1',
    absent: e => (e.trainingJobs = []),
  },
  'monitoring-job-encryption': {
    fail: e => (e.monitoringJobs![0].interContainerEncryption = false),
    failNames: 'fraud-data-quality',
    absent: e => (e.monitoringJobs = []),
  },
  'bucket-sse-kms': {
    fail: e => (e.buckets![0].encryption = { algorithm: 'AES256' }),
    failNames: 'fraud-models',
    absent: e => (e.buckets = []),
  },
  'bucket-deny-insecure-transport': {
    fail: e => e.buckets![0].policy!.Statement.splice(0, 1),
    failNames: 'fraud-models',
    absent: e => (e.buckets = []),
  },
  'bucket-deny-unencrypted-uploads': {
    fail: e =>
      (e.buckets![0].policy!.Statement = e.buckets![0].policy!.Statement.filter(
        s => s.Action !== 's3:PutObject',
      )),
    failNames: 'fraud-models',
    absent: e => (e.buckets = []),
  },
  'kms-key-rotation': {
    fail: e => (e.kmsKeys![0].rotationEnabled = false),
    failNames: 'key/0b6f4a52',
    absent: e =>
      (e.kmsKeys = [
        {
          arn: 'arn:aws:kms:eu-west-1:1:key/aws',
          manager: 'AWS',
          rotationEnabled: false,
        },
      ]),
  },
  'bucket-public-access-block': {
    fail: e => (e.buckets![0].publicAccessBlock!.restrictPublicBuckets = false),
    failNames: 'fraud-models',
    absent: e => (e.buckets = []),
  },
  'role-no-wildcards': {
    fail: e =>
      (e.roles![0].inlinePolicies[0].document.Statement[0].Resource = '*'),
    failNames: 'role/training',
    absent: e => (e.roles = []),
  },
  'role-no-admin-policies': {
    fail: e =>
      e.roles![1].attachedManagedPolicies.push(
        'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess',
      ),
    failNames: 'role/inference',
    absent: e => (e.roles = []),
  },
  'separate-training-inference-roles': {
    fail: e => {
      e.roles![0].usedBy = ['training', 'inference'];
    },
    failNames: 'role/training',
    absent: e => (e.roles = [e.roles![0]]),
  },
  'policy-gate-passed': {
    fail: e => {
      e.submitted!.policyGate = {
        ...e.submitted!.policyGate!,
        passed: false,
        violations: [
          {
            rule: 'bucket-deny-insecure-transport',
            severity: 'high',
            resource: 'aws_s3_bucket.models',
          },
        ],
      };
    },
    failNames: 'aws_s3_bucket.models',
    absent: e => (e.submitted = {}),
    absentStatus: 'missing_evidence',
  },
  'container-scan-clean': {
    fail: e => (e.submitted!.containerScan!.critical = 2),
    failNames: 'fraud:12',
    absent: e => (e.submitted = {}),
    absentStatus: 'missing_evidence',
  },
  'approved-model-served': {
    fail: (_e, c) =>
      (c.models[0].versions[0].approvalStatus = 'PendingManualApproval'),
    failNames: 'fraud-scoring-prod',
    absent: e => (e.endpoints = []),
  },
  'model-card-present': {
    fail: e => (e.modelCards![0].status = 'Archived'),
    failNames: 'model-package/fraud-scoring-xgb/12',
    absent: e => (e.endpoints = []),
  },
  'cloudtrail-multi-region': {
    fail: e => (e.cloudTrail!.trails[0].multiRegion = false),
    failNames: 'no multi-region trail is logging',
    absent: e => (e.cloudTrail = undefined),
    absentStatus: 'error',
  },
  'cloudtrail-log-file-validation': {
    fail: e => (e.cloudTrail!.trails[0].logFileValidation = false),
    failNames: 'no logging trail validates its log files',
    absent: e => (e.cloudTrail = undefined),
    absentStatus: 'error',
  },
  'cloudtrail-s3-data-events': {
    fail: e => (e.cloudTrail!.trails[0].s3DataEventBuckets = []),
    failNames: 'fraud-models',
    absent: e => (e.buckets = []),
  },
  'guardduty-enabled': {
    fail: e => (e.guardDuty = { enabled: false }),
    failNames: 'No enabled GuardDuty detector',
    absent: e => (e.guardDuty = undefined),
    absentStatus: 'error',
  },
  'config-recorder-on': {
    fail: e => (e.awsConfig = { recording: true, allResources: false }),
    failNames: 'records only some resources',
    absent: e => (e.awsConfig = undefined),
    absentStatus: 'error',
  },
  'data-capture-enabled': {
    fail: e => (e.endpoints![0].dataCapture = undefined),
    failNames: 'fraud-scoring-prod',
    absent: e => (e.endpoints![0].variants[0].serverless = true),
  },
  'drift-monitoring-in-place': {
    fail: (_e, c) => {
      c.endpoints[0].schedules = [];
      c.endpoints[0].metrics = [];
    },
    failNames: 'fraud-scoring-prod',
    absent: (_e, c) => (c.endpoints = []),
  },
  'last-monitoring-clean': {
    fail: (_e, c) => {
      c.endpoints[0].schedules[0].lastExecution = {
        status: 'CompletedWithViolations',
        scheduledAt: '2026-11-25T10:00:00Z',
        violations: 2,
      };
    },
    failNames: 'fraud-data-quality',
    absent: (_e, c) => (c.endpoints[0].schedules[0].lastExecution = undefined),
  },
  'safe-deployment': {
    fail: e =>
      (e.endpoints![0].deployment = {
        strategy: 'all-at-once',
        autoRollbackAlarms: [],
      }),
    failNames: 'fraud-scoring-prod',
    absent: e => (e.endpoints = []),
  },
  'multi-instance-production': {
    fail: e => (e.endpoints![0].variants[0].instanceCount = 1),
    failNames: 'fraud-scoring-prod',
    absent: e => (e.endpoints![0].variants[0].serverless = true),
  },
  'bucket-versioning': {
    fail: e => (e.buckets![0].versioning = false),
    failNames: 'fraud-models',
    absent: e => (e.buckets = []),
  },
};

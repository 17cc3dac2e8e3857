import { CheckContext, Evidence, MlopsTarget } from '@aidlc/plugin-mlops-node';

const key =
  'arn:aws:kms:eu-west-1:111122223333:key/0b6f4a52-7d4e-4c57-9a3c-2f1e8d7c6b5a';
const vpc = {
  vpcId: 'vpc-1',
  subnets: ['subnet-1', 'subnet-2'],
  securityGroups: ['sg-1'],
};
const image = '111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud:12';
const approvedVersion =
  'arn:aws:sagemaker:eu-west-1:111122223333:model-package/fraud-scoring-xgb/12';

/** A service that passes every built-in check: what the template's pipeline builds. */
export function secureEvidence(): Evidence {
  return {
    endpoints: [
      {
        name: 'fraud-scoring-prod',
        variants: [
          { name: 'AllTraffic', instanceCount: 2, modelName: 'fraud-12' },
        ],
        kmsKeyId: key,
        dataCapture: { enabled: true, kmsKeyId: key },
        deployment: { strategy: 'canary', autoRollbackAlarms: ['fraud-5xx'] },
        servedModelPackages: [approvedVersion],
      },
    ],
    models: [
      {
        name: 'fraud-12',
        executionRoleArn: 'arn:aws:iam::111122223333:role/inference',
        networkIsolation: true,
        vpcConfig: vpc,
        environment: [
          { name: 'SAGEMAKER_PROGRAM' },
          { name: 'MODEL_SECRET_ARN' },
        ],
        images: [image],
      },
    ],
    subnets: [
      { id: 'subnet-1', vpcId: 'vpc-1', routeTableId: 'rtb-private' },
      { id: 'subnet-2', vpcId: 'vpc-1', routeTableId: 'rtb-private' },
    ],
    securityGroups: [
      { id: 'sg-1', openIngress: [], unrestrictedEgress: false },
    ],
    inferenceApis: [
      {
        name: 'a1b2c3d4e5/prod',
        kind: 'rest-api',
        requestValidation:
          'POST /invocations: body against model InferenceRequest',
        throttling: 'stage (all methods): 100 requests/s, burst 200',
        minimumTls: 'TLS_1_2',
        compute: {
          kind: 'lambda',
          name: 'fraud-front',
          environment: [{ name: 'ENDPOINT_NAME' }],
          inVpc: true,
        },
      },
    ],
    images: [
      {
        uri: image,
        digest: 'sha256:5b0e1f3a',
        scan: {
          status: 'COMPLETE',
          completedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
          severityCounts: { HIGH: 1, MEDIUM: 4 },
        },
      },
    ],
    modelCards: [
      {
        name: 'fraud-scoring-xgb-v12',
        modelPackageArn: approvedVersion,
        status: 'Approved',
      },
    ],
    trainingJobs: [
      {
        name: 'fraud-train-1',
        roleArn: 'arn:aws:iam::111122223333:role/training',
        outputKmsKeyId: key,
        volumeKmsKeyId: key,
        networkIsolation: true,
        interContainerEncryption: true,
        vpcConfig: vpc,
      },
    ],
    monitoringJobs: [
      {
        name: 'fraud-data-quality',
        networkIsolation: true,
        interContainerEncryption: true,
        vpcConfig: vpc,
        outputKmsKeyId: key,
        volumeKmsKeyId: key,
      },
    ],
    buckets: [
      {
        name: 'fraud-models',
        purpose: 'model-artifacts',
        encryption: { algorithm: 'aws:kms', kmsKeyId: key },
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [
                'arn:aws:s3:::fraud-models',
                'arn:aws:s3:::fraud-models/*',
              ],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
            {
              Sid: 'OnlyTheModelRolesRead',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::fraud-models/*',
              Condition: {
                ArnNotEquals: {
                  'aws:PrincipalArn': [
                    'arn:aws:iam::111122223333:role/inference',
                    'arn:aws:iam::111122223333:role/training',
                  ],
                },
              },
            },
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:PutObject',
              Resource: 'arn:aws:s3:::fraud-models/*',
              Condition: {
                StringNotEquals: {
                  's3:x-amz-server-side-encryption': 'aws:kms',
                },
              },
            },
          ],
        },
        versioning: true,
      },
    ],
    kmsKeys: [{ arn: key, manager: 'CUSTOMER', rotationEnabled: true }],
    roles: [
      {
        arn: 'arn:aws:iam::111122223333:role/training',
        usedBy: ['training'],
        attachedManagedPolicies: [],
        inlinePolicies: [
          {
            name: 'read-data',
            document: {
              Statement: [
                {
                  Effect: 'Allow',
                  Action: ['s3:GetObject'],
                  Resource: 'arn:aws:s3:::fraud-data/*',
                },
              ],
            },
          },
        ],
      },
      {
        arn: 'arn:aws:iam::111122223333:role/inference',
        usedBy: ['inference'],
        attachedManagedPolicies: [],
        inlinePolicies: [],
      },
    ],
    vpcEndpoints: [
      {
        vpcId: 'vpc-1',
        services: [
          'com.amazonaws.eu-west-1.sagemaker.api',
          'com.amazonaws.eu-west-1.sagemaker.runtime',
          'com.amazonaws.eu-west-1.sts',
          'com.amazonaws.eu-west-1.logs',
          'com.amazonaws.eu-west-1.monitoring',
          'com.amazonaws.eu-west-1.ecr.api',
          'com.amazonaws.eu-west-1.ecr.dkr',
          'com.amazonaws.eu-west-1.kms',
          'com.amazonaws.eu-west-1.s3',
        ],
      },
    ],
    cloudTrail: {
      trails: [
        {
          name: 'org-trail',
          multiRegion: true,
          logFileValidation: true,
          logging: true,
          kmsKeyId: key,
          s3DataEventBuckets: ['fraud-models'],
        },
      ],
    },
    guardDuty: { enabled: true },
    awsConfig: { recording: true, allResources: true },
    submitted: {
      policyGate: {
        submittedAt: '2026-11-20T10:00:00Z',
        tool: 'mlops:terraform:check',
        passed: true,
        violations: [],
      },
      containerScan: {
        submittedAt: '2026-11-20T10:05:00Z',
        tool: 'trivy',
        image: 'fraud:12',
        critical: 0,
        high: 1,
      },
    },
  };
}

export const target: MlopsTarget = {
  entityRef: 'component:default/fraud-scoring-api',
  modelPackageGroups: [{ name: 'fraud-scoring-xgb' }],
  endpoints: [{ name: 'fraud-scoring-prod' }],
  profile: 'restricted-data',
};

/** Registry and monitoring of the same service: an approved version served, drift watched. */
export function secureContext(): CheckContext {
  return {
    target,
    models: [
      {
        name: 'fraud-scoring-xgb',
        arn: 'arn:aws:sagemaker:eu-west-1:111122223333:model-package-group/fraud-scoring-xgb',
        versions: [
          {
            version: 12,
            arn: approvedVersion,
            approvalStatus: 'Approved',
            createdAt: '2026-11-03T10:02:17Z',
            metrics: { auc: 0.957 },
          },
        ],
      },
    ],
    endpoints: [
      {
        name: 'fraud-scoring-prod',
        status: 'ok',
        schedules: [
          {
            name: 'fraud-data-quality',
            type: 'DataQuality',
            status: 'Scheduled',
            lastExecution: {
              status: 'Completed',
              scheduledAt: '2026-11-25T10:00:00Z',
              violations: 0,
            },
          },
        ],
        metrics: [
          {
            name: 'feature_baseline_drift_amount',
            threshold: 0.2,
            points: [{ t: '2026-11-25T10:00:00Z', v: 0.05 }],
          },
        ],
      },
    ],
  };
}

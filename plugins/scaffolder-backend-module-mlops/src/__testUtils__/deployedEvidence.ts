import { CheckResult } from '@aidlc/plugin-mlops-common';
import {
  BucketEvidence,
  Evidence,
  PipelineStepEvidence,
  PipelineTriggerEvidence,
} from '@aidlc/plugin-mlops-node';
import { parse } from '@cdktf/hcl2json';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPolicyGate } from '../runPolicyGate';
import { TerraformModel } from '../TerraformModel';
import { VALUES } from './templateFiles';

const ENVIRONMENT = 'prod';
const DAY_MS = 86_400_000;
const STEP_TYPES: Record<string, string> = {
  ProcessingStep: 'Processing',
  TrainingStep: 'Training',
  RegisterModel: 'RegisterModel',
};

/** The buckets of storage.tf (its `local.buckets`), as S3 would describe them once applied. */
async function bucketsOf(dir: string, terraform: TerraformModel) {
  const storage = await parse(
    'storage.tf',
    readFileSync(join(dir, 'terraform/storage.tf'), 'utf8'),
  );
  const keys = Object.keys(storage.locals[0].buckets);
  const body = (type: string) =>
    terraform.blocks.find(b => b.type === type && b.name === 'ml')!.body;
  const sse = body('aws_s3_bucket_server_side_encryption_configuration').rule[0]
    .apply_server_side_encryption_by_default[0];
  const versioning =
    body('aws_s3_bucket_versioning').versioning_configuration[0].status ===
    'Enabled';
  return keys.map(
    (key): BucketEvidence => ({
      name: `${VALUES.name}-${ENVIRONMENT}-${key}-${VALUES.awsAccountId}`,
      purpose: key === 'data' ? 'training-data' : 'other',
      encryption: { algorithm: sse.sse_algorithm, kmsKeyId: 'key' },
      versioning,
    }),
  );
}

/** The steps of the `Pipeline(...)` of pipeline.py, in order, with the data each reads. */
function stepsOf(code: string, dataBucket: string): PipelineStepEvidence[] {
  const defined = new Map(
    [...code.matchAll(/(\w+) = (\w+)\("(\w+)"([^\n]*)/g)].map(
      ([, variable, kind, name, args]) => [variable, { kind, name, args }],
    ),
  );
  const order = /Pipeline\([^)]*steps=\[([^\]]+)\]/.exec(code)![1];
  return order.split(',').map(variable => {
    const step = defined.get(variable.trim())!;
    return {
      name: step.name,
      type: STEP_TYPES[step.kind] ?? step.kind,
      // `raw` is f"{data}/raw/latest.csv": the data bucket
      inputs: /inputs=\[raw\]/.test(step.args)
        ? [`s3://${dataBucket}/raw/latest.csv`]
        : [],
    };
  });
}

/** The EventBridge rules of the Terraform whose targets are the pipeline. */
function triggersOf(terraform: TerraformModel): PipelineTriggerEvidence[] {
  const target = terraform.blocks.find(
    b =>
      b.type === 'aws_cloudwatch_event_target' &&
      String(b.body.arn).includes('local.pipeline_arn'),
  );
  if (!target) return [];
  const rules = Object.values(target.body.for_each as Record<string, string>)
    .map(ref => /aws_cloudwatch_event_rule\.(\w+)\.name/.exec(ref)![1])
    .map(
      name =>
        terraform.blocks.find(
          b => b.type === 'aws_cloudwatch_event_rule' && b.name === name,
        )!.body,
    );
  return rules.map(rule => {
    const pattern = String(rule.event_pattern ?? '');
    const onDrift =
      pattern.includes('CloudWatch Alarm State Change') &&
      pattern.includes('aws_cloudwatch_metric_alarm.drift.alarm_name');
    return {
      rule: String(rule.name),
      enabled: true,
      ...(rule.schedule_expression
        ? { schedule: rule.schedule_expression }
        : {}),
      ...(onDrift ? { alarms: [`${VALUES.name}-${ENVIRONMENT}-drift`] } : {}),
    };
  });
}

/**
 * What AWS would report of a project rendered into `dir` once applied and its pipeline upserted and
 * run, read from its code: the Terraform (buckets, rules), ml/pipeline.py (steps, tracking, image,
 * hyperparameters) and the deploy workflow; and the checks that the policy gate and the code answer.
 */
export async function deployedEvidence(dir: string, now: Date) {
  const terraform = await TerraformModel.read(join(dir, 'terraform'));
  const pipeline = readFileSync(join(dir, 'ml/pipeline.py'), 'utf8');
  const training = readFileSync(join(dir, 'ml/train.py'), 'utf8');
  const buckets = await bucketsOf(dir, terraform);
  const data = buckets.find(b => b.purpose === 'training-data')!.name;
  const triggers = triggersOf(terraform);
  const monthly = triggers.some(t => t.schedule === 'cron(0 3 1 * ? *)');
  const hyperparameters = /HYPERPARAMETERS = \{([^}]*)\}/.exec(training);
  const estimator = /Estimator\(([\s\S]*?)\)\n/.exec(pipeline)![1];
  const evidence: Evidence = {
    buckets,
    pipelines: [
      {
        name: VALUES.name,
        arn: `arn:aws:sagemaker:${VALUES.region}:${VALUES.awsAccountId}:pipeline/${VALUES.name}`,
        steps: stepsOf(pipeline, data),
        lastExecution: { status: 'Succeeded', startedAt: now.toISOString() },
        triggers,
      },
    ],
    trainingJobs: [
      {
        name: `pipelines-run-1-Train`,
        roleArn: 'arn:aws:iam::111122223333:role/training',
        networkIsolation: true,
        interContainerEncryption: true,
        // The monthly rule runs it again at least every month
        ...(monthly && {
          createdAt: new Date(now.getTime() - 31 * DAY_MS).toISOString(),
        }),
        // pipeline.py refuses an image without a digest
        ...(/"@sha256:" not in image/.test(pipeline) && {
          image: `${VALUES.awsAccountId}.dkr.ecr.${
            VALUES.region
          }.amazonaws.com/${VALUES.name}@sha256:${'a'.repeat(64)}`,
        }),
        inputs: [`s3://${data}/prepared/train`].filter(() =>
          pipeline.includes('destination=f"{data}/prepared/{n}"'),
        ),
        hyperparameters:
          estimator.includes('hyperparameters=HYPERPARAMETERS') &&
          hyperparameters
            ? hyperparameters[1].split(',').length
            : 0,
        ...(estimator.includes('output_kms_key=kms') && {
          outputKmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/models',
        }),
        ...(pipeline.includes('pipeline_experiment_config=tracking') && {
          tracking: { experiment: VALUES.name },
        }),
      },
    ],
  };
  return { evidence, checks: await checksOf(dir) };
}

/** The checks the deployment and monitoring stages reuse, as the gate and the code answer them. */
async function checksOf(dir: string): Promise<CheckResult[]> {
  const gate = await runPolicyGate(join(dir, 'terraform'), 'low');
  const broken = new Set(gate.violations.map(v => v.rule));
  const deploy = readFileSync(
    join(dir, '.github/workflows/deploy.yml'),
    'utf8',
  );
  const prod = readFileSync(
    join(dir, 'terraform/environments/prod.tfvars'),
    'utf8',
  );
  const passes = {
    'safe-deployment': !broken.has('safe-deployment'),
    'drift-monitoring-in-place': !broken.has('drift-monitoring-in-place'),
    'multi-instance-production':
      Number(/instance_count = (\d+)/.exec(prod)?.[1]) > 1,
    'approved-model-served': deploy.includes(
      '--model-approval-status Approved',
    ),
  };
  return Object.entries(passes).map(([id, pass]) => ({
    id,
    title: id,
    principle: 'defense-in-depth',
    severity: 'high',
    status: pass ? 'pass' : 'fail',
    remediation: '',
    controls: {},
  }));
}

import { ModelGroup, MonitoringSchedule } from '@aidlc/plugin-mlops-common';
import {
  BucketEvidence,
  MlopsTarget,
  ModelEvidence,
  MonitoringJobEvidence,
  RoleEvidence,
  TrainingJobEvidence,
  EndpointEvidence,
  PipelineEvidence,
} from '@aidlc/plugin-mlops-node';
import { EvidenceGaps, readSection } from './awsErrors';
import { readEndpoint } from './endpoints/readEndpoint';
import { readMonitoring } from './endpoints/readMonitoring';
import { parseS3Uri } from './parseS3Uri';
import { ModelGroupContext, readModelGroup } from './registry/readModelGroup';
import { readTrainingJob } from './registry/readTrainingJob';
import { readPipelines } from './pipelines/readPipelines';

/** What reading an entity needs: the clients and cache of its location, and how long evidence keeps. */
export type ScanContext = ModelGroupContext & { evidenceTtlMs: number };

type Purpose = BucketEvidence['purpose'];
type Use = RoleEvidence['usedBy'][number];

/** What the SageMaker APIs say of one entity, and the shared resources (buckets, keys, roles) it uses. */
export interface EntityScan {
  target: MlopsTarget;
  models: ModelGroup[];
  endpoints: { evidence: EndpointEvidence; schedules: MonitoringSchedule[] }[];
  modelEvidence: ModelEvidence[];
  trainingJobs?: TrainingJobEvidence[];
  pipelines?: PipelineEvidence[];
  monitoringJobs: MonitoringJobEvidence[];
  buckets: Map<string, Purpose>;
  kmsKeys: Set<string>;
  roles: Map<string, Set<Use>>;
  subnets: Set<string>;
  securityGroups: Set<string>;
  gaps: EvidenceGaps;
}

function addRole(
  roles: Map<string, Set<Use>>,
  arn: string | undefined,
  use: Use,
) {
  if (!arn) return;
  roles.set(arn, (roles.get(arn) ?? new Set()).add(use));
}

function addBucket(
  buckets: Map<string, Purpose>,
  uri: string | undefined,
  purpose: Purpose,
) {
  if (!uri?.startsWith('s3://')) return;
  const { bucket } = parseS3Uri(uri);
  // The first purpose seen wins: model artifacts, then data capture, then training data.
  if (!buckets.has(bucket)) buckets.set(bucket, purpose);
}

/** The training jobs that matter for compliance: those behind the newest and the served versions. */
function relevantTrainingJobs(
  models: ModelGroup[],
  served: string[],
): string[] {
  const versions = models.flatMap(g => g.versions);
  const jobs = [
    ...models.map(g => g.versions[0]?.trainingJob),
    ...versions.filter(v => served.includes(v.arn)).map(v => v.trainingJob),
  ];
  return [...new Set(jobs.filter((j): j is string => Boolean(j)))];
}

/**
 * Reads one entity's model registry, endpoints, monitoring and training jobs. Throws when what the
 * entity is about cannot be read (a missing endpoint, a denied registry); a denied evidence read
 * becomes a gap instead.
 */
export async function scanEntity(
  context: ScanContext,
  target: MlopsTarget,
): Promise<EntityScan> {
  const gaps: EvidenceGaps = {};
  const [models, endpointReadings] = await Promise.all([
    Promise.all(target.modelPackageGroups.map(g => readModelGroup(context, g))),
    Promise.all(
      target.endpoints.map(async e => {
        const [reading, monitoring] = await Promise.all([
          readEndpoint(context, e.name, gaps),
          readMonitoring(context, e.name, gaps),
        ]);
        return { reading, monitoring };
      }),
    ),
  ]);
  const served = endpointReadings.flatMap(
    e => e.reading.endpoint.servedModelPackages,
  );
  const [jobs, pipelines] = await Promise.all([
    readSection(gaps, 'trainingJobs', () =>
      Promise.all(
        relevantTrainingJobs(models, served).map(name =>
          readTrainingJob(context, name),
        ),
      ),
    ),
    readSection(gaps, 'pipelines', () =>
      readPipelines(
        { ...context, ttlMs: context.evidenceTtlMs },
        target.pipelines,
        target.modelPackageGroups.map(g => g.name),
      ),
    ),
  ]);

  const scan: EntityScan = {
    target,
    models,
    endpoints: endpointReadings.map(e => ({
      evidence: e.reading.endpoint,
      schedules: e.monitoring.schedules,
    })),
    modelEvidence: endpointReadings.flatMap(e => e.reading.models),
    trainingJobs: jobs?.map(j => j.evidence),
    pipelines,
    monitoringJobs: endpointReadings.flatMap(e => e.monitoring.jobs),
    buckets: new Map(),
    kmsKeys: new Set(),
    roles: new Map(),
    subnets: new Set(),
    securityGroups: new Set(),
    gaps,
  };
  for (const { reading, monitoring } of endpointReadings) {
    reading.artifacts.forEach(uri =>
      addBucket(scan.buckets, uri, 'model-artifacts'),
    );
    addBucket(scan.buckets, reading.dataCapture, 'data-capture');
    reading.kmsKeys.forEach(k => scan.kmsKeys.add(k));
    reading.models.forEach(m =>
      addRole(scan.roles, m.executionRoleArn, 'inference'),
    );
    monitoring.roles.forEach(r => addRole(scan.roles, r, 'monitoring'));
  }
  for (const job of jobs ?? []) {
    addBucket(scan.buckets, job.outputPath, 'model-artifacts');
    job.inputs.forEach(uri => addBucket(scan.buckets, uri, 'training-data'));
    addRole(scan.roles, job.evidence.roleArn, 'training');
  }
  // The data that preprocessing reads is training data too
  for (const step of (pipelines ?? []).flatMap(p => p.steps)) {
    step.inputs.forEach(uri => addBucket(scan.buckets, uri, 'training-data'));
  }
  const encrypted = [...(scan.trainingJobs ?? []), ...scan.monitoringJobs];
  for (const job of encrypted) {
    [job.outputKmsKeyId, job.volumeKmsKeyId].forEach(
      k => k && scan.kmsKeys.add(k),
    );
  }
  for (const resource of [...scan.modelEvidence, ...encrypted]) {
    resource.vpcConfig?.subnets.forEach(s => scan.subnets.add(s));
    resource.vpcConfig?.securityGroups.forEach(g => scan.securityGroups.add(g));
  }
  return scan;
}

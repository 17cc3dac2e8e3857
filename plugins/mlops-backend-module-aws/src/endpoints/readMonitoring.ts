import {
  MonitoringSchedule,
  MonitoringViolation,
} from '@aidlc/plugin-mlops-common';
import { MonitoringJobEvidence } from '@aidlc/plugin-mlops-node';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { parse } from '@aws-sdk/util-arn-parser';
import {
  DescribeDataQualityJobDefinitionCommand,
  DescribeModelBiasJobDefinitionCommand,
  DescribeModelExplainabilityJobDefinitionCommand,
  DescribeModelQualityJobDefinitionCommand,
  DescribeMonitoringScheduleCommand,
  DescribeProcessingJobCommand,
  ListMonitoringExecutionsCommand,
  MonitoringNetworkConfig,
  MonitoringScheduleSummary,
  MonitoringType,
  paginateListMonitoringSchedules,
} from '@aws-sdk/client-sagemaker';
import { AwsClients } from '../AwsClients';
import { EvidenceGaps, readSection } from '../awsErrors';
import { parseS3Uri } from '../parseS3Uri';
import { ResourceCache } from '../ResourceCache';

export interface MonitoringContext {
  clients: AwsClients;
  cache: ResourceCache;
  location: string;
}

/** What the monitoring of one endpoint shows: its schedules and the configuration of their jobs. */
export interface EndpointMonitoring {
  schedules: MonitoringSchedule[];
  jobs: MonitoringJobEvidence[];
  roles: string[];
}

interface JobDefinition {
  RoleArn?: string;
  NetworkConfig?: MonitoringNetworkConfig;
  JobResources?: { ClusterConfig?: { VolumeKmsKeyId?: string } };
  output?: { KmsKeyId?: string };
}

async function sendDefinition(
  clients: AwsClients,
  type: MonitoringType,
  name: string,
): Promise<JobDefinition> {
  const input = { JobDefinitionName: name };
  switch (type) {
    case 'ModelQuality': {
      const d = await clients.sagemaker.send(
        new DescribeModelQualityJobDefinitionCommand(input),
      );
      return { ...d, output: d.ModelQualityJobOutputConfig };
    }
    case 'ModelBias': {
      const d = await clients.sagemaker.send(
        new DescribeModelBiasJobDefinitionCommand(input),
      );
      return { ...d, output: d.ModelBiasJobOutputConfig };
    }
    case 'ModelExplainability': {
      const d = await clients.sagemaker.send(
        new DescribeModelExplainabilityJobDefinitionCommand(input),
      );
      return { ...d, output: d.ModelExplainabilityJobOutputConfig };
    }
    default: {
      const d = await clients.sagemaker.send(
        new DescribeDataQualityJobDefinitionCommand(input),
      );
      return { ...d, output: d.DataQualityJobOutputConfig };
    }
  }
}

/** The job a schedule runs: its own definition, or (older schedules) the one inlined in the schedule. */
async function readJob(
  context: MonitoringContext,
  schedule: MonitoringScheduleSummary,
): Promise<MonitoringJobEvidence & { roleArn?: string }> {
  const { clients, cache, location } = context;
  const type = (schedule.MonitoringType ?? 'DataQuality') as MonitoringType;
  const definitionName = schedule.MonitoringJobDefinitionName;
  const name = definitionName ?? schedule.MonitoringScheduleName!;
  // Job definitions cannot be updated, only replaced under a new name.
  return cache.read(
    `aws:${location}:monitoring-job:${type}:${name}`,
    ResourceCache.IMMUTABLE_TTL_MS,
    async () => {
      let job: JobDefinition;
      if (definitionName) {
        job = await sendDefinition(clients, type, name);
      } else {
        const d = await clients.sagemaker.send(
          new DescribeMonitoringScheduleCommand({
            MonitoringScheduleName: name,
          }),
        );
        const inline = d.MonitoringScheduleConfig?.MonitoringJobDefinition;
        job = {
          RoleArn: inline?.RoleArn,
          NetworkConfig: inline?.NetworkConfig,
          JobResources: inline?.MonitoringResources,
          output: inline?.MonitoringOutputConfig,
        };
      }
      const vpc = job.NetworkConfig?.VpcConfig;
      return {
        name,
        roleArn: job.RoleArn,
        networkIsolation: job.NetworkConfig?.EnableNetworkIsolation ?? false,
        interContainerEncryption:
          job.NetworkConfig?.EnableInterContainerTrafficEncryption ?? false,
        ...(vpc
          ? {
              vpcConfig: {
                subnets: vpc.Subnets ?? [],
                securityGroups: vpc.SecurityGroupIds ?? [],
              },
            }
          : {}),
        ...(job.output?.KmsKeyId
          ? { outputKmsKeyId: job.output.KmsKeyId }
          : {}),
        ...(job.JobResources?.ClusterConfig?.VolumeKmsKeyId
          ? { volumeKmsKeyId: job.JobResources.ClusterConfig.VolumeKmsKeyId }
          : {}),
      };
    },
  );
}

/** How many violations a finished execution found: the length of its constraint_violations.json. */
/** Most violations of a run that are kept: enough to say what drifted. */
const MAX_VIOLATIONS = 20;

/** What a finished execution found: its constraint_violations.json, bounded. */
async function readViolations(
  context: MonitoringContext,
  processingJobArn: string,
): Promise<{ count: number; details: MonitoringViolation[] }> {
  const { clients, cache, location } = context;
  // arn:aws:sagemaker:<region>:<account>:processing-job/<name>
  const jobName = parse(processingJobArn).resource.split('/')[1];
  return cache.read(
    `aws:${location}:violations:${processingJobArn}`,
    ResourceCache.IMMUTABLE_TTL_MS,
    async () => {
      const job = await clients.sagemaker.send(
        new DescribeProcessingJobCommand({ ProcessingJobName: jobName }),
      );
      const output = job.ProcessingOutputConfig?.Outputs?.[0]?.S3Output?.S3Uri;
      if (!output)
        throw new Error(
          `Monitoring job ${jobName} has no output to read violations from`,
        );
      const { bucket, key } = parseS3Uri(
        `${output.replace(/\/$/, '')}/constraint_violations.json`,
      );
      const object = await clients.s3.send(
        new GetObjectCommand({ Bucket: bucket, Key: key }),
      );
      const body = await object.Body?.transformToString();
      const { violations } = JSON.parse(body ?? '{}') as {
        violations?: Record<string, unknown>[];
      };
      if (!Array.isArray(violations)) return { count: 0, details: [] };
      const text = (value: unknown) =>
        typeof value === 'string' ? value.slice(0, 500) : '';
      return {
        count: violations.length,
        details: violations.slice(0, MAX_VIOLATIONS).map(v => ({
          feature: text(v?.feature_name),
          constraint: text(v?.constraint_check_type),
          ...(text(v?.description)
            ? { description: text(v?.description) }
            : {}),
        })),
      };
    },
  );
}

async function readSchedule(
  context: MonitoringContext,
  summary: MonitoringScheduleSummary,
): Promise<MonitoringSchedule> {
  const name = summary.MonitoringScheduleName!;
  const { MonitoringExecutionSummaries: executions = [] } =
    await context.clients.sagemaker.send(
      new ListMonitoringExecutionsCommand({
        MonitoringScheduleName: name,
        SortBy: 'ScheduledTime',
        SortOrder: 'Descending',
        MaxResults: 1,
      }),
    );
  const schedule: MonitoringSchedule = {
    name,
    type: summary.MonitoringType ?? 'DataQuality',
    status: summary.MonitoringScheduleStatus ?? 'Pending',
  };
  const last = executions[0];
  if (last?.ScheduledTime) {
    const status = last.MonitoringExecutionStatus ?? 'Pending';
    const found =
      status === 'CompletedWithViolations' && last.ProcessingJobArn
        ? await readViolations(context, last.ProcessingJobArn)
        : { count: 0, details: [] };
    schedule.lastExecution = {
      status,
      scheduledAt: last.ScheduledTime.toISOString(),
      violations: found.count,
      ...(found.details.length > 0 ? { violationDetails: found.details } : {}),
    };
  }
  return schedule;
}

/** The Model Monitor schedules of an endpoint (none in accounts without Model Monitor), their last runs and jobs. */
export async function readMonitoring(
  context: MonitoringContext,
  endpointName: string,
  gaps: EvidenceGaps,
): Promise<EndpointMonitoring> {
  const named: MonitoringScheduleSummary[] = [];
  for await (const page of paginateListMonitoringSchedules(
    { client: context.clients.sagemaker },
    { EndpointName: endpointName, MaxResults: 100 },
  )) {
    for (const summary of page.MonitoringScheduleSummaries ?? []) {
      if (summary.MonitoringScheduleName) named.push(summary);
    }
  }
  const [schedules, jobs] = await Promise.all([
    Promise.all(named.map(s => readSchedule(context, s))),
    readSection(gaps, 'monitoringJobs', () =>
      Promise.all(named.map(s => readJob(context, s))),
    ),
  ]);
  return {
    schedules,
    jobs: (jobs ?? []).map(({ roleArn: _, ...job }) => job),
    roles: (jobs ?? []).flatMap(j => (j.roleArn ? [j.roleArn] : [])),
  };
}

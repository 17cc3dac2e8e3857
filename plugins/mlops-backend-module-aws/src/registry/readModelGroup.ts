import {
  ModelApprovalStatus,
  ModelGroup,
  ModelVersion,
} from '@aidlc/plugin-mlops-common';
import { AwsResourceName } from '@aidlc/plugin-mlops-node';
import {
  DescribeModelPackageCommand,
  DescribeModelPackageCommandOutput,
  ModelPackageSummary,
  paginateListModelPackages,
  UserContext,
} from '@aws-sdk/client-sagemaker';
import { AwsClients } from '../AwsClients';
import { isAccessDenied } from '../awsErrors';
import { ResourceCache } from '../ResourceCache';
import { readModelMetrics } from './readModelMetrics';
import { DECIDED_BY } from './decideModelVersion';
import { readTrainingJob } from './readTrainingJob';

export interface ModelGroupContext {
  clients: AwsClients;
  cache: ResourceCache;
  /** `account/region`, part of every cache key */
  location: string;
  accountId: string;
  region: string;
  maxVersions: number;
}

const APPROVAL: ModelApprovalStatus[] = [
  'Approved',
  'PendingManualApproval',
  'Rejected',
];

/** A Studio user profile, else the IAM identity (an assumed role's session name is the person). */
function identityOf(user?: UserContext): string | undefined {
  return user?.UserProfileName ?? user?.IamIdentity?.Arn;
}

/** Training job named by the package's lineage, when a training job (not a pipeline run) made it */
export function trainingJobOf(
  description: DescribeModelPackageCommandOutput,
): string | undefined {
  const generatedBy = description.MetadataProperties?.GeneratedBy ?? '';
  return /:training-job\/(.+)$/.exec(generatedBy)?.[1];
}

async function describeVersion(
  context: ModelGroupContext,
  summary: ModelPackageSummary,
): Promise<ModelVersion> {
  const { clients, cache, location } = context;
  const arn = summary.ModelPackageArn!;
  // Versions are immutable apart from approval, so the approval status is part of the key:
  // a version is described once, and again only when someone approves or rejects it.
  return cache.read(
    `aws:${location}:model-package:${arn}:${summary.ModelApprovalStatus}`,
    ResourceCache.IMMUTABLE_TTL_MS,
    async () => {
      const d = await clients.sagemaker.send(
        // Metadata only: reading a model card's content would need kms:Decrypt on its key.
        new DescribeModelPackageCommand({
          ModelPackageName: arn,
          IncludedData: 'MetadataOnly',
        }),
      );
      const container = d.InferenceSpecification?.Containers?.[0];
      const approved = d.ModelApprovalStatus === 'Approved';
      const version: ModelVersion = {
        version: d.ModelPackageVersion ?? summary.ModelPackageVersion ?? 0,
        arn,
        approvalStatus: APPROVAL.includes(
          d.ModelApprovalStatus as ModelApprovalStatus,
        )
          ? (d.ModelApprovalStatus as ModelApprovalStatus)
          : 'PendingManualApproval',
        createdAt: (
          d.CreationTime ??
          summary.CreationTime ??
          new Date(0)
        ).toISOString(),
        metrics: await readModelMetrics(clients, d.ModelMetrics),
      };
      const decidedAt = d.LastModifiedTime?.toISOString();
      // Who decided: the portal user it recorded, else the identity SageMaker saw.
      const decidedBy =
        d.CustomerMetadataProperties?.[DECIDED_BY] ??
        identityOf(d.LastModifiedBy);
      if (approved && decidedAt) version.approvedAt = decidedAt;
      if (approved && decidedBy) version.approvedBy = decidedBy;
      if (version.approvalStatus !== 'PendingManualApproval') {
        version.decision = {
          status: version.approvalStatus,
          ...(decidedBy ? { by: decidedBy } : {}),
          ...(decidedAt ? { at: decidedAt } : {}),
          ...(d.ApprovalDescription ? { comment: d.ApprovalDescription } : {}),
        };
      }
      const registeredBy = identityOf(d.CreatedBy);
      if (registeredBy) version.registeredBy = registeredBy;
      if (d.ModelPackageDescription)
        version.description = d.ModelPackageDescription;
      if (container?.ModelDataUrl)
        version.modelDataUrl = container.ModelDataUrl;
      if (container?.Image) version.image = container.Image;
      const trainingJob = trainingJobOf(d);
      if (trainingJob) {
        version.trainingJob = trainingJob;
        // Lineage is a nicety: without DescribeTrainingJob the version still shows (the
        // training-job checks report the denial).
        const job = await readTrainingJob(context, trainingJob).catch(error => {
          if (isAccessDenied(error)) return undefined;
          throw error;
        });
        if (!version.image && job?.image) version.image = job.image;
        if (job?.inputs[0]) version.trainingData = job.inputs[0];
      }
      return version;
    },
  );
}

/**
 * Reads a model package group: every summary (cheap, 100 a page, newest first), and a description of
 * the newest `maxVersions` versions that are not already known.
 */
export async function readModelGroup(
  context: ModelGroupContext,
  group: AwsResourceName,
): Promise<ModelGroup> {
  const { name } = group;
  const summaries: ModelPackageSummary[] = [];
  const pages = paginateListModelPackages(
    { client: context.clients.sagemaker, pageSize: 100 },
    {
      ModelPackageGroupName: name,
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
    },
  );
  for await (const page of pages)
    summaries.push(...(page.ModelPackageSummaryList ?? []));
  const versions = await Promise.all(
    summaries
      .filter(s => s.ModelPackageArn)
      .slice(0, context.maxVersions)
      .map(s => describeVersion(context, s)),
  );
  return {
    name,
    arn:
      group.arn ??
      `arn:aws:sagemaker:${context.region}:${context.accountId}:model-package-group/${name}`,
    versions: versions.sort((a, b) => b.version - a.version),
  };
}

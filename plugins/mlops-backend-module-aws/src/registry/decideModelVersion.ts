import { ApprovalChange } from '@aidlc/plugin-mlops-node';
import { UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import {
  ConflictError,
  NotAllowedError,
  ServiceUnavailableError,
  toError,
} from '@backstage/errors';
import { parse } from '@aws-sdk/util-arn-parser';
import { AwsClientFactory } from '../AwsClients';
import { AwsSourceConfig } from '../AwsSourceConfig';
import { isAccessDenied } from '../awsErrors';

/** The model package's metadata that names who decided in the portal (SageMaker records the role). */
export const DECIDED_BY = 'aidlc:decided-by';

/**
 * Approves or rejects a model package through its account's approval role: SageMaker's status, the
 * comment as its `ApprovalDescription`, and the portal user in its metadata. False for a version of
 * an account or region the source does not read: it is not this source's.
 */
export async function decideModelVersion(
  config: AwsSourceConfig,
  factory: AwsClientFactory,
  change: ApprovalChange,
): Promise<boolean> {
  const { accountId, region } = parse(change.versionArn);
  const account = config.accounts.find(a => a.accountId === accountId);
  if (!account?.regions.includes(region)) return false;
  const clients = await factory.forLocation(accountId, region);
  if (!clients.approvals) {
    throw new ConflictError(
      `Model approvals are not set up for AWS account ${accountId}: give its mlops.aws.accounts entry an approvalRoleArn (iam-approval-policy.json of @aidlc/plugin-mlops-backend-module-aws)`,
    );
  }
  try {
    await clients.approvals.send(
      new UpdateModelPackageCommand({
        ModelPackageArn: change.versionArn,
        ModelApprovalStatus: change.status,
        ApprovalDescription: change.comment,
        CustomerMetadataProperties: { [DECIDED_BY]: change.actor },
      }),
    );
  } catch (error) {
    if (isAccessDenied(error)) {
      throw new NotAllowedError(
        `AWS denied sagemaker:UpdateModelPackage on ${change.versionArn} to the approval role of account ${accountId}: grant it (iam-approval-policy.json of @aidlc/plugin-mlops-backend-module-aws)`,
      );
    }
    throw new ServiceUnavailableError(
      `SageMaker did not record the decision on ${change.versionArn}: ${
        toError(error).message
      }`,
    );
  }
  return true;
}

import { BucketEvidence, PolicyDocument } from '@aidlc/plugin-mlops-node';
import {
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
} from '@aws-sdk/client-s3';
import { AwsClients } from '../AwsClients';
import { isNotFound } from '../awsErrors';

/** Runs an S3 read whose "not configured" answer is an error code, turning that answer into `undefined`. */
async function optional<T>(notFound: string, call: () => Promise<T>) {
  try {
    return await call();
  } catch (error) {
    if (isNotFound(error, notFound)) return undefined;
    throw error;
  }
}

/** Encryption, public access block, policy and versioning of a bucket (without its purpose). */
export async function readBucket(
  clients: AwsClients,
  bucket: string,
): Promise<Omit<BucketEvidence, 'purpose'>> {
  const { s3 } = clients;
  const [encryption, publicAccess, policy, versioning] = await Promise.all([
    optional('ServerSideEncryptionConfigurationNotFoundError', () =>
      s3.send(new GetBucketEncryptionCommand({ Bucket: bucket })),
    ),
    optional('NoSuchPublicAccessBlockConfiguration', () =>
      s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket })),
    ),
    optional('NoSuchBucketPolicy', () =>
      s3.send(new GetBucketPolicyCommand({ Bucket: bucket })),
    ),
    s3.send(new GetBucketVersioningCommand({ Bucket: bucket })),
  ]);
  const evidence: Omit<BucketEvidence, 'purpose'> = {
    name: bucket,
    versioning: versioning.Status === 'Enabled',
  };
  const rule =
    encryption?.ServerSideEncryptionConfiguration?.Rules?.[0]
      ?.ApplyServerSideEncryptionByDefault;
  if (rule?.SSEAlgorithm) {
    evidence.encryption = {
      algorithm: rule.SSEAlgorithm as NonNullable<
        BucketEvidence['encryption']
      >['algorithm'],
      ...(rule.KMSMasterKeyID ? { kmsKeyId: rule.KMSMasterKeyID } : {}),
    };
  }
  const block = publicAccess?.PublicAccessBlockConfiguration;
  if (block) {
    evidence.publicAccessBlock = {
      blockPublicAcls: block.BlockPublicAcls ?? false,
      ignorePublicAcls: block.IgnorePublicAcls ?? false,
      blockPublicPolicy: block.BlockPublicPolicy ?? false,
      restrictPublicBuckets: block.RestrictPublicBuckets ?? false,
    };
  }
  if (policy?.Policy) {
    try {
      evidence.policy = JSON.parse(policy.Policy) as PolicyDocument;
    } catch {
      throw new Error(`The bucket policy of ${bucket} is not JSON`);
    }
  }
  return evidence;
}

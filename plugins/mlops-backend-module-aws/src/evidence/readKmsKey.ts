import { KmsKeyEvidence } from '@aidlc/plugin-mlops-node';
import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
} from '@aws-sdk/client-kms';
import { AwsClients } from '../AwsClients';

/** Who manages a key and whether it rotates (AWS managed keys rotate on their own). */
export async function readKmsKey(
  clients: AwsClients,
  keyId: string,
): Promise<KmsKeyEvidence> {
  const { KeyMetadata: key } = await clients.kms.send(
    new DescribeKeyCommand({ KeyId: keyId }),
  );
  const arn = key?.Arn ?? keyId;
  if (key?.KeyManager !== 'CUSTOMER')
    return { arn, manager: 'AWS', rotationEnabled: true };
  const rotation = await clients.kms.send(
    new GetKeyRotationStatusCommand({ KeyId: arn }),
  );
  return {
    arn,
    manager: 'CUSTOMER',
    rotationEnabled: rotation.KeyRotationEnabled ?? false,
  };
}

/** A key named by id in one place and by ARN in another is one key. */
export function dedupeByArn(keys: KmsKeyEvidence[]): KmsKeyEvidence[] {
  return [...new Map(keys.map(k => [k.arn, k])).values()];
}

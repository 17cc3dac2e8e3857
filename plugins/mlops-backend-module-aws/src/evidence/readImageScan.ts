import { ImageEvidence } from '@aidlc/plugin-mlops-node';
import {
  DescribeImageScanFindingsCommand,
  ImageIdentifier,
} from '@aws-sdk/client-ecr';
import { AwsClients } from '../AwsClients';

/** `<account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag][@sha256:digest]` */
const ECR_URI =
  /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)(?::([^@]+))?(?:@(sha256:[0-9a-f]+))?$/;

/** The parts of an ECR image URI, or undefined for an image of another registry. */
export function parseEcrUri(uri: string) {
  const m = ECR_URI.exec(uri);
  if (!m) return undefined;
  const [, registryId, region, repositoryName, tag, digest] = m;
  const imageId: ImageIdentifier = digest
    ? { imageDigest: digest }
    : { imageTag: tag ?? 'latest' };
  return { registryId, region, repositoryName, imageId };
}

/**
 * What the registry's scan (basic, or enhanced through Amazon Inspector) found in one image: its
 * status, when it completed, and the findings counted by severity. Only the first, smallest page:
 * the counts are on every page. Images outside ECR have no registry scan to read.
 */
export async function readImageScan(
  clients: AwsClients,
  uri: string,
): Promise<ImageEvidence> {
  const parsed = parseEcrUri(uri);
  if (!parsed) return { uri };
  const answer = await clients.ecr.send(
    new DescribeImageScanFindingsCommand({
      registryId: parsed.registryId,
      repositoryName: parsed.repositoryName,
      imageId: parsed.imageId,
      maxResults: 1,
    }),
  );
  const findings = answer.imageScanFindings;
  return {
    uri,
    ...(answer.imageId?.imageDigest
      ? { digest: answer.imageId.imageDigest }
      : {}),
    scan: {
      status: answer.imageScanStatus?.status ?? 'UNKNOWN',
      ...(findings?.imageScanCompletedAt
        ? { completedAt: findings.imageScanCompletedAt.toISOString() }
        : {}),
      severityCounts: Object.fromEntries(
        Object.entries(findings?.findingSeverityCounts ?? {}).filter(
          ([, count]) => typeof count === 'number',
        ),
      ) as Record<string, number>,
    },
  };
}

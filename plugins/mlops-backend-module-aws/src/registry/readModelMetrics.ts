import { GetObjectCommand } from '@aws-sdk/client-s3';
import { ModelMetrics } from '@aws-sdk/client-sagemaker';
import { AwsClients } from '../AwsClients';
import { parseS3Uri } from '../parseS3Uri';

/**
 * Flattens a SageMaker model quality statistics file, such as
 * `{ "binary_classification_metrics": { "auc": { "value": 0.94, "standard_deviation": 0.01 } } }`,
 * into `{ auc: 0.94 }`. Values that are not finite numbers are left out.
 */
export function flattenStatistics(statistics: unknown): Record<string, number> {
  const metrics: Record<string, number> = {};
  if (!statistics || typeof statistics !== 'object') return metrics;
  for (const [group, values] of Object.entries(statistics)) {
    if (!group.endsWith('_metrics') || !values || typeof values !== 'object')
      continue;
    for (const [name, metric] of Object.entries(
      values as Record<string, unknown>,
    )) {
      const value = (metric as { value?: unknown } | null)?.value;
      if (typeof value === 'number' && Number.isFinite(value))
        metrics[name] = value;
    }
  }
  return metrics;
}

/** The evaluation metrics of a model version: the statistics JSON that its ModelMetrics point to in S3. */
export async function readModelMetrics(
  clients: AwsClients,
  modelMetrics: ModelMetrics | undefined,
): Promise<Record<string, number>> {
  const uri = modelMetrics?.ModelQuality?.Statistics?.S3Uri;
  if (!uri) return {};
  const object = parseS3Uri(uri);
  const response = await clients.s3.send(
    new GetObjectCommand({ Bucket: object.bucket, Key: object.key }),
  );
  const body = await response.Body?.transformToString();
  try {
    return flattenStatistics(JSON.parse(body ?? ''));
  } catch {
    throw new Error(`The model statistics at ${uri} are not JSON`);
  }
}

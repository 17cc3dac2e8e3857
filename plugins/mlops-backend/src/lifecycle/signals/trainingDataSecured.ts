import { LifecycleSignal } from '@aidlc/plugin-mlops-node';
import { readable, shareOf } from './signalEvidence';

export const trainingDataSecured: LifecycleSignal = {
  id: 'training-data-secured',
  stage: 'collection',
  title: 'Training data lands encrypted and versioned',
  howTo:
    'Ingest training data into an S3 bucket encrypted with a customer managed KMS key, with versioning on (the template creates one).',
  evaluate: evidence => {
    const read = readable(evidence, 'buckets', 'the buckets');
    if ('outcome' in read) return read.outcome;
    const buckets = read.items.filter(b => b.purpose === 'training-data');
    if (buckets.length === 0) {
      return {
        status: 'unknown',
        message: 'No training job names the bucket its data comes from',
      };
    }
    const unsafe = buckets.filter(
      b => !b.encryption?.algorithm.startsWith('aws:kms') || !b.versioning,
    );
    return {
      status: shareOf(buckets.length - unsafe.length, buckets.length),
      resource: buckets.map(b => b.name).join(', '),
      message:
        unsafe.length > 0
          ? `${unsafe
              .map(b => b.name)
              .join(', ')} lacks KMS encryption or versioning`
          : 'Every training data bucket is KMS-encrypted and versioned',
      evidence: buckets.map(({ name, encryption, versioning }) => ({
        name,
        encryption,
        versioning,
      })),
    };
  },
};

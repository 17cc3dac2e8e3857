import { LifecycleSignal } from '@aidlc/plugin-mlops-node';
import { bucketsOf, latestTrainingJobOf, shareOf } from './signalEvidence';

export const reproducibleTraining: LifecycleSignal = {
  id: 'reproducible-training',
  stage: 'training',
  title: 'Training can be reproduced',
  howTo:
    'Train from an image pinned by digest (repo@sha256:...), on data in a versioned bucket, with the hyperparameters recorded on the job and its output encrypted with KMS.',
  evaluate: evidence => {
    const latest = latestTrainingJobOf(evidence);
    if ('outcome' in latest) return latest.outcome;
    const { job } = latest;
    const inputs = bucketsOf(evidence, job.inputs ?? []);
    const facets = {
      'image pinned by digest': Boolean(job.image?.includes('@sha256:')),
      'input data versioned':
        inputs.length > 0 && inputs.every(i => i.bucket?.versioning),
      'hyperparameters recorded': (job.hyperparameters ?? 0) > 0,
      'output encrypted with KMS': Boolean(job.outputKmsKeyId),
    };
    const lacking = Object.entries(facets)
      .filter(([, ok]) => !ok)
      .map(([facet]) => facet);
    const total = Object.keys(facets).length;
    return {
      status: shareOf(total - lacking.length, total),
      resource: job.name,
      message:
        lacking.length === 0
          ? `${job.name}: image pinned, data versioned, hyperparameters recorded, output encrypted`
          : `${job.name} lacks: ${lacking.join(', ')}`,
      evidence: {
        job: job.name,
        image: job.image,
        inputs: job.inputs,
        hyperparameters: job.hyperparameters,
        outputKmsKeyId: job.outputKmsKeyId,
      },
    };
  },
};

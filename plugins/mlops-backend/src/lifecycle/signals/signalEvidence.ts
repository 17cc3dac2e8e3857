import {
  BucketEvidence,
  Evidence,
  EvidenceSection,
  PipelineStepEvidence,
  SignalOutcome,
  TrainingJobEvidence,
} from '@aidlc/plugin-mlops-node';

/**
 * The items of an evidence section, or the `unknown` outcome to answer when the source could not
 * read it (or does not read it at all): a signal never calls missing what it could not see.
 */
export function readable<S extends EvidenceSection>(
  evidence: Evidence,
  section: S,
  what: string,
): { items: NonNullable<Evidence[S]> } | { outcome: SignalOutcome } {
  const gap = evidence.gaps?.[section];
  if (gap) {
    return { outcome: { status: 'unknown', message: `${what}: ${gap}` } };
  }
  const items = evidence[section];
  if (items === undefined) {
    return {
      outcome: {
        status: 'unknown',
        message: `The source does not read ${what}`,
      },
    };
  }
  return { items: items as NonNullable<Evidence[S]> };
}

/** The training job of the newest model version: the first the source lists, or the newest it dates. */
export function latestTrainingJob(
  jobs: TrainingJobEvidence[],
): TrainingJobEvidence | undefined {
  return [...jobs].sort((a, b) =>
    (b.createdAt ?? '').localeCompare(a.createdAt ?? ''),
  )[0];
}

/**
 * The training job of the newest model version, or the outcome to answer without one: unknown when
 * the jobs could not be read, missing when no model has one.
 */
export function latestTrainingJobOf(
  evidence: Evidence,
): { job: TrainingJobEvidence } | { outcome: SignalOutcome } {
  const read = readable(evidence, 'trainingJobs', 'the training jobs');
  if ('outcome' in read) return read;
  const job = latestTrainingJob(read.items);
  return job
    ? { job }
    : {
        outcome: {
          status: 'missing',
          message: 'No training job behind a model',
        },
      };
}

/** A step that checks the data: a data quality or Clarify check, or a processing step named so. */
export function isValidationStep(step: PipelineStepEvidence): boolean {
  return (
    step.type === 'QualityCheck' ||
    step.type === 'ClarifyCheck' ||
    (step.type === 'Processing' && /validat/i.test(step.name))
  );
}

/** A step that prepares the data: a processing step that does not only validate it. */
export function isPreprocessingStep(step: PipelineStepEvidence): boolean {
  return step.type === 'Processing' && !isValidationStep(step);
}

/** The bucket of an `s3://bucket/key` URI. */
export function bucketOf(uri: string): string | undefined {
  return /^s3:\/\/([^/]+)/.exec(uri)?.[1];
}

/** The evidence of the buckets the URIs name; `undefined` for a bucket the source did not read. */
export function bucketsOf(
  evidence: Evidence,
  uris: string[],
): { name: string; bucket?: BucketEvidence }[] {
  const names = [
    ...new Set(uris.map(bucketOf).filter((b): b is string => !!b)),
  ];
  return names.map(name => ({
    name,
    bucket: evidence.buckets?.find(b => b.name === name),
  }));
}

/** In place when all are, missing when none is, partial otherwise. */
export function shareOf(done: number, of: number): SignalOutcome['status'] {
  if (done === of) return 'in_place';
  return done === 0 ? 'missing' : 'partial';
}

/**
 * What a deployment check that does not apply means: serverless endpoints need neither many
 * instances nor traffic shifting (in place when something serves), no endpoint at all is missing.
 */
export function whenServing(evidence: Evidence): SignalOutcome['status'] {
  return evidence.endpoints?.length ? 'in_place' : 'missing';
}

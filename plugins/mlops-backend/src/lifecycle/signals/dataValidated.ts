import { LifecycleSignal } from '@aidlc/plugin-mlops-node';
import { isValidationStep, readable } from './signalEvidence';

export const dataValidated: LifecycleSignal = {
  id: 'data-validation-step',
  stage: 'collection',
  title: 'Data is validated before it is used',
  howTo:
    'Start the SageMaker pipeline with a validation step (a QualityCheck step, or a processing step named Validate...) that stops on bad data.',
  evaluate: evidence => {
    const read = readable(evidence, 'pipelines', 'the SageMaker pipelines');
    if ('outcome' in read) return read.outcome;
    if (read.items.length === 0)
      return { status: 'missing', message: 'No SageMaker pipeline found' };
    const validating = read.items.filter(p => p.steps.some(isValidationStep));
    return validating.length > 0
      ? {
          status: 'in_place',
          resource: validating.map(p => p.arn).join(', '),
          message: validating
            .map(
              p =>
                `${p.name} validates in ${p.steps
                  .filter(isValidationStep)
                  .map(s => s.name)
                  .join(', ')}`,
            )
            .join('; '),
        }
      : {
          status: 'missing',
          resource: read.items.map(p => p.arn).join(', '),
          message: `${read.items
            .map(p => p.name)
            .join(', ')} has no validation step`,
        };
  },
};

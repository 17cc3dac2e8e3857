import { LifecycleSignal } from '@aidlc/plugin-mlops-node';
import {
  bucketsOf,
  isPreprocessingStep,
  readable,
  shareOf,
} from './signalEvidence';

export const preprocessingInputsVersioned: LifecycleSignal = {
  id: 'preprocessing-inputs-versioned',
  stage: 'preparation',
  title: 'Preprocessing reads versioned data',
  howTo:
    'Read the raw data from an S3 bucket with versioning on, so each run can be repeated on the data it saw.',
  evaluate: evidence => {
    const read = readable(evidence, 'pipelines', 'the SageMaker pipelines');
    if ('outcome' in read) return read.outcome;
    const steps = read.items.flatMap(p => p.steps.filter(isPreprocessingStep));
    if (steps.length === 0)
      return { status: 'missing', message: 'No preprocessing step found' };
    const inputs = bucketsOf(
      evidence,
      steps.flatMap(s => s.inputs),
    );
    if (inputs.length === 0) {
      return {
        status: 'unknown',
        message:
          'The preprocessing steps read no fixed S3 location (their inputs are parameters or other steps)',
      };
    }
    const unread = inputs.filter(i => !i.bucket);
    if (unread.length > 0) {
      return {
        status: 'unknown',
        resource: unread.map(i => i.name).join(', '),
        message: `${unread.map(i => i.name).join(', ')} could not be read`,
      };
    }
    const versioned = inputs.filter(i => i.bucket!.versioning);
    return {
      status: shareOf(versioned.length, inputs.length),
      resource: inputs.map(i => i.name).join(', '),
      message:
        versioned.length === inputs.length
          ? 'Every input bucket keeps versions'
          : `${inputs
              .filter(i => !i.bucket!.versioning)
              .map(i => i.name)
              .join(', ')} does not keep versions`,
    };
  },
};

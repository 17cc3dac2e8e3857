import { LifecycleSignal } from '@aidlc/plugin-mlops-node';
import { isPreprocessingStep, readable } from './signalEvidence';

export const preprocessingPipeline: LifecycleSignal = {
  id: 'preprocessing-pipeline',
  stage: 'preparation',
  title: 'Preprocessing runs as a pipeline step',
  howTo:
    'Run the preprocessing as a processing step of a SageMaker pipeline (the template generates ml/pipeline.py), and run the pipeline.',
  evaluate: evidence => {
    const read = readable(evidence, 'pipelines', 'the SageMaker pipelines');
    if ('outcome' in read) return read.outcome;
    if (read.items.length === 0)
      return { status: 'missing', message: 'No SageMaker pipeline found' };
    const preparing = read.items.filter(p => p.steps.some(isPreprocessingStep));
    if (preparing.length === 0) {
      return {
        status: 'partial',
        resource: read.items.map(p => p.arn).join(', '),
        message: `${read.items
          .map(p => p.name)
          .join(', ')} has no processing step`,
      };
    }
    const ran = preparing.filter(p => p.lastExecution);
    return {
      status: ran.length > 0 ? 'in_place' : 'partial',
      resource: preparing.map(p => p.arn).join(', '),
      message:
        ran.length > 0
          ? ran
              .map(
                p =>
                  `${p.name} last ran ${p.lastExecution!.startedAt} (${
                    p.lastExecution!.status
                  })`,
              )
              .join('; ')
          : `${preparing.map(p => p.name).join(', ')} has never run`,
      evidence: preparing.map(p => ({
        pipeline: p.name,
        steps: p.steps.map(s => `${s.name} (${s.type})`),
        lastExecution: p.lastExecution,
      })),
    };
  },
};

import { PipelineStepEvidence } from '@aidlc/plugin-mlops-node';

/** Most steps read of one definition, conditions' branches included. */
const MAX_STEPS = 200;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The fixed S3 locations a step reads: processing inputs and training channels given as text. */
function inputsOf(args: Json): string[] {
  const processing = list(args.ProcessingInputs).map(input =>
    isObject(input) && isObject(input.S3Input)
      ? input.S3Input.S3Uri
      : undefined,
  );
  const training = list(args.InputDataConfig).map(channel =>
    isObject(channel) &&
    isObject(channel.DataSource) &&
    isObject(channel.DataSource.S3DataSource)
      ? channel.DataSource.S3DataSource.S3Uri
      : undefined,
  );
  // A location taken from a parameter or another step's output is an object ({"Get": ...}).
  return [...processing, ...training].filter(
    (uri): uri is string => typeof uri === 'string' && uri.startsWith('s3://'),
  );
}

/**
 * The steps of a SageMaker pipeline definition (the JSON that DescribePipeline returns as text), with
 * the branches of condition steps. A definition that is not valid JSON has no steps to show.
 */
export function parsePipelineDefinition(
  definition: string | undefined,
): PipelineStepEvidence[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition ?? '');
  } catch {
    return [];
  }
  const steps: PipelineStepEvidence[] = [];
  const visit = (items: unknown[]) => {
    for (const step of items) {
      if (steps.length >= MAX_STEPS || !isObject(step)) continue;
      const args = isObject(step.Arguments) ? step.Arguments : {};
      steps.push({
        // Only text: anything else (an object, even one whose toString throws) names nothing
        name: typeof step.Name === 'string' ? step.Name : '',
        type: typeof step.Type === 'string' ? step.Type : '',
        inputs: inputsOf(args),
      });
      if (step.Type === 'Condition') {
        visit([...list(args.IfSteps), ...list(args.ElseSteps)]);
      }
    }
  };
  visit(isObject(parsed) ? list(parsed.Steps) : []);
  return steps;
}

import fc from 'fast-check';
import { parsePipelineDefinition } from './parsePipelineDefinition';

describe('parsePipelineDefinition', () => {
  it('never throws on what a definition may hold, and reads at most 200 steps', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .array(
              fc.record({
                Name: fc.anything(),
                Type: fc.constantFrom('Processing', 'Condition', 'Training', 7),
                Arguments: fc.anything(),
              }),
              { maxLength: 300 },
            )
            .map(Steps => JSON.stringify({ Steps })),
        ),
        definition => {
          const steps = parsePipelineDefinition(definition);
          expect(steps.length).toBeLessThanOrEqual(200);
          for (const step of steps)
            expect(step.inputs.every(uri => uri.startsWith('s3://'))).toBe(
              true,
            );
        },
      ),
    );
  });

  it('names nothing with a name that is not text', () => {
    // Found by the property above: String() of such an object throws
    const definition =
      '{"Steps":[{"Name":{"toString":0},"Type":"Processing","Arguments":{}}]}';
    expect(parsePipelineDefinition(definition)).toEqual([
      { name: '', type: 'Processing', inputs: [] },
    ]);
  });

  it('reads the branches of a condition step', () => {
    const definition = JSON.stringify({
      Steps: [
        {
          Name: 'Gate',
          Type: 'Condition',
          Arguments: {
            IfSteps: [{ Name: 'Register', Type: 'RegisterModel' }],
            ElseSteps: [{ Name: 'Fail', Type: 'Fail' }],
          },
        },
      ],
    });
    expect(parsePipelineDefinition(definition).map(s => s.name)).toEqual([
      'Gate',
      'Register',
      'Fail',
    ]);
  });
});

import { builtInSignals, LifecycleEngine } from '@aidlc/plugin-mlops-backend';
import { readMlopsTarget } from '@aidlc/plugin-mlops-node';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { deployedEvidence } from './__testUtils__/deployedEvidence';
import { dryRun, startScaffolder, writeTree } from './__testUtils__/dryRun';

const NOW = new Date('2026-11-26T12:00:00Z');

describe('a project made from the template, once deployed', () => {
  let rendered: string;

  beforeAll(async () => {
    const response = await dryRun(await startScaffolder());
    if (response.status !== 200) throw new Error(JSON.stringify(response.body));
    rendered = writeTree(response.body.directoryContents);
  }, 60_000);

  /** The stages of the project in `dir`, as the portal would show them. */
  async function stagesOf(dir: string) {
    const { evidence, checks } = await deployedEvidence(dir, NOW);
    const entity = parse(readFileSync(join(dir, 'catalog-info.yaml'), 'utf8'));
    return new LifecycleEngine(builtInSignals).evaluate(evidence, {
      target: readMlopsTarget(entity),
      models: [],
      endpoints: [],
      checks,
      now: NOW,
    });
  }

  /** A copy of the rendered project with one file edited. */
  function without(file: string, from: string | RegExp, to = '') {
    const dir = mkdtempSync(join(tmpdir(), 'lifecycle-'));
    cpSync(rendered, dir, { recursive: true });
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toMatch(from);
    writeFileSync(join(dir, file), text.replace(from, to));
    return dir;
  }

  const status = (stages: Awaited<ReturnType<typeof stagesOf>>) =>
    Object.fromEntries(stages.map(s => [s.stage, s.status]));

  it('reaches "in place" on all six AIDLC stages', async () => {
    const stages = await stagesOf(rendered);
    const notInPlace = stages.flatMap(s =>
      s.signals
        .filter(signal => signal.status !== 'in_place')
        .map(signal => `${signal.id}: ${signal.status} (${signal.message})`),
    );
    expect(notInPlace).toEqual([]);
    expect(stages.map(s => s.status)).toEqual(Array(6).fill('in_place'));
    // The portal finds the pipeline by the entity's annotation
    const entity = parse(
      readFileSync(join(rendered, 'catalog-info.yaml'), 'utf8'),
    );
    expect(readMlopsTarget(entity).pipelines).toEqual([
      { name: 'payment-risk-scorer' },
    ]);
  });

  it('falls short of monitoring without the retraining rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lifecycle-'));
    cpSync(rendered, dir, { recursive: true });
    rmSync(join(dir, 'terraform/retraining.tf'));
    const stages = status(await stagesOf(dir));
    expect(stages.monitoring).toBe('partial');
    // ...and of training: nothing retrains it, so it ages
    expect(stages.training).not.toBe('in_place');
  });

  it.each([
    [
      'development',
      'ml/pipeline.py',
      /,\s*pipeline_experiment_config=tracking/,
    ],
    ['collection', 'ml/pipeline.py', 'validate, prep,', 'prep,'],
    ['training', 'ml/pipeline.py', 'hyperparameters=HYPERPARAMETERS'],
  ])(
    'falls short of %s when %s loses what puts it in place',
    async (stage, file, from: string | RegExp, to = '') => {
      const stages = status(await stagesOf(without(file, from, to)));
      expect(stages[stage]).not.toBe('in_place');
    },
  );

  it.each(['pipeline.py', 'train.py', 'validate_data.py'])(
    'renders ml/%s as Python that compiles',
    file => {
      const path = join(rendered, 'ml', file);
      expect(() =>
        execFileSync('python3', ['-m', 'py_compile', path]),
      ).not.toThrow();
    },
  );
});

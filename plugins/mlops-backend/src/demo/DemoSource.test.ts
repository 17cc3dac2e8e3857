import { readMlopsTarget } from '@aidlc/plugin-mlops-node';
import { Entity } from '@backstage/catalog-model';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { DemoSource } from './DemoSource';

const examples = resolve(__dirname, '../../../../examples');
const now = new Date('2026-11-25T12:00:00Z');

function demoTargets() {
  return parseAllDocuments(
    readFileSync(join(examples, 'ml-services.yaml'), 'utf8'),
  )
    .map(doc => doc.toJS() as Entity)
    .filter(e => e.kind === 'Component')
    .filter(e => Object.keys(e.metadata.annotations ?? {}).length > 0)
    .map(readMlopsTarget);
}

/** Drift series over the default two weeks. */
const LOOKBACK = { driftLookbackMs: 14 * 86_400_000 };

describe('DemoSource', () => {
  it('has data for every annotated demo service', async () => {
    const targets = demoTargets();
    const outcomes = await new DemoSource(
      join(examples, 'mlops-demo.yaml'),
      () => now,
    ).read(targets, LOOKBACK);
    expect(outcomes.map(o => o.entityRef).sort()).toEqual(
      targets.map(t => t.entityRef).sort(),
    );
    for (const outcome of outcomes) {
      if (!('reading' in outcome)) throw outcome.error;
      expect(outcome.reading.models.length).toBeGreaterThan(0);
    }
    const statuses = outcomes.flatMap(o =>
      'reading' in o
        ? o.reading.models.flatMap(g => g.versions.map(v => v.approvalStatus))
        : [],
    );
    expect(new Set(statuses)).toEqual(
      new Set(['Approved', 'PendingManualApproval', 'Rejected']),
    );
  });

  it('draws drift series over the look-back window ending now', async () => {
    const [target] = demoTargets().filter(t =>
      t.entityRef.endsWith('transaction-anomaly-detector'),
    );
    const [outcome] = await new DemoSource(
      join(examples, 'mlops-demo.yaml'),
      () => now,
    ).read([target], LOOKBACK);
    if (!('reading' in outcome)) throw outcome.error;
    const [endpoint] = outcome.reading.endpoints;
    const series = endpoint.metrics.find(
      m => m.name === 'feature_baseline_drift_merchant_category',
    )!;
    expect(series.method).toBe('model_monitor');
    expect(series.points[0].t).toBe('2026-11-11T12:00:00.000Z');
    expect(series.points.at(-1)).toEqual({
      t: '2026-11-25T12:00:00.000Z',
      v: 0.34,
    });
    expect(endpoint.schedules[0].lastExecution).toMatchObject({
      status: 'CompletedWithViolations',
      violations: 3,
      scheduledAt: '2026-11-25T10:00:00.000Z',
    });
    expect(
      endpoint.schedules[0].lastExecution?.violationDetails?.map(
        v => `${v.feature}: ${v.constraint}`,
      ),
    ).toEqual([
      'merchant_category: baseline_drift_check',
      'merchant_category: categorical_values_check',
      'txn_velocity_1h: completeness_check',
    ]);
  });

  it('names the path and field of a bad entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-demo-'));
    const file = join(dir, 'demo.yaml');
    const text = readFileSync(
      join(examples, 'mlops-demo.yaml'),
      'utf8',
    ).replace("createdAt: '2026-11-21T09:12:44Z'", 'createdAt: last tuesday');
    writeFileSync(file, text);
    await expect(
      new DemoSource(file).read(demoTargets(), LOOKBACK),
    ).rejects.toThrow(
      `Demo file ${file} is invalid: entities.component:default/fraud-scoring-api.models.0.versions.0.createdAt: Invalid ISO datetime`,
    );
  });

  it('says which file it could not read', async () => {
    await expect(
      new DemoSource('/nonexistent/demo.yaml').read(demoTargets(), LOOKBACK),
    ).rejects.toThrow('Demo file /nonexistent/demo.yaml cannot be read');
  });
});

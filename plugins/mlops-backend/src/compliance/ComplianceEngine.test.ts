import { ConfigReader } from '@backstage/config';
import { ComplianceCheck } from '@aidlc/plugin-mlops-node';
import { builtInChecks } from '../checks';
import {
  secureContext,
  secureEvidence,
} from '../checks/__testUtils__/secureService';
import { ComplianceEngine } from './ComplianceEngine';
import { ComplianceProfiles } from './ComplianceProfiles';

const ids = builtInChecks.map(c => c.id);

function engineWith(checks = builtInChecks, mlops: object = {}) {
  return new ComplianceEngine(
    checks,
    ComplianceProfiles.fromConfig(
      new ConfigReader({ mlops }),
      checks.map(c => c.id),
    ),
  );
}

function contextWith(profile: string) {
  const context = secureContext();
  context.target = { ...context.target, profile };
  return context;
}

describe('ComplianceEngine', () => {
  it('scores the secure service 100 under both built-in profiles', () => {
    for (const profile of ['standard', 'restricted-data']) {
      const result = engineWith().evaluate(
        secureEvidence(),
        contextWith(profile),
      );
      expect(result.score).toBe(100);
      expect(result.failed).toEqual({
        critical: 0,
        high: 0,
        medium: 0,
        low: 0,
      });
    }
  });

  it('leaves checks out of the standard profile and raises encryption in restricted-data', () => {
    const standard = engineWith().evaluate(
      secureEvidence(),
      contextWith('standard'),
    );
    const restricted = engineWith().evaluate(
      secureEvidence(),
      contextWith('restricted-data'),
    );
    expect(standard.checks.map(c => c.id)).not.toContain(
      'cloudtrail-s3-data-events',
    );
    expect(restricted.checks).toHaveLength(builtInChecks.length);
    const severityOf = (checks: typeof standard.checks, id: string) =>
      checks.find(c => c.id === id)?.severity;
    expect(severityOf(standard.checks, 'endpoint-config-kms')).toBe('high');
    expect(severityOf(restricted.checks, 'endpoint-config-kms')).toBe(
      'critical',
    );
    expect(severityOf(restricted.checks, 'guardduty-enabled')).toBe('high');
  });

  it('weighs failures by severity', () => {
    const evidence = secureEvidence();
    evidence.guardDuty = { enabled: false }; // high
    const highFailure = engineWith().evaluate(
      evidence,
      contextWith('standard'),
    );
    const lowEvidence = secureEvidence();
    lowEvidence.buckets![0].versioning = false; // low
    const lowFailure = engineWith().evaluate(
      lowEvidence,
      contextWith('standard'),
    );
    expect(highFailure.failed).toEqual({
      critical: 0,
      high: 1,
      medium: 0,
      low: 0,
    });
    expect(highFailure.score).toBeLessThan(lowFailure.score);
    expect(lowFailure.score).toBeLessThan(100);
  });

  it('reports a check that throws as an error and still runs the others', () => {
    const broken: ComplianceCheck = {
      ...builtInChecks[0],
      id: 'acme-broken',
      evaluate: () => {
        throw new Error('boom');
      },
    };
    const result = engineWith([...builtInChecks, broken]).evaluate(
      secureEvidence(),
      contextWith('standard'),
    );
    expect(result.checks.find(c => c.id === 'acme-broken')).toMatchObject({
      status: 'error',
      message: 'Check failed: Error: boom',
    });
    expect(
      result.checks.filter(c => c.status === 'pass').length,
    ).toBeGreaterThan(25);
    // What could not be checked is never passing
    expect(result).toMatchObject({
      verdict: 'evidence_missing',
      missingEvidence: 1,
    });
    const lowBroken = engineWith([
      ...builtInChecks,
      { ...broken, severity: 'low' },
    ]).evaluate(secureEvidence(), contextWith('standard'));
    expect(lowBroken).toMatchObject({ verdict: 'passing', missingEvidence: 0 });
  });

  it('applies profiles from config', () => {
    const engine = engineWith(builtInChecks, {
      profiles: {
        standard: { exclude: ['guardduty-enabled'] },
        'acme-strict': { severities: { 'bucket-versioning': 'critical' } },
      },
    });
    expect(
      engine
        .evaluate(secureEvidence(), contextWith('standard'))
        .checks.map(c => c.id),
    ).not.toContain('guardduty-enabled');
    const strict = engine.evaluate(
      secureEvidence(),
      contextWith('acme-strict'),
    );
    expect(
      strict.checks.find(c => c.id === 'bucket-versioning')?.severity,
    ).toBe('critical');
  });

  it('refuses unknown profiles and unknown check ids with clear errors', () => {
    expect(() =>
      engineWith().evaluate(secureEvidence(), contextWith('gold')),
    ).toThrow(
      'Unknown compliance profile "gold"; known: standard, restricted-data',
    );
    expect(() =>
      ComplianceProfiles.fromConfig(
        new ConfigReader({
          mlops: { profiles: { standard: { exclude: ['no-such-check'] } } },
        }),
        ids,
      ),
    ).toThrow('mlops.profiles.standard names unknown check "no-such-check"');
  });

  it('refuses two checks with the same id', () => {
    expect(() => engineWith([...builtInChecks, builtInChecks[0]])).toThrow(
      'Duplicate compliance check id "model-network-isolation"',
    );
  });

  it('lists the catalog without the evaluate functions', () => {
    const [first] = engineWith().listChecks();
    expect(first).toEqual({
      id: 'model-network-isolation',
      title: 'Models run with network isolation',
      principle: 'network-isolation',
      severity: 'high',
      description: expect.any(String),
      remediation: expect.any(String),
      controls: {
        awsConfigRule: 'sagemaker-model-isolation-enabled',
        securityHub: 'SageMaker.5',
      },
    });
  });
});

import { PRINCIPLES } from '@aidlc/plugin-mlops-common';
import {
  CheckContext,
  Evidence,
  EvidenceSection,
} from '@aidlc/plugin-mlops-node';
import { builtInChecks } from '.';
import {
  secureContext,
  secureEvidence,
  target,
} from './__testUtils__/secureService';
import { checkCases, Mutation } from './__testUtils__/checkCases';

function evaluate(id: string, mutate?: Mutation) {
  const check = builtInChecks.find(c => c.id === id)!;
  const evidence = secureEvidence();
  const context = secureContext();
  mutate?.(evidence, context);
  return check.evaluate(evidence, context);
}

describe('built-in checks', () => {
  it('cover the five principles with at least 25 described checks', () => {
    expect(builtInChecks.length).toBeGreaterThanOrEqual(25);
    expect(new Set(builtInChecks.map(c => c.principle))).toEqual(
      new Set(PRINCIPLES),
    );
    for (const check of builtInChecks) {
      expect(check.description.length).toBeGreaterThan(20);
      expect(check.remediation.length).toBeGreaterThan(20);
    }
    expect(Object.keys(checkCases).sort()).toEqual(
      builtInChecks.map(c => c.id).sort(),
    );
  });

  describe.each(Object.entries(checkCases))(
    '%s',
    (id, { fail, failNames, absent, absentStatus }) => {
      it('passes on the secure service', () => {
        expect(evaluate(id).status).toBe('pass');
      });

      it('fails when its control is removed', () => {
        const outcome = evaluate(id, fail);
        expect(outcome.status).toBe('fail');
        expect(outcome.message).toBeTruthy();
        expect(`${outcome.resource} ${outcome.message}`).toContain(failNames);
      });

      it(`is ${
        absentStatus ?? 'not_applicable'
      } without the resources it checks`, () => {
        expect(evaluate(id, absent).status).toBe(
          absentStatus ?? 'not_applicable',
        );
      });
    },
  );

  it('never passes what the source could not read', () => {
    const sections: EvidenceSection[] = [
      'endpoints',
      'models',
      'trainingJobs',
      'monitoringJobs',
      'buckets',
      'kmsKeys',
      'roles',
      'vpcEndpoints',
      'subnets',
      'securityGroups',
      'images',
      'inferenceApis',
      'cloudTrail',
      'guardDuty',
      'awsConfig',
    ];
    const denied: Evidence = {
      gaps: Object.fromEntries(
        sections.map(s => [
          s,
          `AccessDenied: the role lacks the permission to read ${s}`,
        ]),
      ),
    };
    const context: CheckContext = { target, models: [], endpoints: [] };
    for (const check of builtInChecks) {
      const outcome = check.evaluate(denied, context);
      expect({ id: check.id, status: outcome.status }).not.toEqual({
        id: check.id,
        status: 'pass',
      });
    }
    const kms = builtInChecks.find(c => c.id === 'endpoint-config-kms')!;
    expect(kms.evaluate(denied, context)).toEqual({
      status: 'error',
      message: 'AccessDenied: the role lacks the permission to read endpoints',
    });
  });

  it.each<[string, string, Mutation]>([
    [
      'image-scan-clean',
      'a scan older than 30 days',
      e =>
        (e.images![0].scan!.completedAt = new Date(
          Date.now() - 31 * 86_400_000,
        ).toISOString()),
    ],
    [
      'image-scan-clean',
      'an image never scanned',
      e => delete e.images![0].scan,
    ],
    [
      'inference-api-rate-limited',
      'a custom domain that accepts TLS 1.0',
      e => (e.inferenceApis![0].minimumTls = 'TLS_1_0'),
    ],
    [
      'no-plaintext-secrets',
      'a token in the Lambda front',
      e =>
        e.inferenceApis![0].compute!.environment.push({
          name: 'MODEL_API_TOKEN',
          secretLike: 'its name says it holds a secret',
        }),
    ],
    [
      'security-groups-minimal',
      'egress of everything to anywhere',
      e => (e.securityGroups![0].unrestrictedEgress = true),
    ],
    [
      'model-artifacts-read-restricted',
      'a Deny that names no principal',
      e => {
        const statement = e.buckets![0].policy!.Statement.find(
          s => s.Sid === 'OnlyTheModelRolesRead',
        )!;
        statement.Condition = { Bool: { 'aws:SecureTransport': 'false' } };
      },
    ],
  ])('%s fails on %s', (id, _, mutate) => {
    expect(evaluate(id, mutate).status).toBe('fail');
  });
});

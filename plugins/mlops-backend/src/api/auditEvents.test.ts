import { auditorServiceFactory } from '@backstage/backend-defaults/auditor';
import {
  coreServices,
  createServiceFactory,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';

import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  startMlopsBackend,
  pipelineHeader,
} from '../__testUtils__/startMlopsBackend';

/** A line of the log: its level, message and fields. */
interface LogLine {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  fields: Record<string, any>;
}

/** The plugin's log, kept in memory: what Backstage's default logger (level info) would print. */
function capturingLogger(
  lines: LogLine[],
  fields: Record<string, any> = {},
): LoggerService {
  const log = (level: LogLine['level']) => (message: string, meta?: any) =>
    lines.push({
      level,
      message,
      fields: {
        ...fields,
        ...(meta instanceof Error ? { error: meta.message } : meta),
      },
    });
  return {
    error: log('error'),
    warn: log('warn'),
    info: log('info'),
    debug: log('debug'),
    child: meta => capturingLogger(lines, { ...fields, ...meta }),
  };
}

describe('audit events of the mlops plugin', () => {
  const lines: LogLine[] = [];
  let server: Awaited<ReturnType<typeof startMlopsBackend>>['server'];
  const fraud = '/api/mlops/entities/component/default/fraud-scoring-api';
  const admin = mockCredentials.user.header('user:default/priya.nair');
  const outsider = mockCredentials.user.header('user:default/nobody');

  beforeAll(async () => {
    ({ server } = await startMlopsBackend({
      features: [
        auditorServiceFactory,
        createServiceFactory({
          service: coreServices.logger,
          deps: {},
          factory: () => capturingLogger(lines),
        }),
        mockServices.permissions.mock({
          authorizeConditional: async (requests, { credentials }) =>
            requests.map(() => ({
              result:
                (credentials.principal as any).userEntityRef ===
                'user:default/nobody'
                  ? AuthorizeResult.DENY
                  : AuthorizeResult.ALLOW,
            })),
          authorize: async requests =>
            requests.map(() => ({ result: AuthorizeResult.ALLOW })),
        }).factory,
      ],
    }));
  });

  /** The audit lines of an event that a logger at level info prints, with their outcome. */
  const printed = (eventId: string) =>
    lines.filter(
      l =>
        l.fields.isAuditEvent &&
        l.fields.eventId === eventId &&
        l.level !== 'debug',
    );

  it('prints refreshes, evidence posts, exports, model decisions and refusals with actor, entity and outcome', async () => {
    await request(server)
      .post(`${fraud}/refresh`)
      .set('Authorization', admin)
      .expect(200);
    await request(server)
      .post(`${fraud}/evidence`)
      .set('Authorization', pipelineHeader('fraud-scoring-api'))
      .send({
        kind: 'container-scan',
        tool: 'trivy',
        image: 'fraud:14',
        critical: 0,
        high: 1,
      })
      .expect(202);
    await request(server)
      .get('/api/mlops/compliance/export')
      .set('Authorization', admin)
      .expect(200);
    await request(server)
      .get(`${fraud}/compliance`)
      .set('Authorization', outsider)
      .expect(403);
    await request(server)
      .post(`${fraud}/approvals`)
      .set('Authorization', admin)
      .send({
        versionArn:
          'arn:aws:sagemaker:eu-west-1:111122223333:model-package/fraud-scoring-xgb/13',
        status: 'Rejected',
        comment: 'Recall on card-not-present below the gate',
      })
      .expect(200);

    expect(printed('entity-refresh')).toEqual([
      expect.objectContaining({
        fields: expect.objectContaining({ status: 'initiated' }),
      }),
      expect.objectContaining({
        level: 'info',
        message: 'mlops.entity-refresh',
        fields: expect.objectContaining({
          status: 'succeeded',
          actor: expect.objectContaining({
            actorId: 'user:default/priya.nair',
          }),
          meta: { entityRef: 'component:default/fraud-scoring-api' },
        }),
      }),
    ]);
    expect(printed('evidence-submit').at(-1)?.fields).toMatchObject({
      status: 'succeeded',
      actor: {
        actorId:
          'external:github-actions:repo:aidlc-demo/fraud-scoring-api:ref:refs/heads/main',
      },
      meta: {
        entityRef: 'component:default/fraud-scoring-api',
        kind: 'container-scan',
        summary: 'fraud:14: 0 critical, 1 high vulnerabilities',
      },
    });
    expect(printed('fleet-export').at(-1)?.fields).toMatchObject({
      status: 'succeeded',
    });
    // A decision on a model version is audited at high severity, with what was decided
    expect(printed('model-version-decision').at(-1)?.fields).toMatchObject({
      severityLevel: 'high',
      status: 'succeeded',
      actor: { actorId: 'user:default/priya.nair' },
      meta: {
        entityRef: 'component:default/fraud-scoring-api',
        versionArn:
          'arn:aws:sagemaker:eu-west-1:111122223333:model-package/fraud-scoring-xgb/13',
        status: 'Rejected',
      },
    });
    expect(printed('permission-denied').at(-1)?.fields).toMatchObject({
      status: 'failed',
      actor: { actorId: 'user:default/nobody' },
      meta: {
        permission: 'mlops.entity.read',
        entityRef: 'component:default/fraud-scoring-api',
      },
    });
  });
});

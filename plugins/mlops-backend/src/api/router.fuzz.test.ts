import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';

import fc from 'fast-check';
import request from 'supertest';
import {
  startMlopsBackend,
  pipelineHeader,
} from '../__testUtils__/startMlopsBackend';

/** Generated requests per route family; together several thousand per run. */
const RUNS = 700;

// A fixed number of cases, whatever the machine: on a busy one they take longer, never fewer.
jest.setTimeout(300_000);

/** What an error message must never carry: stack frames, driver or SQL text, file paths, raw JS errors. */
const INTERNAL_DETAIL =
  /\bat .+:\d+:\d+|node_modules|\/src\/|TypeError|ReferenceError|Cannot read propert|SQLITE_|knex|insert into|select .* from "|syntax error at/i;

/** The errors the API answers with: Backstage's own, and the rate limit. */
const ERROR_NAMES = [
  'InputError',
  'AuthenticationError',
  'NotAllowedError',
  'NotFoundError',
  'ServiceUnavailableError',
  'TooManyRequestsError',
  'ConflictError',
  'PayloadTooLargeError',
  'Error',
];

const admin = mockCredentials.user.header('user:default/priya.nair');
const ci = pipelineHeader('fraud-scoring-api');

/** Any text, with control characters, unicode and the characters that mean something in URLs and SQL. */
const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '\u0000',
    "'; drop table mlops_entities; --",
    '%',
    '_',
    '\\',
    '../..',
    'null',
    '-1',
    '1e309',
    'NaN',
  ),
  fc.string({ maxLength: 300 }),
);

/** Cursors: garbage, and well-encoded JSON of the wrong shape. */
const cursor = fc.oneof(
  nastyText,
  fc.jsonValue().map(v => Buffer.from(JSON.stringify(v)).toString('base64url')),
  fc
    .record({
      sort: fc.constantFrom('score:asc', 'title:desc', 'name', 'x'),
      key: fc.array(fc.jsonValue(), { maxLength: 4 }),
    })
    .map(v => Buffer.from(JSON.stringify(v)).toString('base64url')),
);

const fleetQuery = fc.record(
  {
    owner: nastyText,
    system: nastyText,
    severity: fc.oneof(nastyText, fc.constantFrom('critical', 'low')),
    check: nastyText,
    orderBy: fc.oneof(nastyText, fc.constantFrom('verdict', 'score', 'title')),
    verdict: fc.oneof(nastyText, fc.constantFrom('blocked', 'passing')),
    order: fc.oneof(nastyText, fc.constantFrom('asc', 'desc')),
    limit: fc.oneof(nastyText, fc.integer().map(String)),
    cursor,
    q: nastyText,
    [fc.sample(fc.string({ minLength: 1, maxLength: 8 }), 1)[0]]: nastyText,
  },
  { requiredKeys: [] },
);

function queryString(query: Record<string, string>) {
  return Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}

const segment = fc.oneof(
  fc.constantFrom('component', 'default', 'fraud-scoring-api', 'Component'),
  nastyText.filter(s => s.length > 0),
);

const evidenceBody = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      kind: fc.oneof(
        fc.constantFrom('container-scan', 'policy-gate'),
        fc.jsonValue(),
      ),
      tool: fc.oneof(fc.string(), fc.jsonValue()),
      image: fc.oneof(fc.string(), fc.jsonValue()),
      critical: fc.oneof(fc.integer(), fc.jsonValue(), fc.constant(null)),
      high: fc.oneof(fc.integer(), fc.jsonValue(), fc.constant(false)),
      passed: fc.jsonValue(),
      violations: fc.oneof(
        fc.array(fc.record({ rule: fc.jsonValue(), severity: fc.jsonValue() })),
        fc.jsonValue(),
      ),
    },
    { requiredKeys: [] },
  ),
);

/** Decisions on model versions: real ARNs of the entity and of others, any status, any comment. */
const approvalBody = fc.record(
  {
    versionArn: fc.oneof(
      fc.constantFrom(
        'arn:aws:sagemaker:eu-west-1:111122223333:model-package/fraud-scoring-xgb/13',
        'arn:aws:sagemaker:eu-west-1:111122223333:model-package/fraud-scoring-xgb/12',
        'arn:aws:sagemaker:us-east-1:444455556666:model-package/churn-gbm/9',
      ),
      fc.string({ maxLength: 600 }),
      fc.jsonValue(),
    ),
    status: fc.oneof(
      fc.constantFrom('Approved', 'Rejected', 'PendingManualApproval'),
      fc.jsonValue(),
    ),
    comment: fc.oneof(fc.string({ maxLength: 1200 }), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

// SQLite always; PostgreSQL (which refuses NUL bytes, say) where scripts/test-all.mjs found one.
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'mlops router under generated bad input on %p',
  databaseId => {
    let server: Awaited<ReturnType<typeof startMlopsBackend>>['server'];

    beforeAll(async () => {
      ({ server } = await startMlopsBackend({
        mlops: { refresh: { manualInterval: { seconds: 1 } } },
        features: [
          mockServices.database.factory({
            knex: await databases.init(databaseId),
          }),
        ],
      }));
      await request(server)
        .post('/api/mlops/entities/component/default/fraud-scoring-api/refresh')
        .set('Authorization', admin)
        .expect(200);
    });

    /** No 5xx; an error names what was wrong in a sentence, with no stack or internals. */
    async function expectSafe(response: request.Response) {
      expect(response.status).toBeLessThan(500);
      if (response.status < 400) return;
      // Paths no route matches get Express's own 404 page, which only echoes the path.
      if (response.status === 404 && !response.body?.error) return;
      const { error } = response.body;
      expect(ERROR_NAMES).toContain(error.name);
      expect(error.stack).toBeUndefined();
      expect(error.message).not.toMatch(INTERNAL_DETAIL);
    }

    it('answers every generated fleet query without a 5xx or internal detail', async () => {
      expect.hasAssertions();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(
            '/compliance',
            '/compliance/owners',
            '/compliance/summary',
            '/compliance/export',
            '/models',
          ),
          fleetQuery,
          async (route, query) => {
            const path = `/api/mlops${route}?${queryString(
              query as Record<string, string>,
            )}`;
            await expectSafe(
              await request(server).get(path).set('Authorization', admin),
            );
          },
        ),
        { numRuns: RUNS * 2 },
      );
    });

    it('answers every generated entity path without a 5xx or internal detail', async () => {
      expect.hasAssertions();
      await fc.assert(
        fc.asyncProperty(
          segment,
          segment,
          segment,
          fc.constantFrom(
            'models',
            'drift',
            'compliance',
            'refresh',
            'evidence',
          ),
          fc.constantFrom('get', 'post', 'put', 'delete'),
          async (kind, namespace, name, part, method) => {
            const path = `/api/mlops/entities/${[kind, namespace, name]
              .map(encodeURIComponent)
              .join('/')}/${part}`;
            await expectSafe(
              await (request(server) as any)
                [method](path)
                .set('Authorization', admin),
            );
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('answers every generated evidence body without a 5xx or internal detail', async () => {
      expect.hasAssertions();
      await fc.assert(
        fc.asyncProperty(evidenceBody, async body => {
          const response = await request(server)
            .post(
              '/api/mlops/entities/component/default/fraud-scoring-api/evidence',
            )
            .set('Authorization', ci)
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body));
          await expectSafe(response);
          expect([202, 400]).toContain(response.status);
        }),
        { numRuns: RUNS },
      );
    });

    it('answers every generated model decision without a 5xx or internal detail', async () => {
      expect.hasAssertions();
      await fc.assert(
        fc.asyncProperty(approvalBody, async body => {
          const response = await request(server)
            .post(
              '/api/mlops/entities/component/default/fraud-scoring-api/approvals',
            )
            .set('Authorization', admin)
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body));
          await expectSafe(response);
          expect([200, 400, 404, 409]).toContain(response.status);
        }),
        { numRuns: RUNS },
      );
    });

    it('answers every generated credential without a 5xx or internal detail', async () => {
      expect.hasAssertions();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            nastyText,
            fc.string().map(s => `Bearer ${s}`),
            fc.string().map(s => `Basic ${s}`),
          ),
          fc.constantFrom(
            '/api/mlops/compliance',
            '/api/mlops/checks',
            '/api/mlops/entities/component/default/fraud-scoring-api/models',
          ),
          async (authorization, path) => {
            const call = request(server).get(path);
            // A header value Node itself refuses (control characters) never reaches the backend.
            const header = authorization.replace(/[^\t\x20-\x7e]/g, '');
            const response = await call.set('Authorization', header);
            await expectSafe(response);
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('answers bodies that are not JSON at all with a 400', async () => {
      expect.hasAssertions();
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: 'binary', maxLength: 200 }),
          async text => {
            const response = await request(server)
              .post(
                '/api/mlops/entities/component/default/fraud-scoring-api/evidence',
              )
              .set('Authorization', ci)
              .set('Content-Type', 'application/json')
              .send(text);
            await expectSafe(response);
          },
        ),
        { numRuns: RUNS / 2 },
      );
    });
  },
);

import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';

import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { startMlopsBackend } from '../__testUtils__/startMlopsBackend';

/** The CI example of the README, exactly as written: its config and its curl request. */
function readmeExample() {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  const example = readme.slice(readme.indexOf('<!-- ci-example'));
  const yamlBlock = /```yaml\n([\s\S]*?)```/.exec(example)![1];
  const curlBlock = /```sh\n([\s\S]*?)```/.exec(example)![1];
  return {
    config: (token: string) =>
      parse(yamlBlock.replace('${MLOPS_CI_TOKEN}', token)),
    body: JSON.parse(/-d '([^']+)'/.exec(curlBlock)![1]),
    path: new URL(/(http:\/\/\S+)/.exec(curlBlock)![1]).pathname,
  };
}

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

describe('evidence from pipelines, with the real external access of backend-defaults', () => {
  const staticToken = 'ci-token-0123456789abcdef0123456789abcdef';
  const serviceToken = 'service-token-0123456789abcdef0123456789ab';
  const example = readmeExample();
  let server: Awaited<ReturnType<typeof startMlopsBackend>>['server'];
  let jwks: Server;
  let signGitHubToken: (claims: {
    sub: string;
    aud?: string;
    exp?: string;
  }) => Promise<string>;

  beforeAll(async () => {
    // A JWKS endpoint standing in for GitHub's, and tokens signed like GitHub Actions' own.
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = {
      ...(await exportJWK(publicKey)),
      kid: 'gha',
      alg: 'RS256',
      use: 'sig',
    };
    jwks = createServer((_req, res) =>
      res.end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>(done => jwks.listen(0, '127.0.0.1', done));
    const jwksUrl = `http://127.0.0.1:${
      (jwks.address() as AddressInfo).port
    }/.well-known/jwks`;
    signGitHubToken = ({ sub, aud = 'backstage-mlops', exp = '5m' }) =>
      new SignJWT({ repository: sub.split(':')[1] })
        .setProtectedHeader({ alg: 'RS256', kid: 'gha' })
        .setIssuer(GITHUB_ISSUER)
        .setAudience(aud)
        .setSubject(sub)
        .setIssuedAt()
        .setExpirationTime(exp)
        .sign(privateKey);

    const config = example.config(staticToken);
    config.backend.auth.externalAccess[0].options.url = jwksUrl;
    // Beside the README's: a token for another backend, limited to this plugin but not to evidence.
    config.backend.auth.externalAccess.push({
      type: 'static',
      options: { token: serviceToken, subject: 'reporting-service' },
      accessRestrictions: [{ plugin: 'mlops' }],
    });
    ({ server } = await startMlopsBackend({
      config: {
        ...config,
        backend: { ...config.backend, baseUrl: 'http://localhost' },
      },
      mlops: config.mlops,
      features: [
        authServiceFactory,
        httpAuthServiceFactory,
        permissionsServiceFactory,
      ],
    }));
  });

  afterAll(() => jwks.close());

  const post = (path: string, token: string, body: object = example.body) =>
    request(server)
      .post(path)
      .set('Authorization', `Bearer ${token}`)
      .send(body);

  it("takes the README's request with the README's static token", async () => {
    const response = await post(example.path, staticToken);
    expect(response.status).toBe(202);
    expect(response.body).toEqual({
      entityRef: 'component:default/transaction-anomaly-detector',
      kind: 'container-scan',
    });
  });

  it('refuses the static token for an entity its subject is not mapped to', async () => {
    const response = await post(
      '/api/mlops/entities/component/default/fraud-scoring-api/evidence',
      staticToken,
    );
    expect(response.status).toBe(403);
  });

  it('takes a GitHub Actions token of the repository the entity names, and no other', async () => {
    const path =
      '/api/mlops/entities/component/default/fraud-scoring-api/evidence';
    const own = await signGitHubToken({
      sub: 'repo:aidlc-demo/fraud-scoring-api:ref:refs/heads/main',
    });
    expect((await post(path, own)).status).toBe(202);

    const other = await signGitHubToken({
      sub: 'repo:aidlc-demo/churn-predictor:ref:refs/heads/main',
    });
    const refused = await post(path, other);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(
      'The token of repository "aidlc-demo/churn-predictor" may not post evidence for component:default/fraud-scoring-api',
    );
  });

  it('does not know a token for another audience, an expired one or a forged one', async () => {
    const path =
      '/api/mlops/entities/component/default/fraud-scoring-api/evidence';
    const sub = 'repo:aidlc-demo/fraud-scoring-api:ref:refs/heads/main';
    for (const token of [
      await signGitHubToken({ sub, aud: 'sts.amazonaws.com' }),
      await signGitHubToken({ sub, exp: '-1m' }),
      `${(await signGitHubToken({ sub })).slice(0, -4)}AAAA`,
    ]) {
      expect((await post(path, token)).status).toBe(401);
    }
  });

  it('keeps pipeline tokens from reading ML data, and lets a service restricted to the plugin read it', async () => {
    const asService = (
      method: 'get' | 'post',
      path: string,
      token = serviceToken,
    ) =>
      request(server)
        [method](`/api/mlops${path}`)
        .set('Authorization', `Bearer ${token}`);
    const fraud = '/entities/component/default/fraud-scoring-api';
    expect((await asService('post', `${fraud}/refresh`)).status).toBe(200);
    expect((await asService('get', `${fraud}/compliance`)).status).toBe(200);
    expect((await asService('get', '/compliance')).body.totalItems).toBe(1);
    expect(
      (await post(`/api/mlops${fraud}/evidence`, serviceToken)).status,
    ).toBe(403);

    const pipeline = await signGitHubToken({
      sub: 'repo:aidlc-demo/fraud-scoring-api:ref:refs/heads/main',
    });
    expect(
      (await asService('get', `${fraud}/compliance`, pipeline)).status,
    ).toBe(403);
    expect((await asService('post', `${fraud}/refresh`, pipeline)).status).toBe(
      403,
    );
    expect((await asService('get', '/compliance', pipeline)).body).toEqual({
      items: [],
      totalItems: 0,
    });
    expect((await asService('get', '/models', staticToken)).body).toEqual({
      items: [],
      totalItems: 0,
      visibility: 'limited',
    });
  });
});

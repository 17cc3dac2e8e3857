import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import githubModule from '@backstage/plugin-scaffolder-backend-module-github';
import { readFileSync } from 'node:fs';
import { Server } from 'node:http';
import { join } from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import scaffolderModuleMlops from '..';
import { TEMPLATE_DIR, templateContents, VALUES } from './templateFiles';

export { VALUES, writeTree } from './templateFiles';

/** A backend with the real scaffolder, its GitHub actions and this module, as in the portal. */
export async function startScaffolder(): Promise<Server> {
  const { server } = await startTestBackend({
    features: [
      scaffolderPlugin,
      scaffolderModuleMlops,
      githubModule, // publish:github, skipped in dry runs
      catalogServiceMock.factory({ entities: [] }),
      mockServices.rootConfig.factory({
        data: { backend: { baseUrl: 'http://localhost:7007' } },
      }),
    ],
  });
  return server;
}

/** Runs the template in dry-run through the scaffolder's API. */
export async function dryRun(
  server: Parameters<typeof request>[0],
  values: object = VALUES,
) {
  const template = parse(
    readFileSync(join(TEMPLATE_DIR, 'template.yaml'), 'utf8'),
  );
  return request(server)
    .post('/api/scaffolder/v2/dry-run')
    .set('Authorization', mockCredentials.user.header())
    .send({
      template,
      values,
      secrets: {},
      directoryContents: templateContents(),
    });
}

// Turns src/schema/openapi.yaml into src/schema/openapi.generated.ts: the spec as a TypeScript
// constant, from which @backstage/backend-openapi-utils types the router. Run after editing the
// YAML: `yarn generate:openapi` (a test fails while the two differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const schemaDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '../src/schema',
);
const spec = parse(readFileSync(join(schemaDir, 'openapi.yaml'), 'utf8'));

writeFileSync(
  join(schemaDir, 'openapi.generated.ts'),
  `// Generated from openapi.yaml by \`yarn generate:openapi\`. Do not edit.
/* eslint-disable */
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

export const spec = ${JSON.stringify(spec, null, 2)} as const;

export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
`,
);

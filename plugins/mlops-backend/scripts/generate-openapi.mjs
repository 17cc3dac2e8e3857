// Generates from src/schema/openapi.yaml:
// - src/schema/openapi.generated.ts: the spec as a TypeScript constant, from which
//   @backstage/backend-openapi-utils types the router;
// - ../mlops-common/src/schema/openapi.generated.ts: the paths and schemas as TypeScript types
//   (openapi-typescript), from which the MlopsClient's requests and responses are typed.
// Run after editing the YAML: `yarn generate:openapi`. With `--check` it writes nothing and fails
// while a generated file differs (a test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { parse } from 'yaml';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const schemaFile = join(root, 'src/schema/openapi.yaml');
const spec = parse(readFileSync(schemaFile, 'utf8'));
const header =
  '// Generated from plugins/mlops-backend/src/schema/openapi.yaml by `yarn generate:openapi`. Do not edit.\n/* eslint-disable */\n';

const outputs = {
  [join(
    root,
    'src/schema/openapi.generated.ts',
  )]: `${header}import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

export const spec = ${JSON.stringify(spec, null, 2)} as const;

export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
`,
  [join(
    root,
    '../mlops-common/src/schema/openapi.generated.ts',
  )]: `${header}${astToString(await openapiTS(spec))}`,
};

const stale = [];
for (const [file, text] of Object.entries(outputs)) {
  const formatted = await prettier.format(text, {
    ...(await prettier.resolveConfig(file)),
    filepath: file,
  });
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== formatted) stale.push(file);
  } else {
    writeFileSync(file, formatted);
  }
}
if (stale.length > 0) {
  console.error(
    `Out of date with openapi.yaml (run \`yarn generate:openapi\`): ${stale.join(
      ', ',
    )}`,
  );
  process.exit(1);
}

import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { cp, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A project folder name: what the template's `name` parameter allows. */
const PROJECT_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * `mlops:publish:local`: publishes the rendered project to a folder on the portal's own disk and
 * registers its `catalog-info.yaml` as a `file` location, so Create finishes on a laptop without a
 * GitHub token (the project then shows in the catalog with its docs). Off unless `directory` is
 * configured (`mlops.templates.localPublishDirectory`): a production portal publishes to GitHub.
 * @public
 */
export function createPublishLocalAction(options: {
  directory?: string;
  catalog: CatalogService;
}) {
  return createTemplateAction({
    id: 'mlops:publish:local',
    description:
      "Publishes the workspace to a folder on the portal's disk and registers its catalog-info.yaml (local try-outs, no Git host).",
    schema: {
      input: {
        name: z =>
          z
            .string()
            .regex(PROJECT_NAME)
            .describe('Folder name of the project: lowercase, digits, hyphens'),
      },
      output: {
        path: z => z.string().describe('Where the project was written'),
        entityRef: z =>
          z.string().describe('The catalog entity of the project'),
      },
    },
    async handler(ctx) {
      if (!options.directory) {
        throw new InputError(
          "Publishing to the portal's disk is off (mlops.templates.localPublishDirectory is not set): publish to GitHub instead",
        );
      }
      const { name } = ctx.input;
      const target = resolveSafeChildPath(options.directory, name);
      if (await exists(target)) {
        throw new ConflictError(
          `A project named ${name} was already published to ${target}: choose another name or remove it`,
        );
      }
      const catalogInfo = join(ctx.workspacePath, 'catalog-info.yaml');
      if (!(await exists(catalogInfo))) {
        throw new InputError(
          'The project has no catalog-info.yaml to register',
        );
      }
      await mkdir(options.directory, { recursive: true });
      await cp(ctx.workspacePath, target, { recursive: true });
      ctx.logger.info(`Published ${name} to ${target}`);

      let registered: Awaited<ReturnType<CatalogService['addLocation']>>;
      try {
        registered = await options.catalog.addLocation(
          { type: 'file', target: join(target, 'catalog-info.yaml') },
          { credentials: await ctx.getInitiatorCredentials() },
        );
      } catch (error) {
        // Unregistered, the folder would only block the next try with the same name
        await rm(target, { recursive: true, force: true });
        throw new InputError(
          `The catalog refused to register ${target}/catalog-info.yaml (file locations need catalogModuleMlopsLocalProjects of this package): ${
            (error as Error).message
          }`,
        );
      }
      const entity =
        registered.entities.find(e => e.kind === 'Component') ??
        registered.entities[0];
      ctx.output('path', target);
      ctx.output(
        'entityRef',
        entity
          ? `${entity.kind.toLocaleLowerCase('en-US')}:${
              entity.metadata.namespace ?? 'default'
            }/${entity.metadata.name}`
          : `component:default/${name}`,
      );
    },
  });
}

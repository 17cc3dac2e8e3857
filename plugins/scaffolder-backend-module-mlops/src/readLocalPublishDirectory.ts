import { Config } from '@backstage/config';

/**
 * Where `mlops:publish:local` writes projects: `mlops.templates.localPublishDirectory`, unless
 * `mlops.templates.localPublishEnabled` is false (how the production layer turns off the local
 * default's folder, which a later config layer cannot unset).
 */
export function readLocalPublishDirectory(config: Config): string | undefined {
  if (
    config.getOptionalBoolean('mlops.templates.localPublishEnabled') === false
  )
    return undefined;
  return config.getOptionalString('mlops.templates.localPublishDirectory');
}

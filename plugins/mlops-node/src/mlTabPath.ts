import { parseEntityRef } from '@backstage/catalog-model';

/** The app path of an entity's ML tab, for links the backend writes (catalog links, notifications). @public */
export function mlTabPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind}/${name}/ml`;
}

import { parseEntityRef } from '@backstage/catalog-model';

/**
 * Whether `registeredBy` names the user: their entity ref, their name (a Studio user profile), or
 * the session of an assumed role named after them (`arn:aws:sts::…:assumed-role/<role>/<name>`):
 * such a user may not decide on the version (four eyes).
 * @public
 */
export function isRegistrar(registeredBy: string | undefined, userRef: string) {
  if (!registeredBy) return false;
  const who = registeredBy.toLocaleLowerCase('en-US');
  const user = userRef.toLocaleLowerCase('en-US');
  const name = who.startsWith('arn:') ? who.split('/').pop() : who;
  return who === user || name === parseEntityRef(user).name;
}

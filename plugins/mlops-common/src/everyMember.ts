/**
 * Lists the members of a union type in a chosen order; the compiler refuses a list that misses one,
 * so a constant cannot fall behind the OpenAPI spec it lists.
 * @public
 */
export function everyMember<U extends string>() {
  return <const T extends readonly U[]>(
    ...members: T & ([U] extends [T[number]] ? unknown : ['missing', U])
  ): T => members;
}

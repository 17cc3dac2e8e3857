/** Most pages read from an API Gateway v2 list (NextToken paging, no SDK paginator): a bound, not a wait. */
const MAX_PAGES = 50;

/** Every item of a NextToken-paged list. */
export async function pagesOf<T>(
  page: (
    nextToken?: string,
  ) => Promise<{ Items?: T[]; NextToken?: string | undefined }>,
): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const answer = await page(token);
    items.push(...(answer.Items ?? []));
    token = answer.NextToken;
    if (!token) break;
  }
  return items;
}
